/** Language data the normalizer asks for. Every list is written for this project; comments in the pack say what it covers. */
export interface NormalizationPack {
  /** Line prefixes that announce a link to another article ("Lesen Sie auch:", "Read more:"). Lower-case. */
  readMorePrefixes: readonly string[];
  /** Whole-line publisher disclaimers, as lower-case regular-expression sources anchored by the caller. */
  disclaimerPatterns: readonly string[];
  /** Dateline words that, standing alone without a date, are an empty dateline ("Veröffentlicht am"). Lower-case. */
  datelineWords: readonly string[];
  /** Bracketed labels that name a source without being a domain or a number ("dpa", "reuters"). Lower-case. */
  citationLabels: readonly string[];
  /** Words that may open a bracketed source label ("quelle:", "source:"). Lower-case, with their colon. */
  citationPrefixes: readonly string[];
  /** Words of this language that mark page furniture in an HTML class, id or aria-label ("teilen", "werbung"). Lower-case. */
  furnitureWords: readonly string[];
}
