// Helpers the mismatch detectors share: which claims to compare, and when two values say the same thing.
import type { Claim, DateMention, Evidence, Quantity } from '../model/schema.js';
import type { Alignment } from '../align/types.js';
import type { LanguagePack } from '../lang/types.js';
import type { DetectorContext } from './types.js';
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
  const out: ClaimPair[] = [];
  forEachClusterPair(alignment, keep, (pair) => out.push({ a: pair.a, b: pair.b, via: pair.via }));
  return out;
}

/**
 * `clusterPairs` without the array: detectors that look at each pair once need not hold all pairs at the same time.
 * The pair object passed to `visit` is reused for the next pair (one object, not one per pair): copy what you keep.
 */
export function forEachClusterPair(alignment: Alignment, keep: ((a: Claim, b: Claim) => boolean) | undefined, visit: (pair: ClaimPair) => void): void {
  const pair: ClaimPair = { a: undefined as unknown as Claim, b: undefined as unknown as Claim, via: 'cluster' };
  for (const members of clusterMembers(alignment)) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length && j <= i + PAIR_WINDOW; j++) {
        const a = members[i]!;
        const b = members[j]!;
        if (a.articleId === b.articleId || (keep !== undefined && !keep(a, b))) continue;
        const first = byCodeUnit(a.articleId, b.articleId) <= 0;
        pair.a = first ? a : b;
        pair.b = first ? b : a;
        pair.via = 'cluster';
        visit(pair);
      }
    }
  }
}

/** Tables the detectors of one `runDetectors` call share; dropped when it returns, so that no report keeps them. */
interface RunScope {
  alignment: Alignment;
  context: DetectorContext;
  concepts?: Alignment;
  /** The claims of every cluster, per claim list (the numeric and hedge detectors walk the same claims). */
  members: Map<readonly Claim[], Claim[][]>;
  /** The anchors of claims' words that do not depend on the keys compared. */
  stems: Map<AnchorWords, AnchorStems>;
  /** Cluster, number and article rank of claims by position, per claim list. */
  numbers: Map<readonly Claim[], ClaimNumbers>;
}

let runScope: RunScope | undefined;

/** Runs the detectors of one alignment with tables they share (claims per cluster, claims with measure concepts). */
export function inDetectorRun<T>(alignment: Alignment, context: DetectorContext, run: () => T): T {
  const outer = runScope;
  runScope = { alignment, context, members: new Map(), stems: new Map(), numbers: new Map() };
  try {
    return run();
  } finally {
    runScope = outer;
  }
}

function clusterMembers(alignment: Alignment): Claim[][] {
  // Only within a run, where nothing changes the alignment between detectors.
  const scope = runScope !== undefined && runScope.alignment.clusters === alignment.clusters ? runScope : undefined;
  const hit = scope?.members.get(alignment.claims);
  if (hit !== undefined) return hit;
  const byId = new Map<string, Claim>();
  for (const c of alignment.claims) byId.set(c.id, c);
  const members: Claim[][] = [];
  for (const cluster of alignment.clusters) {
    const list: Claim[] = [];
    for (const id of cluster.claimIds) {
      const c = byId.get(id);
      if (c !== undefined) list.push(c);
    }
    members.push(list);
  }
  scope?.members.set(alignment.claims, members);
  return members;
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
  const read = anchorStems(words, stopwords);
  const out = new Set<string>(names ? read.capitalised : undefined);
  for (const a of read.names) out.add(a);
  if (dates) for (const d of claim.dates) if (d.value) out.add(`d:${d.value}`);
  const stems = read.stems;
  for (let i = 0; i < stems.length; i += 2) {
    const stem = stems[i]!;
    if (!keys.some((k) => k.startsWith(stem) || stem.startsWith(k))) out.add(stems[i + 1]!);
  }
  return out;
}

/** The anchors of a claim's words that do not depend on the keys compared, as anchor strings. */
interface AnchorStems {
  stopwords: ReadonlySet<string>;
  /** Anchors of capitalised words, for languages where only names are capitalised. */
  capitalised: string[];
  /** Anchors of names. */
  names: string[];
  /** Content-word stems and their anchor strings, alternating ("passag", "w:passag", ...). */
  stems: string[];
}

