import type { ArticleClaims } from '../extract/types.js';
import type { Alignment } from './types.js';

export type { Alignment, LocatedMention } from './types.js';

/** Options of `alignClaims`. */
export interface AlignOptions {
  /** Known correct spellings of names. */
  gazetteer?: readonly string[];
}

/** Resolves entity mentions across articles and clusters claims that say the same thing. */
export function alignClaims(articles: ArticleClaims[], options: AlignOptions = {}): Alignment {
  // PLACEHOLDER. Replaced by the align stage.
  void options;
  return {
    articles,
    claims: articles.flatMap((a) => a.claims),
    entities: [],
    mentions: new Map(),
    clusters: [],
  };
}
