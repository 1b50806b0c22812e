// The only module that imports string-similarity (CommonJS, unmaintained): swapping it out means editing this file alone.
import stringSimilarity from 'string-similarity';

/** Dice coefficient of the character bigrams of two strings (0-1), case-sensitive as given. */
export function dice(a: string, b: string): number {
  return stringSimilarity.compareTwoStrings(a, b);
}

/** A multiset of character bigrams, precomputed once per string so many comparisons stay cheap. */
export type BigramProfile = ReadonlyMap<string, number> & { readonly total: number; readonly text: string };

/** Builds the bigram profile of a string (whitespace removed, like `dice`). */
export function bigramProfile(text: string): BigramProfile {
  const s = text.replace(/\s+/g, '');
  const map = new Map<string, number>() as Map<string, number> & { total: number; text: string };
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.slice(i, i + 2);
    map.set(g, (map.get(g) ?? 0) + 1);
  }
  map.total = Math.max(0, s.length - 1);
  map.text = s;
  return map;
}

/** Dice coefficient over two precomputed bigram profiles; equals `dice` on the same strings. */
export function profileDice(a: BigramProfile, b: BigramProfile): number {
  // Same edge cases as string-similarity: identical (even empty) strings score 1, a one-letter string 0.
  if (a.text === b.text) return 1;
  if (a.total === 0 || b.total === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [g, n] of small) {
    const m = large.get(g);
    if (m) shared += Math.min(n, m);
  }
  return (2 * shared) / (a.total + b.total);
}
