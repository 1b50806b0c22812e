import type { ArticleInput, Language, Span } from '../model/schema.js';
import { detectLanguage } from '../lang/index.js';
import type { NormalizedDocument } from './types.js';

export type { NormalizedDocument, Block, BlockKind, BoilerplateKind, Citation } from './types.js';

/** Options of `normalizeArticle`. */
export interface NormalizeOptions {
  /** Language to assume when the article does not say; detected from the text otherwise. */
  language?: Language;
}

/** Reads an article in its format and normalizes it into blocks with a map back to the original text. */
export function normalizeArticle(input: ArticleInput, options: NormalizeOptions = {}): NormalizedDocument {
  // PLACEHOLDER: one paragraph, identity map. Replaced by the normalize stage.
  const text = input.text.trim();
  const offset = input.text.indexOf(text);
  const language = input.language ?? options.language ?? detectLanguage(text);
  return {
    id: input.id,
    input,
    language,
    original: input.text,
    text,
    blocks: text ? [{ kind: 'paragraph', text, start: 0, citations: [] }] : [],
    title: input.title,
    toOriginal: (span: Span) => ({ start: span.start + offset, end: span.end + offset }),
  };
}
