/** Weasel wordings of a language (src/lang/<code>/attribution.ts): vague quantities, superlative frames, agentless passives. */
export interface AttributionPack {
  /** Quantifiers for an uncounted, unnamed set ("viele", "some"); a hedge before a word that is not a number. */
  vagueQuantityWords: readonly string[];
  /** Words right before a quantifier that make it a question or comparison ("how many", "wie viele"). */
  vagueQuantityBlockers: readonly string[];
  /** Nouns after a quantifier that make it a span of time, not a vague set ("several years", "einige Jahre"). */
  vagueQuantityExceptions: readonly string[];
  /** Phrases of an uncounted amount ("a number of", "eine Reihe von"). */
  vagueQuantityPhrases: readonly string[];
  /** Fixed weasel phrases that hedge on fame, consensus or naming ("so-called", "is widely known", "sogenannte"). */
  weaselPhrases: readonly string[];
  /** Most words between a superlative frame and its superlative ("one of the world's largest"). */
  superlativeGap: number;
  /** Frames that rank something among an unnamed top group ("one of the", "einer der"). */
  superlativeFrames: readonly string[];
  /** Words after a frame that rank without a superlative ending ("first", "ersten"). */
  superlativeWords: readonly string[];
  /** Endings of superlatives after a frame ("est", "sten"). */
  superlativeSuffixes: readonly string[];
  /** Adverbs of frequency and generality that soften a claim ("often", "weitgehend"). */
  hedgeAdverbs: readonly string[];
  /** Auxiliaries that open a passive ("is", "wird"). */
  passiveAuxiliaries: readonly string[];
  /** Participles of reporting and judging verbs that make an agentless passive ("considered", "vermutet"). */
  passiveReportVerbs: readonly string[];
  /** Most words between auxiliary and participle (English adverbs; the German verb bracket is wider). */
  passiveGap: number;
  /** Prepositions that introduce a passive's agent ("by", "von"). */
  agentPrepositions: readonly string[];
  /** Endings of plural nouns for people ("ists", "ologen"): such a bare plural before a speech verb is an unnamed group. */
  groupNounEndings: readonly string[];
  /** Evaluative words of commentary, as stems ("alarmierend", "outrageous"); they make a claim an opinion. */
  evaluativeWords: readonly string[];
  /** Inflection endings an evaluative stem may carry ("e", "en" in "alarmierenden"); "" is implied. */
  evaluativeEndings: readonly string[];
  /** Pronouns that refer to a woman ("sie", "she") or a man ("er", "he"), for finding who "sagte sie" refers to. */
  femalePronouns: readonly string[];
  malePronouns: readonly string[];
  /** Honorifics and roles that mark a woman ("frau", "mrs", "spokeswoman") or a man ("herr", "mr", "spokesman"). */
  femaleMarkers: readonly string[];
  maleMarkers: readonly string[];
  /** Endings of a role that make it feminine ("in" in "Ministerin"); with `rolesMasculineByDefault` any other role is masculine. */
  femaleRoleEndings: readonly string[];
  rolesMasculineByDefault: boolean;
  /** Words of speculation ("vermutlich", "probably"): a claim that is neither forecast nor quote but guessed is an opinion. */
  speculationWords: readonly string[];
  /** Modal particles that colour a statement with the writer's attitude ("ja", "halt"); never the first word. */
  modalParticles: readonly string[];
  /** First-person judgements: outside a quote the writer gives their own view ("ich finde", "I believe"). */
  firstPersonJudgements: readonly string[];
  /** Endings of the infinitive that ends a future clause ("en", "n" in "wird … stattfinden"); empty: the auxiliary alone is future. */
  futureInfinitiveEndings: readonly string[];
  /** Words that open a subordinate clause ("dass", "that", "whether"): a group after one is that clause's subject, not the verb's. */
  clauseOpeners: readonly string[];
  /** Prepositions that attribute only with a report noun after them ("nach" in "nach unbestätigten Berichten"); empty when none. */
  reportPrepositions: readonly string[];
  /**
   * Measure nouns (as folded by `measureFold`) mapped to a language-neutral concept, so figures counted by synonyms
   * ("Menschen", "Bewohner"; "jobs", "positions") or in two languages ("Wochen", "weeks") are compared as one measure.
   */
  measureConcepts: Readonly<Record<string, string>>;
}

