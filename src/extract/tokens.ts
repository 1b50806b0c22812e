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

/** What a token's spelling alone decides, shared by every token of that spelling. */
interface Spelling {
  text: string;
  lower: string;
  cap: boolean;
  acronym: boolean;
}

// News repeats its words: each spelling is lower-cased and classified once, and its tokens share the same two
// strings, whose hash codes are then computed once for every Map and Set lookup of every extractor.
const spellings = new Map<string, Spelling>();

/** Words at least this long may come out of a match as a view into the whole sentence (V8's sliced strings). */
const SLICED_FROM = 13;

function spell(raw: string): Spelling {
  // A cached view would keep its article's whole text alive: a long word is copied out first.
  const t = raw.length >= SLICED_FROM ? (' ' + raw).slice(1) : raw;
  const c0 = t.charCodeAt(0);
  // ASCII first letters (most words) are classified by code; the Unicode pattern runs on the rest.
  const cap = c0 < 0x80 ? c0 >= 65 && c0 <= 90 : UPPER.test(t);
  return {
    text: t,
    lower: t.toLowerCase(),
    cap,
    // An acronym starts with a capital or a digit; the patterns run only on those few words.
    acronym: (cap || (c0 >= 48 && c0 <= 57)) && t.length >= 2 && t.length <= 8 && !t.includes('-') && ACRONYM.test(t) && TWO_UPPER.test(t),
  };
}

