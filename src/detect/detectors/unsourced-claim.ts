import type { AttributionKind } from '../../model/schema.js';
import { defineDetector, type FindingDraft } from '../types.js';

/** Attribution kinds that leave a reader unable to check who says so, with the code each one is reported under. */
const CODES: Partial<Record<AttributionKind, string>> = {
  'vague-group': 'vague-source',
  agentless: 'agentless',
  anonymous: 'anonymous-source',
};

/** Claims resting on a vague group, no agent or an anonymous source. */
export const unsourcedClaim = defineDetector({
  id: 'unsourced-claim',
  description: 'A claim attributed to a vague group ("experts say"), to no one ("it is reported") or to an anonymous source.',
  severity: 'warning',
  detect(alignment) {
    const drafts: FindingDraft[] = [];
    for (const claim of alignment.claims) {
      const code = CODES[claim.attribution.kind];
      // A paragraph with a citation marker names its source, whatever the sentence's own wording.
      // Headlines compress attribution ("…, study finds"); the body says whose study.
      if (!code || claim.citations.length > 0 || claim.section === 'headline') continue;
      drafts.push({
        code,
        claimIds: [claim.id],
        // The runner replaces evidence text with the exact slice of the original input.
        evidence: [{ articleId: claim.articleId, text: claim.text, span: claim.span, claimId: claim.id }],
        data: { cue: claim.attribution.cue ?? '–', attribution: claim.attribution.kind },
      });
    }
    return drafts;
  },
});
