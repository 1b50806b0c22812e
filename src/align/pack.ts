/** Language data for name keys and name comparison. */
export interface NamePack {
  /** Ordered rewrite rules applied to a lower-cased name to build a transliteration key ([from, to]). */
  transliteration: readonly (readonly [string, string])[];
}
