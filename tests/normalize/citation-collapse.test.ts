import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanPieces, type CitationCues } from '../../src/normalize/clean.js';
import { explicitMap, type Piece } from '../../src/normalize/raw.js';

// Lines with citation markers have a shortcut of their own (the marker is cut out of a line mapped one to one).
// The same line cut into two exact pieces takes the general path: both must give the same text, map and citations.
const cues: CitationCues = { labels: new Set(['dpa', 'afp']), prefixes: ['quelle:'] };

function cleaned(line: string, cut: number | undefined, atEnd: boolean) {
  const pieces: Piece[] =
    cut === undefined || cut <= 0 || cut >= line.length
      ? [{ text: line, start: 5, end: 5 + line.length, exact: true }]
      : [
          { text: line.slice(0, cut), start: 5, end: 5 + cut, exact: true },
          { text: line.slice(cut), start: 5 + cut, end: 5 + line.length, exact: true },
        ];
  const c = cleanPieces(pieces, atEnd, cues);
  const map = explicitMap(c);
  return { text: c.text, starts: Array.from(map.starts), ends: Array.from(map.ends), citations: c.citations };
}

const LINES: Array<[string, string]> = [
  ['a marker at the end', 'Der Rat tagte am Dienstag.[dpa]'],
  ['a marker at the end after a space', 'Der Rat tagte am Dienstag. [dpa]  '],
  ['a marker between two sentences', 'Der Rat tagte.[dpa] Dann ging er.'],
  ['a marker glued between two sentences', 'Der Rat tagte.[dpa]Dann ging er.'],
  ['a marker between spaces', 'Der Rat tagte. [afp] Dann ging er.'],
  ['a marker opening the line', '[dpa] Der Rat tagte.'],
  ['a chain of markers', 'Der Rat tagte. [dpa][afp] [Quelle: dpa] Dann  ging er.'],
  ['a domain marker and a double space', 'Er  kam.[example.com]'],
  ['only a marker', '  [dpa]  '],
];

describe('citation marker shortcut', () => {
  it.each(LINES)('agrees with the general path on %s', (_name, line) => {
    for (const atEnd of [true, false]) {
      const whole = cleaned(line, undefined, atEnd);
      for (let cut = 1; cut < line.length; cut++) expect(cleaned(line, cut, atEnd), `cut at ${cut}`).toEqual(whole);
    }
  });

  it('removes the marker and keeps the words apart', () => {
    expect(cleaned('Der Rat tagte.[dpa]Dann ging er.', undefined, false).text).toBe('Der Rat tagte. Dann ging er.');
    expect(cleaned('Der Rat tagte. [afp]  Dann ging er. [dpa]', undefined, true).text).toBe('Der Rat tagte. Dann ging er.');
  });

  it('agrees with the general path on random lines with markers', () => {
    const unit = fc.constantFrom('a', 'Wort', ' ', ' ', '  ', '.', '!', '"', '[dpa]', '[afp]', '[x]', '[', ']', '(', '[1]', 'ä');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 24 }), fc.nat(60), fc.boolean(), (units, cut, atEnd) => {
        const line = units.join('');
        expect(cleaned(line, cut, atEnd)).toEqual(cleaned(line, undefined, atEnd));
      }),
      { numRuns: 2000 },
    );
  });
});
