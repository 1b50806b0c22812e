import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/normalize/index.js';
import type { BoilerplateKind } from '../../src/normalize/index.js';

const kinds = (text: string) =>
  normalizeArticle({ id: 'b', text }, { language: 'de' }).blocks.map((b) => (b.kind === 'boilerplate' ? `${b.boilerplate}: ${b.text}` : b.kind));

describe('boilerplate', () => {
  it.each<[string, string, BoilerplateKind, string]>([
    ['German read-more line', 'Lesen Sie auch: Was die Wahl für Europa bedeutet', 'read-more', 'de'],
    ['German read-more, upper case', 'MEHR ZUM THEMA: Neue Zölle auf Stahl', 'read-more', 'de'],
    ['German "Auch interessant"', 'Auch interessant: Die besten Wanderwege im Harz', 'read-more', 'de'],
    ['English read-more line', 'Read more: What the election means for Europe', 'read-more', 'en'],
    ['English "See also"', 'See also: Tariffs on steel rise again', 'read-more', 'en'],
    ['German transparency note', 'Transparenz: Redaktionell erstellt und geprüft.', 'disclaimer', 'de'],
    ['German AI note', 'Dieser Artikel wurde mit Unterstützung künstlicher Intelligenz erstellt.', 'disclaimer', 'de'],
    ['English production note', 'This article was produced with the help of an automated tool.', 'disclaimer', 'en'],
    ['German empty dateline', 'Veröffentlicht am', 'empty-dateline', 'de'],
    ['German empty dateline with colon', 'Aktualisiert am:', 'empty-dateline', 'de'],
    ['English empty dateline', 'Published', 'empty-dateline', 'en'],
    ['English empty update line', 'Last updated:', 'empty-dateline', 'en'],
  ])('%s', (_name, line, kind) => {
    expect(kinds(`Eine Überschrift hier\n\n${line}\n\nDer Text beginnt hier.`)).toEqual(['title', `${kind}: ${line}`, 'paragraph']);
  });

  it.each([
    ['a dateline with a date is not empty', 'Veröffentlicht am 28.10.2025, 14:03 Uhr'],
    ['"read more" inside a sentence is text', 'Wer mehr wissen will, sollte weiterlesen: es lohnt sich.'],
    ['a sentence that mentions transparency is text', 'Transparenz ist für die Behörde ein wichtiges Ziel.'],
  ])('%s', (_name, line) => {
    expect(kinds(`Eine Überschrift hier\n\n${line}\n\nDer Text beginnt hier.`)[1]).not.toMatch(/^(read-more|disclaimer|empty-dateline|repeated)/);
  });

  it('marks every copy of a repeated teaser, also inside one group of lines', () => {
    const teaser = 'Erfahren Sie, was der Gipfel für den Handel bedeutet.';
    expect(kinds(`Gipfel in Berlin\n\n${teaser}\n\n${teaser}\n${teaser}\n\nDer Gipfel begann am Morgen.`)).toEqual([
      'title',
      `repeated-teaser: ${teaser}`,
      `repeated-teaser: ${teaser}`,
      `repeated-teaser: ${teaser}`,
      'paragraph',
    ]);
  });

  it('keeps the first headline as title and marks later copies as repeated-headline', () => {
    const head = 'Gipfel in Berlin endet ohne Einigung';
    expect(kinds(`${head}\n\nDer Gipfel begann am Morgen.\n\n${head}\n\nEr endete am Abend.`)).toEqual([
      'title',
      'paragraph',
      `repeated-headline: ${head}`,
      'paragraph',
    ]);
  });

  it('marks a copy of the caller-given title as repeated-headline', () => {
    const doc = normalizeArticle({ id: 'b', title: 'Gipfel endet ohne Einigung', text: 'Der Gipfel begann am Morgen\nund dauerte lange.\n\nGipfel endet ohne Einigung\n\nEr endete.' });
    expect(doc.blocks.map((b) => b.boilerplate ?? b.kind)).toEqual(['paragraph', 'repeated-headline', 'paragraph']);
  });

  it('splits disclaimer and dateline that share a group into two blocks', () => {
    expect(kinds('Kopfzeile der Meldung\n\nTransparenz: Redaktionell erstellt und geprüft.\nVeröffentlicht am\n\nText.')).toEqual([
      'title',
      'disclaimer: Transparenz: Redaktionell erstellt und geprüft.',
      'empty-dateline: Veröffentlicht am',
      'paragraph',
    ]);
  });

  it('does not treat a repeated single word as a teaser', () => {
    expect(kinds('Kopfzeile der Meldung\n\nAnalyse\n\nDer Text.\n\nAnalyse\n\nMehr Text.')).toEqual(['title', 'heading', 'paragraph', 'heading', 'paragraph']);
  });
});

describe('headings', () => {
  it.each([
    ['Globale Perspektiven', 'heading'],
    ['Neue Ära der Zusammenarbeit: USA und Japan stärken Partnerschaft im Bereich seltener Erden', 'heading'],
    ['What happens next', 'heading'],
    ['Er sagte: „Wir bleiben.“', 'paragraph'],
    ['Was passiert jetzt?', 'paragraph'],
    ['Die Liste lautet wie folgt:', 'paragraph'],
    ['Und dann kam alles anders…', 'paragraph'],
    ['He left (for good).', 'paragraph'],
    ['Alarm!', 'paragraph'],
    [Array.from({ length: 21 }, (_, i) => `wort${i}`).join(' '), 'paragraph'],
  ])('%s -> %s', (line, kind) => {
    expect(kinds(`Kopfzeile der Meldung\n\nEin Satz.\n\n${line}\n\nNoch ein Satz.`)[2]).toBe(kind);
  });

  it('a two-line paragraph without a full stop is not a heading', () => {
    expect(kinds('Kopfzeile der Meldung\n\nerste Zeile ohne Punkt\nzweite Zeile ohne Punkt\n\nText.')[1]).toBe('paragraph');
  });
});
