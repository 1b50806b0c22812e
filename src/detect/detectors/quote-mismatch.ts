import { diffWords } from 'diff';
import type { Claim, Quote } from '../../model/schema.js';
import type { Alignment } from '../../align/types.js';
import { contentWords, setDice, wordsOf } from '../compare-values.js';
import { defineDetector, type DetectorContext, type FindingDraft } from '../types.js';
import { byCodeUnit } from '../util.js';
import { Memo } from '../../align/fold.js';

/** Word overlap (all words) from which two quotes of one speaker are taken to render the same statement. */
const SAME_STATEMENT = 0.5;
/** ... and the overlap of content words they must also reach: shared function words alone prove nothing. */
const SAME_CONTENT = 0.25;
/** Overlap from which quotes by different speakers count as the same words. */
const SAME_WORDS = 0.8;
/** Quotes of another language below this content overlap are taken to be translations. */
const TRANSLATION = 0.5;
/** Quotes per word key beyond which the key says too little; also how many neighbours a speaker's quote meets. */
const MAX_BLOCK = 32;
/** A contained quote needs this many words before it can stand for "the same words". */
const MIN_CONTAINED_WORDS = 5;

interface QuoteRef {
  claim: Claim;
  quote: Quote;
  speakerKey?: string;
  speakerSurname?: string;
  words: string[];
  content: string[];
  folded: string;
  language: string;
  /** Where the quote stands ("article:start"), the identity pairs and groups are keyed by. */
  at: string;
  /** `at` as a number, dense from 0, so that a pair's key is a number rather than a new string per pair. */
  atIndex: number;
  /** The sets of `words` and `content`, built on the first comparison: a quote meets many partners. */
  wordSet?: Set<string>;
  contentSet?: Set<string>;
}

const wordSetOf = (q: QuoteRef) => (q.wordSet ??= new Set(q.words));
const contentSetOf = (q: QuoteRef) => (q.contentSet ??= new Set(q.content));

/** Key of an ordered pair of quote places; `count` is the number of distinct places. */
const pairKey = (a: QuoteRef, b: QuoteRef, count: number) => a.atIndex * count + b.atIndex;

function lastWord(name: string): string {
  const w = wordsOf(name);
  return w[w.length - 1] ?? '';
}

/** The speaker's entity id when the claim or the corpus names the person, else the folded surname. */
function speakerOf(claim: Claim, quote: Quote, personBySurname: ReadonlyMap<string, string>): { key?: string; surname?: string } {
  const speaker = quote.speaker ?? (claim.attribution.kind === 'named-person' && claim.quotes.length === 1 ? claim.attribution.source : undefined);
  if (!speaker) return {};
  const surname = lastWord(speaker);
  if (!surname) return {};
  const inClaim = claim.entities.find((e) => e.kind === 'person' && e.entityId && lastWord(e.text) === surname);
  if (inClaim?.entityId) return { key: inClaim.entityId, surname };
  return { key: personBySurname.get(surname) ?? `name:${surname}`, surname };
}

/** Whether the speakers' given names, where both are known, agree: the same surname with two given names is two people. */
function sameGivenName(a: QuoteRef, b: QuoteRef): boolean {
  const given = (q: QuoteRef) => {
    const w = wordsOf(q.quote.speaker ?? '');
    return w.length >= 2 ? w[0] : undefined;
  };
  const ga = given(a);
  const gb = given(b);
  return ga === undefined || gb === undefined || ga === gb;
}

/** Whether one quote's words run unbroken inside the other's: a partial or shortened quote, not a different one. */
function contained(a: QuoteRef, b: QuoteRef): boolean {
  const [s, l] = a.folded.length <= b.folded.length ? [a, b] : [b, a];
  return s.folded.length > 0 && ` ${l.folded} `.includes(` ${s.folded} `);
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, s);
  }
  return s;
}

/** The word diff from one quote to the other; Intl word segmentation keeps "12.000" one token. */
function wordDiff(a: QuoteRef, b: QuoteRef) {
  const key = `${a.language}:${a.quote.text.length}:${a.quote.text}${b.quote.text}`;
  // Copies, so a caller that edits a report's diff never changes the next report's.
  return diffMemo.get(key, () => diffUncached(a, b)).map((p) => ({ ...p }));
}

type DiffPart = { value: string; added?: true; removed?: true };

// The diff is the costliest step of this detector and the same quote pairs meet again in every report of an index.
const diffMemo = new Memo<DiffPart[]>(1 << 13);

function diffUncached(a: QuoteRef, b: QuoteRef): DiffPart[] {
  // Built field by field: a spread of `{ added: true }` or `{}` per part made two throwaway objects for every word run.
  return diffWords(a.quote.text, b.quote.text, { intlSegmenter: segmenter(a.language) }).map((p) => {
    const part: DiffPart = { value: p.value };
    if (p.added) part.added = true;
    if (p.removed) part.removed = true;
    return part;
  });
}

