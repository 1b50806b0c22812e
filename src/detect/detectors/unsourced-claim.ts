import type { AttributionKind, Claim } from '../../model/schema.js';
import { wordsOf } from '../compare-values.js';
import { defineDetector, type FindingDraft } from '../types.js';

/** Attribution kinds that leave a reader unable to check who says so, with the code each one is reported under. */
const CODES: Partial<Record<AttributionKind, string>> = {
  'vague-group': 'vague-source',
  agentless: 'agentless',
  anonymous: 'anonymous-source',
};

/** Shortest word of a cue that can tie it to a document named elsewhere ("study", "Studie"). */
const MIN_DOCUMENT_WORD = 4;

/**
 * Words of the documents each article names as a source ("the study", "der Studie"): an article that later cites
 * "the study" has identified the study its lead calls "a new study", so the lead's cue is no vague source.
 */
function namedDocumentWords(claims: readonly Claim[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const c of claims) {
    if (c.attribution.kind !== 'named-document' || !c.attribution.source) continue;
    const set = out.get(c.articleId) ?? new Set<string>();
    for (const w of wordsOf(c.attribution.source)) if (w.length >= MIN_DOCUMENT_WORD) set.add(w);
    out.set(c.articleId, set);
  }
  return out;
}

/** Claims resting on a vague group, no agent or an anonymous source. */
export const unsourcedClaim = defineDetector({
  id: 'unsourced-claim',
  description: 'A claim attributed to a vague group ("experts say"), to no one ("it is reported") or to an anonymous source.',
  severity: 'warning',
  detect(alignment) {
    const drafts: FindingDraft[] = [];
    const documents = namedDocumentWords(alignment.claims);
    for (const claim of alignment.claims) {
      const code = CODES[claim.attribution.kind];
      // A paragraph with a citation marker names its source, whatever the sentence's own wording.
      // Headlines compress attribution ("…, study finds"); the body says whose study.
      if (!code || claim.citations.length > 0 || claim.section === 'headline') continue;
      const named = documents.get(claim.articleId);
      if (code === 'vague-source' && named && wordsOf(claim.attribution.cue ?? '').some((w) => named.has(w))) continue;
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