/** Language data the claim extractors ask for. Fields are grouped by extractor; every word is lower-case unless said otherwise. */
export interface ExtractionPack extends AttributionPack {
  // ---- dates ----
  /** Month names (full and abbreviated) mapped to 1-12, lower-case keys. */
  months: Readonly<Record<string, number>>;
  /** Seasons ("Herbst", "autumn"): like months, never a place or an organisation, a surname only after a given name. */
  seasons: readonly string[];
  /** Weekday names mapped to 1 (Monday) - 7 (Sunday), lower-case keys. */
  weekdays: Readonly<Record<string, number>>;
  /** Single words naming a day relative to publication ("gestern" = -1). */
  relativeDays: Readonly<Record<string, number>>;
  /** Multi-word relative expressions without a computable value ("nächste woche", "last year"). */
  relativePhrases: readonly string[];
  /** Duration nouns mapped to an ISO 8601 duration designator ("jahre" = "Y"). */
  durationUnits: Readonly<Record<string, 'Y' | 'M' | 'W' | 'D'>>;
  /** Words after "<n> <unit>" that make a relative date ("früher", "ago"). */
  relativeAfter: readonly string[];
  /** Words before "<n> <unit>" that make a relative date ("vor" in "vor zwei Jahren"). */
  relativeBefore: readonly string[];
  /** Direction of the words in relativeBefore/relativeAfter counted from publication (-1 before, 1 after); 0 when counted from another event or a length. */
  relativeDirection: Readonly<Record<string, -1 | 0 | 1>>;
  /** Modifiers before a weekday or a duration noun ("nächste", "last") and their direction; 0 = the current one ("diese Woche"). */
  relativeModifiers: Readonly<Record<string, -1 | 0 | 1>>;
  /** Fixed multi-word phrases naming a day relative to publication ("am vortag" = -1). */
  relativeDayPhrases: Readonly<Record<string, number>>;
  /** Articles that count one in a duration ("vor einem Jahr", "a year ago"). */
  durationOnes: readonly string[];
  /** Word that follows a clock time ("uhr"); empty when the language uses am/pm instead. */
  clockWords: readonly string[];
  /** Words right before a bare year that make it a year ("im", "seit", "since"); otherwise "2000 Menschen" is a count. */
  yearCues: readonly string[];
  /** Whether "<number>." before a word is an ordinal (German "9. November"). */
  ordinalPeriod: boolean;
  /** Letters glued to a number that make it an ordinal ("th" in "9th"). */
  ordinalSuffixes: readonly string[];

  // ---- quantities ----
  /** The decimal separator of the language; the other of "." and "," groups thousands. */
  decimalSeparator: '.' | ',';
  /** Number words that count something ("zwei" = 2, "dozen" = 12). */
  numberWords: Readonly<Record<string, number>>;
  /** Scale words after a number ("millionen", "mrd", "bn"). */
  scaleWords: Readonly<Record<string, number>>;
  /** Unit words or symbols after a number mapped to a unit code ("prozent" = "percent", "euro" = "EUR"). */
  units: Readonly<Record<string, string>>;
  /** Currency symbols or codes written before a number ("$", "US$", "€"). */
  currencyPrefixes: Readonly<Record<string, string>>;
  /** Approximators before a number and what they do to the range. */
  approximators: Readonly<Record<string, 'around' | 'above' | 'below' | 'upto' | 'almost' | 'atleast' | 'justabove' | 'justbelow'>>;
  /**
   * Building blocks of written-out numbers ("einundzwanzig", "twenty-one") and their values; the value tells the part's role
   * (1-9, 10-19, tens, 100, 1000) and 0 marks the joining word ("und", "and"). The extractor composes them.
   */
  numberParts: Readonly<Record<string, number>>;
  /** Plural counting nouns without a number ("Dutzende", "hundreds") mapped to the least they mean; the most is just below the next power of ten. */
  vagueCounts: Readonly<Record<string, number>>;
  /** Fraction nouns mapped to their denominator ("drittel" = 3, "quarters" = 4). */
  fractionNouns: Readonly<Record<string, number>>;
  /** Articles that serve as the numerator one before a fraction noun ("ein", "a"). */
  fractionOnes: readonly string[];
  /** Fraction nouns that need no numerator ("hälfte", "half"). */
  bareFractions: readonly string[];
  /** Words before a bare fraction that make it a part of a period or thing, not a share ("zweite Hälfte", "second half"). */
  fractionBlockers: readonly string[];
  /** Words between two numbers that make a range ("bis", "to"); a dash always does. */
  rangeConnectors: readonly string[];
  /** Words that open a range and the word that joins its ends ("zwischen" ... "und", "between" ... "and"). */
  rangeOpeners: Readonly<Record<string, string>>;
  /** Words right before a number that make it a label, not an amount ("nr", "artikel", "flight"). */
  identifierCues: readonly string[];
  /** Endings of inflected adjectives allowed between a number and its noun when nouns are capitalized; empty: any lower-case word. */
  measureAdjectiveEndings: readonly string[];
  /** [ending, replacement] folds that give the counted noun a comparison key ("beschäftigten" -> "beschäftigt"); first match wins. */
  measureFold: readonly (readonly [string, string])[];
  /** Endings that block the fold ("ss" in "prozess"). */
  measureFoldKeep: readonly string[];
  /** Words skipped between a number (or unit) and the noun it counts ("der", "of", "the"). */
  measureSkip: readonly string[];
  /** Endings of adjectives skipped before the counted noun when nouns are not capitalized ("global" in "of global production"). */
  adjectiveSuffixes: readonly string[];
  /** Whether every noun is capitalized (German): then the counted noun is the first capitalized word. */
  nounsCapitalized: boolean;