/** Last word of every person variant to the first person entity (in report order) with it: one pass, not one search per quote. */
function personsBySurname(alignment: Alignment): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of alignment.entities) {
    if (e.kind !== 'person') continue;
    for (const v of e.variants) {
      const w = lastWord(v.text);
      if (!out.has(w)) out.set(w, e.id);
    }
  }
  return out;
}

function collect(alignment: Alignment, context: DetectorContext): { quotes: QuoteRef[]; places: number } {
  const personBySurname = personsBySurname(alignment);
  const places = new Map<string, number>();
  const stopwordsOf = new Map<string, ReadonlySet<string>>();
  const out: QuoteRef[] = [];
  for (const claim of alignment.claims) {
    if (claim.quotes.length === 0) continue;
    const pack = context.packOf(claim.articleId);
    let stop = stopwordsOf.get(pack.code);
    if (!stop) {
      stop = new Set(pack.stopwords);
      stopwordsOf.set(pack.code, stop);
    }
    for (const quote of claim.quotes) {
      const words = wordsOf(quote.text);
      if (words.length === 0) continue;
      const { key, surname } = speakerOf(claim, quote, personBySurname);
      const at = `${claim.articleId}:${quote.span.start}`;
      let atIndex = places.get(at);
      if (atIndex === undefined) places.set(at, (atIndex = places.size));
      out.push({
        claim,
        quote,
        ...(key !== undefined ? { speakerKey: key } : {}),
        ...(surname !== undefined ? { speakerSurname: surname } : {}),
        words,
        content: contentWords(words, stop),
        folded: words.join(' '),
        language: pack.code,
        at,
        atIndex,
      });
    }
  }
  return { quotes: out, places: places.size };
}

/**
 * Cross-article pairs inside each block, blocks in key order, each pair once. A block larger than MAX_BLOCK is
 * skipped when its key is a common word (`skipLarge`), else each quote meets only its MAX_BLOCK next neighbours.
 */
function forEachPairIn(index: Map<string, QuoteRef[]>, skipLarge: boolean, places: number, visit: (a: QuoteRef, b: QuoteRef) => void): void {
  // Visited as found, with no array per pair: at scale the pairs of every block were held at once.
  const seen = new Set<number>();
  // Only blocks that yield pairs are sorted: most word keys hold one quote.
  const pairing: string[] = [];
  for (const [key, list] of index) if (list.length >= 2 && !(skipLarge && list.length > MAX_BLOCK)) pairing.push(key);
  for (const key of pairing.sort(byCodeUnit)) {
    const list = index.get(key)!;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length && j <= i + MAX_BLOCK; j++) {
        const first = byCodeUnit(list[i]!.claim.articleId, list[j]!.claim.articleId) <= 0;
        const a = first ? list[i]! : list[j]!;
        const b = first ? list[j]! : list[i]!;
        if (a.claim.articleId === b.claim.articleId) continue;
        const id = pairKey(a, b, places);
        if (seen.has(id)) continue;
        seen.add(id);
        visit(a, b);
      }
    }
  }
}

function push(index: Map<string, QuoteRef[]>, key: string, q: QuoteRef): void {
  const list = index.get(key);
  if (list) list.push(q);
  else index.set(key, [q]);
}

const evidence = (q: QuoteRef) => ({ articleId: q.claim.articleId, text: q.quote.text, span: q.quote.span, claimId: q.claim.id });
const shown = (q: QuoteRef) => ({ articleId: q.claim.articleId, text: q.quote.text, ...(q.quote.speaker ? { speaker: q.quote.speaker } : {}), partial: q.quote.partial });

