import type { NumberPack } from '../../extract/pack.js';

/** Number, quantity and time-expression word lists of the English pack. Written for claimdiff; lower-case. */
export const numbers: NumberPack = {
  // Single counting words, also read by other extractors (a number word is never a name); "one" and "a" are left out because they
  // are far more often not numbers. Longer written-out numbers are composed from numberParts.
  numberWords: {
    two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
    fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
    sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000, dozen: 12, million: 1e6, billion: 1e9,
  },
  // Building blocks of written-out numbers, joined by hyphens or spaces ("twenty-one", "three hundred and fifty").
  numberParts: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
    eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
    fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
    nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
    seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000,
    and: 0,
  },
  // Plural counting nouns without a number ("dozens of people"): the least they mean (the most is just below the next power of ten).
  vagueCounts: {
    tens: 20, dozens: 24, scores: 40, hundreds: 200, thousands: 2000, millions: 2e6, billions: 2e9,
  },
  // Fraction nouns and their denominators ("three quarters", "a third").
  fractionNouns: {
    half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, sixth: 6,
    eighth: 8, tenth: 10, tenths: 10,
  },
  // Articles that serve as the numerator one ("a third of voters").
  fractionOnes: ['a', 'one'],
  // Fractions that stand alone ("half of the members").
  bareFractions: ['half'],
  // Ordinals and position words before "half" that name a part, not a share ("the second half of the year").
  fractionBlockers: [
    'first', 'second', 'last', 'latter', 'former', 'other', 'back', 'front', 'top', 'bottom', 'upper', 'lower', 'better', 'bigger',
    'larger', 'greater', 'smaller', 'opening', 'closing', 'final',
  ],
  // Scale words after a number, also glued ("3.7bn", "$5m").
  scaleWords: {
    thousand: 1e3, k: 1e3, million: 1e6, millions: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, billions: 1e9, bn: 1e9, b: 1e9,
    trillion: 1e12, tn: 1e12,
  },
  // Units and currencies after a number, mapped to codes (currencies as ISO 4217).
  units: {
    '%': 'percent', '€': 'EUR', $: 'USD', '£': 'GBP', '¥': 'JPY', percent: 'percent', 'per cent': 'percent', pc: 'percent',
    'percentage points': 'pp', 'percentage point': 'pp', 'basis points': 'bp', 'basis point': 'bp', dollars: 'USD', dollar: 'USD', usd: 'USD', euros: 'EUR', euro: 'EUR',
    eur: 'EUR', pounds: 'GBP', pound: 'GBP', gbp: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', francs: 'CHF', chf: 'CHF',
    roubles: 'RUB', rubles: 'RUB', won: 'KRW', rupees: 'INR', km: 'km', kilometres: 'km', kilometers: 'km', kilometre: 'km',
    kilometer: 'km', miles: 'mi', mile: 'mi', metres: 'm', meters: 'm', tonnes: 't', tons: 't', tonne: 't', kg: 'kg', kilograms: 'kg',
    litres: 'l', liters: 'l', barrels: 'bbl', hectares: 'ha', acres: 'acre', megawatts: 'MW', gigawatts: 'GW', mw: 'MW', gw: 'GW',
    kwh: 'kWh', degrees: 'degree', mph: 'mph',
  },
  // Currency symbols and codes written before the number.
  currencyPrefixes: { $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', EUR: 'EUR', USD: 'USD', CHF: 'CHF', GBP: 'GBP' },
  // Words that turn a number into a range; the widths are documented in the quantity extractor.
  approximators: {
    about: 'around', around: 'around', approximately: 'around', roughly: 'around', some: 'around', 'an estimated': 'around',
    estimated: 'around', circa: 'around', nearly: 'almost', almost: 'almost', 'close to': 'almost', 'just under': 'justbelow',
    'slightly less than': 'justbelow', 'more than': 'above', over: 'above', 'upwards of': 'above', 'well over': 'above',
    'just over': 'justabove', 'slightly more than': 'justabove', 'a little over': 'justabove', 'at least': 'atleast', 'no fewer than': 'atleast',
    'up to': 'upto', 'as many as': 'upto', 'as much as': 'upto', 'at most': 'upto', 'no more than': 'upto', 'less than': 'below',
    'fewer than': 'below', under: 'below',
  },
  // Ranges: "10 to 15 percent", "between 10 and 15", "from 10 to 15".
  rangeConnectors: ['to'],
  rangeOpeners: { between: 'and', from: 'to' },
  // Words right before a number that make it a label, not an amount ("No. 5", "Article 3", "Flight 370").
  identifierCues: [
    'no', 'nos', 'number', 'article', 'section', 'sec', 'paragraph', 'page', 'p', 'pp', 'chapter', 'volume', 'vol', 'gate', 'platform',
    'line', 'room', 'flight', 'route', 'highway', 'interstate', 'level', 'category', 'class', 'version', 'season', 'episode', 'stage',
    'phase', 'round', 'ward', 'district', 'precinct', 'apartment', 'suite', 'item', 'rule', 'amendment', 'resolution', 'terminal',
    'game', 'lane', 'exit', 'pier', 'bay', 'grade', 'tier',
  ],
  // English adjectives are not inflected: the counted noun is found by the adjective-suffix rule instead.
  measureAdjectiveEndings: [],
  // Plural endings folded off the counted noun, first match wins ("companies" = "company", "workers" = "worker").
  measureFold: [['ies', 'y'], ['sses', 'ss'], ['ches', 'ch'], ['shes', 'sh'], ['xes', 'x'], ['s', '']],
  // Endings never folded ("business", "census", "crisis").
  measureFoldKeep: ['ss', 'us', 'is'],
  // Direction of the words around "<n> <unit>": -1/1 when counted from the report ("two days ago", "in three weeks");
  // 0 when counted from another event ("two years earlier", "after 28 years").
  relativeDirection: { ago: -1, in: 1, within: 1, earlier: 0, before: 0, prior: 0, later: 0, after: 0 },
  // Modifiers before a weekday or a calendar unit ("next week", "last Tuesday").
  relativeModifiers: { next: 1, coming: 1, last: -1, past: -1, previous: -1, this: 0 },
  // Fixed phrases naming a day relative to the report ("the day before").
  relativeDayPhrases: {
    'the day before': -1, 'the previous day': -1, 'the following day': 1, 'the next day': 1, 'the day after': 1, 'last night': -1,
    'this morning': 0, 'this afternoon': 0, 'this evening': 0, 'tonight': 0, 'yesterday morning': -1, 'yesterday afternoon': -1,
    'yesterday evening': -1, 'tomorrow morning': 1,
  },
  // Articles that count one in a duration ("a year ago").
  durationOnes: ['a', 'an', 'one'],
};