  // ---- entities ----
  /** Role and title words that precede a person's name, every inflected form ("präsidentin", "premier"). Multi-word allowed. */
  roles: readonly string[];
  /** Endings a single-word role may carry (gender, case, number: "in", "en", "s"); "" is implied. */
  roleSuffixes: readonly string[];
  /** Honorifics written before a name, without the period ("mr", "dr", "frau"). */
  honorifics: readonly string[];
  /** Common given names, as written (capitalized). */
  givenNames: readonly string[];
  /** Places as written: countries, regions and major cities; multi-word allowed ("South Korea"). */
  places: readonly string[];
  /** All-caps abbreviations that are places, not organisations ("USA", "UK"). */
  placeAcronyms: readonly string[];
  /** Well-known organisations written as one word or a fixed phrase ("Bundesbank", "Nato", "Pentagon"). */
  organizations: readonly string[];
  /** Last parts of compounds or words in a capitalized run that make an organisation ("gruppe", "survey"). */
  orgKeywords: readonly string[];
  /** Last parts of compounds or words in a capitalized run that make a place ("palast", "airport"). */
  placeKeywords: readonly string[];
  /** Lower-case connectors allowed inside an organisation name ("für", "of"). */
  nameConnectors: readonly string[];
  /** Words that are capitalized but never names: articles, pronouns, conjunctions, sentence adverbs. */
  functionWords: readonly string[];
  /** Common nouns that are written capitalized in names of events, laws and buildings ("War", "Cup", "Act"): never part of a person's name. */
  nonNames: readonly string[];
  /** Determiners: a capitalized word after one is a common noun, not a name. */
  determiners: readonly string[];
  /** Endings of common nouns ("ung", "heit"): such words are never part of a name. */
  nounSuffixes: readonly string[];
  /** Genitive endings glued to names ("s" in "Trumps", "'s"). */
  genitiveSuffixes: readonly string[];