/** A speaker quoted with different words by different articles, or the same words put in different mouths. */
export const quoteMismatch = defineDetector({
  id: 'quote-mismatch',
  description: 'The same speaker quoted with different words, or the same words attributed to different speakers, by different articles.',
  severity: 'warning',
  detect(alignment, context) {
    if (alignment.articles.length < 2) return [];
    const { quotes, places } = collect(alignment, context);
    const clusterOf = new Map<string, string>();
    for (const c of alignment.clusters) for (const id of c.claimIds) clusterOf.set(id, c.id);
    const drafts: FindingDraft[] = [];

    const bySpeaker = new Map<string, QuoteRef[]>();
    for (const q of quotes) if (q.speakerKey) push(bySpeaker, q.speakerKey, q);
    // A speaker the entity stage split in two ("Pádraig Ó Floinn" and a stray "Floinn") is still one surname; two
    // people who share a surname are told apart by their given names ("Mhairi Campbell", "Douglas Campbell").
    const bySurname = new Map<string, QuoteRef[]>();
    for (const q of quotes) if (q.speakerSurname) push(bySurname, q.speakerSurname, q);
    const mismatched: [QuoteRef, QuoteRef, number][] = [];
    const check = (a: QuoteRef, b: QuoteRef) => {
      if (a.folded === b.folded || contained(a, b)) return;
      const all = setDice(wordSetOf(a), wordSetOf(b));
      const content = setDice(contentSetOf(a), contentSetOf(b));
      // A quote in another language with few shared words is a translation, not a misquote.
      if (a.language !== b.language && content < TRANSLATION) return;
      const sameCluster = clusterOf.has(a.claim.id) && clusterOf.get(a.claim.id) === clusterOf.get(b.claim.id);
      const similar = all >= SAME_STATEMENT && content >= SAME_CONTENT;
      // Aligned claims lower the bar a little, never to quotes without a shared content word.
      if (!similar && !(sameCluster && all >= SAME_STATEMENT - 0.1 && content > 0)) return;
      mismatched.push([a, b, all]);
    };
    // Pairs of one speaker first, then pairs of one surname that no speaker pair covers, each checked as found.
    const seenPairs = new Set<number>();
    forEachPairIn(bySpeaker, false, places, (a, b) => {
      seenPairs.add(pairKey(a, b, places));
      check(a, b);
    });
    forEachPairIn(bySurname, false, places, (a, b) => {
      const id = pairKey(a, b, places);
      if (seenPairs.has(id) || !sameGivenName(a, b)) return;
      seenPairs.add(id);
      check(a, b);
    });
    // Three sources quoting one statement two ways is one finding with every version, not one per pair.
    const refId = (q: QuoteRef) => q.at;
    const parent = new Map<string, string>();
    const find = (x: string): string => {
      let r = x;
      while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
      parent.set(x, r);
      return r;
    };
    for (const [a, b] of mismatched) {
      const ra = find(refId(a));
      const rb = find(refId(b));
      if (ra !== rb) parent.set(byCodeUnit(ra, rb) < 0 ? rb : ra, byCodeUnit(ra, rb) < 0 ? ra : rb);
    }
    const components = new Map<string, { refs: Map<string, QuoteRef>; pairs: [QuoteRef, QuoteRef, number][] }>();
    for (const pair of mismatched) {
      const root = find(refId(pair[0]));
      const comp = components.get(root) ?? { refs: new Map<string, QuoteRef>(), pairs: [] };
      comp.refs.set(refId(pair[0]), pair[0]);
      comp.refs.set(refId(pair[1]), pair[1]);
      comp.pairs.push(pair);
      components.set(root, comp);
    }
    for (const root of [...components.keys()].sort(byCodeUnit)) {
      const { refs, pairs } = components.get(root)!;
      const members = [...refs.values()].sort((x, y) => byCodeUnit(x.claim.articleId, y.claim.articleId) || x.quote.span.start - y.quote.span.start);
      const first = members[0]!;
      drafts.push({
        code: 'different-words',
        claimIds: members.map((q) => q.claim.id),
        evidence: members.map(evidence),
        data: {
          speaker: members.map((q) => q.quote.speaker).find((s) => s !== undefined) ?? first.speakerSurname ?? '–',
          speakerKey: first.speakerKey,
          quotes: members.map(shown),
          // From the first article's wording to the other's: `added` marks words only the second one has.
          diffs: pairs.map(([a, b, sim]) => ({ from: a.claim.articleId, to: b.claim.articleId, similarity: Math.round(sim * 1000) / 1000, parts: wordDiff(a, b) })),
        },
        params: { valueList: members.map((q) => `„${q.quote.text}“ (${q.claim.articleId})`).join('; ') },
      });
    }

    // Same words, different speakers: blocked on the quote's rarest-looking words so that no all-pairs loop runs.
    const byWord = new Map<string, QuoteRef[]>();
    for (const q of quotes) {
      if (!q.speakerKey) continue;
      const keys = [...new Set(q.content)].sort((x, y) => y.length - x.length || byCodeUnit(x, y)).slice(0, 3);
      for (const k of keys) push(byWord, k, q);
    }
    forEachPairIn(byWord, true, places, (a, b) => {
      if (a.speakerKey === b.speakerKey || a.speakerSurname === b.speakerSurname) return;
      const all = setDice(wordSetOf(a), wordSetOf(b));
      const sameWords =
        (all >= SAME_WORDS && setDice(contentSetOf(a), contentSetOf(b)) >= SAME_WORDS) ||
        (contained(a, b) && Math.min(a.words.length, b.words.length) >= MIN_CONTAINED_WORDS);
      if (!sameWords) return;
      const speakers = [a, b].map((q) => q.quote.speaker ?? q.speakerSurname ?? '–');
      drafts.push({
        code: 'different-speaker',
        claimIds: [a.claim.id, b.claim.id],
        evidence: [evidence(a), evidence(b)],
        data: { speakers, similarity: Math.round(all * 1000) / 1000, quotes: [shown(a), shown(b)] },
        params: { speakerList: `${speakers[0]} (${a.claim.articleId}), ${speakers[1]} (${b.claim.articleId})`, quote: a.quote.text },
      });
    });
    return drafts;
  },
});
