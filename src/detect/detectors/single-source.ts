import type { Claim } from '../../model/schema.js';
import { defineDetector, type FindingDraft } from '../types.js';

/** The checkable details of a claim: numbers, dates, named people and organisations, quotes. */
function anchorsOf(claim: Claim): string[] {
  return [
    ...claim.quantities.map((q) => q.text),
    ...claim.dates.map((d) => d.text),
    ...claim.entities.filter((e) => e.kind === 'person' || e.kind === 'organization').map((e) => e.text),
    ...claim.quotes.map((q) => q.text),
  ];
}

/** Checkable body claims that only one of several articles makes. */
export const singleSource = defineDetector({
  id: 'single-source',
  description: 'A checkable claim (number, date, named person or organisation, quote) that no other article makes.',
  severity: 'info',
  detect(alignment) {
    if (alignment.articles.length < 2) return [];
    const clustered = new Set(alignment.clusters.flatMap((c) => c.claimIds));
    const drafts: FindingDraft[] = [];
    for (const claim of alignment.claims) {
      if (claim.section !== 'body' || clustered.has(claim.id)) continue;
      const anchors = anchorsOf(claim);
      if (anchors.length === 0) continue;
      drafts.push({
        code: 'only-one-source',
        claimIds: [claim.id],
        // The runner replaces evidence text with the exact slice of the original input.
        evidence: [{ articleId: claim.articleId, text: claim.text, span: claim.span, claimId: claim.id }],
        data: { articleId: claim.articleId, checkability: anchors.length, anchors },
      });
    }
    return drafts;
  },
});
