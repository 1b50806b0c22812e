// The only module that imports string-similarity (CommonJS, unmaintained): swapping it out means editing this file alone.
import stringSimilarity from 'string-similarity';

/** Dice coefficient of the character bigrams of two strings (0-1), case-sensitive as given. */
export function dice(a: string, b: string): number {
  return stringSimilarity.compareTwoStrings(a, b);
}

/**
 * A multiset of character bigrams, precomputed once per string so many comparisons stay cheap. Packed as sorted
 * 32-bit codes (two UTF-16 units each) in one typed array: a Map of string keys per claim cost about 4 KB, this
 * costs 4 bytes a bigram, and two sorted arrays intersect in one linear merge.
 */
export interface BigramProfile {
  /** Bigram codes (`first << 16 | second`), ascending, repeats kept. */
  readonly codes: Uint32Array;
  /** Number of bigrams (`codes.length`). */
  readonly total: number;
  /** The whitespace-free text when it is shorter than one bigram, where equality alone decides the score. */
  readonly short: string;
}

/** Builds the bigram profile of a string (whitespace removed, like `dice`). */
export function bigramProfile(text: string): BigramProfile {
  const s = text.replace(/\s+/g, '');
  const total = Math.max(0, s.length - 1);
  const codes = new Uint32Array(total);
  for (let i = 0; i < total; i++) codes[i] = ((s.charCodeAt(i) << 16) | s.charCodeAt(i + 1)) >>> 0;
  codes.sort();
  return { codes, total, short: total === 0 ? s : '' };
}

/** Dice coefficient over two precomputed bigram profiles; equals `dice` on the same strings. */
export function profileDice(a: BigramProfile, b: BigramProfile): number {
  // Same edge cases as string-similarity: identical (even empty) strings score 1, a one-letter string 0.
  // Identical texts of two or more letters have identical bigram multisets, so the merge below gives them 1 too.
  if (a.total === 0 || b.total === 0) return a.total === 0 && b.total === 0 && a.short === b.short ? 1 : 0;
  return codesDice(a.codes, 0, a.total, b.codes, 0, b.total);
}

/**
 * Dice coefficient of two non-empty sorted bigram code runs `x[xFrom..xTo)` and `y[yFrom..yTo)`: the merge behind
 * `profileDice`, also run over a corpus whose codes share one array.
 */
export function codesDice(x: Uint16Array | Uint32Array, xFrom: number, xTo: number, y: Uint16Array | Uint32Array, yFrom: number, yTo: number): number {
  let i = xFrom;
  let j = yFrom;
  let shared = 0;
  // Sorted multisets: each equal code consumed on both sides counts once, which is the sum of the smaller counts.
  while (i < xTo && j < yTo) {
    const u = x[i] as number;
    const v = y[j] as number;
    if (u === v) {
      shared++;
      i++;
      j++;
    } else if (u < v) i++;
    else j++;
  }
  return (2 * shared) / (xTo - xFrom + (yTo - yFrom));
}
