import type { Claim } from '../../model/schema.js';
import {
  forEachAnchorPair,
  contentWords,
  forEachClusterPair,
  measureConceptsFor,
  measureKey,
  quantitiesAgree,
  sameReferent,
  setDice,
  stopwordsOf,
  wordsOf,
} from '../compare-values.js';
import { defineDetector, type FindingDraft } from '../types.js';

/** Content-word overlap two aligned claims need before a hedge in one and none in the other is worth a finding. */
const SAME_STATEMENT = 0.3;

/** Overlap of the words besides names that two claims of one language need to say the same thing about them. */
const MIN_PREDICATE = 0.2;

/** Word overlap that, with the same figure stated on both sides, still makes two aligned claims one statement. */
const SAME_FIGURE_STATEMENT = 0.15;

/** Whether both claims state one figure of the same thing ("2 Mrd. Euro", "zwei Milliarden Euro"), the strongest tie short of the words. */
function sharesFigure(a: Claim, b: Claim): boolean {
  return a.quantities.some((x) => (x.unit !== undefined || x.measure !== undefined) && b.quantities.some((y) => sameReferent(x, y) && quantitiesAgree(x, y)));
}

/** The figures a claim states, as blocking keys for claims alignment did not pair: the measure and the value. */
const figuresOf = (claim: Claim) => claim.quantities.map((q) => `${q.unit ?? ''}:${measureKey(q) ?? ''}:${q.value}`);

/** Claims stating one sum of money beyond this many say too common a figure to be paired by it alone. */
const MAX_MONEY_BLOCK = 8;

/**
 * Cross-article pairs of claims that state the very same sum of money ("€2 billion", "2 Mrd. Euro"): across languages
 * they share no word, and an exact sum in one currency is specific enough to tie them. Indexed, never all pairs.
 */
function moneyPairs(claims: readonly Claim[]): { a: Claim; b: Claim; via: 'anchor' }[] {
  const index = new Map<string, Claim[]>();
  for (const c of claims) {
    for (const key of new Set(c.quantities.filter((q) => q.currency !== undefined && q.value !== 0).map((q) => `${q.currency}:${q.value}`))) {
      const list = index.get(key);
      if (list) list.push(c);
      else index.set(key, [c]);
    }
  }
  const out: { a: Claim; b: Claim; via: 'anchor' }[] = [];
  for (const key of [...index.keys()].sort()) {
    const list = index.get(key)!;
    if (list.length > MAX_MONEY_BLOCK) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) if (list[i]!.articleId !== list[j]!.articleId) out.push({ a: list[i]!, b: list[j]!, via: 'anchor' });
    }
  }
  return out;
}

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
  detect(input, context) {
    if (input.articles.length < 2) return [];
    const alignment = measureConceptsFor(input, context);
    const stop = stopwordsOf(alignment.articles, (id) => context.packOf(id));
    // Per claim once: a claim of a large cluster meets many partners.
    const contentOf = new Map<Claim, Set<string>>();
    const content = (c: Claim) => {
      let words = contentOf.get(c);
      if (!words) {
        words = new Set(contentWords(wordsOf(c.text), stop));
        contentOf.set(c, words);
      }
      return words;
    };
    // What a claim says about the people and places it names: its words without the names.
    // Both kept as sets, the form the overlap is measured on, so that no pair builds them again.
    const predicateOf = new Map<Claim, Set<string>>();
    const predicate = (c: Claim) => {
      let words = predicateOf.get(c);
      if (!words) {
        const names = new Set(c.entities.flatMap((e) => wordsOf(e.text)));
        words = new Set<string>();
        for (const w of content(c)) if (!names.has(w)) words.add(w);
        predicateOf.set(c, words);
      }
      return words;
    };
    // One finding per hedged claim, with every article that states it plainly: the hedge is the one thing found.
    const crossLanguageOf = (a: Claim, b: Claim) => context.packOf(a.articleId).code !== context.packOf(b.articleId).code;
    const byHedged = new Map<string, { hedged: Claim; asserted: Claim[]; similarity: number }>();
    const visit = ({ a, b, via }: { a: Claim; b: Claim; via: 'cluster' | 'anchor' }) => {
      if ((a.hedges.length > 0) === (b.hedges.length > 0)) return;
      const [hedged, asserted] = a.hedges.length > 0 ? [a, b] : [b, a];
      // A quote carries its speaker's certainty, not the article's; an opinion is not asserted as fact.
      if (asserted.kind === 'opinion' || hedged.kind === 'quote' || asserted.kind === 'quote') return;
      // Headlines compress ("Hundreds evacuated"); the body says how sure the source is.
      if (a.section === 'headline' || b.section === 'headline') return;
      const similarity = setDice(content(a), content(b));
      // Shared names alone ("Verteidiger Rafael Nascimento" in two different statements) do not make one statement.
      if (!crossLanguageOf(a, b) && setDice(predicate(a), predicate(b)) < MIN_PREDICATE) return;
      // Across languages few words are shared: alignment plus a shared name or figure has to do.
      const crossLanguage = crossLanguageOf(a, b);
      const sameFigure = via === 'cluster' && similarity >= SAME_FIGURE_STATEMENT && sharesFigure(a, b);
      if (similarity < SAME_STATEMENT && !(crossLanguage && sharesAnchor(a, b)) && !sameFigure) return;
      const entry = byHedged.get(hedged.id) ?? { hedged, asserted: [], similarity };
      if (!entry.asserted.includes(asserted)) entry.asserted.push(asserted);
      entry.similarity = Math.max(entry.similarity, similarity);
      byHedged.set(hedged.id, entry);
    };
    forEachClusterPair(alignment, (a, b) => (a.hedges.length > 0) !== (b.hedges.length > 0), visit);
    // Claims alignment did not pair (often across languages) still state one thing when they give the same figure of
    // the same measure and share a name or content word ("drei Wochen" / "three weeks" of the festival).
    forEachAnchorPair(alignment, stop, { keysOf: figuresOf, minShared: 1, dateAnchors: false }, visit);
    for (const pair of moneyPairs(alignment.claims)) visit(pair);
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
