/** Language data for name keys and name comparison. */
export interface NamePack {
  /**
   * Ordered rewrite rules applied to a lower-cased name to build a transliteration key ([from, to]).
   * Every token is padded with one space on each side, so a rule may use " " to anchor a word start or end.
   */
  transliteration: readonly (readonly [string, string])[];
  /**
   * Letters that this language's transliteration tables write where others write different ones (German s/z/w/j
   * for English z/ts/v/y). Two spellings in articles of different languages that sound alike and differ only in
   * these letters are a transliteration, not a misspelling; a dropped vowel ("Okafor"/"Okafour") still is one.
   */
  transliterationLetters: string;
  /** Titles and honorifics that precede a name and are not part of it, lower-case ("dr", "präsident"). */
  titles: readonly string[];
  /** Name particles that spelling variants add, drop or swap ("von", "bin"), lower-case. */
  particles: readonly string[];
  /** Words after a name that do not belong to it (generational suffixes), lower-case. */
  suffixes: readonly string[];
  /** Given names that are one name: short forms and the same name in other languages (Ted/Theodore, Hans/Johannes), lower-case. */
  givenNameGroups: readonly (readonly string[])[];
  /**
   * Role words that name the same office, one group per office, lower-case stems. Group i must name the same
   * office in every pack (0 head of government, 1 head of state, 2 foreign minister, 3 mayor, 4 spokesperson,
   * 5 coach, 6 chair), so roles match across languages.
   * Two person mentions whose roles fall in no common group are not merged on a mere spelling likeness.
   */
  roleGroups: readonly (readonly string[])[];
}

/**
 * Language data for comparing claims. Anchor group i must name the same concept in every pack, so a German and an
 * English claim that use the group's words share the key `x:i` (the order of the groups is the contract).
 */
export interface AlignPack {
  /** Function words that say nothing about what a claim states, lower-case. */
  functionWords: readonly string[];
  /** Inflection endings stripped from a content word before comparing, lower-case ("en", "ing"); the longest that leaves four letters wins. */
  suffixes: readonly string[];
  /** Whether the language capitalises every noun (German): then capitals tell the nouns that carry a claim's roles. */
  nounsCapitalized: boolean;
  /**
   * Frequent news verbs and nouns, one group per concept, lower-case. A word ending in `*` matches every word that
   * starts with it ("unterzeichn*"); any other word matches only itself.
   */
  anchors: readonly (readonly string[])[];
}
