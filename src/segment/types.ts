import type { Span } from '../model/schema.js';

/** One sentence: its text and where it stands in the string that was segmented. */
export interface SentenceSpan {
  text: string;
  span: Span;
}
