import type { Claim } from '../model/schema.js';
import type { NormalizedDocument } from '../normalize/types.js';
import type { Sentence } from './types.js';

export type { Sentence, ArticleClaims } from './types.js';

/** Builds one claim record per sentence: entities, quantities, dates, quotes, attribution, hedges. */
export function extractClaimRecords(doc: NormalizedDocument, sentences: Sentence[]): Claim[] {
  // PLACEHOLDER: bare claims. Replaced by the extract stage.
  return sentences.map((s) => ({
    id: `${doc.id}#${s.index}`,
    articleId: doc.id,
    index: s.index,
    text: s.text,
    span: doc.toOriginal(s.span),
    section: s.section,
    kind: 'fact',
    entities: [],
    quantities: [],
    dates: [],
    quotes: [],
    attribution: { kind: 'none' },
    hedges: [],
    citations: doc.blocks[s.blockIndex]?.citations.map((c) => c.label) ?? [],
  }));
}
