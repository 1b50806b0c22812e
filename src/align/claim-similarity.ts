import type { Claim } from '../model/schema.js';
import { packs } from '../lang/index.js';
import { foldName } from './fold.js';
import type { AlignPack } from './pack.js';
import { bigramProfile, profileDice, type BigramProfile } from './similarity.js';

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

const WORD = /[\p{L}\p{N}]+/gu;

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

  const tokens: { at: number; end: number; word: string }[] = [];
  for (const m of text.matchAll(WORD)) tokens.push({ at: m.index, end: m.index + m[0].length, word: foldName(m[0]) });
  const pack = pickPack(tokens.map((t) => t.word));

  const steps: Array<{ key: string; role: boolean } | number> = [];
  let mi = 0;
  for (const t of tokens) {
    // Mentions that start before this word come first; a word inside a mention is already represented by it.
    while (mi < mentions.length && (mentions[mi] as (typeof mentions)[number]).start <= t.at) steps.push((mentions[mi++] as (typeof mentions)[number]).step);
    const inside = mentions.some((m) => m.start <= t.at && t.at < m.end);
    if (inside) continue;
    for (const w of t.word.split(' ')) {
      if (isDigits(w)) {
        steps.push({ key: `q:${Number(w)}`, role: true });
        continue;
      }
      if (w.length < MIN_WORD || pack.functionWords.has(w)) continue;
      const group = anchorOf(w, pack);
      const first = text.charAt(t.at);
      const role = !pack.nounsCapitalized || (first !== first.toLowerCase() && t.at > 0);
      steps.push({ key: group !== undefined ? `x:${group}` : `w:${stem(w, pack)}`, role });
    }
  }
  while (mi < mentions.length) steps.push((mentions[mi++] as (typeof mentions)[number]).step);
  return { steps, bigrams: bigramProfile(foldName(text)), language: COMPILED.indexOf(pack) };
}

