import type { NumberPack } from '../../extract/pack.js';

/** Number, quantity and time-expression word lists of the German pack. Written for claimdiff; lower-case. */
export const numbers: NumberPack = {
  // Single counting words, also read by other extractors (a number word is never a name); "ein/eine" are left out because they are
  // articles far more often than numbers. Longer written-out numbers are composed from numberParts.
  numberWords: {
    zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, dreizehn: 13,
    vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20, dreißig: 30, vierzig: 40,
    fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90, hundert: 100, tausend: 1000, dutzend: 12, million: 1e6, milliarde: 1e9,
  },
  // Building blocks of written-out numbers, joined without spaces ("einundzwanzig", "dreihundertvierzig", "zweitausendfünf").
  numberParts: {
    ein: 1, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6,
    sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
    dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17,
    achtzehn: 18, neunzehn: 19, zwanzig: 20, dreißig: 30, dreissig: 30,
    vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
    hundert: 100, tausend: 1000, und: 0,
  },
  // Plural counting nouns without a number ("Dutzende Verletzte"): the least they mean (the most is just below the next power of ten).
  vagueCounts: {
    dutzende: 24, dutzenden: 24, hunderte: 200, hunderten: 200, tausende: 2000, tausenden: 2000,
    zehntausende: 20000, zehntausenden: 20000, hunderttausende: 200000, hunderttausenden: 200000,
  },
  // Fraction nouns and their denominators ("zwei Drittel").
  fractionNouns: {
    hälfte: 2, drittel: 3, dritteln: 3, viertel: 4, vierteln: 4, fünftel: 5, fünfteln: 5, sechstel: 6, achtel: 8, zehntel: 10,
  },
  // Articles that serve as the numerator one ("ein Drittel der Befragten").
  fractionOnes: ['ein', 'einem', 'eine'],
  // Fractions that stand with only an article ("die Hälfte der Stimmen").
  bareFractions: ['hälfte'],
  // Ordinals and position words before "Hälfte" that name a part, not a share ("die zweite Hälfte des Jahres").
  fractionBlockers: [
    'erste', 'ersten', 'zweite', 'zweiten', 'letzte', 'letzten', 'andere', 'anderen', 'obere', 'oberen', 'untere', 'unteren',
    'vordere', 'vorderen', 'hintere', 'hinteren', 'größere', 'größeren', 'kleinere', 'kleineren', 'bessere', 'besseren',
  ],
  // Scale words after a number; German "Billion" is 10^12.
  scaleWords: {
    tausend: 1e3, tsd: 1e3, million: 1e6, millionen: 1e6, mio: 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9, billion: 1e12,
    billionen: 1e12, bio: 1e12,
  },
  // Units and currencies after a number, mapped to codes (currencies as ISO 4217).
  units: {
    '%': 'percent', '€': 'EUR', $: 'USD', '£': 'GBP', '¥': 'JPY', prozent: 'percent', prozentpunkte: 'pp', prozentpunkt: 'pp',
    prozentpunkten: 'pp', basispunkte: 'bp', basispunkten: 'bp', euro: 'EUR', eur: 'EUR', cent: 'EUR-cent', dollar: 'USD', 'us-dollar': 'USD', usd: 'USD', pfund: 'GBP',
    gbp: 'GBP', yen: 'JPY', jpy: 'JPY', yuan: 'CNY', renminbi: 'CNY', franken: 'CHF', chf: 'CHF', rubel: 'RUB', won: 'KRW',
    rupien: 'INR', km: 'km', kilometer: 'km', kilometern: 'km', meter: 'm', metern: 'm', zentimeter: 'cm', tonnen: 't', tonne: 't',
    kilogramm: 'kg', kg: 'kg', gramm: 'g', liter: 'l', barrel: 'bbl', hektar: 'ha', quadratkilometer: 'km2', megawatt: 'MW',
    gigawatt: 'GW', mw: 'MW', gw: 'GW', kilowattstunden: 'kWh', kwh: 'kWh', grad: 'degree', 'grad celsius': '°C', stundenkilometer: 'km/h',
  },
  // Currency symbols and codes written before the number.
  currencyPrefixes: { $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', EUR: 'EUR', USD: 'USD', CHF: 'CHF', GBP: 'GBP' },
  // Words that turn a number into a range; the widths are documented in the quantity extractor.
  approximators: {
    etwa: 'around', rund: 'around', ca: 'around', circa: 'around', zirka: 'around', ungefähr: 'around', schätzungsweise: 'around',
    geschätzt: 'around', geschätzte: 'around', geschätzten: 'around', annähernd: 'almost', knapp: 'almost', fast: 'almost',
    nahezu: 'almost', beinahe: 'almost', 'mehr als': 'above', über: 'above', 'weit über': 'above', 'deutlich mehr als': 'above',
    gut: 'justabove', 'knapp über': 'justabove', 'etwas mehr als': 'justabove', mindestens: 'atleast', wenigstens: 'atleast',
    'bis zu': 'upto', höchstens: 'upto', maximal: 'upto', 'weniger als': 'below', unter: 'below', 'knapp unter': 'justbelow',
    'etwas weniger als': 'justbelow',
  },
  // Ranges: "10 bis 15 Prozent", "zwischen 10 und 15", "von 10 bis 15".
  rangeConnectors: ['bis'],
  rangeOpeners: { zwischen: 'und', von: 'bis' },
  // Words right before a number that make it a label, not an amount ("Nr. 5", "Artikel 3", "Platz 2").
  identifierCues: [
    'nr', 'nummer', 'artikel', 'art', 'paragraf', 'paragraph', 'absatz', 'abs', 'seite', 's', 'kapitel', 'band', 'gleis', 'linie',
    'zimmer', 'raum', 'platz', 'rang', 'folge', 'heft', 'ausgabe', 'version', 'stufe', 'kategorie', 'klasse', 'flug', 'runde',
    'spieltag', 'etappe', 'phase', 'tranche', 'ziffer', 'anlage', 'bundesstraße', 'autobahn', 'landstraße', 'buslinie', 'terminal',
  ],
  // Endings of inflected adjectives between a number and its noun ("500 neue Stellen", "drei weiteren Staaten").
  measureAdjectiveEndings: ['e', 'en', 'er', 'es', 'em'],
  // Case and number endings folded off the counted noun, first match wins, so "Beschäftigte"/"Beschäftigten" and "Kilometer"/"Kilometern" meet.
  measureFold: [
    ['innen', ''], ['ern', 'er'], ['eln', 'el'], ['en', ''], ['e', ''], ['s', ''],
  ],
  // Endings never folded ("Prozess", "Bus").
  measureFoldKeep: ['ss', 'us', 'is'],
  // Direction of the words around "<n> <unit>": -1/1 when counted from the report ("vor drei Tagen", "in zwei Wochen");
  // 0 when counted from another event ("zwei Jahre früher" als geplant, "nach 28 Jahren") or a length ("drei Tage lang").
  relativeDirection: {
    vor: -1, seit: -1, in: 1, binnen: 1, früher: 0, zuvor: 0, vorher: 0, später: 0, danach: 0, nach: 0, lang: 0,
  },
  // Modifiers before a weekday or a calendar unit ("nächste Woche", "vergangenen Freitag").
  relativeModifiers: {
    nächste: 1, nächsten: 1, nächster: 1, nächstes: 1, kommende: 1, kommenden: 1, kommender: 1, kommendes: 1, letzte: -1, letzten: -1,
    letzter: -1, letztes: -1, vergangene: -1, vergangenen: -1, vergangener: -1, vergangenes: -1, vorige: -1, vorigen: -1, voriges: -1,
    diese: 0, dieser: 0, dieses: 0, diesen: 0,
  },
  // Fixed phrases naming a day relative to the report ("am Vortag").
  relativeDayPhrases: {
    'am vortag': -1, 'am folgetag': 1, 'tags zuvor': -1, 'tags darauf': 1, 'am tag zuvor': -1, 'heute morgen': 0, 'heute früh': 0,
    'heute abend': 0, 'gestern abend': -1, 'gestern morgen': -1, 'gestern nachmittag': -1, 'morgen früh': 1,
  },
  // Articles that count one in a duration ("vor einem Jahr").
  durationOnes: ['ein', 'eine', 'einem', 'einer', 'einen'],
};