// The numeric, date and hedge detectors each ask for the anchors of every claim: within one run, the parts that do not
// depend on the keys are read once per claim's words (not kept beyond the run: they would outlive its reports).
function anchorStems(words: AnchorWords, stopwords: ReadonlySet<string>): AnchorStems {
  const hit = runScope?.stems.get(words);
  if (hit !== undefined && hit.stopwords === stopwords) return hit;
  // Where only names are capitalised, a capitalised word inside the sentence is a name even if the entity stage missed
  // it or it is short ("the Alps").
  const capitalised: string[] = [];
  for (const w of words.capitalised) if (!stopwords.has(w)) capitalised.push(`w:${w.slice(0, STEM)}`);
  // A name is one anchor, its main word, whether or not the extractor saw it as a name in both claims.
  const names: string[] = [];
  for (const last of words.names) names.push(`w:${last.slice(0, STEM)}`);
  const stems: string[] = [];
  for (const w of contentWords(words.rest, stopwords)) {
    if (w.length < MIN_STEM_WORD || /\d/.test(w)) continue;
    const stem = w.slice(0, STEM);
    stems.push(stem, `w:${stem}`);
  }
  const read = { stopwords, capitalised, names, stems };
  runScope?.stems.set(words, read);
  return read;
}

/** The words of a claim that `anchorsOf` reads, before stopwords and keys are applied. */
interface AnchorWords {
  capitalised: string[];
  names: string[];
  rest: string[];
}

// Numeric, date and hedge detectors each pair claims by anchors: the words of one claim object are read once. Keyed by
// the object, which the detectors never change (a claim with other quantities is another object).
// What the words were read from is kept beside them (text and counts), checked on every hit, so a caller that edits a
// claim between runs is read anew. Only this per-claim entry holds the text: the cross-report memo below outlives the
// claims, and a sentence's text may be a slice that keeps its whole article in memory.
const anchorWords = new WeakMap<Claim, { text: string; counts: number; words: AnchorWords }>();

function anchorWordsOf(claim: Claim): AnchorWords {
  const hit = anchorWords.get(claim);
  const counts = claim.entities.length * 1e6 + claim.quantities.length * 1e3 + claim.dates.length;
  if (hit && hit.text === claim.text && hit.counts === counts) return hit.words;
  // Every report of an index aligns fresh copies of the claims: across reports the words are found by what they are
  // read from (the spans set aside, the names and the text; each part self-delimiting, the text last).
  let key = `${claim.span.start}`;
  for (const x of claim.quantities) key += `,q${x.span.start}-${x.span.end}`;
  for (const x of claim.dates) key += `,d${x.span.start}-${x.span.end}`;
  for (const e of claim.entities) key += `,e${e.span.start}-${e.span.end}:${e.text.length}:${e.text}`;
  const words = anchorWordsMemo.get(`${key}|${claim.text}`, () => readAnchorWords(claim));
  anchorWords.set(claim, { text: claim.text, counts, words });
  return words;
}

const anchorWordsMemo = new Memo<AnchorWords>(1 << 14);

function readAnchorWords(claim: Claim): AnchorWords {
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
  return { capitalised, names, rest: wordsOf(text) };
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
  const out: ClaimPair[] = [];
  forEachAnchorPair(alignment, stopwords, options, (pair) => out.push({ a: pair.a, b: pair.b, via: pair.via }));
  return out;
}

/**
 * `anchorPairs` without the array, in the same order: at scale the pairs of every key were held at once, all the
 * while the detector compared them. The pair object passed to `visit` is reused for the next pair: copy what you keep.
 */
