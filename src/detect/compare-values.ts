// Helpers the mismatch detectors share: which claims to compare, and when two values say the same thing.
import type { Claim, DateMention, Evidence, Quantity } from '../model/schema.js';
import type { Alignment } from '../align/types.js';
import type { LanguagePack } from '../lang/types.js';
import { foldName, Memo } from '../align/fold.js';
import { byCodeUnit } from './util.js';

/** Two claims from different articles that may state the same thing, and why they were paired. */
export interface ClaimPair {
  a: Claim;
  b: Claim;
  /** `cluster` when alignment put them together; `anchor` when they share a measure and an entity or date. */
  via: 'cluster' | 'anchor';
}

/** Members of a cluster each claim is compared with: clusters are small, the cap keeps a pathological one linear. */
const PAIR_WINDOW = 24;

/**
 * Cross-article claim pairs of every cluster, in a stable order. `keep` drops pairs the caller would skip anyway (no
 * figures on one side) before a pair object is made: large clusters of copies yielded millions of pairs per detector.
 */
export function clusterPairs(alignment: Alignment, keep?: (a: Claim, b: Claim) => boolean): ClaimPair[] {
  const byId = new Map(alignment.claims.map((c) => [c.id, c] as const));
  const out: ClaimPair[] = [];
  for (const cluster of alignment.clusters) {
    const members = cluster.claimIds.map((id) => byId.get(id)).filter((c): c is Claim => c !== undefined);
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length && j <= i + PAIR_WINDOW; j++) {
        const a = members[i]!;
        const b = members[j]!;
        if (a.articleId === b.articleId || (keep !== undefined && !keep(a, b))) continue;
        out.push(byCodeUnit(a.articleId, b.articleId) <= 0 ? { a, b, via: 'cluster' } : { a: b, b: a, via: 'cluster' });
      }
    }
  }
  return out;
}

/** Claims sharing one anchor key beyond this many are not paired by it: the key is too common to mean one event. */
const MAX_ANCHOR_BLOCK = 24;
/** Content words are compared on their first letters, which absorbs most inflection. */
const STEM = 6;
const MIN_STEM_WORD = 5;

/**
 * What ties a claim to an event besides the value compared: names, dates and content-word stems. Words inside a figure
 * or a date ("Millionen", "März") and the keys themselves are no anchors: they are what is being compared. A name of
 * several words ("River Ashby") counts once.
 */
function anchorsOf(claim: Claim, stopwords: ReadonlySet<string>, keys: readonly string[], dates: boolean, names: boolean): Set<string> {
  const words = anchorWordsOf(claim);
  const out = new Set<string>();
  // Where only names are capitalised, a capitalised word inside the sentence is a name even if the entity stage missed
  // it or it is short ("the Alps").
  if (names) {
    for (const w of words.capitalised) if (!stopwords.has(w)) out.add(`w:${w.slice(0, STEM)}`);
  }
  // A name is one anchor, its main word, whether or not the extractor saw it as a name in both claims.
  for (const last of words.names) out.add(`w:${last.slice(0, STEM)}`);
  if (dates) for (const d of claim.dates) if (d.value) out.add(`d:${d.value}`);
  for (const w of contentWords(words.rest, stopwords)) {
    if (w.length < MIN_STEM_WORD || /\d/.test(w)) continue;
    const stem = w.slice(0, STEM);
    if (!keys.some((k) => k.startsWith(stem) || stem.startsWith(k))) out.add(`w:${stem}`);
  }
  return out;
}

/** The words of a claim that `anchorsOf` reads, before stopwords and keys are applied. */
interface AnchorWords {
  /** What the words were read from, checked on every hit, so a caller that edits a claim between runs is read anew. */
  text: string;
  counts: number;
  capitalised: string[];
  names: string[];
  rest: string[];
}

// Numeric, date and hedge detectors each pair claims by anchors: the words of one claim object are read once. Keyed by
// the object, which the detectors never change (a claim with other quantities is another object).
const anchorWords = new WeakMap<Claim, AnchorWords>();

function anchorWordsOf(claim: Claim): AnchorWords {
  const hit = anchorWords.get(claim);
  const counts = claim.entities.length * 1e6 + claim.quantities.length * 1e3 + claim.dates.length;
  if (hit && hit.text === claim.text && hit.counts === counts) return hit;
  // Every report of an index aligns fresh copies of the claims: across reports the words are found by what they are
  // read from (the spans set aside, the names and the text; each part self-delimiting, the text last).
  let key = `${claim.span.start}`;
  for (const x of claim.quantities) key += `,q${x.span.start}-${x.span.end}`;
  for (const x of claim.dates) key += `,d${x.span.start}-${x.span.end}`;
  for (const e of claim.entities) key += `,e${e.span.start}-${e.span.end}:${e.text.length}:${e.text}`;
  const words = anchorWordsMemo.get(`${key}|${claim.text}`, () => readAnchorWords(claim, counts));
  anchorWords.set(claim, words);
  return words;
}

