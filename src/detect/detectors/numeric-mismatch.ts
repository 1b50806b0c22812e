import type { Claim, Quantity } from '../../model/schema.js';
import {
  ConflictGroups,
  type ClaimPair,
  forEachAnchorPair,
  evidenceOf,
  forEachClusterPair,
  lonePairs,
  measureBlock,
  measureKey,
  quantitiesAgree,
  sameMagnitude,
  sameReferent,
  statedStep,
  valueList,
  measureConceptsFor,
  stopwordsOf,
} from '../compare-values.js';
import { defineDetector, type FindingDraft } from '../types.js';

/** Anchors two claims must share besides the measure: one, because the measure noun itself already ties them. */
const MIN_SHARED_ANCHORS = 1;

/** Anchors two unaligned claims must share when they give a sum of money without saying what it pays for. */
const MIN_SHARED_MONEY_ANCHORS = 2;

/** Currencies of sums a claim names without a measure noun ("worth about £2.1 million"). */
const currenciesOf = (claim: Claim) =>
  claim.quantities.filter((q) => q.currency !== undefined && q.measure === undefined).map((q) => `¤${q.currency}`);

/** The measures a claim counts: what an unaligned claim's figures may be compared on. */
const measuresOf = (claim: Claim) => claim.quantities.map((q) => measureBlock(q)).filter((k): k is string => k !== undefined);

/** Most characters between a part and its whole ("380 of its 1,900 jobs", "380 seiner rund 1.900 Stellen"). */
const PART_OF_WHOLE_GAP = 16;

/**
 * Quantities without a measure noun in a claim where another quantity of the same unit has one; and a counted whole
 * right after such a bare part ("380 of its 1,900 jobs"): the whole is not the figure a rival report gives for the part.
 */
function ambiguous(claim: Claim): Set<Quantity> {
  const quantities = claim.quantities;
  // The claim's text is the original slice unless normalization changed its length (HTML): then only distances count.
  const exact = claim.text.length === claim.span.end - claim.span.start;
  const out = new Set<Quantity>();
  for (const q of quantities) {
    if (q.measure !== undefined) continue;
    const sameUnit = quantities.filter((o) => o !== q && o.measure !== undefined && (o.unit ?? '') === (q.unit ?? ''));
    if (sameUnit.length === 0) continue;
    out.add(q);
    for (const whole of sameUnit) {
      const gap = whole.span.start - q.span.end;
      const between = exact ? claim.text.slice(q.span.end - claim.span.start, whole.span.start - claim.span.start) : '';
      if (gap >= 0 && gap <= PART_OF_WHOLE_GAP && !/[,;:.!?]/.test(between)) out.add(whole);
    }
  }
  return out;
}

function describe(q: Quantity) {
  return {
    text: q.text,
    value: q.value,
    min: q.min,
    max: q.max,
    approximate: q.approximate,
    ...(q.unit !== undefined ? { unit: q.unit } : {}),
    ...(q.measure !== undefined ? { measure: q.measure } : {}),
  };
}