export function forEachAnchorPair(alignment: Alignment, stopwords: ReadonlySet<string>, options: AnchorOptions, visit: (pair: ClaimPair) => void): void {
  const claims = alignment.claims;
  // Claims by position, with their cluster, dense number and article rank read once (per run): a pair is checked on
  // numbers, not by looking its ids up.
  const { clusterNo, numberOf, count: n, articleRank } = claimNumbers(alignment);
  // Per cluster (made when a member states a key), article to keys; and key to anchor to claim positions: nested
  // maps, so that no string is built per claim and anchor, nor per pair when a pair is checked. A partner list per
  // claim would hold n² entries for a cluster of n copies of one story (10,000 copies ran out of memory).
  const statedIn = new Map<number, Map<string, Set<string>>>();
  const index = new Map<string, Map<string, number[]>>();
  for (let p = 0; p < claims.length; p++) {
    const claim = claims[p]!;
    const keyList = options.keysOf(claim);
    if (keyList.length === 0) continue;
    const keys = new Set(keyList);
    const c = clusterNo[p]!;
    if (c >= 0) {
      let byArticle = statedIn.get(c);
      if (byArticle === undefined) statedIn.set(c, (byArticle = new Map()));
      let stated = byArticle.get(claim.articleId);
      if (stated === undefined) byArticle.set(claim.articleId, (stated = new Set()));
      for (const k of keys) stated.add(k);
    }
    const anchors = anchorsOf(claim, stopwords, keys.size === keyList.length ? keyList : [...keys], options.dateAnchors, options.capitalisedNames?.(claim.articleId) ?? false);
    for (const k of keys) {
      let byAnchor = index.get(k);
      if (byAnchor === undefined) index.set(k, (byAnchor = new Map()));
      for (const anchor of anchors) {
        const list = byAnchor.get(anchor);
        if (list) list.push(p);
        else byAnchor.set(anchor, [p]);
      }
    }
  }
  // Settled: a cluster partner of the claim in that article states a value under the key (the claim itself is
  // in another article, so its own entry never counts).
  const settled = (p: number, article: string, key: string) => {
    const c = clusterNo[p]!;
    return c >= 0 && statedIn.get(c)?.get(article)?.has(key) === true;
  };
  const seen = new Set<number>();
  const pair: ClaimPair = { a: undefined as unknown as Claim, b: undefined as unknown as Claim, via: 'anchor' };
  // Shared anchors per pair (by the pair's number), with the positions of its two claims.
  let shared = new Map<number, { a: number; b: number; count: number }>();
  // Pairs in the order they were first counted, each once, as long as they share enough anchors under some key.
  const flush = () => {
    for (const [id, { a, b, count }] of shared) {
      if (count < options.minShared || seen.has(id)) continue;
      seen.add(id);
      pair.a = claims[a]!;
      pair.b = claims[b]!;
      pair.via = 'anchor';
      visit(pair);
    }
    shared = new Map();
  };
  // Blocks in the order of key, then anchor (the order of the joined "key NUL anchor", keys holding no NUL); a pair's
  // shared anchors are counted per key and the counts dropped after it. Only blocks that yield pairs are sorted.
  for (const k of [...index.keys()].sort(byCodeUnit)) {
    const byAnchor = index.get(k)!;
    const pairing: string[] = [];
    for (const [anchor, list] of byAnchor) if (list.length >= 2 && list.length <= MAX_ANCHOR_BLOCK) pairing.push(anchor);
    for (const anchor of pairing.sort(byCodeUnit)) {
      const list = byAnchor.get(anchor)!;
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          // Ordered by article id (ranks follow the code-unit order of the ids); one article never pairs with itself.
          const first = articleRank[list[i]!]! <= articleRank[list[j]!]!;
          const a = first ? list[i]! : list[j]!;
          const b = first ? list[j]! : list[i]!;
          if (articleRank[a] === articleRank[b] || (clusterNo[a]! >= 0 && clusterNo[a] === clusterNo[b])) continue;
          if (settled(a, claims[b]!.articleId, k) || settled(b, claims[a]!.articleId, k)) continue;
          const id = numberOf[a]! * n + numberOf[b]!;
          const cur = shared.get(id);
          if (cur) cur.count++;
          else shared.set(id, { a, b, count: 1 });
        }
      }
    }
    flush();
  }
}

