import type { AttributionPack } from '../../extract/pack.js';

/** English word lists for weasel wordings: vague quantities, superlative frames, agentless passives. Written for claimdiff. */
export const attribution: AttributionPack = {
  // Quantifiers that stand for an uncounted, unnamed set of people or things ("some critics", "many believe", "several sources").
  vagueQuantityWords: [
    'some', 'many', 'several', 'various', 'numerous', 'countless', 'most', 'few', 'others', 'other', 'thousands', 'hundreds', 'dozens',
    'millions',
  ],
  // Phrases of an uncounted amount ("a number of pamphlets", "a variety of programs").
  vagueQuantityPhrases: ['a number of', 'a variety of', 'a host of', 'a range of', 'a lot of', 'a great deal of', 'a handful of', 'a majority of'],
  // Words right before a quantifier that make it a question or a comparison, not a vague set ("how many", "as many as").
  // "the other", "each other", "the few" point at known things; "the most" is a superlative (see weaselPhrases).
  vagueQuantityBlockers: ['how', 'as', 'too', 'so', 'at', 'the', 'each', 'any', 'no', 'every', 'one', 'this', 'that', 'its', 'their', 'his', 'her'],
  // Nouns of time after a quantifier: "several years" dates something, it names no unnamed source.
  vagueQuantityExceptions: ['time', 'times', 'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'decades', 'centuries', 'seasons', 'occasions', 'than', 'hand', 'side', 'way'],
  // Fixed phrases that lean on fame, consensus or a label nobody is said to use ("so-called", "there is general agreement").
  weaselPhrases: [
    'so-called', 'the most', 'known as', 'known for', 'best known', 'well known', 'well-known', 'world famous', 'world-famous',
    'widely acclaimed', 'critically acclaimed', 'internationally acclaimed', 'general agreement', 'general consensus',
    'it is generally agreed', 'it is widely agreed', 'conventional wisdom', 'many believe', 'some say', 'it is often said',
  ],
  // Frames that rank something among an unnamed top group ("one of the largest", "one of the world's best", "among the most").
  superlativeFrames: ['one of', 'among the', 'some of the'],
  superlativeGap: 3,
  // Words after such a frame that make it a ranking without an ending of their own ("one of the first", "one of the few").
  superlativeWords: ['best', 'worst', 'first', 'few', 'leading', 'top', 'most', 'least'],
  // Endings of superlative adjectives ("largest", "oldest").
  superlativeSuffixes: ['est'],
  // Single hedge words (adverbs of generality, verbs of seeming) that soften a claim into a tendency no one vouches for ("commonly", "widely", "sometimes");
  // plain frequency ("often", "usually") states how often something happens and is left out.
  hedgeAdverbs: [
    'sometimes', 'commonly', 'generally', 'typically', 'widely', 'largely', 'mostly', 'reputedly', 'arguably', 'seemingly',
    'purportedly', 'somewhat', 'popularly', 'probable', 'plausibly', 'conceivably', 'supposedly', 'seems', 'seem', 'seemed',
  ],
  // Auxiliaries that open a passive ("is considered", "has been suggested", "can be regarded").
  passiveAuxiliaries: ['is', 'are', 'was', 'were', 'be', 'been', 'being'],
  // Participles of reporting and judging verbs: in a passive without an agent nobody vouches for the view.
  // Verbs of procedure ("accepted", "ranked", "noted") are left out: "the amendment was accepted" reports an act, not a view.
  passiveReportVerbs: [
    'considered', 'regarded', 'thought', 'believed', 'known', 'said', 'suggested', 'claimed', 'alleged', 'reported', 'rumoured',
    'rumored', 'described', 'viewed', 'deemed', 'reputed', 'argued', 'speculated', 'presumed', 'supposed', 'assumed', 'feared',
    'touted', 'hailed', 'praised', 'criticised', 'criticized', 'attributed', 'referred', 'labelled', 'labeled', 'dubbed', 'perceived',
    'acclaimed',
  ],
  // Words between the auxiliary and the participle that do not close the passive ("widely", "not", "often").
  passiveGap: 3,
  // Prepositions that introduce the agent of a passive ("by").
  agentPrepositions: ['by'],
  // Endings of plural nouns for people ("economists", "historians", "researchers", "participants"): without an article
  // right before a speech verb they are an unnamed group.
  groupNounEndings: ['ists', 'ians', 'ers', 'ors', 'ants', 'ents'],
  // Evaluative words of commentary that the shared opinion cues leave out: verdicts and judging adverbs.
  // Bare intensifiers ("utterly", "totally") are left out: "the warehouse burned out completely" describes, it does not judge.
  evaluativeWords: [
    'absurd', 'appalling', 'shameful', 'disgraceful', 'ridiculous', 'disastrous', 'catastrophic', 'terrible', 'horrible', 'awful',
    'astonishing', 'incredible', 'unbelievable', 'unacceptable', 'intolerable', 'scandalous', 'dubious', 'questionable', 'dramatic',
    'devastating', 'alarming', 'frightening', 'grotesque', 'insane', 'madness', 'nonsense', 'propaganda', 'brilliant', 'excellent',
    'magnificent', 'wonderful', 'admirable', 'praiseworthy', 'blatant', 'hopefully', 'regrettably',
    'sadly', 'frankly', 'honestly',
  ],
  evaluativeEndings: [],
  // Speculation: the writer guesses rather than reports.
  speculationWords: ['probably', 'perhaps', 'maybe', 'apparently', 'seemingly', 'presumably', 'arguably', 'conceivably', 'evidently'],
  // English has no modal particles of attitude.
  modalParticles: [],
  // First-person judgements of the writer, including what "we" must do.
  firstPersonJudgements: [
    'we must', 'we need', 'we should', 'we have to', 'one must', 'one should',
    'i think', 'i believe', 'i feel', 'i find', 'we believe', 'we think', 'in my opinion', 'in our opinion', 'i am convinced',
    "i'm convinced", 'we are convinced', 'i would argue', 'to my mind', 'personally',
  ],
  // English "will" is future by itself.
  futureInfinitiveEndings: [],
  // Gendered pronouns and the honorifics and roles that tell who they point back to ("she said" after "Ms. Okafor").
  femalePronouns: ['she', 'her', 'hers', 'herself'],
  malePronouns: ['he', 'his', 'him', 'himself'],
  femaleMarkers: [
    'mrs', 'ms', 'miss', 'dame', 'lady', 'spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman', 'queen', 'princess', 'empress',
    'duchess', 'countess', 'actress', 'sister', 'mother', 'wife', 'daughter',
  ],
  maleMarkers: [
    'mr', 'sir', 'lord', 'spokesman', 'chairman', 'congressman', 'businessman', 'king', 'prince', 'emperor', 'duke', 'count', 'brother',
    'father', 'husband', 'son',
  ],
  // English roles carry no gender ending.
  femaleRoleEndings: [],
  rolesMasculineByDefault: false,
  // Conjunctions, wh-words and relative pronouns that open a subordinate clause: a group after one is that clause's subject.
  clauseOpeners: ['that', 'whether', 'if', 'because', 'although', 'though', 'while', 'whereas', 'why', 'how', 'when', 'where', 'whose'],
  // English attributes with "according to" (a source cue of its own); no preposition needs a report noun to become one.
  reportPrepositions: [],
  // Measure nouns (folded like measureFold) and their language-neutral concept: synonyms and translations count the same thing.
  measureConcepts: {
    // People affected by an event.
    people: 'people', person: 'people', resident: 'people', inhabitant: 'people',
    // Jobs.
    job: 'jobs', position: 'jobs',
    // Countable things taken, found or shown.
    piece: 'items', item: 'items', object: 'items',
    // Units of time.
    second: 'second', minute: 'minute', hour: 'hour', day: 'day', week: 'week', month: 'month', year: 'year',
  },
};
