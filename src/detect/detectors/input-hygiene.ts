import type { Evidence } from '../../model/schema.js';
import type { Block, BoilerplateKind, NormalizedDocument } from '../../normalize/types.js';
import { foldForComparison } from '../../normalize/fold.js';
import { defineDetector, type FindingDraft } from '../types.js';

// The order findings of one article are drafted in; the runner sorts them again by position.
const KINDS: readonly BoilerplateKind[] = ['repeated-headline', 'repeated-teaser', 'read-more', 'disclaimer', 'empty-dateline'];

function key(text: string): string {
  return foldForComparison(text).toLowerCase();
}

function spanOf(doc: NormalizedDocument, block: Block): Evidence['span'] {
  return doc.toOriginal({ start: block.start, end: block.start + block.text.length });
}

/** Boilerplate the normalizer set aside (teasers, repeated headline, read-more lines, disclaimers, empty datelines), one finding per kind and article. */
export const inputHygiene = defineDetector({
  id: 'input-hygiene',
  description: 'Boilerplate kept out of the claims: a repeated teaser or headline, read-more lines, publisher disclaimers, an empty dateline.',
  severity: 'info',
  detect(alignment) {
    const drafts: FindingDraft[] = [];
    for (const article of alignment.articles) {
      const doc = article.document;
      const byKind = new Map<BoilerplateKind, Block[]>();
      for (const block of doc.blocks) {
        if (block.kind !== 'boilerplate' || !block.boilerplate) continue;
        const list = byKind.get(block.boilerplate) ?? [];
        list.push(block);
        byKind.set(block.boilerplate, list);
      }
      for (const kind of KINDS) {
        const blocks = byKind.get(kind);
        if (!blocks) continue;
        const located = [...blocks];
        // The headline itself is the first occurrence of a repeated headline: a reader sees it once more than the copies.
        if (kind === 'repeated-headline') {
          const title = doc.blocks.find((b) => b.kind === 'title');
          if (title && blocks.some((b) => key(b.text) === key(title.text))) located.unshift(title);
        }
        const evidence = located.map((b) => ({ articleId: article.id, text: b.text, span: spanOf(doc, b) }));
        drafts.push({
          code: kind,
          claimIds: [],
          evidence,
          data: { kind, occurrences: evidence.length },
          params: { articleId: article.id, text: blocks[0]!.text },
        });
      }
    }
    return drafts;
  },
});