/** Per position of a claim list: its cluster (-1 for none), its id as a dense number, and its article's rank. */
interface ClaimNumbers {
  clusterNo: Int32Array;
  numberOf: Int32Array;
  /** How many distinct claim ids there are. */
  count: number;
  articleRank: Int32Array;
}

function claimNumbers(alignment: Alignment): ClaimNumbers {
  const scope = runScope !== undefined && runScope.alignment.clusters === alignment.clusters ? runScope : undefined;
  const hit = scope?.numbers.get(alignment.claims);
  if (hit !== undefined) return hit;
  const claims = alignment.claims;
  // By id, the last cluster that lists it.
  const clusterOf = new Map<string, number>();
  alignment.clusters.forEach((cluster, c) => {
    for (const id of cluster.claimIds) clusterOf.set(id, c);
  });
  const number = new Map<string, number>();
  const clusterNo = new Int32Array(claims.length);
  const numberOf = new Int32Array(claims.length);
  const articles = new Set<string>();
  claims.forEach((claim, p) => {
    clusterNo[p] = clusterOf.get(claim.id) ?? -1;
    let k = number.get(claim.id);
    if (k === undefined) number.set(claim.id, (k = number.size));
    numberOf[p] = k;
    articles.add(claim.articleId);
  });
  const rankOf = new Map([...articles].sort(byCodeUnit).map((id, r) => [id, r] as const));
  const articleRank = new Int32Array(claims.length);
  claims.forEach((claim, p) => {
    articleRank[p] = rankOf.get(claim.articleId)!;
  });
  const out = { clusterNo, numberOf, count: number.size, articleRank };
  scope?.numbers.set(claims, out);
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
  return setDice(new Set(a), new Set(b));
}

/** `wordDice` of word sets a caller built once: a quote or claim meets many partners, its set need not be rebuilt per pair. */
export function setDice(sa: ReadonlySet<string>, sb: ReadonlySet<string>): number {
  if (sa.size === 0 && sb.size === 0) return 1;
  let shared = 0;
  for (const w of sa) if (sb.has(w)) shared++;
  return (2 * shared) / (sa.size + sb.size);
}

/**
 * The function words of every language of the articles, as one set. The same set object is returned for the same
 * packs, so that what is read with it can be kept: three detectors ask, and each article used to add its pack's words.
 */
export function stopwordsOf(articles: Alignment['articles'], packOf: (articleId: string) => LanguagePack): ReadonlySet<string> {
  const packs: LanguagePack[] = [];
  for (const a of articles) {
    const p = packOf(a.id);
    if (!packs.includes(p)) packs.push(p);
  }
  // Cached per list of packs (by identity) and the word lists they held; a changed list is read anew.
  const hit = stopwordSets.find((e) => e.packs.length === packs.length && e.packs.every((p, i) => p === packs[i] && p.stopwords === e.lists[i]));
  if (hit !== undefined) return hit.words;
  const words = new Set<string>();
  for (const p of packs) for (const w of p.stopwords) words.add(w);
  if (stopwordSets.length >= MAX_STOPWORD_SETS) stopwordSets.shift();
  stopwordSets.push({ packs, lists: packs.map((p) => p.stopwords), words });
  return words;
}

const MAX_STOPWORD_SETS = 8;
const stopwordSets: { packs: LanguagePack[]; lists: readonly (readonly string[])[]; words: Set<string> }[] = [];

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

/**
 * `withMeasureConcepts` for the detectors of one run: the numeric and the hedge detector both read the claims with
 * measure concepts, which are made once per `inDetectorRun` (the claims are read, never changed).
 */