const anchorWordsMemo = new Memo<AnchorWords>(1 << 14);

function readAnchorWords(claim: Claim, counts: number): AnchorWords {
  const capitalised: string[] = [];
  for (const m of claim.text.slice(1).matchAll(CAPITALISED)) {
    const w = wordsOf(m[0])[0];
    if (w) capitalised.push(w);
  }
  const names: string[] = [];
  for (const e of claim.entities) {
    const last = wordsOf(e.text).pop();
    if (last) names.push(last);
  }
  // One pass over the sorted spans: a sentence full of figures stays linear.
  const spans = [...claim.quantities, ...claim.dates, ...claim.entities]
    .map((x) => [x.span.start - claim.span.start, x.span.end - claim.span.start] as const)
    .sort((x, y) => x[0] - y[0]);
  let text = '';
  let at = 0;
  for (const [from, to] of spans) {
    if (from < at || to > claim.text.length) continue;
    text += `${claim.text.slice(at, from)} `;
    at = to;
  }
  text += claim.text.slice(at);
  return { text: claim.text, counts, capitalised, names, rest: wordsOf(text) };
}

/** A capitalised word of three letters or more after a space, a name where only names are capitalised. */
const CAPITALISED = /(?<=\s)\p{Lu}\p{Ll}{2,}/gu;

/** How unaligned claims are paired: the keys a claim can be compared on, and how many anchors a pair must share. */
export interface AnchorOptions {
  /** What a claim states that can be compared ("passagi" for a measure, "day" for a date). */
  keysOf(claim: Claim): string[];
  minShared: number;
  /** Whether a shared date ties two claims (not when dates are what is compared). */
  dateAnchors: boolean;
  /** Whether the article's language capitalises only names, so that its capitalised words are anchors too. */
  capitalisedNames?: (articleId: string) => boolean;
}

/**
 * Claim pairs that alignment did not cluster but that state a value under the same key and share `minShared`
 * anchors (a name, a content word). A claim whose cluster partner in the other article states a value under that
 * key is left to that partner. Built on an index of key and anchor, never all pairs.
 */
export function anchorPairs(alignment: Alignment, stopwords: ReadonlySet<string>, options: AnchorOptions): ClaimPair[] {
  // A claim's cluster by number, and per cluster the article+key pairs its members state: a partner list per
  // claim would hold n² entries for a cluster of n copies of one story (10,000 copies ran out of memory).
  const clusterOf = new Map<string, number>();
  alignment.clusters.forEach((cluster, n) => {
    for (const id of cluster.claimIds) clusterOf.set(id, n);
  });
  const statedIn = alignment.clusters.map(() => new Set<string>());
  const index = new Map<string, Claim[]>();
  for (const claim of alignment.claims) {
    const keys = new Set(options.keysOf(claim));
    if (keys.size === 0) continue;
    const n = clusterOf.get(claim.id);
    if (n !== undefined) for (const k of keys) statedIn[n]!.add(`${claim.articleId}\u0000${k}`);
    const anchors = anchorsOf(claim, stopwords, [...keys], options.dateAnchors, options.capitalisedNames?.(claim.articleId) ?? false);
    for (const k of keys) {
      for (const anchor of anchors) {
        const key = `${k}\u0000${anchor}`;
        const list = index.get(key);
        if (list) list.push(claim);
        else index.set(key, [claim]);
      }
    }
  }
  // Settled: a cluster partner of the claim in that article states a value under the key (the claim itself is
  // in another article, so its own entry never counts).
  const settled = (claim: Claim, article: string, key: string) => {
    const n = clusterOf.get(claim.id);
    return n !== undefined && statedIn[n]!.has(`${article}\u0000${key}`);
  };
  const sameCluster = (a: Claim, b: Claim) => {
    const n = clusterOf.get(a.id);
    return n !== undefined && n === clusterOf.get(b.id);
  };
  const shared = new Map<string, { a: Claim; b: Claim; count: number }>();
  // Only blocks that yield pairs are sorted: most anchor keys hold one claim.
  const pairing: string[] = [];
  for (const [key, list] of index) if (list.length >= 2 && list.length <= MAX_ANCHOR_BLOCK) pairing.push(key);
  for (const key of pairing.sort(byCodeUnit)) {
    const list = index.get(key)!;
    const k = key.slice(0, key.indexOf('\u0000'));
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = byCodeUnit(list[i]!.articleId, list[j]!.articleId) <= 0 ? [list[i]!, list[j]!] : [list[j]!, list[i]!];
        if (a.articleId === b.articleId || sameCluster(a, b)) continue;
        if (settled(a, b.articleId, k) || settled(b, a.articleId, k)) continue;
        const id = `${k}|${a.id}|${b.id}`;
        const cur = shared.get(id);
        if (cur) cur.count++;
        else shared.set(id, { a, b, count: 1 });
      }
    }
  }
  const seen = new Set<string>();
  const out: ClaimPair[] = [];
  for (const { a, b, count } of shared.values()) {
    const id = `${a.id}|${b.id}`;
    if (count < options.minShared || seen.has(id)) continue;
    seen.add(id);
    out.push({ a, b, via: 'anchor' });
  }
  return out;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The folded words of a text (case, diacritics and punctuation ignored), in order. */
