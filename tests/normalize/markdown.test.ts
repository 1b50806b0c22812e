import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/normalize/index.js';
import { offsetProblems } from './helpers.js';

const md = (text: string, title?: string) =>
  normalizeArticle({ id: 'm', text, format: 'markdown', ...(title ? { title } : {}) }, { language: 'de' });
const shape = (text: string) => md(text).blocks.map((b) => [b.kind, b.text]);

describe('markdown reader', () => {
  it.each([
    ['ATX heading at the top is the title', '# Gipfel in Berlin\n\nDer Gipfel begann.', [['title', 'Gipfel in Berlin'], ['paragraph', 'Der Gipfel begann.']]],
    ['closing hashes are markup', '# Gipfel ##\n\nText.', [['title', 'Gipfel'], ['paragraph', 'Text.']]],
    ['level-2 headings are headings', '# Titel\n\nText.\n\n## Hintergrund\n\nMehr.', [['title', 'Titel'], ['paragraph', 'Text.'], ['heading', 'Hintergrund'], ['paragraph', 'Mehr.']]],
    ['first h1 is the title when the top is text', 'Vorspann ohne Punkt und\nmit zwei Zeilen.\n\n# Der Titel\n\nText.', [['paragraph', 'Vorspann ohne Punkt und mit zwei Zeilen.'], ['title', 'Der Titel'], ['paragraph', 'Text.']]],
    ['Setext headings', 'Titel\n=====\n\nText.\n\nAbschnitt\n---------\n\nMehr.', [['title', 'Titel'], ['paragraph', 'Text.'], ['heading', 'Abschnitt'], ['paragraph', 'Mehr.']]],
    ['emphasis and code keep only the visible text', '# T\n\nEin **fetter**, _kursiver_, *schräger* und `code` Satz.', [['title', 'T'], ['paragraph', 'Ein fetter, kursiver, schräger und code Satz.']]],
    ['links keep their text, images go', '# T\n\nLaut [der Behörde](https://example.org/a "Titel") stieg die Zahl. ![Bild](bild.png)', [['title', 'T'], ['paragraph', 'Laut der Behörde stieg die Zahl.']]],
    ['reference links keep their text', '# T\n\nLaut [Reuters][r] stieg die Zahl.\n\n[r]: https://example.org', [['title', 'T'], ['paragraph', 'Laut Reuters stieg die Zahl.']]],
    ['list items are own paragraphs', '# T\n\n- Japan\n- Vereinigte\n  Staaten\n1. Eins', [['title', 'T'], ['paragraph', 'Japan'], ['paragraph', 'Vereinigte Staaten'], ['paragraph', 'Eins']]],
    ['block quotes are unwrapped', '# T\n\n> Wir bleiben hier,\n> sagte sie.', [['title', 'T'], ['paragraph', 'Wir bleiben hier, sagte sie.']]],
    ['HTML comments are dropped, also across lines', '# T\n\nEins <!-- versteckt --> zwei.\n\n<!--\nganz\nversteckt\n-->\n\nDrei.', [['title', 'T'], ['paragraph', 'Eins zwei.'], ['paragraph', 'Drei.']]],
    ['fenced code and rules are dropped', '# T\n\n```\nconst x = 1;\n```\n\n***\n\nText.', [['title', 'T'], ['paragraph', 'Text.']]],
    ['escapes keep the character', '# T\n\nEin \\*Stern\\* bleibt.', [['title', 'T'], ['paragraph', 'Ein *Stern* bleibt.']]],
    ['lone asterisks and snake_case stay', '# T\n\nRechne 3 * 4 in my_var.', [['title', 'T'], ['paragraph', 'Rechne 3 * 4 in my_var.']]],
    ['inline HTML tags go, autolinks keep the address', '# T\n\nSiehe <b>hier</b> und <https://example.org>.', [['title', 'T'], ['paragraph', 'Siehe hier und https://example.org.']]],
    ['text headline rule when there is no heading', 'Gipfel in Berlin\n\nDer Gipfel begann.', [['title', 'Gipfel in Berlin'], ['paragraph', 'Der Gipfel begann.']]],
    ['citation after a link', '# T\n\nDie Zahl stieg. [dpa]', [['title', 'T'], ['paragraph', 'Die Zahl stieg.']]],
    ['emphasis and links across a line break', '# T\n\nDer **Rat hat\nentschieden**, sagt [die\nStadt](https://example.org).', [['title', 'T'], ['paragraph', 'Der Rat hat entschieden, sagt die Stadt.']]],
    ['emphasis across quoted lines', '# T\n\n> Wir _bleiben\n> hier_, sagte sie.', [['title', 'T'], ['paragraph', 'Wir bleiben hier, sagte sie.']]],
    ['a backslash hard break', '# T\n\nErste Zeile.\\\nZweite Zeile.', [['title', 'T'], ['paragraph', 'Erste Zeile. Zweite Zeile.']]],
    ['tables: header cells are a heading, rows are items, pipes go', '# T\n\n| Land | Anteil |\n|:--|--:|\n| China | 60 % |\n| Japan \\| Korea | 5 % |\n\nText.', [['title', 'T'], ['heading', 'Land Anteil'], ['paragraph', 'China 60 %'], ['paragraph', 'Japan | Korea 5 %'], ['paragraph', 'Text.']]],
    ['a pipe in a sentence is no table', '# T\n\nA | B sind Buchstaben.\nNoch ein Satz.', [['title', 'T'], ['paragraph', 'A | B sind Buchstaben. Noch ein Satz.']]],
  ])('%s', (_name, text, expected) => {
    const doc = md(text);
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual(expected);
    expect(offsetProblems(doc, 'markdown')).toEqual([]);
  });

  it('keeps a top heading as title even when the input names a title', () => {
    expect(shape('# Oben\n\nText.')[0]).toEqual(['title', 'Oben']);
    expect(md('Text davor.\n\n# Mitte\n\nText.', 'Gegeben').blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
  });

  it('points link text back at the visible text in the original', () => {
    const text = '# T\n\nLaut [der Behörde](https://example.org) stieg die Zahl.';
    const doc = md(text);
    const block = doc.blocks[1]!;
    const at = block.start + block.text.indexOf('der Behörde');
    const span = doc.toOriginal({ start: at, end: at + 'der Behörde'.length });
    expect(text.slice(span.start, span.end)).toBe('der Behörde');
  });
});
