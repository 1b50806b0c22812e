import type { Claim } from '../model/schema.js';
import { packs } from '../lang/index.js';
import { foldName } from './fold.js';
import type { AlignPack } from './pack.js';
import { bigramProfile, codesDice, type BigramProfile } from './similarity.js';

/**
 * A claim pair's similarity from three cheap signals: (1) a weighted Dice over the claims' content keys, where
 * numbers, dates and names become language-free anchors (`q:2500000000`, `d:w5`, `e:merz`) and frequent news words
 * map to bilingual concept ids (`x:0` = unterzeichnen/sign); (2) the bigram Dice of the folded texts, which rewards
 * shared inflected forms within one language; (3) the order of the shared keys, so "Anna besiegte Berta" and
 * "Berta besiegte Anna" (same words, roles swapped) score lower than a true paraphrase.
 */

// Sorted by language code like every pack list; the group order inside `anchors` is shared by all of them.
const ALIGN_PACKS: readonly AlignPack[] = (Object.keys(packs).sort() as (keyof typeof packs)[]).map((c) => packs[c].align);

interface CompiledPack {
  functionWords: ReadonlySet<string>;
  suffixes: readonly string[];
  nounsCapitalized: boolean;
  /** Words already looked up (-1: no anchor). */
  cache: Map<string, number>;
  exact: ReadonlyMap<string, number>;
  prefixes: ReadonlyMap<string, number>;
  longestPrefix: number;
}

function compile(list: readonly AlignPack[]): CompiledPack {
  const exact = new Map<string, number>();
  const prefixes = new Map<string, number>();
  let longestPrefix = 0;
  for (const p of list) {
    p.anchors.forEach((group, i) => {
      for (const w of group) {
        if (w.endsWith('*')) {
          const stem = foldName(w.slice(0, -1));
          if (!prefixes.has(stem)) prefixes.set(stem, i);
          longestPrefix = Math.max(longestPrefix, stem.length);
        } else if (!exact.has(foldName(w))) exact.set(foldName(w), i);
      }
    });
  }
  const suffixes = [...new Set(list.flatMap((p) => p.suffixes))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const nounsCapitalized = list.some((p) => p.nounsCapitalized);
  return { functionWords: new Set(list.flatMap((p) => p.functionWords.map(foldName))), suffixes, nounsCapitalized, cache: new Map(), exact, prefixes, longestPrefix };
}

const COMPILED = ALIGN_PACKS.map((p) => compile([p]));
// A claim whose language is unclear (a headline of names and numbers) is read with every pack at once.
const ALL = compile(ALIGN_PACKS);

/** Anchor group index → its first word in each pack ("unterzeichn/sign"), for reasons a reader understands. */
const GROUP_LABELS: readonly string[] = (ALIGN_PACKS[0]?.anchors ?? []).map((_, i) =>
  [...new Set(ALIGN_PACKS.map((p) => (p.anchors[i]?.[0] ?? '').replace('*', '')))].join('/'),
);

/** Content words shorter than this carry too little to compare (after folding). */
const MIN_WORD = 3;
/** Shortest anchor recognised as the last part of a compound. */
const MIN_TAIL = 5;
/** Most words remembered per pack by the anchor lookup. */
const ANCHOR_CACHE = 50_000;
/** Stems keep at most this many letters, which absorbs the inflection the suffix list misses. */
const STEM_LENGTH = 7;
/** Weight of each key kind in the overlap: a shared name or figure says more than a shared common word. */
const KIND_WEIGHT: Readonly<Record<string, number>> = { e: 2, q: 2, d: 1.5, x: 1.2, w: 1 };
/** Share of the bag score taken by the bigram Dice of the folded texts. */
const TEXT_WEIGHT = 0.4;
/** Bigram Dice that unrelated sentences of one language reach by sharing common letter pairs. */
const DICE_FLOOR = 0.15;
/** How much a fully reversed order of the shared keys takes off the score. */
const ORDER_PENALTY = 1;
/** Weight of a number or date only one of the two claims has, relative to a shared one. */
const UNSHARED_FIGURE = 0.25;

/** What `claimSimilarity` compares, computed once per claim. */
export interface ClaimSignature {
  /** Content keys in reading order, each once: `e:` name, `q:` number, `d:` date, `x:` bilingual concept, `w:` word stem. */
  keys: readonly string[];
  /** Folded claim text as bigrams, for the within-language wording score. */
  bigrams: BigramProfile;
  /** Index of the language pack the claim reads as, -1 when unclear. */
  language: number;
  /**
   * The keys whose order says who did what to whom, in reading order: names and numbers, and content words
   * except where a language marks nouns by capitals (German), where only nouns take part: a fronted adverbial
   * moves the German verb before its subject without changing the statement.
   */
  roleKeys: readonly string[];
  /** `keys` as a set, built once: every candidate pair asks it. */
  keySet: ReadonlySet<string>;
}

/** The result of comparing two claims. */
export interface ClaimSimilarity {
  /** 0 (unrelated) to 1 (the same statement). */
  score: number;
  /** The anchors and sub-scores behind the score, e.g. `stems:schul anchors:q:2500000000,d:w5,e:merz keys:0.71 order:1.00 dice:0.21`. */
  reason: string;
}

/** Optional weighting of the keys, e.g. by inverse document frequency over a corpus. */
export type KeyWeight = (key: string) => number;

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 unit outside the surrogates: 0 not yet known, 1 a letter or digit, 2 neither; filled on first sight. */
const wordUnit = new Uint8Array(0x10000);

/**
 * Length in UTF-16 units of the letter or digit at `i` (a surrogate pair is one code point), 0 when there is none:
 * the words of `/[\p{L}\p{N}]+/u`, read without a match object and a substring per word.
 */
function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    let k = wordUnit[c] as number;
    if (k === 0) wordUnit[c] = k = WORD_CHAR.test(text.charAt(i)) ? 1 : 2;
    return k === 1 ? 1 : 0;
  }
  if (c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return 0;
}