export function wordsOf(text: string): string[] {
  // Names and speakers recur in every pair they are part of; a copy, since callers may change their array.
  if (text.length <= 64) return wordsMemo.get(text, wordsUncached).slice();
  return wordsUncached(text);
}

const wordsMemo = new Memo<string[]>(1 << 14);

function wordsUncached(text: string): string[] {
  return foldName(text).match(WORD) ?? [];
}

/** Dice coefficient of two word sets: 1 for the same words, 0 for none shared. */
export function wordDice(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size === 0 && sb.size === 0) return 1;
  let shared = 0;
  for (const w of sa) if (sb.has(w)) shared++;
  return (2 * shared) / (sa.size + sb.size);
}

/** Words that carry content: not a function word of any language in play, at least three letters. */
export function contentWords(words: readonly string[], stopwords: ReadonlySet<string>): string[] {
  return words.filter((w) => w.length >= 3 && !stopwords.has(w));
}

/** The folded measure noun, preferring the extractor's case- and number-folded key when it gives one. */
export function measureKey(q: Quantity): string | undefined {
  const m = q.measureKey ?? q.measure;
  return m ? foldName(m) : undefined;
}

/** Endings a measure noun may differ by and still be the same noun ("Verletzte"/"Verletzten", "passenger"/"passengers"). */
const MAX_ENDING = 3;
const MIN_MEASURE = 4;

/** Whether two measure keys name one noun: equal, or one is the other plus a short inflection ending. */
export function sameMeasure(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (s.length < MIN_MEASURE) return false;
  // "IRIS-T" and "IRIS-T-Systeme": a hyphenated compound counts what its first part names.
  return (l.length - s.length <= MAX_ENDING && l.startsWith(s)) || l.startsWith(`${s} `);
}

/**
 * The claims with each measure replaced by the language-neutral concept the article's pack gives it ("Bewohner" and
 * "Menschen" both count people; "Wochen" and "weeks" weeks), and without vague counts ("Hunderte", "dozens"): a word
 * that only says "many" is no rival figure to a counted one.
 */
export function withMeasureConcepts(alignment: Alignment, packOf: (articleId: string) => LanguagePack): Alignment {
  const tables = new Map<object, { concepts: Map<string, string>; vague: Set<string> }>();
  const tableOf = (articleId: string) => {
    const pack = packOf(articleId).extract;
    let t = tables.get(pack);
    if (!t) {
      t = {
        concepts: new Map(Object.entries(pack.measureConcepts).map(([k, v]) => [foldName(k), v])),
        vague: new Set(Object.keys(pack.vagueCounts).map((w) => w.toLowerCase())),
      };
      tables.set(pack, t);
    }
    return t;
  };
  const claims = alignment.claims.map((claim) => {
    const { concepts, vague } = tableOf(claim.articleId);
    const quantities: Quantity[] = [];
    for (const q of claim.quantities) {
      if (!/\d/.test(q.text) && q.text.toLowerCase().split(/\s+/).some((w) => vague.has(w))) continue;
      const key = measureKey(q);
      const concept = key === undefined ? undefined : concepts.get(key);
      quantities.push(concept === undefined ? q : { ...q, measureKey: concept });
    }
    return quantities.length === claim.quantities.length && quantities.every((q, i) => q === claim.quantities[i]) ? claim : { ...claim, quantities };
  });
  return { ...alignment, claims };
}

/** A blocking key for a measure, short enough that inflected forms share it; candidates are checked with `sameMeasure`. */
export function measureBlock(q: Quantity): string | undefined {
  return measureKey(q)?.slice(0, MIN_MEASURE);
}

