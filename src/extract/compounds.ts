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

const longestCache = new WeakMap<ReadonlySet<string>, number>();

// Only tails no longer than the longest listed noun are tried: a pasted 20,000-letter token stays linear.
function longest(words: ReadonlySet<string>): number {
  let n = longestCache.get(words);
  if (n === undefined) {
    n = 0;
    for (const w of words) n = Math.max(n, w.length);
    longestCache.set(words, n);
  }
  return n;
}

const BARE = [''] as const;

/** Whether a lower-cased word is one of the nouns, inflected, or (where compounds are allowed) a compound ending in one. */
export function hasNounTail(word: string, nouns: ReadonlySet<string>, options: TailOptions): boolean {
  const minHead = options.minHead ?? 2;
  const minTail = options.minTail ?? 4;
  for (const ending of options.endings ?? BARE) {
    if (ending && (word.length <= ending.length || !word.endsWith(ending))) continue;
    const stem = ending ? word.slice(0, -ending.length) : word;
    if (nouns.has(stem)) return true;
    if (!options.compounds) continue;
    for (let p = Math.max(minHead, stem.length - longest(nouns)); p <= stem.length - minTail; p++) {
      const tail = stem.slice(p);
      if (nouns.has(tail) && !options.wholeOnly?.has(tail)) return true;
    }
  }
  return false;
}
