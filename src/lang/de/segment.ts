import type { SegmentationPack } from '../../segment/pack.js';

/** Abbreviations and ordinals that must not end a sentence (German). */
export const segment: SegmentationPack = {
  // Abbreviations that do not close a sentence: academic and personal titles, Latin and German
  // connectives ("z. B.", "d. h.", "u. a."), editorial and legal references, units of address,
  // adjectives shortened in running text ("kath.", "ev."). Written by hand; no final period,
  // multi-part forms without spaces.
  abbreviations: [
    // titles and forms of address
    'dr', 'prof', 'dipl', 'ing', 'med', 'dent', 'vet', 'rer', 'nat', 'phil', 'jur', 'theol', 'oec', 'pol', 'habil',
    'hr', 'hrn', 'fr', 'frl', 'mag', 'bgm', 'kfm', 'kffr', 'rechtsanw', 'pd', 'hl', 'st', 'sr', 'sen',
    'gebr', 'verw', 'wwe', 'dipl.-ing', 'dipl.-kfm', 'dr.-ing', 'ltd',
    // connectives and hedges in running text
    'z.b', 'zb', 'd.h', 'u.a', 'u.ä', 'o.ä', 'o.a', 'o.g', 'u.u', 'u.e', 'z.t', 'z.z', 'z.zt', 'zz', 'zzt',
    'i.d.r', 'i.a', 'i.v', 'i.r', 'i.s.d', 'i.s.v', 'i.v.m', 'm.e', 'm.w', 'm.a.w', 'n.b', 's.o', 's.u', 'v.a',
    'bzw', 'ca', 'vgl', 'ggf', 'gegf', 'evtl', 'bspw', 'bzgl', 'insb', 'inkl', 'exkl', 'zzgl', 'abzgl', 'einschl',
    'ausschl', 'sog', 'ugs', 'urspr', 'eigtl', 'ehem', 'entspr', 'allg', 'bes', 'betr', 'bez', 'ebd', 'dgl',
    'resp', 'sof', 'spez', 'tlw', 'teilw', 'vorm', 'zus', 'zw', 'ggü', 'gem', 'lt', 'mind', 'rd',
    'u', 'o', 'od', 'v', 's', 'ev', 'kath', 'evang', 'luth', 'ref',
    // editorial and bibliographic references
    'hrsg', 'hg', 'bearb', 'aufl', 'ausg', 'bd', 'bde', 'nr', 'abs', 'abschn', 'anm', 'anh', 'anl', 'kap',
    'ziff', 'abb', 'verf', 'zit', 'übers', 'orig', 'erg', 'erw', 'überarb', 'neubearb', 'jg',
    'jahrg', 'sp', 'az', 'gez', 'beil', 'bl', 'z.hd', 'tel', 'adr', 'pkt',
    // addresses, places, organisations
    'str', 'pl', 'ndl', 'abt', 'gesch', 'fa', 'verl', 'inst', 'univ', 'bhf', 'hbf', 'kr', 'lkr', 'reg',
    // descriptive adjectives and nationalities shortened in running text
    'dt', 'dtsch', 'engl', 'frz', 'ital', 'span', 'russ', 'lat', 'griech', 'amerik', 'österr',
    'europ', 'int', 'intern', 'nördl', 'südl', 'östl', 'westl', 'geb', 'gest', 'verh', 'röm',
    'amtl', 'staatl', 'städt', 'öff', 'gemeinn', 'landw', 'techn', 'wiss', 'kgl', 'mtl', 'jährl', 'wö', 'tägl',
    'näml', 'lfd', 'mwst', 'ust', 'gr', 'kl', 'zt', 'pers', 'priv',
  ],
  // Abbreviations that a sentence may end with: "usw.", "etc.", counts and units ("Mio.", "Std."),
  // era and century marks ("v. Chr.", "Jh."), company forms, weekday and month short forms.
  endingAbbreviations: [
    'ff', 'f', 'e.v', 'co', 'inc', 'corp', 'chr', 'jh', 'jhd', 'jhdt', 'jhs',
    'mio', 'mrd', 'tsd', 'std', 'min', 'max', 'sek', 'mon', 'wg', 'stk', 'pfd', 'ltr', 'ztr', 'mtr',
    'mo', 'di', 'mi', 'do', 'sa',
    'jan', 'feb', 'febr', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
    'u.s', 'u.s.a', 'u.k', 'e.u',
  ],
  // Abbreviations that close an enumeration or an era: "…, Bier usw. Experten raten ab", "44 v. Chr. Caesar starb".
  closingAbbreviations: ['usw', 'etc', 'usf', 'u.v.m', 'u.a.m', 'u.s.w', 'v.chr', 'n.chr', 'v.u.z', 'u.z', 'n.u.z'],
  // Abbreviations that stand before a number: "Nr. 5", "S. 47", "Art. 3", "Abs. 2", "Tel. 0201…".
  numberAbbreviations: ['nr', 'nrn', 's', 'art', 'abs', 'bd', 'kap', 'ziff', 'tel', 'fax', 'jg', 'no', 'vol', 'lfd', 'hs', 'rn', 'rdnr', 'tab', 'abb', 'str', 'pkt', 'az', 'bl'],
  // Street words glued to the street name: "Bahnhofstr. 12", "Marktpl. 3".
  compoundAbbreviations: ['str', 'pl'],
  // Month names and their usual short forms: "am 9. November", "zum 1. Jan. 2026".
  months: [
    'januar', 'jänner', 'februar', 'feber', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september',
    'oktober', 'november', 'dezember', 'jan', 'feb', 'febr', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
    'okt', 'nov', 'dez',
  ],
  ordinalPeriod: true,
  // Articles, contracted prepositions and possessives that introduce an ordinal: "die 27. Große Strafkammer", "im 2. Weltkrieg".
  ordinalPreceders: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen',
    'am', 'im', 'vom', 'zum', 'zur', 'beim', 'ins', 'ans', 'aufs',
    'sein', 'seine', 'seiner', 'seinem', 'seinen', 'ihr', 'ihre', 'ihrer', 'ihrem', 'ihren',
    'unser', 'unsere', 'unserer', 'unserem', 'dieser', 'diese', 'dieses', 'diesem', 'diesen', 'jeder', 'jede', 'jedes',
  ],
  // Frequent sentence openers: pronouns, articles, demonstratives, conjunctions, connective adverbs,
  // question words, common prepositions. German nouns are capitalized too, so only these count after an ambiguous period.
  sentenceStarters: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'kein', 'keine',
    'ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'man', 'mein', 'meine', 'sein', 'seine', 'ihre', 'unser', 'unsere',
    'dies', 'diese', 'dieser', 'dieses', 'diesem', 'jene', 'jener', 'solche', 'alle', 'viele', 'einige', 'manche', 'beide', 'jeder', 'jede',
    'und', 'oder', 'aber', 'doch', 'denn', 'sondern', 'jedoch', 'allerdings', 'trotzdem', 'dennoch', 'zudem',
    'außerdem', 'ausserdem', 'daher', 'deshalb', 'deswegen', 'darum', 'also', 'somit', 'folglich', 'dann', 'danach',
    'davor', 'dabei', 'damit', 'dazu', 'darauf', 'daraufhin', 'darüber', 'dort', 'da', 'hier', 'so', 'nun', 'jetzt',
    'heute', 'gestern', 'morgen', 'bereits', 'schon', 'noch', 'auch', 'nur', 'erst', 'zuvor', 'zuletzt', 'zunächst',
    'anschließend', 'später', 'inzwischen', 'mittlerweile', 'insgesamt', 'zwar', 'immerhin', 'tatsächlich',
    'wer', 'was', 'wie', 'wo', 'wann', 'warum', 'weshalb', 'welche', 'welcher', 'woher', 'wohin',
    'als', 'wenn', 'ob', 'weil', 'obwohl', 'während', 'nachdem', 'bevor', 'seit', 'seitdem', 'bis', 'sobald', 'falls',
    'in', 'im', 'am', 'an', 'auf', 'aus', 'bei', 'beim', 'mit', 'nach', 'vor', 'für', 'von', 'vom', 'zu', 'zum', 'zur',
    'laut', 'gegen', 'um', 'unter', 'über', 'trotz', 'wegen', 'nicht', 'ja', 'nein', 'mehr', 'weitere', 'weiter',
  ],
};