function measuresCompatible(a: Quantity, b: Quantity, requireBoth: boolean): boolean {
  const ka = measureKey(a);
  const kb = measureKey(b);
  // Only claims alignment already paired may leave the measure unsaid.
  if (ka === undefined || kb === undefined) return !requireBoth;
  return sameMeasure(ka, kb);
}

/**
 * Whether two quantities can count the same thing: the same unit (or none on both) and no two different measure
 * nouns. A missing measure is tolerated only when `requireMeasure` is false (claims alignment already paired).
 */
export function sameReferent(a: Quantity, b: Quantity, requireMeasure = false): boolean {
  if ((a.unit ?? '') !== (b.unit ?? '')) return false;
  return measuresCompatible(a, b, requireMeasure);
}

/** Figures further apart than this factor count different things (a total and a share), not one thing twice. */
const MAX_RATIO = 20;

/** Whether two figures are close enough in size to be rival statements of one quantity ("12 Mio." vs "120 Mio." still are). */
export function sameMagnitude(a: Quantity, b: Quantity): boolean {
  const x = Math.abs(a.value);
  const y = Math.abs(b.value);
  if (x === 0 || y === 0) return x === y || Math.max(x, y) <= MAX_RATIO;
  return Math.max(x, y) / Math.min(x, y) <= MAX_RATIO;
}

/**
 * The step a stated figure was rounded to: "6 Mio." and "sechs Millionen" are stated to the million, "2,5 Milliarden"
 * to the hundred million, "12.400" to the unit. Plain numbers without a scale word are taken as exact.
 */
export function statedStep(q: Quantity): number {
  const digits = /\d+(?:[.,]\d+)*/.exec(q.text)?.[0];
  const v = Math.abs(q.value);
  if (v === 0) return 0;
  // The extractor names the scale word's multiplier: the step is its place, less the decimals written before it.
  if (q.scale !== undefined && q.scale > 1) {
    const decimals = digits ? /[.,](\d{1,2})$/.exec(digits)?.[1]?.length ?? 0 : 0;
    return q.scale / 10 ** decimals;
  }
  if (digits === undefined) {
    // A number word with a scale word ("sechs Millionen"): stated to its leading digit.
    return v >= 1e5 ? 10 ** Math.floor(Math.log10(v)) : 0;
  }
  const plain = Number(digits.replace(/[.,]/g, ''));
  if (!Number.isFinite(plain) || plain === 0) return 0;
  const ratio = v / plain;
  // A scale word multiplied the digits ("2,5 Milliarden" = 25 × 10^8): the last digit's place is the step.
  return ratio >= 1000 ? Number(ratio.toPrecision(6)) : 0;
}

/**
 * Whether two figures agree: their ranges ("etwa", "mehr als") overlap, or the more precise one rounds to the
 * coarser one at the step that one was stated in ("6 Millionen" covers 6,2 but not 6,5 Millionen).
 */
export function quantitiesAgree(a: Quantity, b: Quantity): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(a.value), Math.abs(b.value));
  const lo = (q: Quantity) => Math.min(q.min, q.value);
  const hi = (q: Quantity) => Math.max(q.max, q.value);
  if (hi(a) >= lo(b) - eps && hi(b) >= lo(a) - eps) return true;
  const [coarse, fine] = statedStep(a) >= statedStep(b) ? [a, b] : [b, a];
  const step = statedStep(coarse);
  if (step === 0) return false;
  const round = (x: number) => Math.round(x / step) * step;
  return round(lo(fine)) <= hi(coarse) + eps && round(hi(fine)) >= lo(coarse) - eps;
}

/** The parts of a date mention that can disagree: a month and day, a year, a weekday, a month alone. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
}

/** Reads "2025-07-04", "--07-04", "--07" and weekdays into comparable parts; undefined for times, durations and relative dates. */
export function dateParts(d: DateMention): DateParts | undefined {
  if (d.kind === 'weekday') return d.weekday === undefined ? undefined : { weekday: d.weekday };
  if (d.kind !== 'date' && d.kind !== 'month' && d.kind !== 'year') return undefined;
  const v = d.value;
  if (!v) return undefined;
  const full = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(v);
  if (full) {
    const p: DateParts = { year: Number(full[1]), month: Number(full[2]) };
    if (full[3]) p.day = Number(full[3]);
    return p;
  }
  const noYear = /^--(\d{2})(?:-(\d{2}))?$/.exec(v);
  if (noYear) {
    const p: DateParts = { month: Number(noYear[1]) };
    if (noYear[2]) p.day = Number(noYear[2]);
    return p;
  }
  const year = /^(\d{4})$/.exec(v);
  if (year) return { year: Number(year[1]) };
  return undefined;
}