/** The same quantity of the same thing given as different figures by different articles. */
export const numericMismatch = defineDetector({
  id: 'numeric-mismatch',
  description: 'The same quantity of the same thing given as different figures by different articles ("30 km" vs "40 km").',
  severity: 'warning',
  detect(input, context) {
    if (input.articles.length < 2) return [];
    // Synonyms and translations of a measure compare as one; vague counts ("hundreds") are left out.
    const alignment = measureConceptsFor(input, context);
    const stopwords = stopwordsOf(alignment.articles, (id) => context.packOf(id));
    const groups = new ConflictGroups<Quantity>();
    const via = new Map<string, ClaimPair['via']>();
    // Sums of money without a measure noun are paired on two shared anchors instead ("the stolen silver" of "the museum").
    const capitalisedNames = (id: string) => !context.packOf(id).extract.nounsCapitalized;
    // A pair without figures on both sides has nothing to compare; per claim once, as a claim of a large cluster meets many partners.
    const bothCount = (a: Claim, b: Claim) => a.quantities.length > 0 && b.quantities.length > 0;
    const ambiguousOf = new Map<Claim, Set<Quantity>>();
    const vague = (c: Claim) => {
      let set = ambiguousOf.get(c);
      if (set === undefined) ambiguousOf.set(c, (set = ambiguous(c)));
      return set;
    };
    // One handler for every pair, its tests made once and fed through the variables below: the detector meets millions
    // of pairs in a large corpus, and closures and arrays per pair were most of what it allocated.
    let requireMeasure = false;
    // Whether the anchor pairs being visited were made by a sum of money rather than by a measure.
    let moneyPair = false;
    let vagueA: Set<Quantity> = new Set();
    let vagueB: Set<Quantity> = vagueA;
    const comparable = (x: Quantity, y: Quantity) =>
      sameReferent(x, y, requireMeasure) &&
      sameMagnitude(x, y) &&
      // "sieben Beschäftigte, fünf davon leicht": a bare number beside a counted one counts a part, not the whole.
      !(vagueA.has(x) && (y.measure !== undefined || x.measure !== undefined)) &&
      !(vagueB.has(y) && (x.measure !== undefined || y.measure !== undefined));
    const sameUnit = (x: Quantity, y: Quantity) => (x.unit ?? '') === (y.unit ?? '');
    const visit = (pair: ClaimPair) => {
      if (!bothCount(pair.a, pair.b)) return;
      requireMeasure = pair.via === 'anchor' && !moneyPair;
      vagueA = vague(pair.a);
      vagueB = vague(pair.b);
      const conflicts = lonePairs(pair.a.quantities, pair.b.quantities, comparable, quantitiesAgree, sameUnit);
      for (const [qa, qb] of conflicts) {
        const referent = `${qa.unit ?? ''}|${measureKey(qa) ?? measureKey(qb) ?? ''}`;
        // Keyed by the two values, not the articles: three sources giving 750, 750 and 705 are one disagreement.
        // (Smaller value first, as a numeric sort of the two would put them.)
        const key = `${referent}|${qb.value < qa.value ? `${qb.value}≠${qa.value}` : `${qa.value}≠${qb.value}`}`;
        groups.add(key, { claim: pair.a, item: qa }, { claim: pair.b, item: qb });
        if (!via.has(key) || pair.via === 'cluster') via.set(key, pair.via);
      }
    };
    forEachClusterPair(alignment, bothCount, visit);
    // Pairs made by a shared measure must name the measure on both sides; pairs made by a sum of money need not.
    // (Visited as they are found: holding every pair of a large corpus at once was a peak of memory.)
    forEachAnchorPair(alignment, stopwords, { keysOf: measuresOf, minShared: MIN_SHARED_ANCHORS, dateAnchors: true, capitalisedNames }, visit);
    moneyPair = true;
    forEachAnchorPair(alignment, stopwords, { keysOf: currenciesOf, minShared: MIN_SHARED_MONEY_ANCHORS, dateAnchors: true, capitalisedNames }, visit);
    const drafts: FindingDraft[] = [];
    for (const { key, members } of groups.list()) {
      const first = members[0]!.item;
      const measure = members.map((m) => m.item.measure).find((m) => m !== undefined);
      drafts.push({
        code: 'different-value',
        claimIds: members.map((m) => m.claim.id),
        evidence: members.map(evidenceOf),
        data: {
          ...(first.unit !== undefined ? { unit: first.unit } : {}),
          ...(measure !== undefined ? { measure } : {}),
          pairedBy: via.get(key) ?? 'cluster',
          values: members.map((m) => ({ articleId: m.claim.articleId, ...describe(m.item), step: statedStep(m.item) })),
        },
        params: {
          referent: measure ?? first.unit ?? '–',
          valueList: valueList(members),
        },
      });
    }
    return drafts;
  },
});
