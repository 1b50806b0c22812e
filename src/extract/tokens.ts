/** A word of a sentence with its offsets inside that sentence. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper-case ("EU", "USA"). */
  acronym: boolean;
}

// Each repetition must begin with a separator, so the pattern cannot backtrack catastrophically.
const WORD = /[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*/gu;
const UPPER = /^\p{Lu}/u;
const ACRONYM = /^[\p{Lu}\d]*\p{Lu}[\p{Lu}\d]*$/u;
const TWO_UPPER = /\p{Lu}.*\p{Lu}/u;

/** Splits a sentence into word tokens with local offsets (linear, no Intl.Segmenter). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const t = m[0];
    const cap = UPPER.test(t);
    const c0 = t.charCodeAt(0);
    out.push({
      text: t,
      lower: t.toLowerCase(),
      start: m.index,
      end: m.index + t.length,
      cap,
      // An acronym starts with a capital or a digit; the patterns run only on those few words.
      acronym: (cap || (c0 >= 48 && c0 <= 57)) && t.length >= 2 && t.length <= 8 && !t.includes('-') && ACRONYM.test(t) && TWO_UPPER.test(t),
    });
  }
  return out;
}

/** A phrase found in a token list: token index range [from, to). */
export interface PhraseHit {
  phrase: string;
  from: number;
  to: number;
}

/** Looks up multi-word phrases over lower-cased tokens in O(tokens × longest phrase). */
export class PhraseMatcher {
  private readonly byFirst = new Map<string, string[][]>();
  private readonly source = new Map<string[], string>();

  constructor(phrases: readonly string[]) {
    for (const p of phrases) {
      const words = tokenize(p).map((t) => t.lower);
      const first = words[0];
      if (!first) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push(words);
      this.source.set(words, p);
      this.byFirst.set(first, list);
    }
    // Longest phrase first so "mehr als" wins over "mehr".
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** The longest phrase starting at token `i`, if any. */
  at(tokens: readonly Token[], i: number): PhraseHit | undefined {
    const first = tokens[i];
    if (!first) return undefined;
    const list = this.byFirst.get(first.lower);
    if (!list) return undefined;
    outer: for (const words of list) {
      if (i + words.length > tokens.length) continue;
      for (let k = 1; k < words.length; k++) if (tokens[i + k]!.lower !== words[k]) continue outer;
      return { phrase: this.source.get(words) ?? words.join(' '), from: i, to: i + words.length };
    }
    return undefined;
  }

  /** Every non-overlapping phrase in reading order. */
  all(tokens: readonly Token[]): PhraseHit[] {
    const out: PhraseHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      // Most words open no phrase: one lookup, no call.
      if (!this.byFirst.has(tokens[i]!.lower)) continue;
      const hit = this.at(tokens, i);
      if (hit) {
        out.push(hit);
        i = hit.to - 1;
      }
    }
    return out;
  }
}

const cache = new WeakMap<object, Map<string, unknown>>();

/** Memoizes derived lookup structures per pack object, so each is built once. */
export function memo<T>(pack: object, key: string, build: () => T): T {
  let m = cache.get(pack);
  if (!m) {
    m = new Map();
    cache.set(pack, m);
  }
  if (!m.has(key)) m.set(key, build());
  return m.get(key) as T;
}

/** Number of tokens that start before `offset` (binary search: tokens are sorted by start). */
export function countBefore(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Most words one word cache holds before it starts afresh: bounded memory on any vocabulary. */
export const WORD_CACHE_LIMIT = 50_000;
const wordCaches = new WeakMap<object, Map<string, Map<string, unknown>[]>>();

/** `count` caches of per-word answers that belong to `owner` (a pack or lexicon), made on first use. */
export function wordCache<T>(owner: object, name: string, count: number): Map<string, T>[] {
  let byName = wordCaches.get(owner);
  if (!byName) {
    byName = new Map();
    wordCaches.set(owner, byName);
  }
  let list = byName.get(name);
  if (!list) {
    list = Array.from({ length: count }, () => new Map<string, unknown>());
    byName.set(name, list);
  }
  return list as Map<string, T>[];
}

/** Stores an answer, dropping the whole cache first when it is full (cheaper than tracking recency). */
export function remember<T>(cache: Map<string, T>, word: string, value: T): void {
  if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
  cache.set(word, value);
}