/** What grain two date mentions share, so only like is compared with like (weekday with weekday, day with day). */
export type DateGrain = 'weekday' | 'day' | 'month' | 'year';

/** The grain of a date's parts. */
export function grainOf(p: DateParts): DateGrain {
  if (p.weekday !== undefined) return 'weekday';
  if (p.day !== undefined) return 'day';
  if (p.month !== undefined) return 'month';
  return 'year';
}

/** Whether two dates of the same grain agree; a year missing on either side is ignored. */
export function datesAgree(a: DateParts, b: DateParts): boolean {
  if (a.weekday !== undefined || b.weekday !== undefined) return a.weekday === b.weekday;
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return false;
  if (a.month !== undefined && b.month !== undefined && a.month !== b.month) return false;
  if (a.day !== undefined && b.day !== undefined && a.day !== b.day) return false;
  return true;
}

/** Largest number of item pairs two claims are compared on. */
const MAX_ITEM_PAIRS = 400;

/**
 * Pairs the unmatched items of two claims one to one: an item is in conflict only when exactly one comparable item
 * on each side is left after the agreeing ones are removed, so "3 dead and 20 injured" never contradicts "20 injured".
 */
export function lonePairs<T>(
  as: readonly T[],
  bs: readonly T[],
  comparable: (a: T, b: T) => boolean,
  agree: (a: T, b: T) => boolean,
  /** Looser test for agreement: a value the other claim states anywhere is not in conflict, whatever noun it was read with. */
  agreeComparable: (a: T, b: T) => boolean = comparable,
): [T, T][] {
  // A sentence with this many figures is a table, not a statement: there is no telling which figure is whose.
  if (as.length * bs.length > MAX_ITEM_PAIRS) return [];
  const agreedA = new Set<number>();
  const agreedB = new Set<number>();
  as.forEach((a, i) =>
    bs.forEach((b, j) => {
      if (agreeComparable(a, b) && agree(a, b)) {
        agreedA.add(i);
        agreedB.add(j);
      }
    }),
  );
  const out: [T, T][] = [];
  as.forEach((a, i) => {
    if (agreedA.has(i)) return;
    const candidates = bs.map((b, j) => [b, j] as const).filter(([b, j]) => !agreedB.has(j) && comparable(a, b));
    if (candidates.length !== 1) return;
    const [b, j] = candidates[0]!;
    const back = as.filter((x, k) => !agreedA.has(k) && comparable(x, b));
    if (back.length !== 1) return;
    out.push([a, b]);
    agreedB.add(j);
  });
  return out;
}

/** One value as one article states it, the unit a conflict is made of. */
export interface Stated<T> {
  claim: Claim;
  item: T & { text: string; span: { start: number; end: number } };
}

/**
 * Collects conflicting pairs into groups keyed by what is compared and which article says what, so the same
 * disagreement repeated in headline and body is one finding with every occurrence as evidence.
 */
export class ConflictGroups<T> {
  private readonly groups = new Map<string, { members: Stated<T>[]; seen: Set<string> }>();

  /** Adds a conflicting pair under `key` (the referent plus each side's value). */
  add(key: string, a: Stated<T>, b: Stated<T>): void {
    const g = this.groups.get(key) ?? { members: [], seen: new Set<string>() };
    for (const m of [a, b]) {
      const id = `${m.claim.articleId}:${m.item.span.start}`;
      if (g.seen.has(id)) continue;
      g.seen.add(id);
      g.members.push(m);
    }
    this.groups.set(key, g);
  }

  /** The groups in key order, members sorted by article and position. */
  list(): { key: string; members: Stated<T>[] }[] {
    return [...this.groups.entries()]
      .sort((x, y) => byCodeUnit(x[0], y[0]))
      .map(([key, g]) => ({
        key,
        members: g.members.sort((x, y) => byCodeUnit(x.claim.articleId, y.claim.articleId) || x.item.span.start - y.item.span.start),
      }));
  }
}

/** Evidence for one stated value; the runner replaces the text with the exact slice of the original input. */
export function evidenceOf<T>(m: Stated<T>): Evidence {
  return { articleId: m.claim.articleId, text: m.item.text, span: m.item.span, claimId: m.claim.id };
}

/** "30 Kilometer (a); 40 Kilometer (b)": a message parameter, prose only. */
export function valueList<T>(members: readonly Stated<T>[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of members) {
    const s = `${m.item.text} (${m.claim.articleId})`;
    if (seen.has(s)) continue;
    seen.add(s);
    out.push(s);
  }
  return out.join('; ');
}