// Scratch of `signatureTemplate`, reused: the start offset and folded form of each word of the claim being read.
const tokenAt: number[] = [];
const tokenWords: string[] = [];

function pickPack(words: readonly string[]): CompiledPack {
  let best: CompiledPack = ALL;
  let bestHits = 0;
  let tie = false;
  for (const p of COMPILED) {
    let hits = 0;
    for (const w of words) if (p.functionWords.has(w)) hits++;
    if (hits > bestHits) {
      best = p;
      bestHits = hits;
      tie = false;
    } else if (hits === bestHits) tie = true;
  }
  return tie || bestHits === 0 ? ALL : best;
}

function anchorOf(word: string, pack: CompiledPack): number | undefined {
  const cached = pack.cache.get(word);
  if (cached !== undefined) return cached < 0 ? undefined : cached;
  const found = findAnchor(word, pack);
  // Bounded: a long-running process that compares millions of claims must not grow this without limit.
  if (pack.cache.size >= ANCHOR_CACHE) pack.cache.clear();
  pack.cache.set(word, found ?? -1);
  return found;
}

function findAnchor(word: string, pack: CompiledPack): number | undefined {
  const head = startAnchor(word, pack, MIN_WORD);
  if (head !== undefined) return head;
  // A compound names its concept in its last part ("Wasserschutzpolizei", "Bundesregierung"); short anchors
  // are not looked for inside words, where they would match by accident.
  for (let i = MIN_WORD; i + MIN_TAIL <= word.length; i++) {
    const tail = startAnchor(word.slice(i), pack, MIN_TAIL);
    if (tail !== undefined) return tail;
  }
  return undefined;
}

function startAnchor(word: string, pack: CompiledPack, min: number): number | undefined {
  if (word.length >= min) {
    const hit = pack.exact.get(word);
    if (hit !== undefined) return hit;
  }
  for (let n = Math.min(word.length, pack.longestPrefix); n >= min; n--) {
    const p = pack.prefixes.get(word.slice(0, n));
    if (p !== undefined) return p;
  }
  return undefined;
}

