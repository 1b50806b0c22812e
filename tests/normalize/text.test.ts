import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/normalize/index.js';
import { offsetProblems } from './helpers.js';

const read = (text: string, title?: string) =>
  normalizeArticle({ id: 't', text, ...(title !== undefined ? { title } : {}) }, { language: 'de' });
const shape = (text: string) => read(text).blocks.map((b) => [b.kind, b.text]);

describe('text reader', () => {
  it.each([
    ['headline then a blank line', 'Flut in Valencia fordert Opfer\n\nDie Behörden meldeten am Mittwoch neue Zahlen.', [['title', 'Flut in Valencia fordert Opfer'], ['paragraph', 'Die Behörden meldeten am Mittwoch neue Zahlen.']]],
    ['first line without a blank line after it is no headline', 'Die Regierung trat zurück\nund der Präsident nahm an.', [['paragraph', 'Die Regierung trat zurück und der Präsident nahm an.']]],
    ['a lone line is no headline', 'Nur ein Satz.', [['paragraph', 'Nur ein Satz.']]],
    ['lines of a paragraph are joined with one space', 'Kopf\n\nErste Zeile\nzweite Zeile\n   dritte Zeile.', [['title', 'Kopf'], ['paragraph', 'Erste Zeile zweite Zeile dritte Zeile.']]],
    ['CRLF and CR line breaks', 'Kopf\r\n\r\nEins\r\nzwei.\r\rDrei.', [['title', 'Kopf'], ['paragraph', 'Eins zwei.'], ['paragraph', 'Drei.']]],
    ['whitespace-only lines separate paragraphs', 'Kopf\n \t \nA ist da.\n\u00A0\u200B\nB ist da.', [['title', 'Kopf'], ['paragraph', 'A ist da.'], ['paragraph', 'B ist da.']]],
    ['a boilerplate line is split out of its group, the rest stays together', 'Kopf\n\nDie Lage ist ernst,\nsagte sie am Abend.\nRead more: Another story\n\nEnde.', [['title', 'Kopf'], ['paragraph', 'Die Lage ist ernst, sagte sie am Abend.'], ['boilerplate', 'Read more: Another story'], ['paragraph', 'Ende.']]],
  ])('%s', (_name, text, expected) => {
    expect(shape(text)).toEqual(expected);
  });

  it('rejects a first line of more than 25 words as headline', () => {
    const long = Array.from({ length: 26 }, (_, i) => `Wort${i}`).join(' ');
    expect(read(`${long}\n\nText folgt hier.`).blocks[0]!.kind).not.toBe('title');
  });

  it.each([
    ['title from the input wins', 'Überschrift im Text\n\nText.', 'Gegebener Titel', 'Gegebener Titel'],
    ['title from the text headline', 'Überschrift im Text\n\nText.', undefined, 'Überschrift im Text'],
    ['no title at all', 'Nur Text ohne Kopf.', undefined, undefined],
  ])('%s', (_name, text, given, expected) => {
    expect(read(text, given).title).toBe(expected);
  });

  it('joins blocks with a blank line and records each start', () => {
    const doc = read('Kopf\n\nEins.\n\nZwei.');
    expect(doc.text).toBe('Kopf\n\nEins.\n\nZwei.');
    for (const b of doc.blocks) expect(doc.text.slice(b.start, b.start + b.text.length)).toBe(b.text);
    expect(offsetProblems(doc)).toEqual([]);
  });
});