  // ---- attribution ----
  /** Reporting and statement verbs in all persons and tenses ("sagte", "lobte", "said"); multi-word allowed ("hob hervor" is matched by its head "hob"). */
  speechVerbs: readonly string[];
  /** Prepositions that introduce a source before it ("laut", "according to", "nach angaben von"). */
  sourceBefore: readonly string[];
  /** Postpositions that follow a source ("zufolge"). */
  sourceAfter: readonly string[];
  /** Nouns naming an unnamed group or body of evidence ("analysten", "umfragen", "critics"). */
  vagueSources: readonly string[];
  /**
   * Heads of definite descriptions of a specific public body or organiser ("feuerwehr", "polizei", "amt", "authority"):
   * "nach Angaben der Feuerwehr", "the regional transport authority said" name their source although no proper name occurs.
   * German entries also match as the last part of a compound ("Umweltamt"), with common inflection endings.
   */
  institutions: readonly string[];
  /** Institution nouns too short or generic to close a compound ("Stadt" but not "Innenstadt"): whole words only. */
  exactInstitutions: readonly string[];
  /** Definite determiners that make an institution noun specific ("der", "the"); "Experten" stays vague either way. */
  definiteDeterminers: readonly string[];
  /** Endings a noun takes in case and number ("s", "es", "n", "en", "e"), for matching list nouns in running text. */
  nounInflections: readonly string[];
  /** Whether institution nouns also match as the tail of a compound word (German "Umweltamt", "Landespolizei"). */
  institutionCompounds: boolean;
  /**
   * Nouns that describe a company, club or other body and introduce its name ("Batteriehersteller Celdra",
   * "battery maker Celdra", "Zweitligist Fortuna"); German entries also match as compound tails.
   */
  organizationDescriptors: readonly string[];
  /**
   * Nouns for ships, aircraft and trains that introduce their name ("the ferry Islay Spirit", "die Fähre Helgoland"):
   * the name is a vehicle, never a person; German entries also match as compound tails ("Autofähre").
   */
  vesselDescriptors: readonly string[];
  /** Modals that report hearsay ("sollen" in "Einige Parteifreunde sollen nachdenken"); only an unnamed group subject makes them a source. */
  reportativeVerbs: readonly string[];
  /** Prepositions of place: a capitalized name right after one is a place unless a person is evident ("in Bad Schandau"). */
  placePrepositions: readonly string[];
  /** Words that open a place name ("Bad", "Sankt", "Port", "Fort"), lower-case. */
  placePrefixes: readonly string[];
  /** Spokesperson roles that name their body even with an indefinite article ("ein Unternehmenssprecher", "a police spokesman"); also compound tails. */
  spokespersonRoles: readonly string[];
  /** Nouns that follow a possessive source ("nach Alemus Worten", "by Chen's account"). */
  possessiveSourceNouns: readonly string[];
  /** Lower-case name particles that join the surname after them ("von der Leyen", "da Silva"). */
  nameParticles: readonly string[];
  /** Prepositions that place a view among an unnamed group ("unter Anwohnern", "among fans"). */
  groupPrepositions: readonly string[];
  /** Cues that point back to the sentence's own subject as the source ("nach eigenen Angaben", "by its own account"). */
  selfReferenceCues: readonly string[];
  /** Quantifiers that may precede a vague source ("viele", "many"). */
  vagueQuantifiers: readonly string[];
  /** Nouns naming a document or data set ("studie", "daten", "report"). */
  documentNouns: readonly string[];
  /** Phrases that report without an agent ("wie berichtet wird", "reportedly"). */
  agentlessPhrases: readonly string[];
  /**
   * Agentless frames in two parts with a few words between ("ist in der Stadt schon länger die Rede",
   * "word around the council is that"): [first, second], each a phrase, the second within eight words after the first.
   */
  agentlessFrames: readonly (readonly [string, string])[];
  /** Phrases that point to unnamed insiders ("aus regierungskreisen", "people familiar with"). */
  anonymousPhrases: readonly string[];
  /** Verb forms of reported speech (German Konjunktiv I) that continue the previous sentence's source. */
  reportedSpeechVerbs: readonly string[];
  /** Pronouns that refer back to a speaker ("sie", "he", "seine"). */
  speakerPronouns: readonly string[];

  // ---- hedges and kind ----
  /** Hedge words and phrases ("könnte", "angeblich", "is likely to"). */
  hedges: readonly string[];
  /** Phrases that make a sentence a forecast ("is expected to", "voraussichtlich"). */
  predictionCues: readonly string[];
  /** Future auxiliaries ("wird", "will") that make a forecast unless part of an agentless phrase. */
  futureAuxiliaries: readonly string[];
  /** Evaluative words and phrases ("bemerkenswert", "es ist nicht verwunderlich", "clearly"). */
  opinionCues: readonly string[];
  /** Quote marks of the language as [open, close] pairs, most specific first. */
  quotePairs: readonly (readonly [string, string])[];
}

/** The number, quantity and time-expression lists of a pack, kept in their own file per language (`numbers.ts`). */
export type NumberPack = Pick<
  ExtractionPack,
  | 'numberWords'
  | 'numberParts'
  | 'vagueCounts'
  | 'fractionNouns'
  | 'fractionOnes'
  | 'bareFractions'
  | 'fractionBlockers'
  | 'scaleWords'
  | 'units'
  | 'currencyPrefixes'
  | 'approximators'
  | 'identifierCues'
  | 'rangeConnectors'
  | 'rangeOpeners'
  | 'measureAdjectiveEndings'
  | 'measureFold'
  | 'measureFoldKeep'
  | 'relativeDirection'
  | 'relativeModifiers'
  | 'relativeDayPhrases'
  | 'durationOnes'
>;