/** Fills a template with the claim's current entity keys (ids once entities are resolved) into its signature. */
export function instantiateSignature(template: SignatureTemplate, claim: Claim): ClaimSignature {
  const keys: string[] = [];
  const roleKeys: string[] = [];
  const seen = new Set<string>();
  for (const step of template.steps) {
    let k: string;
    let role = true;
    if (typeof step === 'number') {
      const e = claim.entities[step] as Claim['entities'][number];
      k = `e:${e.entityId ?? foldName(e.surname ?? e.text)}`;
    } else {
      k = step.key;
      role = step.role;
    }
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

/**
 * How well the shared keys keep their order (1 = same order, 0 = reversed). Two views, averaged: the share of
 * neighbour relations kept (for the shared keys in `a`'s order, how often the next one is also the next in `b`),
 * which notices a local swap of two names, and the longest common subsequence, which forgives one moved clause
 * (a speaker named before the quote in one source and after it in the other). Dates are left out: a time
 * adverbial moves freely in both languages.
 */
function keptOrder(a: Int32Array, b: Int32Array, inA: (id: number) => boolean, inB: (id: number) => boolean, isName: ((id: number) => boolean) | undefined): number {
  // Only keys both claims count as role keys, so the measure is symmetric (a permutation and its inverse agree).
  const roleA = new Set<number>();
  for (const k of a) if (inB(k) && (!isName || isName(k))) roleA.add(k);
  if (roleA.size < 2) return 1;
  const rank = new Map<number, number>();
  for (const k of b) if (roleA.has(k) && inA(k)) rank.set(k, rank.size);
  const seq: number[] = [];
  for (const k of a) {
    const r = rank.get(k);
    if (r !== undefined) seq.push(r);
  }
  if (seq.length < 2) return 1;
  let kept = 0;
  for (let i = 1; i < seq.length; i++) if (seq[i] === (seq[i - 1] as number) + 1) kept++;
  const order = (kept / (seq.length - 1) + (longestIncreasing(seq) - 1) / (seq.length - 1)) / 2;
  // Two keys in another order are weak evidence ("X sagte: ..." against "..., sagte X"); three or more are not.
  const confidence = Math.min(1, (seq.length - 1) / 2);
  return 1 - confidence * (1 - order);
}

/** Length of the longest increasing subsequence (patience sorting, n log n). */
function longestIncreasing(seq: readonly number[]): number {
  const tails: number[] = [];
  for (const x of seq) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tails[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
  }
  return tails.length;
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

/** A `ClaimSignature` with its keys as ids of one `KeyTable`. */
export interface PackedSignature {
  keys: Int32Array;
  roleKeys: Int32Array;
  bigrams: BigramProfile;
  language: number;
}

/** Packs a signature against a key table; the strings are then only held once, by the table. */
export function packSignature(sig: ClaimSignature, table: KeyTable): PackedSignature {
  return {
    keys: Int32Array.from(sig.keys, (k) => table.id(k)),
    roleKeys: Int32Array.from(sig.roleKeys, (k) => table.id(k)),
    bigrams: sig.bigrams,
    language: sig.language,
  };
}

/**
 * Scores packed signatures of one table. `weight` is the key's weight (kind weight times the caller's, e.g. idf) by
 * id. Membership is a stamp per id, set for each pair, so no per-claim set is kept.
 */
export class PairScorer {
  private readonly markA: Int32Array;
  private readonly markB: Int32Array;
  private readonly unshared: Float64Array;
  private readonly names: Uint8Array;
  private tick = 0;

  constructor(
    private readonly table: KeyTable,
    private readonly weight: Float64Array,
  ) {
    const n = table.keys.length;
    this.markA = new Int32Array(n);
    this.markB = new Int32Array(n);
    this.unshared = Float64Array.from(table.keys, unsharedFactor);
    this.names = Uint8Array.from(table.keys, (k) => (k[0] === 'e' ? 1 : 0));
  }

  /** Scores a pair; see `signatureSimilarity` for the formula. */
  score(a: PackedSignature, b: PackedSignature): PairScore {
    const tick = ++this.tick;
    const { markA, markB, weight, unshared, names } = this;
    for (const k of a.keys) markA[k] = tick;
    for (const k of b.keys) markB[k] = tick;
    const inA = (k: number) => markA[k] === tick;
    const inB = (k: number) => markB[k] === tick;
    let wa = 0;
    let wb = 0;
    let ws = 0;
    let sharedCount = 0;
    for (const k of a.keys) {
      const x = weight[k] as number;
      if (inB(k)) {
        wa += x;
        ws += x;
        sharedCount++;
      } else wa += x * (unshared[k] as number);
    }
    for (const k of b.keys) wb += (weight[k] as number) * (inA(k) ? 1 : (unshared[k] as number));
    const keyScore = wa + wb > 0 ? (2 * ws) / (wa + wb) : 0;
    const textScore = profileDice(a.bigrams, b.bigrams);
    // Any two sentences of one language share common bigrams; only the Dice above that floor is evidence.
    const textEvidence = Math.max(0, (textScore - DICE_FLOOR) / (1 - DICE_FLOOR));
    const bag = (1 - TEXT_WEIGHT) * keyScore + TEXT_WEIGHT * textEvidence;
    // Across languages only names keep their order: German puts verbs and objects elsewhere than English.
    const sameLanguage = a.language === b.language && a.language >= 0;
    const order = keptOrder(a.roleKeys, b.roleKeys, inA, inB, sameLanguage ? undefined : (k) => names[k] === 1);
    // Order only speaks when most keys are shared: then a different order is a different statement (swapped roles),
    // while in pairs that share little it is noise.
    const score = bag * (1 - ORDER_PENALTY * (1 - order) * keyScore);
    return { score: Math.max(0, Math.min(1, score)), keyScore, textScore, order, sharedCount };
  }

  /** The reason text of a pair: the shared stems and anchors and the sub-scores. */
  explain(a: PackedSignature, b: PackedSignature): ClaimSimilarity & { shared: string[] } {
    const { score, keyScore, textScore, order } = this.score(a, b);
    const tick = this.tick;
    const shared: string[] = [];
    for (const k of a.keys) if (this.markB[k] === tick) shared.push(this.table.keys[k] as string);
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

interface PairScore {
  score: number;
  keyScore: number;
  textScore: number;
  order: number;
  /** Number of keys the two claims share. */
  sharedCount: number;
}

/** Scores two precomputed signatures; `weight` scales each key (idf over a corpus), default 1. */
export function signatureSimilarity(a: ClaimSignature, b: ClaimSignature, weight?: KeyWeight): ClaimSimilarity & { shared: string[] } {
  const table = new KeyTable();
  const pa = packSignature(a, table);
  const pb = packSignature(b, table);
  const weights = Float64Array.from(table.keys, (k) => kindWeight(k) * (weight ? weight(k) : 1));
  return new PairScorer(table, weights).explain(pa, pb);
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
