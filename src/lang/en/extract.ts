import type { ExtractionPack } from '../../extract/pack.js';
import { INTERNATIONAL_GIVEN_NAMES } from '../shared/given-names.js';
import { KNOWN_ORGANIZATIONS } from '../shared/organizations.js';
import { NAME_PARTICLES } from '../shared/particles.js';
import { places, placeAcronyms } from './extract-places.js';
import { numbers } from './numbers.js';
import { attribution } from './attribution.js';

/** Word lists of the claim extractors for English news text. Written for claimdiff; lower-case unless noted. */
export const extract: ExtractionPack = {
  ...attribution,
  // Month names and their usual abbreviations.
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7, august: 8,
    aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
  },
  // The seasons ("fall" as American English has it).
  seasons: ['spring', 'summer', 'autumn', 'fall', 'winter'],
  // Weekdays, Monday = 1.
  weekdays: { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 },
  // Days named relative to today.
  relativeDays: { yesterday: -1, today: 0, tomorrow: 1 },
  // Relative time expressions without a computable date.
  relativePhrases: [
    'next week', 'last week', 'this week', 'next month', 'last month', 'this month', 'next year', 'last year', 'this year',
    'earlier this year', 'later this year', 'earlier this month', 'later this month', 'earlier this week', 'last weekend',
    'this weekend', 'next weekend', 'last night', 'tonight', 'this morning', 'this afternoon', 'the end of the year', 'recently',
    'the day before', 'the previous day', 'the following day', 'next spring', 'last summer',
  ],
  // Duration nouns in "two years ago", "in three weeks".
  durationUnits: { year: 'Y', years: 'Y', month: 'M', months: 'M', week: 'W', weeks: 'W', day: 'D', days: 'D' },
  // Words after "<n> <unit>" and before it that make a relative date.
  relativeAfter: ['ago', 'earlier', 'later', 'before', 'after', 'prior'],
  relativeBefore: ['in', 'within', 'after'],
  clockWords: [],
  // Words before a bare year.
  yearCues: [
    'in', 'since', 'by', 'until', 'till', 'from', 'of', 'year', 'before', 'after', 'early', 'late', 'mid', 'around', 'between', 'and',
    'or', 'to', 'during', 'spring', 'summer', 'autumn', 'fall', 'winter', 'through', 'fiscal', 'season', 'circa', 'c',
  ],
  ordinalPeriod: false,
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],

  decimalSeparator: '.',
  // Number words, scales, units, currencies and approximators live in numbers.ts.
  ...numbers,
  // Articles, possessives and common adjectives without a tell-tale ending between a number and its noun ("50 new engineers").
  measureSkip: [
    'of', 'the', 'a', 'an', 'their', 'its', 'his', 'her', 'all', 'our', 'per', 'global', 'total', 'new', 'more', 'other', 'extra',
    'young', 'old', 'former', 'small', 'large', 'big', 'major', 'full-time', 'part-time', 'senior', 'junior', 'further',
  ],
  // Adjective endings skipped before the counted noun ("of global production").
  adjectiveSuffixes: ['al', 'ic', 'ive', 'ous', 'ful', 'less', 'able', 'ible', 'ish', 'ern', 'ese', 'ian', 'ary', 'ed', 'wide'],
  nounsCapitalized: false,

  // Roles and titles before a name; single words also match with the endings below ("presidents", "president's").
  roles: [
    // Film, stage and music roles.
    'filmmaker', 'film director', 'producer', 'actor', 'actress', 'composer', 'conductor', 'curator',
    'president', 'prime minister', 'minister', 'chancellor', 'secretary', 'secretary of state', 'senator', 'sen', 'rep', 'representative',
    'governor', 'gov', 'mayor', 'spokesman', 'spokeswoman', 'spokesperson', 'chief executive', 'chief executive officer', 'ceo',
    'chief operating officer', 'chief financial officer', 'coo', 'cfo', 'chairman', 'chairwoman', 'chair', 'director', 'general',
    'gen', 'admiral', 'king', 'queen', 'prince', 'princess', 'pope', 'judge', 'justice', 'ambassador', 'commissioner', 'leader', 'premier',
    'professor', 'prof', 'coach', 'captain', 'sheriff', 'vice president', 'foreign minister', 'finance minister', 'defence minister',
    'defense secretary', 'treasury secretary', 'attorney general', 'speaker', 'founder', 'chief', 'president-elect', 'former president',
    'golfer', 'player', 'author', 'economist', 'analyst', 'lawyer', 'attorney', 'detective', 'inspector', 'officer', 'sergeant',
    'lieutenant', 'colonel', 'major', 'commander', 'emperor', 'empress', 'crown prince', 'sultan', 'emir', 'sheikh', 'archbishop',
    'bishop', 'cardinal', 'rabbi', 'imam', 'dean', 'head', 'boss', 'manager', 'counterpart', 'predecessor', 'successor', 'envoy',
  ],
  roleSuffixes: ['s', "'s", '’s'],
  // Forms of address written before a surname.
  honorifics: ['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady', 'rev', 'miss'],
  // International given names plus English nicknames not in the shared list.
  givenNames: [...INTERNATIONAL_GIVEN_NAMES, 'Bobby', 'Danny', 'Dick', 'Ted', 'Teddy', 'Hank', 'Jimmy', 'Johnny', 'Kathy', 'Liam', 'Noah', 'Oliver', 'Sophie', 'Chloe', 'Zoe', 'Jake', 'Nick', 'Pete', 'Ron', 'Rick'],
  places,
  placeAcronyms,
  // Well-known organisations named by one word or a fixed phrase.
  organizations: KNOWN_ORGANIZATIONS,
  // Heads of organisation names.
  orgKeywords: [
    'orchestra', 'philharmonic', 'symphony', 'choir', 'ensemble', 'opera', 'pharma', 'pharmaceuticals', 'high', 'academy', 'thistle',
    'chamber', 'capital', 'ventures', 'insurers', 'caritas',
    // Sports clubs: "Tyneford Rovers", "Leeds United", "Wigan Athletic", "Bolton Wanderers", "Brighton & Hove Albion".
    'rovers', 'united', 'athletic', 'wanderers', 'albion', 'hotspur', 'fc', 'afc', 'sporting', 'atlético', 'olympique', 'dynamo',
    'rangers', 'celtic', 'argyle', 'orient',
    'survey', 'agency', 'institute', 'institution', 'university', 'college', 'commission', 'committee', 'group', 'bank', 'council', 'fund',
    'association', 'federation', 'foundation', 'inc', 'corp', 'corporation', 'company', 'co', 'ltd', 'llc', 'plc', 'ag', 'gmbh',
    'organization', 'organisation', 'office', 'bureau', 'service', 'services', 'authority', 'ministry', 'department', 'party', 'union',
    'court', 'parliament', 'congress', 'senate', 'assembly', 'police', 'army', 'navy', 'force', 'forces', 'times', 'post', 'journal',
    'news', 'network', 'press', 'reuters', 'league', 'club', 'alliance', 'nations', 'board', 'administration', 'holdings', 'motors',
    'airlines', 'systems', 'technologies', 'labs', 'partners', 'trust', 'centre', 'center', 'reserve', 'exchange', 'guard',
    // Company-name heads of transport, industry and media firms ("Hebridean Ferries", "Northgate Semiconductor"), and the
    // branch of an agency ("Marine Accident Investigation Branch").
    'ferries', 'shipping', 'railways', 'airways', 'semiconductor', 'semiconductors', 'electronics', 'industries', 'logistics',
    'robotics', 'therapeutics', 'biosciences', 'solutions', 'studios', 'brewery', 'branch',
  ],
  // Heads of place names ("Akasaka Palace", "Tiananmen Square").
  placeKeywords: [
    'hall', 'arena', 'centre', 'theatre', 'theater',
    'place', 'row', 'gardens', 'quay', 'wharf', 'plaza', 'piazza', 'corso',
    // "Millbrook City", "Ipswich Town": a place, or a club named after it, never a person.
    'city', 'town', 'village', 'borough',
    'palace', 'square', 'street', 'avenue', 'airport', 'station', 'island', 'islands', 'lake', 'river', 'mountains', 'valley', 'stadium',
    'temple', 'cathedral', 'castle', 'bridge', 'province', 'county', 'bay', 'sea', 'ocean', 'strait', 'peninsula', 'district', 'region',
    // Street names: "Mill Lane", "Station Road", "Park Drive".
    'lane', 'road', 'boulevard', 'drive', 'terrace', 'crescent', 'close', 'parade', 'highway', 'motorway',
  ],
  // Lower-case words allowed inside organisation names.
  nameConnectors: ['of', 'for', 'and', 'the', 'de', 'on'],
  // Capitalized at a sentence start but never a name.
  functionWords: [
    'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our',
    'and', 'or', 'but', 'if', 'when', 'while', 'as', 'at', 'in', 'on', 'for', 'with', 'by', 'from', 'to', 'of', 'after', 'before',
    'since', 'during', 'however', 'meanwhile', 'moreover', 'also', 'still', 'yet', 'so', 'then', 'there', 'here', 'now', 'what', 'who',
    'which', 'where', 'why', 'how', 'all', 'many', 'some', 'most', 'several', 'both', 'each', 'every', 'no', 'not', 'one', 'such',
    'despite', 'although', 'though', 'because', 'according', 'under', 'over', 'between', 'among', 'against', 'without', 'within',
    'about', 'into', 'than', 'last', 'next', 'earlier', 'later', 'until', 'once', 'even', 'only', 'instead', 'overall', 'thus',
    'therefore', 'indeed', 'nevertheless', 'nonetheless', 'furthermore', 'additionally', 'finally', 'first', 'second', 'today',
    'yesterday', 'tomorrow', 'many', 'few', 'other', 'another', 'more', 'less', 'new', 'former', 'late', 'my', 'your',
    // Adverbs and prepositions that may open a sentence right before a surname ("Afterwards Okafor said …").
    'afterwards', 'eventually', 'just', 'like', 'unlike', 'together', 'alone',
  ],
  // Title-case common nouns of events, laws, prizes and buildings ("the Cold War", "the World Cup").
  nonNames: [
    'concerto', 'concert', 'sonata', 'overture', 'requiem', 'cello', 'violin', 'piano',
    'war', 'cup', 'games', 'prize', 'summit', 'agreement', 'act', 'bill', 'day', 'week', 'award', 'awards', 'festival', 'conference',
    'treaty', 'accord', 'plan', 'deal', 'championship', 'championships', 'open', 'series', 'index', 'program', 'programme',
    'initiative', 'project', 'tower', 'hall', 'house', 'museum', 'school', 'hospital', 'church', 'road', 'tour', 'show', 'era', 'age',
    'revolution', 'crisis', 'storm', 'hurricane', 'virus', 'pandemic', 'protocol', 'convention', 'declaration', 'doctrine', 'charter',
    'constitution', 'market', 'dollar', 'euro', 'olympics', 'olympic', 'world', 'global', 'national', 'international', 'federal',
    'state', 'states', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'royal', 'grand',
    'great', 'new', 'old', 'big', 'black', 'white', 'red', 'green', 'blue', 'golden', 'first', 'second', 'third', 'final', 'chapter',
    'article', 'section', 'amendment', 'court', 'hill', 'valley', 'mount', 'lake', 'river', 'park', 'airport', 'street', 'avenue',
    'island', 'desk', 'team', 'squad', 'brothers', 'sisters', 'news', 'times', 'post', 'daily', 'weekly', 'magazine', 'review',
    'morning', 'evening', 'night', 'christmas', 'easter', 'ramadan', 'thanksgiving', 'covid', 'brexit', 'internet', 'ai',
  ],
  // Articles, demonstratives and possessives: a capitalized word after them is a common noun.
  determiners: ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'every', 'each', 'any', 'no'],
  // English common nouns rarely carry a tell-tale ending; these few are safe.
  nounSuffixes: ['tion', 'tions', 'ment', 'ments', 'ness', 'ity', 'ities', 'ism', 'isms', 'ship', 'ance', 'ence', 'ology'],
  // Genitive endings glued to names ("Trumps", "Trump's").
  genitiveSuffixes: ["'s", '’s'],

  // Reporting and statement verbs in all persons and tenses.
  speechVerbs: [
    'doubt', 'doubts', 'doubted', 'grumbled', 'grumble', 'pledged', 'pledges', 'repeated', 'repeats', 'cited', 'cites', 'defended',
    'defends', 'demanded', 'demands',
    'complained', 'complains', 'accused', 'accuses', 'described', 'describes', 'put the cost at', 'put the extra cost at',
    'concludes', 'concluded', 'advises', 'advised', 'urged', 'urges', 'recommends', 'recommended',
    'convinced', 'confident', 'insist', 'insists', 'insisted',
    // Verbs of fearing and expecting that carry a source's view ("conservationists fear", "analysts expect").
    'fear', 'fears', 'feared', 'expects', 'expected', 'assume', 'assumes', 'assumed', 'estimate', 'estimates', 'estimated',
    'put the cost at', 'puts the cost at', 'threatened', 'threatens',
    'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'stated', 'states', 'added', 'adds', 'noted', 'notes', 'note', 'explained',
    'explains', 'announced', 'announces', 'reported', 'reports', 'report', 'claimed', 'claims', 'claim', 'argued', 'argues', 'argue',
    'warned', 'warns', 'warn', 'praised', 'praises', 'criticized', 'criticised', 'criticizes', 'criticises', 'stressed', 'stresses',
    'emphasized', 'emphasised', 'emphasizes', 'insisted', 'insists', 'confirmed', 'confirms', 'denied', 'denies', 'acknowledged',
    'admitted', 'admits', 'wrote', 'writes', 'suggested', 'suggests', 'suggest', 'show', 'shows', 'showed', 'shown', 'found', 'finds',
    'indicate', 'indicates', 'indicated', 'estimated', 'estimates', 'estimate', 'predicted', 'predicts', 'predict', 'believe',
    'believes', 'believed', 'described', 'describes', 'highlighted', 'highlights', 'pointed out', 'points out', 'point out',
    'cautioned', 'cautions', 'tweeted', 'posted', 'testified', 'conceded', 'urged', 'urges', 'vowed', 'vows', 'pledged', 'promised',
    'declared', 'declares', 'asserted', 'asserts', 'maintained', 'maintains', 'observed', 'commented', 'responded', 'replied',
    'answered', 'expect', 'expects', 'expected', 'agree', 'agreed', 'agrees', 'contend', 'contends', 'welcomed', 'welcomes', 'thanked',
    'hailed', 'hails', 'called', 'lauded', 'condemned', 'condemns', 'revealed', 'reveals', 'disclosed', 'recalled', 'think', 'thinks',
    // Verbs of questioning, wondering and labelling by which a group voices a view ("some observers questioned", "fans are calling it").
    'questioned', 'question whether', 'wondered', 'wonder', 'wonders', 'calling it', 'call it', 'called it',
  ],
  // Prepositions that name a source after them.
  sourceBefore: ['according to', 'as reported by', 'citing', 'in the words of', 'as stated by', 'per'],
  // Postpositions after a source.
  sourceAfter: [],
  // Unnamed groups and bodies of evidence that stand in for a source.
  vagueSources: [
    'specialists', 'concertgoers', 'musicians', 'patients',
    'dealers', 'members', 'campaigners',
    'fans', 'supporters', 'insiders', 'managers', 'fund managers', 'traders', 'locals', 'shopkeepers', 'businesspeople', 'colleagues',
    'analysts', 'experts', 'observers', 'critics', 'commentators', 'economists', 'researchers', 'scientists', 'scholars', 'officials',
    'studies', 'polls', 'surveys', 'research', 'reports', 'skeptics', 'sceptics', 'supporters', 'opponents', 'investors', 'traders',
    'pundits', 'historians', 'diplomats', 'doctors', 'lawyers', 'activists', 'campaigners', 'estimates',
    'forecasters', 'strategists', 'watchers', 'figures', 'data', 'evidence', 'people', 'many', 'some', 'residents', 'witnesses',
    'authorities', 'prosecutors', 'investigators', 'locals', 'villagers', 'protesters', 'teachers',
    'parents', 'nurses', 'workers', 'employees', 'farmers', 'voters', 'citizens', 'members', 'lawmakers', 'legislators', 'regulators',
    'bankers', 'executives', 'rescuers', 'medics', 'eyewitnesses', 'neighbours', 'neighbors', 'fans', 'users',
    // Hearsay as the subject of a verb of showing ("Talk on campus suggests", "Speculation is that").
    'talk', 'rumours', 'rumors', 'speculation', 'gossip',
  ],
  // Specific public bodies, organs of companies and organisers, named by a definite description
  // ("the fire department", "the regional transport authority", "the organisers").
  institutions: [
    'region', 'province', 'municipality', 'prefecture', 'insurers', 'insurer', 'museum',
    'club', 'team', 'city', 'town',
    'police', 'department', 'authority', 'ministry', 'agency', 'government', 'administration', 'council',
    'court', 'office', 'commission', 'organisers', 'organizers', 'company', 'firm', 'bank', 'hospital', 'university',
    'institute', 'union', 'party', 'senate', 'parliament', 'army', 'military', 'embassy', 'prosecutors', 'prosecutor',
    'regulator', 'board', 'committee', 'service', 'brigade', 'spokesperson', 'spokeswoman', 'spokesman', 'management',
    'operator', 'county', 'navy', 'coastguard', 'coast guard',
  ],
  // Whole-word institutions that are too generic to use as the tail of a longer word.
  exactInstitutions: ['state', 'county', 'ministry'],
  definiteDeterminers: ['the'],
  // Case and number endings of nouns.
  nounInflections: ['s', 'es'],
  institutionCompounds: false,
  // Quantifiers before a vague source, part of its cue.
  // Descriptions of companies, clubs and bodies that introduce their name.
  organizationDescriptors: ['maker', 'manufacturer', 'company', 'firm', 'group', 'retailer', 'carrier', 'airline', 'operator', 'supplier', 'startup', 'start-up', 'club', 'side', 'insurer', 'lender', 'bank', 'publisher', 'broadcaster', 'brand', 'label', 'giant', 'chipmaker', 'carmaker', 'automaker', 'conglomerate', 'party', 'union', 'charity', 'foundation', 'agency'],
  // Ships, boats, aircraft and trains whose proper name follows them ("the ferry Islay Spirit", "the tanker Eagle Star").
  vesselDescriptors: ['ferry', 'ship', 'vessel', 'freighter', 'tanker', 'yacht', 'trawler', 'boat', 'liner', 'cruiser', 'frigate', 'destroyer', 'submarine', 'tug', 'barge', 'schooner', 'steamer', 'lifeboat', 'airliner', 'jet', 'train', 'locomotive'],
  // Hearsay modals: the source is an unnamed group only when one stands as their subject.
  reportativeVerbs: ['reportedly'],
  // Places: prepositions that introduce them and words that open their names.
  placePrepositions: ['in', 'at', 'near', 'from', 'to', 'outside', 'inside', 'across', 'around', 'via', 'towards'],
  placePrefixes: [
    'corso', 'via', 'piazza', 'rue', 'plaza', 'calle', 'avenida', 'avenue','port', 'fort', 'saint', 'st', 'st.', 'san', 'santa', 'new', 'north', 'south', 'east', 'west', 'lake', 'mount', 'glen'],
  // Speakers for a body: named enough even when indefinite.
  spokespersonRoles: ['spokesman', 'spokeswoman', 'spokesperson', 'representative'],
  // "nach Chens Worten", "by Chen's account".
  possessiveSourceNouns: ['account', 'words', 'estimate', 'estimates', 'view', 'reckoning'],
  // Particles inside personal names, shared by every language.
  nameParticles: NAME_PARTICLES,
  // A view placed among an unnamed group ("unter Anwohnern gilt …").
  groupPrepositions: ['among', 'amongst'],
  // The subject is its own source ("Die Staatsanwaltschaft will nach eigenen Angaben prüfen").
  selfReferenceCues: ['according to its own', 'according to their own', 'by its own account', 'by his own account', 'by her own account', 'by their own account', 'in its own words'],
  vagueQuantifiers: ['many', 'some', 'several', 'most', 'numerous', 'leading', 'independent', 'prominent', 'other'],
  // Singular nouns of documents and data sets; named by a following name, a hyphen prefix or a date.
  documentNouns: [
    'decree', 'ordinance', 'resolution', 'ruling', 'verdict', 'judgment', 'judgement', 'memo', 'claim',
    'notice', 'filing', 'bulletin', 'assessment',
    'report', 'study', 'survey', 'poll', 'data', 'analysis', 'figures', 'statistics', 'estimate', 'paper', 'document', 'review', 'audit',
    'assessment', 'forecast', 'census', 'filing', 'memo', 'statement', 'release', 'press release', 'dataset', 'index',
  ],
  // Impersonal reporting.
  agentlessPhrases: [
    'supposedly', 'there is a strong suspicion', 'there is a suspicion', 'there is suspicion',
    'the mood is that', 'the feeling is that', 'the sense is that', 'the assumption is that', 'take it for granted',
    'takes it for granted', 'it is taken for granted',
    'apparently', 'had circulated', 'stories of', 'rumours of', 'rumors of', 'been whispered', 'is whispered', 'was whispered',
    'whispered around', 'the story goes', 'so the story goes', 'it is rumoured', 'it was rumoured',
    'word around', 'the word is', 'word has it',
    // Hearsay that circulates without a speaker.
    'there is talk', 'there is also talk', 'there has been talk', 'talk of', 'has circulated', 'have circulated', 'is circulating',
    'are circulating', 'it has been suggested', 'rumour has it', 'rumor has it', 'is considered', 'are considered', 'is widely regarded',
    'is widely seen', 'are widely seen',
    'it is widely assumed', 'it is widely believed', 'it is widely expected', 'it is widely thought', 'it is generally assumed',
    'it is generally believed', 'it is commonly believed', 'it is assumed', 'it is feared', 'it is rumoured that',
    'it is said', 'it is believed', 'it is reported', 'it was reported', 'it is understood', 'it is thought', 'it is claimed',
    'it is alleged', 'it is expected', 'reportedly', 'is said to', 'are said to', 'was said to', 'were said to', 'is believed to',
    'are believed to', 'is thought to', 'are thought to', 'it has been reported', 'it emerged', 'rumours', 'rumors', 'word is',
    'according to reports', 'according to media reports', 'is understood to', 'it was said', 'it is rumoured', 'it is rumored',
    'has been reported', 'were reported', 'allegedly',
  ],
  // Unnamed insiders.
  // Agentless frames with words between their parts.
  agentlessFrames: [['word', 'is that'], ['there is', 'talk of'], ['it is', 'whispered'], ['it has', 'been said'], ['it is', 'widely believed']],
  anonymousPhrases: [
    'would not be named', 'would not be identified', 'not be identified', 'on the understanding that',
    'not authorised to speak', 'not authorized to speak', 'was not authorised', 'was not authorized', 'name be withheld',
    'names be withheld', 'asked that her name', 'asked that his name', 'asked that their names',
    'did not want to be identified', 'not want to be identified', 'not wish to be identified', 'not to be identified',
    'gave their names', 'give their names', 'gave their name', 'give his name', 'give her name', 'none of whom gave',
    'declined to give their names', 'not want to be named', 'not wish to be named',
    'speaking privately', 'speaking on condition of anonymity', 'on condition of anonymity', 'who asked not to be named',
    'who declined to be named', 'speaking anonymously',
    'people familiar with', 'a person familiar with', 'sources familiar with', 'a source familiar with', 'people close to',
    'a source close to', 'sources close to', 'who asked not to be named', 'who declined to be named', 'who asked not to be identified',
    'who declined to be identified', 'on condition of anonymity', 'speaking anonymously', 'insiders', 'an insider', 'sources', 'a source',
    'one official', 'a senior official', 'a government official', 'a senior administration official', 'people briefed on',
    'people with knowledge of', 'a person with knowledge of', 'anonymous sources', 'an official who', 'unnamed',
  ],
  // English has no reported-speech mood; continuation is German-only data.
  reportedSpeechVerbs: [],
  // Pronouns that point back to the previous speaker.
  speakerPronouns: ['he', 'she', 'his', 'her', 'they', 'their'],

  // Modal and epistemic hedges.
  hedges: [
    'might', 'may', 'could', 'reportedly', 'allegedly', 'apparently', 'possibly', 'probably', 'perhaps', 'likely', 'is likely to',
    'are likely to', 'unlikely', 'appears to', 'appear to', 'appeared to', 'seems to', 'seem to', 'seemed to', 'it is possible',
    'purportedly', 'supposedly', 'presumably', 'potentially', 'arguably', 'rumoured', 'rumored', 'unconfirmed', 'is said to',
    'are said to', 'could be', 'may have', 'might have', 'suspected', 'alleged', 'in all likelihood',
  ],
  // Forecast phrases.
  predictionCues: [
    'is expected to', 'are expected to', 'was expected to', 'expected to', 'is set to', 'are set to', 'is likely to', 'are likely to',
    'will likely', 'is forecast to', 'are forecast to', 'is projected to', 'are projected to', 'is poised to', 'are poised to',
    'going to', 'could', 'might', 'in the coming', 'next year', 'in the future',
  ],
  // Future auxiliaries.
  futureAuxiliaries: ['will', 'shall', "won't", "'ll"],
  // Evaluative words and phrases of commentary.
  opinionCues: [
    'clearly', 'obviously', 'of course', 'unfortunately', 'fortunately', 'remarkable', 'remarkably', 'surprising', 'surprisingly',
    'shocking', 'disappointing', 'impressive', 'should', 'ought to', 'it is time', 'in my view', 'in our view', 'i think', 'absurd',
    'outrageous', 'it is no surprise', 'not surprising', 'no wonder', 'sadly', 'thankfully', 'undoubtedly', 'without doubt',
    'it remains to be seen', 'worrying', 'alarming', 'laudable', 'essential', 'crucial', 'vital', 'disgraceful', 'welcome news',
    'rightly', 'wrongly', 'must', 'deeply troubling', 'encouraging',
  ],
  // Quote marks as [open, close], every style the language's press uses.
  quotePairs: [['“', '”'], ['"', '"'], ['‘', '’'], ["'", "'"], ['„', '“'], ['„', '”'], ['«', '»'], ['»', '«'], ['‚', '‘'], ['‹', '›']],
};
