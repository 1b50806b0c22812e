import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanPieces, type CitationCues } from '../../src/normalize/clean.js';
import { explicitMap, type Piece } from '../../src/normalize/raw.js';
import { normalizeArticle } from '../../src/index.js';

// The normalizer takes a shortcut for lines that need no map rebuilding (one exact piece, nothing to expand).
// A line cut into two exact pieces takes the full path, so both must agree on text, map and citations.
const cues: CitationCues = { labels: new Set(['dpa', 'reuters']), prefixes: ['quelle:'] };

function asPieces(line: string, start: number, cut?: number): Piece[] {
  if (cut === undefined || cut <= 0 || cut >= line.length) return [{ text: line, start, end: start + line.length, exact: true }];
  return [
    { text: line.slice(0, cut), start, end: start + cut, exact: true },
    { text: line.slice(cut), start: start + cut, end: start + line.length, exact: true },
  ];
}

function cleaned(line: string, start: number, cut: number | undefined, atEnd: boolean) {
  const c = cleanPieces(asPieces(line, start, cut), atEnd, cues);
  const map = explicitMap(c);
  return { text: c.text, starts: Array.from(map.starts), ends: Array.from(map.ends), citations: c.citations };
}

const LINES: Array<[string, string]> = [
  ['plain ASCII', 'The council met on Tuesday.'],
  ['German with typographic quotes', '„Wir bleiben“, sagte die Bürgermeisterin – und ging.'],
  ['leading and trailing spaces', '   Der Rat tagte.   '],
  ['a double space inside', 'Der  Rat tagte.'],
  ['a citation marker after the sentence', 'Der Rat tagte. [dpa]'],
  ['a bracket that is no citation', 'Der Rat [sic] tagte.'],
  ['a link label', 'See [the report](https://example.com) here.'],
  ['a no-break space', 'Es kostet 40\u00A0Euro.'],
  ['a soft hyphen', 'Bürger\u00ADmeisterin Holm'],
  ['a tab', 'Spalte\tZeile'],
  ['a decomposed umlaut (not NFC)', 'Bu\u0308rger und Ra\u0308te'],
  ['a composed umlaut next to a combining mark', 'Café\u0301 am Markt'],
  ['only spaces', '    '],
  ['a zero-width space', 'Rat\u200Bhaus'],
  ['a lone surrogate', 'Rat\uD800haus'],
  ['an astral character', 'Rat 😀 haus'],
];

describe('line cleaning shortcut', () => {
  it.each(LINES)('agrees with the full path on %s', (_name, line) => {
    for (const atEnd of [true, false]) {
      const whole = cleaned(line, 7, undefined, atEnd);
      for (let cut = 1; cut < line.length; cut++) expect(cleaned(line, 7, cut, atEnd), `cut at ${cut}`).toEqual(whole);
    }
  });

  it('agrees with the full path on random lines', () => {
    const unit = fc.constantFrom(
      'a', 'Z', 'ä', 'ß', ' ', ' ', '.', '[', ']', 'dpa', '„', '“', '–', '\u00A0', '\u00AD', '\u200B', '\t', '\u0301', 'e\u0301', 'Å', '\u2126', '😀', '\uD800', 'x',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), fc.nat(40), fc.boolean(), (units, cut, atEnd) => {
        const line = units.join('');
        expect(cleaned(line, 3, cut, atEnd)).toEqual(cleaned(line, 3, undefined, atEnd));
      }),
      { numRuns: 500 },
    );
  });

  it('maps every character of an untouched line to its own place in the original', () => {
    const text = 'Titel der Meldung\n\nDer Rat tagte am Dienstag. „Wir bleiben“, sagte sie.\nZweite Zeile   \n';
    const doc = normalizeArticle({ id: 'a', text });
    const para = doc.blocks.find((b) => b.kind === 'paragraph')!;
    expect(para.text).toBe('Der Rat tagte am Dienstag. „Wir bleiben“, sagte sie. Zweite Zeile');
    const at = text.indexOf('Der Rat');
    for (let k = 0; k < 10; k++) expect(doc.toOriginal({ start: para.start + k, end: para.start + k + 1 })).toEqual({ start: at + k, end: at + k + 1 });
    const z = para.text.indexOf('Zweite');
    expect(doc.toOriginal({ start: para.start + z - 1, end: para.start + z })).toEqual({ start: text.indexOf('\nZweite'), end: text.indexOf('Zweite') });
  });
});
