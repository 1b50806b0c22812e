/** Language data the sentence segmenter asks for. */
export interface SegmentationPack {
  /**
   * Abbreviations that never end a sentence by themselves, without the final period, lower-case;
   * multi-part ones are written without spaces ("z.b", "dr", "u.a", "e.g").
   */
  abbreviations: readonly string[];
  /**
   * Abbreviations that may also close a sentence ("usw", "etc", "co", "u.s"): a period after them is a
   * boundary only when a `sentenceStarters` word follows, so "U.S. Army" stays whole and "the U.S. How…" splits.
   */
  endingAbbreviations: readonly string[];
  /**
   * Abbreviations that close a list or a time and are not followed by a name of their own ("usw", "etc",
   * "p.m"): a period after them ends the sentence before any capital word, not only before a starter.
   */
  closingAbbreviations: readonly string[];
  /** Abbreviations that usually precede a number ("nr", "s", "art"): a period after them does not end the sentence before a digit. */
  numberAbbreviations: readonly string[];
  /**
   * Abbreviated last parts of compounds, lower-case: before a number, a word ending in one of them is an
   * abbreviation too ("Bahnhofstr. 12" = Bahnhofstraße 12).
   */
  compoundAbbreviations: readonly string[];
  /** Month names and abbreviations, lower-case: "9. November" is an ordinal date, not a sentence end. */
  months: readonly string[];
  /** Whether "<number>." before a lower-case word or a month is an ordinal (German) rather than a sentence end. */
  ordinalPeriod: boolean;
  /** Words after which "<number>." is an ordinal even before a capital ("die 27. Große Strafkammer"), lower-case. */
  ordinalPreceders: readonly string[];
  /**
   * Frequent sentence-opening words, lower-case (pronouns, articles, conjunctions, adverbs): after an
   * ambiguous period (an ending abbreviation, an initial, a German number) only these make a boundary.
   */
  sentenceStarters: readonly string[];
}
