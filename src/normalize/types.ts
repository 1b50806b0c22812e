import type { ArticleInput, Language, Span } from '../model/schema.js';

/** What a block of the normalized document is; only `paragraph` blocks yield claims. */
export type BlockKind = 'title' | 'heading' | 'paragraph' | 'boilerplate';

/** Why a block was set aside as boilerplate; each kind becomes an `input-hygiene` finding later. */
export type BoilerplateKind =
  | 'repeated-teaser'
  | 'repeated-headline'
  | 'read-more'
  | 'disclaimer'
  | 'empty-dateline';

/** A citation marker such as `[radioenneperuhr.de]`, removed from the text and kept for its paragraph. */
export interface Citation {
  /** The marker's label without brackets ("radioenneperuhr.de"). */
  label: string;
  /** Where the marker (brackets included) stands in the original input. */
  span: Span;
}

/** One block of text: a title, heading, paragraph or boilerplate line. */
export interface Block {
  kind: BlockKind;
  /** Normalized text of the block (no citation markers). */
  text: string;
  /** Offset of `text` inside `NormalizedDocument.text`. */
  start: number;
  /** Citation markers found in this block; they source every sentence of it. */
  citations: Citation[];
  /** Set when `kind` is `boilerplate`. */
  boilerplate?: BoilerplateKind;
}

/** An article after reading and normalization, with a map back to the original input. */
export interface NormalizedDocument {
  id: string;
  input: ArticleInput;
  language: Language;
  /** The caller's `text`, untouched: every span in the report points into it. */
  original: string;
  /** Normalized text: blocks joined by a blank line ("\n\n"). */
  text: string;
  blocks: Block[];
  /** Title from the input, or the headline found in the text. */
  title?: string;
  /** Maps a span of `text` back to a span of `original` (end exclusive). */
  toOriginal(span: Span): Span;
}
