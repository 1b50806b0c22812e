/** How `hasNounTail` may match a listed noun inside a longer word. */
export interface TailOptions {
  /** Whether the word may be a compound whose last part is the noun (German "Umweltamt", "Naturschützer"). */
  compounds: boolean;
  /** Endings the word may carry after the noun ("s", "en", "in"); "" is the bare noun. */
  endings?: readonly string[];
  /** Shortest head a compound needs before the noun. */
  minHead?: number;
  /** Shortest noun that may close a compound. */
  minTail?: number;
  /** Nouns that only match as whole words ("Stadt", not "Innenstadt"). */
  wholeOnly?: ReadonlySet<string>;
}

/** Letters at the end of a word that any listed noun must share with it before the word is cut into tails. */
const END_KEY = 3;

/** A small integer for the `END_KEY` letters before `end` (a filter: two endings may share one, never the reverse). */
function endKey(word: string, end: number): number {
  return (Math.imul(word.charCodeAt(end - 1), 0x9e3779b1) ^ Math.imul(word.charCodeAt(end - 2), 0x85ebca77) ^ word.charCodeAt(end - 3)) & 0x3fffffff;
}

/** Per noun set: the distinct noun lengths (ascending), the longest, and the end keys of every noun of `END_KEY` letters or more. */
interface TailIndex {
  lengths: number[];
  longest: number;
  ends: Set<number>;
}

const tailIndexes = new WeakMap<ReadonlySet<string>, TailIndex>();

// Built once per set: a word whose end fits no noun is rejected without a slice, and a compound is cut only at the
// lengths some noun has, so most words cost one lookup instead of a slice per position. Only tails no longer than the
// longest listed noun are tried: a pasted 20,000-letter token stays linear.
function tailIndex(words: ReadonlySet<string>): TailIndex {
  let idx = tailIndexes.get(words);
  if (idx === undefined) {
    const lengths = new Set<number>();
    const ends = new Set<number>();
    for (const w of words) {
      lengths.add(w.length);
      if (w.length >= END_KEY) ends.add(endKey(w, w.length));
    }
    const sorted = [...lengths].sort((a, b) => a - b);
    idx = { lengths: sorted, longest: sorted.length > 0 ? sorted[sorted.length - 1]! : 0, ends };
    tailIndexes.set(words, idx);
  }
  return idx;
}

const BARE = [''] as const;

/** Whether a lower-cased word is one of the nouns, inflected, or (where compounds are allowed) a compound ending in one. */
export function hasNounTail(word: string, nouns: ReadonlySet<string>, options: TailOptions): boolean {
  const minHead = options.minHead ?? 2;
  const minTail = options.minTail ?? 4;
  const idx = options.compounds ? tailIndex(nouns) : undefined;
  for (const ending of options.endings ?? BARE) {
    if (ending && (word.length <= ending.length || !word.endsWith(ending))) continue;
    const size = word.length - ending.length;
    // The stem and every tail it may end in (at least `END_KEY` letters) end like some noun, or none matches.
    if (idx && size >= END_KEY && minTail >= END_KEY && !idx.ends.has(endKey(word, size))) continue;
    const stem = ending ? word.slice(0, size) : word;
    if (nouns.has(stem)) return true;
    if (!idx) continue;
    // Tails run from `minTail` letters up to the longest noun, leaving at least `minHead` letters of head.
    const most = Math.min(stem.length - minHead, idx.longest);
    if (most < minTail) continue;
    for (const n of idx.lengths) {
      if (n < minTail) continue;
      if (n > most) break;
      const tail = stem.slice(stem.length - n);
      if (nouns.has(tail) && !options.wholeOnly?.has(tail)) return true;
    }
  }
  return false;
}
