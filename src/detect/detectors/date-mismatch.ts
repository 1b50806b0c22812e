import type { Claim, DateMention } from '../../model/schema.js';
import {
  ConflictGroups,
  type DateParts,
  type ClaimPair,
  forEachAnchorPair,
  dateParts,
  datesAgree,
  evidenceOf,
  forEachClusterPair,
  grainOf,
  lonePairs,
  stopwordsOf,
  valueList,
} from '../compare-values.js';
import { defineDetector, type FindingDraft } from '../types.js';

interface Dated extends DateMention {
  parts: DateParts;
}

function comparableDates(dates: readonly DateMention[]): Dated[] {
  const out: Dated[] = [];
  for (const d of dates) {
    const parts = dateParts(d);
    if (parts) out.push({ ...d, parts });
  }
  return out;
}

/** Anchors unaligned claims must share before their dates are compared: a place alone does not make one event. */
const MIN_SHARED_ANCHORS = 2;

/** Only a day or a weekday pins an event down; months and years in unaligned claims are mostly background. */
const grainsOf = (dated: readonly Dated[]) => [...new Set(dated.map((d) => grainOf(d.parts)))].filter((g) => g === 'day' || g === 'weekday');

const sameGrain = (x: Dated, y: Dated) => grainOf(x.parts) === grainOf(y.parts);
const agree = (x: Dated, y: Dated) => datesAgree(x.parts, y.parts);

const show = (d: Dated) => d.value ?? (d.weekday !== undefined ? `weekday ${d.weekday}` : d.text);

/** Claims that state the same event with a different day, weekday, month or year. */
export const dateMismatch = defineDetector({
  id: 'date-mismatch',
  description: 'The same event placed on different dates or weekdays by different articles ("Freitag, 4. Juli" vs "Samstag, 5. Juli").',
  severity: 'warning',
  detect(alignment, context) {
    if (alignment.articles.length < 2) return [];
    const stopwords = stopwordsOf(alignment.articles, (id) => context.packOf(id));
    const groups = new ConflictGroups<Dated>();
    // A claim of a large cluster meets many partners: its dates are read once per run, not once per pair.
    const datedOf = new Map<Claim, Dated[]>();
    const dated = (claim: Claim) => {
      let out = datedOf.get(claim);
      if (out === undefined) datedOf.set(claim, (out = comparableDates(claim.dates)));
      return out;
    };
    const visit = (pair: ClaimPair) => {
      const da = dated(pair.a);
      const db = dated(pair.b);
      if (da.length === 0 || db.length === 0) return;
      // Like with like only: a weekday is compared with a weekday, a day of a month with a day of a month.
      const conflicts = lonePairs(da, db, sameGrain, agree);
      if (conflicts.length === 0) return;
      // Keyed by the values, not the articles; one finding per pair of claims: "Freitag, 4. Juli" against "Samstag, 5. Juli" is one disagreement about one event.
      const key = conflicts
        .map(([x, y]) => `${grainOf(x.parts)}:${[show(x), show(y)].sort().join('≠')}`)
        .sort()
        .join('&');
      for (const [x, y] of conflicts) groups.add(key, { claim: pair.a, item: x }, { claim: pair.b, item: y });
    };
    forEachClusterPair(alignment, (a, b) => a.dates.length > 0 && b.dates.length > 0, visit);
    forEachAnchorPair(alignment, stopwords, { keysOf: (claim) => grainsOf(dated(claim)), minShared: MIN_SHARED_ANCHORS, dateAnchors: false }, visit);
    const drafts: FindingDraft[] = [];
    for (const { members } of groups.list()) {
      drafts.push({
        code: 'different-date',
        claimIds: members.map((m) => m.claim.id),
        evidence: members.map(evidenceOf),
        data: {
          grains: [...new Set(members.map((m) => grainOf(m.item.parts)))].sort(),
          values: members.map((m) => ({
            articleId: m.claim.articleId,
            text: m.item.text,
            kind: m.item.kind,
            ...(m.item.value !== undefined ? { value: m.item.value } : {}),
            ...(m.item.weekday !== undefined ? { weekday: m.item.weekday } : {}),
          })),
        },
        params: { valueList: valueList(members) },
      });
    }
    return drafts;
  },
});
