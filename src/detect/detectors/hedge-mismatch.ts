import type { Claim } from '../../model/schema.js';
import { clusterPairs, contentWords, wordDice, wordsOf } from '../compare-values.js';
import { defineDetector, type FindingDraft } from '../types.js';

/** Content-word overlap two aligned claims need before a hedge in one and none in the other is worth a finding. */
const SAME_STATEMENT = 0.3;

/** Whether two claims name the same resolved entity or the same figure. */
function sharesAnchor(a: Claim, b: Claim): boolean {
  const ids = new Set(a.entities.map((e) => e.entityId).filter((id) => id !== undefined));
  if (b.entities.some((e) => e.entityId !== undefined && ids.has(e.entityId))) return true;
  return a.quantities.some((x) => b.quantities.some((y) => x.value === y.value && (x.unit ?? '') === (y.unit ?? '')));
}

/**
 * One article hedges ("könnte", "may", "reportedly") what another states as fact, in claims alignment paired.
 * Severity info: a hedge is a difference in certainty, often plain editorial caution, not a contradiction by itself;
 * when the facts differ too, numeric-mismatch or date-mismatch report that as a warning.
 */
export const hedgeMismatch = defineDetector({
  id: 'hedge-mismatch',
  description: 'One article hedges what another states as fact ("the bridge may reopen" vs "the bridge will reopen").',
  severity: 'info',
  detect(alignment, context) {
    if (alignment.articles.length < 2) return [];
    const stop = new Set(alignment.articles.flatMap((a) => context.packOf(a.id).stopwords));
    const content = (c: Claim) => contentWords(wordsOf(c.text), stop);
    // One finding per hedged claim, with every article that states it plainly: the hedge is the one thing found.
    const byHedged = new Map<string, { hedged: Claim; asserted: Claim[]; similarity: number }>();
    for (const { a, b } of clusterPairs(alignment)) {
      if ((a.hedges.length > 0) === (b.hedges.length > 0)) continue;
      const [hedged, asserted] = a.hedges.length > 0 ? [a, b] : [b, a];
      // A quote carries its speaker's certainty, not the article's; an opinion is not asserted as fact.
      if (asserted.kind === 'opinion' || hedged.kind === 'quote' || asserted.kind === 'quote') continue;
      // Headlines compress ("Hundreds evacuated"); the body says how sure the source is.
      if (a.section === 'headline' || b.section === 'headline') continue;
      const similarity = wordDice(content(a), content(b));
      // Across languages few words are shared: alignment plus a shared name or figure has to do.
      const crossLanguage = context.packOf(a.articleId).code !== context.packOf(b.articleId).code;
      if (similarity < SAME_STATEMENT && !(crossLanguage && sharesAnchor(a, b))) continue;
      const entry = byHedged.get(hedged.id) ?? { hedged, asserted: [], similarity };
      if (!entry.asserted.includes(asserted)) entry.asserted.push(asserted);
      entry.similarity = Math.max(entry.similarity, similarity);
      byHedged.set(hedged.id, entry);
    }
    const drafts: FindingDraft[] = [];
    for (const { hedged, asserted, similarity } of byHedged.values()) {
      const cues = hedged.hedges.map((h) => h.text);
      const assertingArticles = [...new Set(asserted.map((c) => c.articleId))].sort();
      drafts.push({
        code: 'hedged-vs-asserted',
        claimIds: [hedged.id, ...asserted.map((c) => c.id)],
        // The runner replaces evidence text with the exact slice of the original input.
        evidence: [
          ...hedged.hedges.map((h) => ({ articleId: hedged.articleId, text: h.text, span: h.span, claimId: hedged.id })),
          ...asserted.map((c) => ({ articleId: c.articleId, text: c.text, span: c.span, claimId: c.id })),
        ],
        data: {
          hedgedArticle: hedged.articleId,
          assertingArticles,
          cues,
          similarity: Math.round(similarity * 1000) / 1000,
        },
        params: { assertingArticle: assertingArticles.join(', ') },
      });
    }
    return drafts;
  },
});