function stem(word: string, pack: CompiledPack): string {
  let base = word;
  for (const s of pack.suffixes) {
    if (word.length - s.length >= 4 && word.endsWith(s)) {
      base = word.slice(0, word.length - s.length);
      break;
    }
  }
  // German writes k where English and French write c in shared loanwords (Kontrolle/control, Produktion/production).
  return base.slice(0, STEM_LENGTH).replace(/c(?!h)/g, 'k');
}

function isDigits(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return w.length > 0;
}

function dateKey(d: Claim['dates'][number]): string {
  // Weekdays by number, so "Freitag" and "Friday" meet even when one article's date could not be resolved.
  if (d.kind === 'weekday' && d.weekday) return `d:w${d.weekday}`;
  return `d:${d.resolved ?? d.value ?? foldName(d.text)}`;
}

/**
 * The part of a claim's signature that depends on the claim alone: its keys in reading order with the entity
 * mentions left as places (their keys carry entity ids, which depend on the corpus). An index keeps it between
 * reports, so only the cheap `instantiateSignature` runs again.
 */
export interface SignatureTemplate {
  /** A key with its role flag, or the index of an entity in `claim.entities` whose key goes here. */
  steps: ReadonlyArray<{ key: string; role: boolean } | number>;
  bigrams: BigramProfile;
  language: number;
}

/** Reads a claim into its signature template (tokens, anchors, stems, bigrams): the costly, corpus-free part. */
export function signatureTemplate(claim: Claim): SignatureTemplate {
  const text = claim.text;
  const base = claim.span.start;
  // Mentions the extractors found, placed by their offset in the claim (their spans point into the original text).
  const mentions: { start: number; end: number; step: { key: string; role: boolean } | number }[] = [];
  claim.entities.forEach((e, i) => mentions.push({ start: e.span.start - base, end: e.span.end - base, step: i }));
  for (const q of claim.quantities) mentions.push({ start: q.span.start - base, end: q.span.end - base, step: { key: `q:${q.value}`, role: true } });
  for (const d of claim.dates) mentions.push({ start: d.span.start - base, end: d.span.end - base, step: { key: dateKey(d), role: true } });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);

  tokenAt.length = 0;
  tokenWords.length = 0;
  for (let i = 0; i < text.length; ) {
    let end = i;
    for (let step = wordCharLength(text, end); step > 0; step = wordCharLength(text, end)) end += step;
    if (end === i) {
      i++;
      continue;
    }
    tokenAt.push(i);
    tokenWords.push(foldName(text.slice(i, end)));
    i = end;
  }
  const pack = pickPack(tokenWords);

  const steps: Array<{ key: string; role: boolean } | number> = [];
  let mi = 0;
  for (let t = 0; t < tokenAt.length; t++) {
    const at = tokenAt[t] as number;
    const word = tokenWords[t] as string;
    // Mentions that start before this word come first; a word inside a mention is already represented by it.
    while (mi < mentions.length && (mentions[mi] as (typeof mentions)[number]).start <= at) steps.push((mentions[mi++] as (typeof mentions)[number]).step);
    if (insideAny(mentions, at)) continue;
    // A folded word is one word unless folding split it (punctuation that is a letter to the tokenizer is rare).
    for (const w of word.includes(' ') ? word.split(' ') : [word]) {
      if (isDigits(w)) {
        steps.push({ key: `q:${Number(w)}`, role: true });
        continue;
      }
      if (w.length < MIN_WORD || pack.functionWords.has(w)) continue;
      const group = anchorOf(w, pack);
      const first = text.charAt(at);
      const role = !pack.nounsCapitalized || (first !== first.toLowerCase() && at > 0);
      steps.push({ key: group !== undefined ? `x:${group}` : `w:${stem(w, pack)}`, role });
    }
  }
  while (mi < mentions.length) steps.push((mentions[mi++] as (typeof mentions)[number]).step);
  tokenWords.length = 0;
  return { steps, bigrams: bigramProfile(foldName(text)), language: COMPILED.indexOf(pack) };
}

