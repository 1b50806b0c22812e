/** Language data the claim extractors ask for. Fields are grouped by extractor. */
export interface ExtractionPack {
  /** Month names (full and abbreviated) mapped to 1-12, lower-case keys. */
  months: Readonly<Record<string, number>>;
  /** Weekday names mapped to 1 (Monday) - 7 (Sunday), lower-case keys. */
  weekdays: Readonly<Record<string, number>>;
}
