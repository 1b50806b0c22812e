import { describe, expect, it } from 'vitest';
import { offsetMapper, offsetRuns } from '../../src/normalize/offsets.js';
import { normalizeArticle } from '../../src/normalize/index.js';

// Per-character maps written out by hand: [starts, ends] of each normalized character.
const maps: Array<[string, number[], number[]]> = [
  ['copied text', [0, 1, 2, 3, 4], [1, 2, 3, 4, 5]],
  ['copied text after a skipped prefix', [7, 8, 9], [8, 9, 10]],
  ['a line break joined as one space', [0, 1, 2, 5, 6, 7], [1, 2, 5, 6, 7, 8]],
  ['an entity read as one character', [0, 1, 2, 7, 8], [1, 2, 7, 8, 9]],
  ['zero-width separators between blocks', [0, 1, 2, 2, 2, 6, 7], [1, 2, 2, 2, 6, 7, 8]],
  ['characters out of order', [4, 5, 0, 1, 2, 3], [5, 6, 1, 2, 3, 4]],
  ['every character rewritten', [0, 3, 6, 9], [3, 6, 9, 12]],
  ['empty text', [], []],
];

// The answers the dense arrays give, as `toOriginal` answered before runs existed.
function dense(starts: number[], ends: number[], start: number, end: number) {
  if (starts.length === 0) return { start: 0, end: 0 };
  if (start === end) {
    const at = start < starts.length ? starts[start]! : ends[starts.length - 1]!;
    return { start: at, end: at };
  }
  return { start: starts[start]!, end: ends[end - 1]! };
}

describe('offset maps held as runs', () => {
  it.each(maps)('%s: every span maps as the dense arrays map it', (_name, starts, ends) => {
    const map = offsetMapper('a', Int32Array.from(starts), Int32Array.from(ends));
    for (let s = 0; s <= starts.length; s++) {
      for (let e = s; e <= starts.length; e++) expect(map({ start: s, end: e })).toEqual(dense(starts, ends, s, e));
    }
  });

  it.each([
    ['copied text', 1000, 1],
    ['text with a joined line every 50 characters', 1000, 21],
  ])('%s compresses into few runs', (_name, length, runs) => {
    const starts = new Int32Array(length);
    const ends = new Int32Array(length);
    for (let k = 0; k < length; k++) {
      // A joined line break: the space stands for two characters of the original.
      const shift = Math.floor(k / 50) * (runs > 1 ? 1 : 0);
      starts[k] = k + shift;
      ends[k] = k % 50 === 49 && runs > 1 ? k + shift + 2 : k + shift + 1;
    }
    expect(offsetRuns(starts, ends)?.at.length).toBeLessThanOrEqual(runs * 2);
  });

  it('keeps the dense arrays when runs would not be smaller', () => {
    expect(offsetRuns(Int32Array.from([0, 3, 6, 9]), Int32Array.from([3, 6, 9, 12]))).toBeUndefined();
  });

  it.each(maps)('%s: a mapper over borrowed arrays answers alike after the caller overwrites them', (_name, starts, ends) => {
    const s = Int32Array.from(starts);
    const e = Int32Array.from(ends);
    const map = offsetMapper('a', s, e, true);
    s.fill(-5);
    e.fill(-5);
    for (let a = 0; a <= starts.length; a++) {
      for (let b = a; b <= starts.length; b++) expect(map({ start: a, end: b })).toEqual(dense(starts, ends, a, b));
    }
  });

  it.each([
    ['too many runs to compress', 30000, 1],
    ['runs that compress', 30000, 7],
    ['a map longer than the one-pass scratch', 200000, 3],
  ])('%s: runs of a %i-character map agree with the dense arrays', (_name, length, every) => {
    // A rewritten character (one unit standing for two) every `every` characters.
    const starts = new Int32Array(length);
    const ends = new Int32Array(length);
    let o = 0;
    for (let k = 0; k < length; k++) {
      starts[k] = o;
      o += k % every === 0 ? 2 : 1;
      ends[k] = o;
    }
    const map = offsetMapper('long', starts, ends);
    for (let k = 0; k < length; k += 997) expect(map({ start: k, end: k + 1 })).toEqual({ start: starts[k], end: ends[k] });
    expect(map({ start: 0, end: length })).toEqual({ start: 0, end: o });
  });

  it('keeps each article its own map when normalizing the next one reuses the scratch', () => {
    const first = normalizeArticle({ id: 'one', text: '  Erster  Absatz\n\nZweiter Absatz mit Text.' });
    const before = first.toOriginal({ start: 0, end: first.text.length });
    normalizeArticle({ id: 'two', text: 'Ganz anderer Text,\nmit   viel mehr Abstand und Zeilen.\n\nNoch einer.' });
    expect(first.toOriginal({ start: 0, end: first.text.length })).toEqual(before);
    expect(first.original.slice(before.start, before.end)).toContain('Zweiter Absatz mit Text.');
  });

  it('rejects a span outside the text, naming the article', () => {
    const map = offsetMapper('story-1', Int32Array.from([0, 1]), Int32Array.from([1, 2]));
    expect(() => map({ start: 1, end: 3 })).toThrow(/story-1/);
  });

  it.each([
    ['text', 'Headline here\n\nThe council met on Monday.\nIt voted 7 to 2 for the plan.\n\nA second paragraph follows.'],
    ['markdown', '# Title\n\nThe **mayor** said [the plan](https://example.org) is *final*.\n\n- one item\n- another item'],
    ['html', '<html><body><article><h1>Title</h1><p>Tom &amp; Jerry met in Köln.</p><p>Second&nbsp;paragraph.</p></article></body></html>'],
  ] as const)('every character of a %s article maps back to where it came from', (format, text) => {
    const doc = normalizeArticle({ id: 'x', text, format });
    for (let k = 0; k < doc.text.length; k++) {
      const span = doc.toOriginal({ start: k, end: k + 1 });
      expect(span.start).toBeLessThanOrEqual(span.end);
      expect(span.end).toBeLessThanOrEqual(text.length);
      if (/[A-Za-z]/.test(doc.text[k]!)) expect(text.slice(span.start, span.end)).toContain(doc.text[k]);
    }
  });
});
