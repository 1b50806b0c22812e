import type { SegmentationPack } from '../../segment/pack.js';

/** Abbreviations and sentence openers that decide whether a period ends a sentence (English). */
export const segment: SegmentationPack = {
  // Abbreviations that do not close a sentence: personal, military, political and religious titles
  // before a name, Latin connectives, reference words and street/place words before a name.
  // Written by hand; lower-case, no final period, multi-part forms without spaces.
  abbreviations: [
    // personal and professional titles
    'mr', 'mrs', 'ms', 'mssrs', 'messrs', 'mmes', 'mme', 'mlle', 'dr', 'drs', 'prof', 'profs', 'rev', 'revd', 'fr',
    'hon', 'rt', 'pres', 'supt', 'insp', 'det', 'atty', 'amb', 'ald', 'dir', 'mgr', 'asst', 'assoc', 'sra', 'srta',
    'msgr', 'treas', 'rep', 'reps', 'sen', 'sens', 'gov', 'govs', 'lt', 'gen', 'col', 'maj', 'capt', 'cpt',
    'cmdr', 'cdr', 'comdr', 'adm', 'sgt', 'cpl', 'pvt', 'pfc', 'brig', 'lieut', 'ens', 'cmdt', 'dep', 'mt',
    // Latin and connective abbreviations
    'e.g', 'eg', 'i.e', 'ie', 'cf', 'vs', 'v', 'viz', 'ibid', 'op', 'cit', 'ca', 'c', 'approx', 'esp', 'incl',
    'excl', 'resp', 'nb', 'n.b', 'p.s', 'q.v', 'et',
    // references and documents
    'p', 'pp', 'para', 'paras', 'par', 'fig', 'figs', 'eq', 'eqs', 'ch', 'chap', 'sect', 'vol', 'vols', 'nos',
    'art', 'arts', 'eds', 'trans', 'repr', 'orig', 'mss', 'tel', 'ext', 'ref', 'refs', 'encl',
    // streets, buildings and organisations before a name or number
    'ave', 'blvd', 'rd', 'hwy', 'pkwy', 'apt', 'bldg', 'ste', 'fl', 'rm', 'depts', 'div', 'univ', 'inst',
    'assn', 'natl', 'intl', 'govt', 'admin', 'mfg', 'mkt', 'mktg', 'dist', 'twp', 'cty', 'pte',
    // miscellaneous words shortened in running text
    'misc', 'avg', 'gr', 'wt', 'bk', 'bks', 'pl', 'sing', 'syn', 'abbr', 'adj', 'adv', 'prep', 'conj', 'pron',
  ],
  // Abbreviations that a sentence may end with: company forms, "etc.", "et al.", country and
  // US state short forms, "a.m."/"p.m.", month and weekday short forms, the pronoun "I".
  endingAbbreviations: [
    'al', 'co', 'cos', 'corp', 'inc', 'ltd', 'llc', 'plc', 'bros', 'st', 'ft', 'esq', 'jr', 'sr', 'ed',
    'a.d', 'ph.d', 'm.d', 'b.a', 'm.a', 'b.sc', 'm.sc', 'mba',
    'u.s', 'u.s.a', 'u.k', 'u.n', 'e.u', 'd.c', 'n.y', 'l.a', 'n.j', 's.f', 'u.a.e', 'u.s.s.r',
    'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'fla', 'ga', 'kan', 'kans', 'ky',
    'md', 'mich', 'minn', 'mont', 'neb', 'nev', 'okla', 'penn', 'tenn', 'tex',
    'va', 'vt', 'wis', 'wyo', 'n.c', 's.c', 'n.d', 's.d', 'n.h', 'n.m', 'r.i', 'w.va',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'mon', 'tue', 'tues', 'thu', 'thur', 'thurs', 'fri',
    'i', 'mi', 'est', 'max', 'gal', 'qt', 'tbsp', 'tsp', 'lb', 'lbs', 'oz', 'yd', 'yds', 'sq', 'cu',
    'hr', 'hrs', 'min', 'mins', 'sec', 'secs', 'yr', 'yrs', 'mo', 'mos', 'wk', 'wks', 'dept',
  ],
  // Abbreviations that close an enumeration, a clock time or a year: "at 6 p.m. Passengers waited".
  closingAbbreviations: ['etc', 'a.m', 'p.m', 'b.c', 'b.c.e', 'c.e', 'bce'],
  // Abbreviations that stand before a number: "No. 10", "p. 55", "Vol. 3", "Art. 5", "N°. 12".
  numberAbbreviations: ['no', 'nos', 'rs', 'n°', 'nr', 'p', 'pp', 'vol', 'vols', 'art', 'arts', 'ch', 'chap', 'fig', 'figs', 'eq', 'sec', 'sect', 'para', 'tel', 'ext', 'rm', 'apt', 'ste', 'pt', 'op'],
  // English writes street words apart ("Main St. 12"); only glued forms no English word ends with are listed.
  compoundAbbreviations: ['blvd', 'hwy'],
  // Month names and their usual short forms.
  months: [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
    'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  ],
  ordinalPeriod: false,
  // English writes ordinals as "27th", not "27."; the list only matters where `ordinalPeriod` is set.
  ordinalPreceders: ['the'],
  // Frequent sentence openers: pronouns, determiners, conjunctions, connective adverbs, question words,
  // auxiliaries that open questions, common prepositions and titles that begin a new sentence.
  sentenceStarters: [
    'i', 'you', 'he', 'she', 'it', 'we', 'they', 'my', 'your', 'his', 'her', 'its', 'our', 'their',
    'the', 'a', 'an', 'this', 'that', 'these', 'those', 'there', 'here', 'some', 'many', 'most', 'all', 'both', 'each',
    'every', 'no', 'none', 'one', 'another', 'such', 'several', 'few', 'any',
    'and', 'but', 'or', 'so', 'yet', 'nor', 'however', 'meanwhile', 'moreover', 'furthermore', 'therefore', 'thus',
    'still', 'also', 'instead', 'then', 'now', 'today', 'yesterday', 'tomorrow', 'later', 'earlier', 'finally',
    'first', 'next', 'last', 'indeed', 'nevertheless', 'otherwise', 'overall', 'besides', 'afterwards',
    'what', 'who', 'whom', 'whose', 'why', 'how', 'where', 'when', 'which', 'whether',
    'if', 'as', 'although', 'though', 'because', 'since', 'while', 'after', 'before', 'until', 'unless', 'once',
    'do', 'does', 'did', 'is', 'are', 'was', 'were', 'can', 'could', 'will', 'would', 'should', 'shall', 'may',
    'might', 'must', 'has', 'have', 'had', 'not', 'yes', 'please', 'let', 'according',
    'in', 'on', 'at', 'for', 'with', 'from', 'by', 'about', 'during', 'despite', 'under', 'over', 'of', 'to',
    'mr', 'mrs', 'ms', 'dr',
  ],
};