/** Splits a sentence into word tokens with local offsets (linear, no Intl.Segmenter). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // `exec` on the shared pattern, not `matchAll`: no iterator and no copy of the pattern per sentence. Safe because
  // nothing else runs between resetting `lastIndex` and the end of the loop.
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    const raw = m[0];
    let w = spellings.get(raw);
    if (w === undefined) {
      w = spell(raw);
      remember(spellings, w.text, w);
    }
    out.push({ text: w.text, lower: w.lower, start: m.index, end: m.index + raw.length, cap: w.cap, acronym: w.acronym });
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
  /** Set by `MatcherGroup.add`: the group whose screen tells in one lookup whether a sentence holds any opening word. */
  screen: { group: MatcherGroup; bit: number } | undefined;

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

  /** The lower-case words that open a phrase, for screening a sentence before matching. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /** The longest phrase starting at token `i`, if any. */
  at(tokens: readonly Token[], i: number): PhraseHit | undefined {
    const first = tokens[i];
    if (!first) return undefined;
    // Asked for every token by the entity and attribution loops: the sentence's screen answers most without a lookup.
    if (this.screen && (this.screen.group.of(tokens)[i]! & this.screen.bit) === 0) return undefined;
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
    if (this.screen) {
      // The group's screen of this sentence is shared by all its matchers: most sentences open no phrase of most lists,
      // and where one does, only the tokens whose bit is set are tried.
      const bit = this.screen.bit;
      const marks = this.screen.group.of(tokens);
      if ((marks[tokens.length]! & bit) === 0) return out;
      for (let i = 0; i < tokens.length; i++) {
        if ((marks[i]! & bit) === 0) continue;
        const hit = this.at(tokens, i);
        if (hit) {
          out.push(hit);
          i = hit.to - 1;
        }
      }
      return out;
    }
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

/** Up to 30 matchers that share one word-to-bits map, so one pass over a sentence screens them all. */
export class MatcherGroup {
  private readonly bits = new Map<string, number>();
  private next = 0;
  // Sentences already screened: extractors pass the same token array to every matcher of the group.
  private screened = new WeakMap<readonly Token[], Int32Array>();
  private lastTokens: readonly Token[] | undefined;
  private lastMarks: Int32Array | undefined;
  /** Grows whenever a matcher joins, so word bits remembered elsewhere (`bitsOf`) can tell they are stale. */
  version = 0;

  /** Adds a matcher to the group (beyond 30 it stays unscreened) and returns it. */
  add(matcher: PhraseMatcher): PhraseMatcher {
    if (this.next >= 30) return matcher;
    const bit = 1 << this.next++;
    for (const w of matcher.firstWords()) this.bits.set(w, (this.bits.get(w) ?? 0) | bit);
    matcher.screen = { group: this, bit };
    // Matchers join lazily (on an extractor's first call): screens made before miss the new bit.
    this.screened = new WeakMap();
    this.lastTokens = undefined;
    this.lastMarks = undefined;
    this.version++;
    return matcher;
  }

  /** The bits of the group's matchers that a lower-case word opens, as of the current `version`. */
  bitsOf(word: string): number {
    return this.bits.get(word) ?? 0;
  }

  /**
   * Takes a sentence's screen built by a caller from `bitsOf` at the current `version` (laid out as `of` returns it),
   * so a caller that looks up every word anyway spares `of` the second lookup.
   */
  seed(tokens: readonly Token[], marks: Int32Array): void {
    this.screened.set(tokens, marks);
    this.lastTokens = tokens;
    this.lastMarks = marks;
  }

  /** Per token the bits of the group's matchers that its word opens, and at index `tokens.length` their union. */
  of(tokens: readonly Token[]): Int32Array {
    // The extractors of one sentence ask in turn, each for several matchers: the last sentence is answered without a lookup.
    if (tokens === this.lastTokens) return this.lastMarks!;
    let marks = this.screened.get(tokens);
    if (marks === undefined) {
      marks = new Int32Array(tokens.length + 1);
      let has = 0;
      for (let i = 0; i < tokens.length; i++) has |= marks[i] = this.bits.get(tokens[i]!.lower) ?? 0;
      marks[tokens.length] = has;
      this.screened.set(tokens, marks);
    }
    this.lastTokens = tokens;
    this.lastMarks = marks;
    return marks;
  }
}

/** A phrase matcher screened with the other matchers of the same pack (see `MatcherGroup`). */
export function screenedMatcher(pack: object, phrases: readonly string[]): PhraseMatcher {
  return memo(pack, 'matcherGroup', () => new MatcherGroup()).add(new PhraseMatcher(phrases));
}

const cache = new WeakMap<object, Map<string, unknown>>();
// Extractors ask for their tables on every sentence, mostly of the pack they asked for last: that one skips the WeakMap.
let lastOwner: object | undefined;
let lastTables: Map<string, unknown> | undefined;

/** Memoizes derived lookup structures per pack object, so each is built once. */
export function memo<T>(pack: object, key: string, build: () => T): T {
  let m = pack === lastOwner ? lastTables : cache.get(pack);
  if (!m) {
    m = new Map();
    cache.set(pack, m);
  }
  lastOwner = pack;
  lastTables = m;
  let value = m.get(key);
  if (value === undefined && !m.has(key)) {
    value = build();
    m.set(key, value);
  }
  return value as T;
}

/** The union of the word-class bits of a sentence's tokens: one lookup per token, so callers skip loops whose words are absent. */
export function sentenceBits(tokens: readonly Token[], bits: ReadonlyMap<string, number>): number {
  let has = 0;
  for (let i = 0; i < tokens.length; i++) has |= bits.get(tokens[i]!.lower) ?? 0;
  return has;
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

/** Index of the token that ends exactly at `offset`, if any (binary search, no per-sentence map). */
export function tokenEndingAt(tokens: readonly Token[], offset: number): number | undefined {
  const i = countBefore(tokens, offset) - 1;
  return i >= 0 && tokens[i]!.end === offset ? i : undefined;
}

/** Most words one word cache holds before it starts afresh: bounded memory on any vocabulary. */
export const WORD_CACHE_LIMIT = 50_000;
const wordCaches = new WeakMap<object, Map<string, Map<string, unknown>[]>>();
// As in `memo`: the owner asked for last is found without the WeakMap.
let lastCacheOwner: object | undefined;
let lastCaches: Map<string, Map<string, unknown>[]> | undefined;

/** `count` caches of per-word answers that belong to `owner` (a pack or lexicon), made on first use. */
export function wordCache<T>(owner: object, name: string, count: number): Map<string, T>[] {
  let byName = owner === lastCacheOwner ? lastCaches : wordCaches.get(owner);
  if (!byName) {
    byName = new Map();
    wordCaches.set(owner, byName);
  }
  lastCacheOwner = owner;
  lastCaches = byName;
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