export function measureConceptsFor(alignment: Alignment, context: DetectorContext): Alignment {
  const scope = runScope !== undefined && runScope.alignment === alignment && runScope.context === context ? runScope : undefined;
  if (scope?.concepts !== undefined) return scope.concepts;
  const result = withMeasureConcepts(alignment, (id) => context.packOf(id));
  if (scope !== undefined) scope.concepts = result;
  return result;
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
  // Every pair a quantity meets asks again; the answer depends only on the (unchanged) quantity object.
  const hit = stepOf.get(q);
  if (hit !== undefined && hit.text === q.text && hit.value === q.value && hit.scale === q.scale) return hit.step;
  const step = statedStepUncached(q);
  stepOf.set(q, { text: q.text, value: q.value, scale: q.scale, step });
  return step;
}

// What the step was read from is kept beside it, so a caller that edits a quantity object is answered anew.
const stepOf = new WeakMap<Quantity, { text: string; value: number; scale: number | undefined; step: number }>();

function statedStepUncached(q: Quantity): number {
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
  // Called for every item pair of every claim pair: plain numbers, no closures or arrays.
  const loA = Math.min(a.min, a.value);
  const hiA = Math.max(a.max, a.value);
  const loB = Math.min(b.min, b.value);
  const hiB = Math.max(b.max, b.value);
  if (hiA >= loB - eps && hiB >= loA - eps) return true;
  const stepA = statedStep(a);
  const stepB = statedStep(b);
  const aCoarse = stepA >= stepB;
  const step = aCoarse ? stepA : stepB;
  if (step === 0) return false;
  const loC = aCoarse ? loA : loB;
  const hiC = aCoarse ? hiA : hiB;
  const loF = aCoarse ? loB : loA;
  const hiF = aCoarse ? hiB : hiA;
  return Math.round(loF / step) * step <= hiC + eps && Math.round(hiF / step) * step >= loC - eps;
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
  if (as.length === 0 || bs.length === 0) return NO_PAIRS;
  // Run for every claim pair a detector meets: flags in one reused buffer (a fresh one only if a callback re-enters),
  // counts that stop at two, no per-item arrays.
  const flags = lonePairsBusy ? new Uint8Array(as.length + bs.length) : LONE_FLAGS.fill(0, 0, as.length + bs.length);
  const wasBusy = lonePairsBusy;
  lonePairsBusy = true;
  try {
    return lonePairsIn(as, bs, comparable, agree, agreeComparable, flags);
  } finally {
    lonePairsBusy = wasBusy;
  }
}

// Room for the flags of both sides: their lengths multiply to at most MAX_ITEM_PAIRS, so they add up to at most one more.
const LONE_FLAGS = new Uint8Array(MAX_ITEM_PAIRS + 1);
let lonePairsBusy = false;

function lonePairsIn<T>(
  as: readonly T[],
  bs: readonly T[],
  comparable: (a: T, b: T) => boolean,
  agree: (a: T, b: T) => boolean,
  agreeComparable: (a: T, b: T) => boolean,
  flags: Uint8Array,
): [T, T][] {
  // agreedA[i] is flags[i], agreedB[j] is flags[as.length + j].
  const nA = as.length;
  for (let i = 0; i < nA; i++) {
    for (let j = 0; j < bs.length; j++) {
      if (agreeComparable(as[i]!, bs[j]!) && agree(as[i]!, bs[j]!)) {
        flags[i] = 1;
        flags[nA + j] = 1;
      }
    }
  }
  let out: [T, T][] | undefined;
  for (let i = 0; i < nA; i++) {
    if (flags[i]) continue;
    const a = as[i]!;
    let found = -1;
    let count = 0;
    for (let j = 0; j < bs.length && count < 2; j++) {
      if (!flags[nA + j] && comparable(a, bs[j]!)) {
        found = j;
        count++;
      }
    }
    if (count !== 1) continue;
    const b = bs[found]!;
    let back = 0;
    for (let k = 0; k < nA && back < 2; k++) if (!flags[k] && comparable(as[k]!, b)) back++;
    if (back !== 1) continue;
    (out ??= []).push([a, b]);
    flags[nA + found] = 1;
  }
  return out ?? NO_PAIRS;
}

// Shared by every claim pair without a conflict; never written to (callers only read the result).
const NO_PAIRS: never[] = [];

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
