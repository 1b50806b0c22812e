import type { Claim, Quantity } from '../../model/schema.js';
import {
  ConflictGroups,
  type ClaimPair,
  anchorPairs,
  clusterPairs,
  evidenceOf,
  lonePairs,
  measureBlock,
  measureKey,
  quantitiesAgree,
  sameMagnitude,
  sameReferent,
  statedStep,
  valueList,
} from '../compare-values.js';
import { defineDetector, type FindingDraft } from '../types.js';

/** Anchors two claims must share besides the measure: one, because the measure noun itself already ties them. */
const MIN_SHARED_ANCHORS = 1;

/** The measures a claim counts: what an unaligned claim's figures may be compared on. */
const measuresOf = (claim: Claim) => claim.quantities.map((q) => measureBlock(q)).filter((k): k is string => k !== undefined);

/** Quantities without a measure noun in a claim where another quantity of the same unit has one. */
function ambiguous(quantities: readonly Quantity[]): Set<Quantity> {
  const out = new Set<Quantity>();
  for (const q of quantities) {
    if (q.measure !== undefined) continue;
    if (quantities.some((o) => o !== q && o.measure !== undefined && (o.unit ?? '') === (q.unit ?? ''))) out.add(q);
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
  detect(alignment, context) {
    if (alignment.articles.length < 2) return [];
    const stopwords = new Set(alignment.articles.flatMap((a) => context.packOf(a.id).stopwords));
    const groups = new ConflictGroups<Quantity>();
    const via = new Map<string, ClaimPair['via']>();
    for (const pair of [...clusterPairs(alignment), ...anchorPairs(alignment, stopwords, { keysOf: measuresOf, minShared: MIN_SHARED_ANCHORS, dateAnchors: true })]) {
      const requireMeasure = pair.via === 'anchor';
      const vagueA = ambiguous(pair.a.quantities);
      const vagueB = ambiguous(pair.b.quantities);
      const comparable = (x: Quantity, y: Quantity) =>
        sameReferent(x, y, requireMeasure) &&
        sameMagnitude(x, y) &&
        // "sieben Beschäftigte, fünf davon leicht": a bare number beside a counted one counts a part, not the whole.
        !(vagueA.has(x) && y.measure !== undefined) &&
        !(vagueB.has(y) && x.measure !== undefined);
      const sameUnit = (x: Quantity, y: Quantity) => (x.unit ?? '') === (y.unit ?? '');
      const conflicts = lonePairs(pair.a.quantities, pair.b.quantities, comparable, quantitiesAgree, sameUnit);
      for (const [qa, qb] of conflicts) {
        const referent = `${qa.unit ?? ''}|${measureKey(qa) ?? measureKey(qb) ?? ''}`;
        // Keyed by the two values, not the articles: three sources giving 750, 750 and 705 are one disagreement.
        const key = `${referent}|${[qa.value, qb.value].sort((x, y) => x - y).join('≠')}`;
        groups.add(key, { claim: pair.a, item: qa }, { claim: pair.b, item: qb });
        if (!via.has(key) || pair.via === 'cluster') via.set(key, pair.via);
      }
    }
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
