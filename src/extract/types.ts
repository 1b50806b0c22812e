import type { Claim, Span } from '../model/schema.js';
import type { NormalizedDocument } from '../normalize/types.js';

/** A sentence of a normalized document. */
export interface Sentence {
  /** Position in the article, in reading order (0-based); also the claim's `index`. */
  index: number;
  /** Index of the block it came from in `NormalizedDocument.blocks`. */
  blockIndex: number;
  /** `headline` for sentences of the title block, `body` for paragraph sentences. */
  section: 'headline' | 'body';
  /** Normalized sentence text. */
  text: string;
  /** Span in `NormalizedDocument.text` (not the original; use `document.toOriginal`). */
  span: Span;
}

/** One article taken apart: its normalized document, its sentences and its claim records. */
export interface ArticleClaims {
  id: string;
  document: NormalizedDocument;
  sentences: Sentence[];
  claims: Claim[];
}
