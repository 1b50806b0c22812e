/** Language data the sentence segmenter asks for. */
export interface SegmentationPack {
  /** Abbreviations that never end a sentence by themselves, without the final period, lower-case ("z. b", "dr", "nr"). */
  abbreviations: readonly string[];
  /** Abbreviations that usually precede a number ("nr", "s", "art"): a period after them does not end the sentence. */
  numberAbbreviations: readonly string[];
  /** Month names and abbreviations, lower-case: "9. November" is an ordinal date, not a sentence end. */
  months: readonly string[];
  /** Whether "<number>." before a lower-case word or a month is an ordinal (German) rather than a sentence end. */
  ordinalPeriod: boolean;
}