function insideAny(mentions: readonly { start: number; end: number }[], at: number): boolean {
  for (const m of mentions) if (m.start <= at && at < m.end) return true;
  return false;
}

// A template step is either a fixed key or the position of an entity mention, whose id is only known after resolution.
function stepKey(step: SignatureTemplate['steps'][number], claim: Claim): string {
  if (typeof step !== 'number') return step.key;
  const e = claim.entities[step] as Claim['entities'][number];
  return `e:${e.entityId ?? foldName(e.surname ?? e.text)}`;
}

/** Fills a template with the claim's current entity keys (ids once entities are resolved) into its signature. */
export function instantiateSignature(template: SignatureTemplate, claim: Claim): ClaimSignature {
  const keys: string[] = [];
  const roleKeys: string[] = [];
  const seen = new Set<string>();
  for (const step of template.steps) {
    const k = stepKey(step, claim);
    const role = typeof step === 'number' || step.role;
    if (!seen.has(k)) {
      seen.add(k);
      keys.push(k);
      if (role && k[0] !== 'd') roleKeys.push(k);
    }
  }
  return { keys, bigrams: template.bigrams, language: template.language, roleKeys, keySet: seen };
}

/** Computes the comparison keys of a claim: names, numbers and dates as language-free anchors, other content words as concepts or stems. */
export function claimSignature(claim: Claim): ClaimSignature {
  return instantiateSignature(signatureTemplate(claim), claim);
}

/**
 * A number or date only one claim has counts little against the pair: two reports of one fact that disagree on
 * the figure or the day are exactly the pairs the conflict detectors need to see.
 */
function unsharedFactor(key: string): number {
  return key[0] === 'q' || key[0] === 'd' ? UNSHARED_FIGURE : 1;
}

function kindWeight(key: string): number {
  return KIND_WEIGHT[key[0] as string] ?? 1;
}

/** Length of the longest increasing subsequence of `seq[0..n)` (patience sorting, n log n); `tails` is scratch of at least n. */
function longestIncreasing(seq: Int32Array, n: number, tails: Int32Array): number {
  let length = 0;
  for (let p = 0; p < n; p++) {
    const x = seq[p] as number;
    let lo = 0;
    let hi = length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tails[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
    if (lo === length) length++;
  }
  return length;
}

/**
 * Numbers for the keys of a corpus: a signature packed against it holds small typed arrays instead of strings,
 * a string array and a Set per claim, which was most of what alignment kept per claim.
 */
export class KeyTable {
  private readonly ids = new Map<string, number>();
  /** The key of each id. */
  readonly keys: string[] = [];

  /** The id of a key, given on first sight. */
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
    }
    return id;
  }
}

type Packed = Int32Array | Uint32Array | Uint16Array | Int8Array;

