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

// What a word is, as the pattern [\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)* would match it: runs of letters and digits,
// joined by single apostrophes or hyphens. `tokenize` scans by hand with the same meaning (see there).
const UPPER = /^\p{Lu}/u;
const ACRONYM = /^[\p{Lu}\d]*\p{Lu}[\p{Lu}\d]*$/u;
const TWO_UPPER = /\p{Lu}.*\p{Lu}/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Words at least this long come out of `slice` as a view into the whole sentence (V8's sliced strings). */
const SLICED_FROM = 13;
/** Bits of a spelling's flags. */
const CAP = 1;
const ACRO = 2;

// Per UTF-16 code unit: WORD (a letter or digit on its own), OTHER, HIGH (a high surrogate: the pair decides), or 0 for
// not yet classified. ASCII is filled up front; other code units are classified by the Unicode pattern on first sight,
// so each distinct character costs one regex test per process, not one per occurrence.
const WORD = 1;
const OTHER = 2;
const HIGH = 3;
const unitClass = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) unitClass[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? WORD : OTHER;
unitClass.fill(HIGH, 0xd800, 0xdc00);
// A low surrogate on its own is no letter; after a high one it is read with the pair.
unitClass.fill(OTHER, 0xdc00, 0xe000);
// Letters and digits outside the BMP (rare: mathematical letters, historic scripts), by code point.
const astralWord = new Map<number, boolean>();

function classifyUnit(c: number): number {
  const k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? WORD : OTHER;
  unitClass[c] = k;
  return k;
}

/** Code units of the letter or digit that starts at `i` (1, or 2 for a surrogate pair); 0 when none does. */
function wordUnits(text: string, i: number, n: number): number {
  const c = text.charCodeAt(i);
  let k = unitClass[c]!;
  if (k === 0) k = classifyUnit(c);
  if (k === WORD) return 1;
  if (k === OTHER || i + 1 >= n) return 0;
  const lo = text.charCodeAt(i + 1);
  if (lo < 0xdc00 || lo > 0xdfff) return 0;
  const cp = (c - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
  let word = astralWord.get(cp);
  if (word === undefined) {
    word = LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
    // Bounded like the word caches: a text of a million distinct symbols must not grow it without end.
    if (astralWord.size >= 4096) astralWord.clear();
    astralWord.set(cp, word);
  }
  return word ? 2 : 0;
}

/** The apostrophes and hyphens that may join two runs of letters into one word: ' ’ - ‐ */
function joiner(c: number): boolean {
  return c === 0x27 || c === 0x2d || c === 0x2019 || c === 0x2010;
}

// News repeats its words: each spelling is lower-cased and classified once, and its tokens share the same two
// strings, whose hash codes are then computed once for every Map and Set lookup of every extractor.
// The spellings live in an open-addressing table keyed by a hash the scanner computes as it reads the word, so a known
// word is found by comparing it in place: no substring and no Map hashing per token (the old Map lookup on a fresh
// substring was most of tokenize's time). The table is two interleaved arrays, not an object per spelling, so a lookup
// reads one stretch of each besides the spelling's string: `refs` holds per slot the spelling (undefined: free), its
// lower-case form and one classifier's answer (see `SpellingClassifier`); `nums` holds per slot the hash and the flags,
// with the id of the classifier whose answer is kept (0: none) above the flag bits. Placing a word clears the answer.
// The table grows by doubling and starts afresh at WORD_CACHE_LIMIT words.
// Both arrays have one slot past the table (index `mask + 1`): never probed, it holds a word that found no free slot
// near its hash, so the caller reads it like any other.
const REFS = 3;
const NUMS = 2;
let refs: unknown[] = new Array<unknown>(1025 * REFS).fill(undefined);
let nums = new Int32Array(1025 * NUMS);
let mask = 1023;
let used = 0;
/** Grows whenever slots move or start afresh, so a slot number read before a call out may be checked afterwards. */
let generation = 0;
/** The classifier id sits above the two flag bits. */
const OWNER_SHIFT = 2;
const FLAG_BITS = (1 << OWNER_SHIFT) - 1;
/**
 * Most slots a lookup or insert looks at. Words whose hashes crowd one stretch of the table (crafted collisions)
 * then cost a bounded number of comparisons each and are simply not cached: tokenize stays linear on any input.
 */
const MAX_PROBES = 32;

/** Classifies a new spelling and stores it; returns its slot. */
function learn(raw: string, hash: number): number {
  if (used >= WORD_CACHE_LIMIT) {
    // Starting afresh drops the strings too, so a full cache holds on to no old words.
    refs.fill(undefined);
    used = 0;
    generation++;
  } else if (used * 2 >= mask + 1) {
    const [oldRefs, oldNums, oldSize] = [refs, nums, mask + 1];
    const size = oldSize * 2;
    refs = new Array<unknown>((size + 1) * REFS).fill(undefined);
    nums = new Int32Array((size + 1) * NUMS);
    generation++;
    mask = size - 1;
    used = 0;
    for (let k = 0; k < oldSize; k++) {
      const t = oldRefs[k * REFS] as string | undefined;
      if (t !== undefined) place(t, oldRefs[k * REFS + 1] as string, oldNums[k * NUMS]!, oldNums[k * NUMS + 1]! & FLAG_BITS);
    }
  }
  // A cached view would keep its article's whole text alive: a long word is copied out first.
  const t = raw.length >= SLICED_FROM ? (' ' + raw).slice(1) : raw;
  const c0 = t.charCodeAt(0);
  // ASCII first letters (most words) are classified by code; the Unicode pattern runs on the rest.
  const cap = c0 < 0x80 ? c0 >= 65 && c0 <= 90 : UPPER.test(t);
  // An acronym starts with a capital or a digit and has two capitals; the patterns run only on those few words.
  const acronym = (cap || (c0 >= 48 && c0 <= 57)) && t.length >= 2 && t.length <= 8 && !t.includes('-') && ACRONYM.test(t) && TWO_UPPER.test(t);
  return place(t, t.toLowerCase(), hash, (cap ? CAP : 0) | (acronym ? ACRO : 0));
}

/** Stores a spelling in the first free slot near its hash, or in the spare slot past the table when none is near. */
function place(text: string, lower: string, hash: number, flag: number): number {
  let slot = hash & mask;
  let probes = 0;
  while (refs[slot * REFS] !== undefined) {
    if (++probes === MAX_PROBES) {
      slot = mask + 1;
      break;
    }
    slot = (slot + 1) & mask;
  }
  if (slot <= mask) used++;
  refs[slot * REFS] = text;
  refs[slot * REFS + 1] = lower;
  refs[slot * REFS + 2] = undefined;
  nums[slot * NUMS] = hash;
  nums[slot * NUMS + 1] = flag;
  return slot;
}

// A loop over code units: for words of a few letters it beats the call into `startsWith`.
function sameAt(word: string, text: string, start: number, len: number): boolean {
  if (word.length !== len) return false;
  for (let k = 0; k < len; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/**
 * A per-word answer that depends only on the lower-cased spelling, computed by `classify` and kept by the tokenizer
 * beside the spelling, so a caller that tokenizes with it gets each word's answer without a lookup of its own.
 */
export interface SpellingClassifier<T> {
  /** Distinct per classifier (see `classifierId`); 0 for one whose answers are not kept. */
  readonly id: number;
  classify(lower: string): T;
}

let classifiers = 0;
/** Ids must fit above the flag bits of an int32; classifiers made after that many (packs made over and over) get 0. */
const MAX_CLASSIFIER_ID = 2 ** (31 - OWNER_SHIFT) - 1;

/** A fresh id for a `SpellingClassifier`, never one given before. */
export function classifierId(): number {
  if (classifiers >= MAX_CLASSIFIER_ID) return 0;
  return ++classifiers;
}

/**
 * Splits a sentence into word tokens with local offsets (linear, no Intl.Segmenter). With a classifier, the answer for
 * token k is written to `answers[at + k]`.
 */
export function tokenize<T>(text: string, classifier?: SpellingClassifier<T>, answers?: T[], at = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let u = wordUnits(text, i, n);
    if (u === 0) {
      // One code unit at a time is safe: a low surrogate left behind is never a letter on its own.
      i++;
      continue;
    }
    const start = i;
    // FNV-1a over the word's code units.
    let h = 0x811c9dc5;
    for (;;) {
      h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
      if (u === 2) h = Math.imul(h ^ text.charCodeAt(i + 1), 0x01000193);
      i += u;
      // The rest of the run: each code unit is read once, and letters already classified need no call.
      while (i < n) {
        const c = text.charCodeAt(i);
        if (unitClass[c] === WORD) {
          h = Math.imul(h ^ c, 0x01000193);
          i++;
        } else if ((u = wordUnits(text, i, n)) !== 0) {
          h = Math.imul(h ^ c, 0x01000193);
          if (u === 2) h = Math.imul(h ^ text.charCodeAt(i + 1), 0x01000193);
          i += u;
        } else break;
      }
      // A joiner continues the word only when a letter or digit follows it ("O’Brien", "Covid-19"; not "Nord- und").
      if (i + 1 < n) {
        const c = text.charCodeAt(i);
        if (joiner(c) && (u = wordUnits(text, i + 1, n)) !== 0) {
          h = Math.imul(h ^ c, 0x01000193);
          i++;
          continue;
        }
      }
      break;
    }
    h ^= h >>> 15;
    const len = i - start;
    let slot = h & mask;
    let t: string | undefined;
    let probes = 0;
    while ((t = refs[slot * REFS] as string | undefined) !== undefined && !(nums[slot * NUMS] === h && sameAt(t, text, start, len))) {
      if (++probes === MAX_PROBES) {
        t = undefined;
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (t === undefined) slot = learn(text.slice(start, i), h);
    const meta = nums[slot * NUMS + 1]!;
    const word = refs[slot * REFS] as string;
    const lower = refs[slot * REFS + 1] as string;
    if (classifier !== undefined) {
      // The spare slot past the table changes hands with every word that overflows: its answer is never kept.
      const id = classifier.id;
      if (slot <= mask && id !== 0 && meta >>> OWNER_SHIFT === id) answers![at + out.length] = refs[slot * REFS + 2] as T;
      else {
        const before = generation;
        const answer = classifier.classify(lower);
        answers![at + out.length] = answer;
        // A classifier that tokenized (a list built on first use) may have moved the slots: then the answer is not kept.
        if (slot <= mask && id !== 0 && generation === before) {
          refs[slot * REFS + 2] = answer;
          nums[slot * NUMS + 1] = (meta & FLAG_BITS) | (id << OWNER_SHIFT);
        }
      }
    }
    out.push({ text: word, lower, start, end: i, cap: (meta & CAP) !== 0, acronym: (meta & ACRO) !== 0 });
  }
  return out;
}

/** A phrase found in a token list: token index range [from, to). */
export interface PhraseHit {
  phrase: string;
  from: number;
  to: number;
}

/**
 * One word of a phrase trie: the phrase that ends here (the first one listed with these words), and the words that may
 * follow, in `children` when several do and in `key`/`child` when just one does (most nodes: no Map for them).
 */
class PhraseNode {
  phrase: string | undefined = undefined;
  key: string | undefined = undefined;
  child: PhraseNode | undefined = undefined;
  children: Map<string, PhraseNode> | undefined = undefined;

  /** The node after word `w`, made when absent. */
  step(w: string): PhraseNode {
    if (this.children) {
      let next = this.children.get(w);
      if (!next) this.children.set(w, (next = new PhraseNode()));
      return next;
    }
    if (this.key === undefined) {
      this.key = w;
      return (this.child = new PhraseNode());
    }
    if (this.key === w) return this.child!;
    const next = new PhraseNode();
    this.children = new Map([
      [this.key, this.child!],
      [w, next],
    ]);
    this.key = undefined;
    this.child = undefined;
    return next;
  }
}

/** Looks up multi-word phrases over lower-cased tokens in O(tokens × longest phrase). */
export class PhraseMatcher {
  // A trie over the phrases' words, by opening word: a token is compared only with the words that can follow the ones
  // read so far, where a list per opening word tried every phrase it opens ("it" opens dozens of agentless phrases).
  // The deepest node with a phrase along the tokens is the longest phrase, as the list sorted longest first gave.
  private readonly byFirst = new Map<string, PhraseNode>();
  /** Set by `MatcherGroup.add`: the group whose screen tells in one lookup whether a sentence holds any opening word. */
  screen: { group: MatcherGroup; bit: number } | undefined;

  constructor(phrases: readonly string[]) {
    for (const p of phrases) {
      // A copy, never the pack's literal: tokenize then sees only the kinds of string that sentences are (flat or a
      // view into the article), and its character reads stay specialised for them. A literal (an internalized string)
      // as a fifth kind made those reads generic, which cost tokenize a third of its time.
      const words = tokenize((' ' + p).slice(1)).map((t) => t.lower);
      const first = words[0];
      if (!first) continue;
      let node = this.byFirst.get(first);
      if (!node) this.byFirst.set(first, (node = new PhraseNode()));
      for (let k = 1; k < words.length; k++) node = node.step(words[k]!);
      // Of phrases with the same words, the first listed wins (as the stable sort kept it first).
      node.phrase ??= p;
    }
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
    return this.match(tokens, i);
  }

  // The longest phrase at token i (which exists), without the screen: `all` has read it already.
  private match(tokens: readonly Token[], i: number): PhraseHit | undefined {
    let node = this.byFirst.get(tokens[i]!.lower);
    if (!node) return undefined;
    let phrase = node.phrase;
    let to = i + 1;
    for (let k = i + 1; k < tokens.length; k++) {
      const w = tokens[k]!.lower;
      const next: PhraseNode | undefined = node.children ? node.children.get(w) : node.key === w ? node.child : undefined;
      if (next === undefined) break;
      node = next;
      if (node.phrase !== undefined) {
        phrase = node.phrase;
        to = k + 1;
      }
    }
    return phrase === undefined ? undefined : { phrase, from: i, to };
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
        const hit = this.match(tokens, i);
        if (hit) {
          out.push(hit);
          i = hit.to - 1;
        }
      }
      return out;
    }
    for (let i = 0; i < tokens.length; i++) {
      const hit = this.match(tokens, i);
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
  // The screen of the sentence asked for last. The extractors of one sentence ask in turn, so this answers nearly every
  // call; the claim builder hands each sentence's screen back in (`seed`) instead of the group keeping every sentence's
  // screen in a WeakMap, whose entries cost more to make and to collect than most sentences' screens cost to compute.
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
    this.lastTokens = tokens;
    this.lastMarks = marks;
  }

  /** Per token the bits of the group's matchers that its word opens, and at index `tokens.length` their union. */
  of(tokens: readonly Token[]): Int32Array {
    if (tokens === this.lastTokens) return this.lastMarks!;
    const marks = new Int32Array(tokens.length + 1);
    let has = 0;
    for (let i = 0; i < tokens.length; i++) has |= marks[i] = this.bits.get(tokens[i]!.lower) ?? 0;
    marks[tokens.length] = has;
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

/**
 * A value per (lexicon, pack) pair, made on first use and held weakly by both. Asked once per sentence, nearly always
 * for the pair asked for last, which then skips both WeakMaps; `pack` may be undefined.
 */
export class PairMemo<A extends object, T> {
  private readonly byFirst = new WeakMap<A, WeakMap<object, T>>();
  private lastA: A | undefined;
  private lastB: object | undefined;
  private lastValue: T | undefined;
  private static readonly NONE = {};

  constructor(private readonly make: (a: A, b: object | undefined) => T) {}

  /** The value for `a` and `b`, made by the constructor's function the first time the pair is asked for. */
  get(a: A, b: object | undefined): T {
    const key = b ?? PairMemo.NONE;
    if (a === this.lastA && key === this.lastB) return this.lastValue as T;
    let byB = this.byFirst.get(a);
    if (!byB) {
      byB = new WeakMap();
      this.byFirst.set(a, byB);
    }
    let value = byB.get(key);
    if (value === undefined) {
      value = this.make(a, b);
      byB.set(key, value);
    }
    this.lastA = a;
    this.lastB = key;
    this.lastValue = value;
    return value;
  }
}

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
