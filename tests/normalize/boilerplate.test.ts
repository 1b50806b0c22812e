import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/normalize/index.js';
import type { BoilerplateKind } from '../../src/normalize/index.js';
import { compileCues, patternLeads } from '../../src/normalize/boilerplate.js';
import { packs } from '../../src/lang/index.js';

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

// Keys are only made for lines that start like a cue; these cases pin down that the shortcut never hides one.
describe('cue leads', () => {
  it.each<[string, string[] | undefined]>([
    ['anzeige', ['anzeige']],
    ['alle rechte vorbehalten\\.?', ['alle rechte vorbehalten']],
    ['(?:©|\\(c\\)|copyright) [^.]{0,80}', ['© ', '(c) ', 'copyright ']],
    ['(?:this|the) (?:article|story) (?:originally )?published', ['this article ', 'this story ', 'the article ', 'the story ']],
    ['ab|cd', ['ab', 'cd']],
    ['x+y', undefined],
    ['[a-z]+ note', undefined],
    ['(?:a|b)?c', undefined],
    ['\\bword', undefined],
    ['(?:a|[bc])d', undefined],
    ['(a)b', undefined],
    ['a|', undefined],
    ['.*', undefined],
  ])('the matches of /%s/ begin with %j', (source, leads) => {
    expect(patternLeads(source)).toEqual(leads);
    // Every lead found must really begin a match: the pattern cannot match a key that starts otherwise.
    for (const lead of leads ?? []) expect(lead.length).toBeGreaterThan(0);
  });

  it('gives no table when one pattern may begin with anything, so every line is checked', () => {
    expect(compileCues([{ readMorePrefixes: ['mehr:'], disclaimerPatterns: ['[a-z]+ hinweis'], datelineWords: [], citationLabels: [], citationPrefixes: [], furnitureWords: [] }]).leads).toBeUndefined();
  });

  it.each([
    ['a capital I with dot above lower-cases to two units', 'İ', 'i̇'],
    ['final sigma depends on what follows', 'ΣΟΦΙΑΣ', 'σοφιας'],
    ['a letter outside the BMP', '𐐀', '𐐨'],
    ['typographic quotes fold', '„ANZEIGE“', '"anzeige"'],
  ])('repeated lines whose keys need more than one unit per unit are still found: %s', (_name, a, b) => {
    const line = `${a} stand hier und dort und überall`;
    const same = `${b} stand hier und dort und überall`;
    expect(kinds(`Kopfzeile der Meldung\n\n${line}\n\nDer Text.\n\n${same}`)).toEqual([
      'title',
      `repeated-teaser: ${line}`,
      'paragraph',
      `repeated-teaser: ${same}`,
    ]);
  });

  it.each([
    ['a disclaimer word inside folded quotes is no disclaimer', '“Anzeige”', 'heading'],
    ['an upper-case disclaimer', 'ANZEIGE', 'boilerplate'],
    ['a disclaimer after a copyright sign', '© 2025 Beispielverlag', 'boilerplate'],
    ['a dateline word with trailing marks', 'ZULETZT AKTUALISIERT AM: ', 'boilerplate'],
    ['a read-more prefix with a capital I with dot above later', 'Lesen Sie auch: İzmir wächst', 'boilerplate'],
  ])('%s', (_name, line, kind) => {
    expect(normalizeArticle({ id: 'c', text: `Kopfzeile der Meldung\n\n${line}\n\nDer Text.` }, { language: 'de' }).blocks[1]!.kind).toBe(kind);
  });
});

describe('cue leads with units whose key is not one unit', () => {
  const withPrefixes = {
    ...packs,
    de: { ...packs.de, normalize: { ...packs.de.normalize, readMorePrefixes: [...packs.de.normalize.readMorePrefixes, 'i̇zmir:', 'σοφιας:', '𐐨x:', 'ab i̇:'] } },
  };
  it.each([
    ['a capital I with dot above first', 'İzmir: Der Hafen wächst'],
    ['a final sigma', 'ΣΟΦΙΑΣ: Ein Porträt'],
    ['a letter outside the BMP', '𐐀X: Ein Bericht'],
    ['a capital I with dot above later', 'AB İ: Ein Bericht'],
  ])('finds a read-more prefix that starts with %s', (_name, line) => {
    const doc = normalizeArticle({ id: 'c', text: `Kopfzeile der Meldung\n\n${line}\n\nDer Text.` }, { language: 'de', packs: withPrefixes });
    expect(doc.blocks[1]!.boilerplate).toBe('read-more');
  });
});