// Doubles a corpus-wide array when it is full: the arrays grow while claims are read, whose count and lengths are
// only known afterwards.
function ensure<A extends Packed>(a: A, need: number, make: (length: number) => A): A {
  if (need <= a.length) return a;
  const b = make(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

const newInt32 = (length: number) => new Int32Array(length);
const newInt8 = (length: number) => new Int8Array(length);

/**
 * The signatures of a corpus packed against one `KeyTable`: every claim's key ids, role key ids and bigram codes
 * sit in shared typed arrays, addressed by the claim's number (its order of adding). One object and three typed
 * arrays per claim cost more in headers than their contents (about 100 bytes per typed array); this costs the
 * contents.
 */
export class SignatureStore {
  /** Number of signatures held. */
  size = 0;
  /** Claim `c`'s key ids (reading order, each once) are `keys[keyStart[c]..keyStart[c + 1])`. */
  keyStart = new Int32Array(16);
  keys = new Int32Array(64);
  /** Claim `c`'s role key ids, likewise. */
  roleStart = new Int32Array(16);
  roles = new Int32Array(64);
  /**
   * Claim `c`'s bigram codes, ascending, likewise. A code here is a pair of small numbers the store gives each
   * character on first sight (`first << 8 | second`): two bytes a bigram instead of the four of a pair of UTF-16
   * units, and bigrams are most of a signature. A corpus of more than 256 distinct characters switches the store to
   * four-byte codes (`first << 16 | second`). Either mapping is one-to-one, so the Dice of two claims is unchanged.
   */
  gramStart = new Int32Array(16);
  grams: Uint16Array | Uint32Array;
  /** Language pack index of each claim, -1 when unclear. */
  language = new Int8Array(16);
  /** The whitespace-free text of the claims shorter than one bigram, where equality alone decides the text score. */
  readonly shorts = new Map<number, string>();
  private keyLength = 0;
  private roleLength = 0;
  private gramLength = 0;
  /** Per key id, the claim number + 1 that last added it: a claim's keys are deduplicated without a set. */
  private seen = new Int32Array(64);
  /** The small number of each UTF-16 unit seen in a bigram. */
  private readonly chars = new Map<number, number>();
  /** Whether `grams` holds four-byte codes. */
  private wide = false;

  /**
   * `grams` is the expected total of bigram codes (the summed text lengths are a good guess) and `claims` the
   * expected number of claims, to avoid regrowing (each doubling leaves the old array as garbage until the next
   * collection); `buffer`, when given and large enough, is memory the caller no longer needs, used for the codes.
   */
  constructor(
    readonly table: KeyTable = new KeyTable(),
    grams = 64,
    buffer?: ArrayBuffer,
    claims = 0,
  ) {
    const room = Math.max(16, grams);
    this.grams = buffer && buffer.byteLength >= 2 * room ? new Uint16Array(buffer, 0, buffer.byteLength >> 1) : new Uint16Array(room);
    if (claims > 0) {
      this.keyStart = new Int32Array(claims + 1);
      this.roleStart = new Int32Array(claims + 1);
      this.gramStart = new Int32Array(claims + 1);
      this.language = new Int8Array(claims);
      // A news sentence has about seven keys, five of them role keys; a corpus of longer claims regrows once or twice.
      this.keys = new Int32Array(claims * 8);
      this.roles = new Int32Array(claims * 6);
    }
  }

  /** Adds a claim's signature from its template and the claim's current entity mentions; returns its number. */
  addTemplate(template: SignatureTemplate, claim: Claim): number {
    const mark = this.size + 1;
    for (const step of template.steps) {
      const k = stepKey(step, claim);
      const role = typeof step === 'number' || step.role;
      const id = this.table.id(k);
      if (id >= this.seen.length) this.seen = ensure(this.seen, id + 1, newInt32);
      // Only a key's first occurrence counts, with its role flag there (as `instantiateSignature` does).
      if (this.seen[id] === mark) continue;
      this.seen[id] = mark;
      this.pushKey(id);
      if (role && k[0] !== 'd') this.pushRole(id);
    }
    return this.finish(template.bigrams, template.language);
  }

  /** Adds a signature already made; returns its number. */
  addSignature(sig: ClaimSignature): number {
    for (const k of sig.keys) this.pushKey(this.table.id(k));
    for (const k of sig.roleKeys) this.pushRole(this.table.id(k));
    return this.finish(sig.bigrams, sig.language);
  }

  private pushKey(id: number): void {
    this.keys = ensure(this.keys, this.keyLength + 1, newInt32);
    this.keys[this.keyLength++] = id;
  }

  private pushRole(id: number): void {
    this.roles = ensure(this.roles, this.roleLength + 1, newInt32);
    this.roles[this.roleLength++] = id;
  }

  private finish(bigrams: BigramProfile, language: number): number {
    const c = this.size++;
    this.keyStart = ensure(this.keyStart, c + 2, newInt32);
    this.roleStart = ensure(this.roleStart, c + 2, newInt32);
    this.gramStart = ensure(this.gramStart, c + 2, newInt32);
    this.language = ensure(this.language, c + 1, newInt8);
    this.addGrams(bigrams);
    this.keyStart[c + 1] = this.keyLength;
    this.roleStart[c + 1] = this.roleLength;
    this.gramStart[c + 1] = this.gramLength;
    this.language[c] = language;
    if (bigrams.total === 0) this.shorts.set(c, bigrams.short);
    return c;
  }

  // Appends a claim's bigrams in the store's code, sorted (the character numbers do not keep the units' order).
  private addGrams(bigrams: BigramProfile): void {
    const from = this.gramLength;
    const to = from + bigrams.total;
    const codes = bigrams.codes;
    if (!this.wide) {
      this.grams = ensure(this.grams as Uint16Array, to, (n) => new Uint16Array(n));
      const grams = this.grams;
      let x = 0;
      for (; x < codes.length; x++) {
        const code = codes[x] as number;
        const first = this.charNumber(code >>> 16);
        const second = this.charNumber(code & 0xffff);
        if (first > 0xff || second > 0xff) break;
        grams[from + x] = (first << 8) | second;
      }
      if (x < codes.length) this.widen();
    }
    if (this.wide) {
      this.grams = ensure(this.grams as Uint32Array, to, (n) => new Uint32Array(n));
      const grams = this.grams;
      for (let x = 0; x < codes.length; x++) {
        const code = codes[x] as number;
        grams[from + x] = ((this.charNumber(code >>> 16) << 16) | this.charNumber(code & 0xffff)) >>> 0;
      }
    }
    this.grams.subarray(from, to).sort();
    this.gramLength = to;
  }

  private charNumber(unit: number): number {
    let n = this.chars.get(unit);
    if (n === undefined) this.chars.set(unit, (n = this.chars.size));
    return n;
  }

  // Rewrites the two-byte codes held so far as four-byte ones; each claim's run stays sorted (same pair order).
  private widen(): void {
    const wide = new Uint32Array(this.grams.length);
    for (let p = 0; p < this.gramLength; p++) {
      const code = this.grams[p] as number;
      wide[p] = ((code >>> 8) << 16) | (code & 0xff);
    }
    this.grams = wide;
    this.wide = true;
  }
}

/**
 * Scores the signatures of one `SignatureStore` by number. `weight` is the key's weight (kind weight times the
 * caller's, e.g. idf) by id. Membership is a stamp per key id, set for each pair, and the order measure works in
 * scratch arrays, so scoring a pair allocates nothing: at 100,000 claims there are millions of pairs, and what
 * they allocated set the young generation's size and so the peak memory.
 */
export class PairScorer {
  /** Sub-scores of the last `score` call (fields, not a result object per pair). */
  keyScore = 0;
  textScore = 0;
  order = 1;
  /** Number of keys the last scored pair shares. */
  sharedCount = 0;
  private readonly markA: Int32Array;
  private readonly markB: Int32Array;
  private readonly markRole: Int32Array;
  private readonly markRank: Int32Array;
  private readonly rank: Int32Array;
  private readonly unshared: Float64Array;
  private readonly names: Uint8Array;
  private seq = new Int32Array(16);
  private tails = new Int32Array(16);
  private tick = 0;

  constructor(
    private readonly store: SignatureStore,
    private readonly weight: Float64Array,
  ) {
    const keys = store.table.keys;
    const n = keys.length;
    this.markA = new Int32Array(n);
    this.markB = new Int32Array(n);
    this.markRole = new Int32Array(n);
    this.markRank = new Int32Array(n);
    this.rank = new Int32Array(n);
    this.unshared = Float64Array.from(keys, unsharedFactor);
    this.names = Uint8Array.from(keys, (k) => (k[0] === 'e' ? 1 : 0));
  }

  /** Scores claims `a` and `b` of the store; see `signatureSimilarity` for the formula. Sub-scores are left in the fields. */
  score(a: number, b: number): number {
    return this.scoreSharing(a, b, 0);
  }

  /**
   * `score`, or -1 as soon as the pair is known to share fewer than `minShared` keys (only `sharedCount` is then
   * set): clustering drops such pairs whatever their score, and most candidate pairs are such pairs, so their text
   * Dice and key order are never computed.
   */
  scoreSharing(a: number, b: number, minShared: number): number {
    const tick = ++this.tick;
    const { markA, markB, weight, unshared, store } = this;
    const keys = store.keys;
    const aFrom = store.keyStart[a] as number;
    const aTo = store.keyStart[a + 1] as number;
    const bFrom = store.keyStart[b] as number;
    const bTo = store.keyStart[b + 1] as number;
    for (let p = bFrom; p < bTo; p++) markB[keys[p] as number] = tick;
    let wa = 0;
    let wb = 0;
    let ws = 0;
    let sharedCount = 0;
    for (let p = aFrom; p < aTo; p++) {
      const k = keys[p] as number;
      const x = weight[k] as number;
      if (markB[k] === tick) {
        wa += x;
        ws += x;
        sharedCount++;
      } else wa += x * (unshared[k] as number);
    }
    if (sharedCount < minShared) {
      this.sharedCount = sharedCount;
      return -1;
    }
    for (let p = aFrom; p < aTo; p++) markA[keys[p] as number] = tick;
    for (let p = bFrom; p < bTo; p++) {
      const k = keys[p] as number;
      wb += (weight[k] as number) * (markA[k] === tick ? 1 : (unshared[k] as number));
    }
    const keyScore = wa + wb > 0 ? (2 * ws) / (wa + wb) : 0;
    const textScore = this.textDice(a, b);
    // Any two sentences of one language share common bigrams; only the Dice above that floor is evidence.
    const textEvidence = Math.max(0, (textScore - DICE_FLOOR) / (1 - DICE_FLOOR));
    const bag = (1 - TEXT_WEIGHT) * keyScore + TEXT_WEIGHT * textEvidence;
    // Across languages only names keep their order: German puts verbs and objects elsewhere than English.
    const la = store.language[a] as number;
    const sameLanguage = la === store.language[b] && la >= 0;
    const order = this.keptOrder(a, b, tick, !sameLanguage);
    // Order only speaks when most keys are shared: then a different order is a different statement (swapped roles),
    // while in pairs that share little it is noise.
    const score = bag * (1 - ORDER_PENALTY * (1 - order) * keyScore);
    this.keyScore = keyScore;
    this.textScore = textScore;
    this.order = order;
    this.sharedCount = sharedCount;
    return Math.max(0, Math.min(1, score));
  }

  // The bigram Dice of two stored texts, with the edge cases of `profileDice`.
  private textDice(a: number, b: number): number {
    const { gramStart, grams, shorts } = this.store;
    const aFrom = gramStart[a] as number;
    const aTo = gramStart[a + 1] as number;
    const bFrom = gramStart[b] as number;
    const bTo = gramStart[b + 1] as number;
    if (aFrom === aTo || bFrom === bTo) return aFrom === aTo && bFrom === bTo && shorts.get(a) === shorts.get(b) ? 1 : 0;
    return codesDice(grams, aFrom, aTo, grams, bFrom, bTo);
  }

  /**
   * How well the shared keys keep their order (1 = same order, 0 = reversed). Two views, averaged: the share of
   * neighbour relations kept (for the shared keys in `a`'s order, how often the next one is also the next in `b`),
   * which notices a local swap of two names, and the longest common subsequence, which forgives one moved clause
   * (a speaker named before the quote in one source and after it in the other). Dates are left out: a time
   * adverbial moves freely in both languages. Reads the key marks `score` set for this `tick`.
   */
  private keptOrder(a: number, b: number, tick: number, namesOnly: boolean): number {
    const { markA, markB, markRole, markRank, rank, names, store } = this;
    const roles = store.roles;
    const aFrom = store.roleStart[a] as number;
    const aTo = store.roleStart[a + 1] as number;
    // Only keys both claims count as role keys, so the measure is symmetric (a permutation and its inverse agree).
    let shared = 0;
    for (let p = aFrom; p < aTo; p++) {
      const k = roles[p] as number;
      if (markB[k] === tick && (!namesOnly || names[k] === 1) && markRole[k] !== tick) {
        markRole[k] = tick;
        shared++;
      }
    }
    if (shared < 2) return 1;
    let ranked = 0;
    for (let p = store.roleStart[b] as number; p < (store.roleStart[b + 1] as number); p++) {
      const k = roles[p] as number;
      if (markRole[k] === tick && markA[k] === tick && markRank[k] !== tick) {
        markRank[k] = tick;
        rank[k] = ranked++;
      }
    }
    if (this.seq.length < aTo - aFrom) {
      this.seq = new Int32Array(aTo - aFrom);
      this.tails = new Int32Array(aTo - aFrom);
    }
    const seq = this.seq;
    let length = 0;
    for (let p = aFrom; p < aTo; p++) {
      const k = roles[p] as number;
      if (markRank[k] === tick) seq[length++] = rank[k] as number;
    }
    if (length < 2) return 1;
    let kept = 0;
    for (let i = 1; i < length; i++) if (seq[i] === (seq[i - 1] as number) + 1) kept++;
    const order = (kept / (length - 1) + (longestIncreasing(seq, length, this.tails) - 1) / (length - 1)) / 2;
    // Two keys in another order are weak evidence ("X sagte: ..." against "..., sagte X"); three or more are not.
    const confidence = Math.min(1, (length - 1) / 2);
    return 1 - confidence * (1 - order);
  }

  /** The reason text of a pair: the shared stems and anchors and the sub-scores. */
  explain(a: number, b: number): ClaimSimilarity & { shared: string[] } {
    const score = this.score(a, b);
    const { keyScore, textScore, order, tick, store } = this;
    const shared: string[] = [];
    for (let p = store.keyStart[a] as number; p < (store.keyStart[a + 1] as number); p++) {
      const k = store.keys[p] as number;
      if (this.markB[k] === tick) shared.push(store.table.keys[k] as string);
    }
    const label = (k: string) => (k[0] === 'x' ? `x:${GROUP_LABELS[Number(k.slice(2))] ?? k.slice(2)}` : k);
    // Shared word stems first, then the anchors (names, numbers, dates, concepts) that carry across languages.
    const stems = shared.filter((k) => k[0] === 'w').slice(0, 6).map((k) => k.slice(2));
    const anchors = shared.filter((k) => k[0] !== 'w').slice(0, 8).map(label);
    const reason = [
      `stems:${stems.join(',')}`,
      ...(anchors.length ? [`anchors:${anchors.join(',')}`] : []),
      `keys:${keyScore.toFixed(2)}`,
      `order:${order.toFixed(2)}`,
      `dice:${textScore.toFixed(2)}`,
    ].join(' ');
    return { score, reason, shared };
  }
}

/** Scores two precomputed signatures; `weight` scales each key (idf over a corpus), default 1. */
export function signatureSimilarity(a: ClaimSignature, b: ClaimSignature, weight?: KeyWeight): ClaimSimilarity & { shared: string[] } {
  const store = new SignatureStore();
  const pa = store.addSignature(a);
  const pb = store.addSignature(b);
  const weights = Float64Array.from(store.table.keys, (k) => kindWeight(k) * (weight ? weight(k) : 1));
  return new PairScorer(store, weights).explain(pa, pb);
}

/** Kind weight of a key (a name or figure counts more than a word): the factor `signatureSimilarity` multiplies a caller's weight by. */
export function keyKindWeight(key: string): number {
  return kindWeight(key);
}

/** How similar two claims are (0-1), order-aware and anchored on numbers, dates, names and bilingual concepts, with the reason. */
export function claimSimilarity(a: Claim, b: Claim): ClaimSimilarity {
  const { score, reason } = signatureSimilarity(claimSignature(a), claimSignature(b));
  return { score, reason };
}
