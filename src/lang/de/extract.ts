import type { ExtractionPack } from '../../extract/pack.js';
import { INTERNATIONAL_GIVEN_NAMES } from '../shared/given-names.js';
import { KNOWN_ORGANIZATIONS } from '../shared/organizations.js';
import { NAME_PARTICLES } from '../shared/particles.js';
import { places, placeAcronyms } from './extract-places.js';
import { numbers } from './numbers.js';
import { attribution } from './attribution.js';

/** Word lists of the claim extractors for German news text. Written for claimdiff; lower-case unless noted. */
export const extract: ExtractionPack = {
  ...attribution,
  // Month names and their usual abbreviations (Austrian "Jänner" included).
  months: {
    januar: 1, jänner: 1, jan: 1, februar: 2, feb: 2, märz: 3, mär: 3, april: 4, apr: 4, mai: 5, juni: 6, jun: 6, juli: 7, jul: 7,
    august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11, dezember: 12, dez: 12,
  },
  // The seasons, with the older "Lenz" left out (it is a surname far more often).
  seasons: ['frühling', 'frühjahr', 'sommer', 'herbst', 'winter'],
  // Weekdays, Monday = 1.
  weekdays: { montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6, sonntag: 7 },
  // Days named relative to today.
  relativeDays: { vorgestern: -2, gestern: -1, heute: 0, morgen: 1, übermorgen: 2 },
  // Relative time expressions without a computable date.
  relativePhrases: [
    'nächste woche', 'nächsten woche', 'kommende woche', 'kommenden woche', 'letzte woche', 'letzten woche', 'vergangene woche',
    'vergangenen woche', 'diese woche', 'dieser woche', 'nächstes jahr', 'nächsten jahr', 'kommendes jahr', 'kommenden jahr',
    'letztes jahr', 'letzten jahr', 'vergangenes jahr', 'vergangenen jahr', 'dieses jahr', 'diesen jahres', 'nächsten monat',
    'kommenden monat', 'vergangenen monat', 'letzten monat', 'diesen monat', 'am wochenende', 'gestern abend', 'heute morgen',
    'heute abend', 'ende der woche', 'anfang des jahres', 'ende des jahres', 'jahresende', 'jahresbeginn', 'kürzlich', 'vor kurzem',
    'neulich', 'demnächst',
  ],
  // Duration nouns in "zwei Jahre früher", "vor drei Tagen".
  durationUnits: { jahr: 'Y', jahre: 'Y', jahren: 'Y', monat: 'M', monate: 'M', monaten: 'M', woche: 'W', wochen: 'W', tag: 'D', tage: 'D', tagen: 'D' },
  // Words after "<n> <unit>" and before it that make a relative date.
  relativeAfter: ['früher', 'später', 'zuvor', 'vorher', 'danach', 'lang'],
  relativeBefore: ['vor', 'nach', 'in', 'binnen', 'seit'],
  clockWords: ['uhr'],
  // Words before a bare year.
  yearCues: [
    'im', 'in', 'jahr', 'jahre', 'jahres', 'seit', 'bis', 'ab', 'von', 'vor', 'nach', 'anfang', 'ende', 'mitte', 'frühjahr', 'herbst',
    'sommer', 'winter', 'um', 'zwischen', 'und', 'oder', 'des', 'frühling', 'haushaltsjahr', 'geschäftsjahr', 'saison', 'wahljahr',
  ],
  ordinalPeriod: true,
  ordinalSuffixes: [],

  decimalSeparator: ',',
  // Number words, scales, units, currencies and approximators live in numbers.ts.
  ...numbers,
  // Articles and possessives between a number and its noun ("60 % der weltweiten Produktion").
  measureSkip: ['der', 'die', 'das', 'des', 'den', 'dem', 'von', 'aller', 'ihrer', 'seiner', 'ihres', 'seines', 'pro', 'je'],
  // Adjective endings: a capitalized adjective opening a title or phrase ("Seltene Erden") is not a given name.
  adjectiveSuffixes: [
    'ene', 'enen', 'ener', 'ische', 'ischen', 'ischer', 'isches', 'liche', 'lichen', 'licher', 'liches', 'ige', 'igen', 'iger', 'iges',
    'ale', 'alen', 'aler', 'ete', 'eten', 'ste', 'sten', 'ue', 'uen', 'uer', 'oße', 'oßen', 'eue', 'ive', 'iven',
  ],
  nounsCapitalized: true,

  // Roles and titles before a name; single words also match with the endings below and as the tail of a compound ("Regierungschefin").
  roles: [
    'mediziner', 'ärztin', 'arzt', 'chefarzt', 'chefärztin',
    'präsident', 'präsidenten', 'premierminister', 'premier', 'ministerpräsident', 'regierungschef', 'kanzler', 'bundeskanzler',
    'minister', 'staatssekretär', 'sprecher', 'vorsitzend', 'vorsitzender', 'chef', 'bürgermeister', 'oberbürgermeister', 'meister',
    'gouverneur', 'senator', 'abgeordnet', 'abgeordneter', 'botschafter', 'könig', 'königin', 'prinz', 'prinzessin', 'papst', 'kaiser',
    'richter', 'generalsekretär', 'direktor', 'geschäftsführer', 'vorstandschef', 'vorstand', 'gründer', 'trainer', 'kapitän', 'general',
    'kommissar', 'kommissionspräsident', 'landrat', 'parteichef', 'fraktionschef', 'außenminister', 'verteidigungsminister',
    'finanzminister', 'wirtschaftsminister', 'innenminister', 'staatschef', 'machthaber', 'diktator', 'anführer', 'führer', 'leiter',
    'professor', 'prof', 'autor', 'schriftsteller', 'sänger', 'schauspieler', 'spieler', 'star', 'ökonom', 'vizepräsident',
    'vizekanzler', 'oppositionsführer', 'regierungssprecher', 'pressesprecher', 'staatspräsident', 'amtskollege', 'kollege',
    'vorgänger', 'nachfolger', 'politiker', 'unternehmer', 'milliardär', 'investor', 'ex-präsident', 'ex-kanzler', 'ex-premier',
    // Film, stage and music roles.
    'regisseur', 'produzent', 'darsteller', 'hauptdarsteller', 'komponist', 'dirigent', 'intendant', 'kurator', 'jurypräsident',
    // Council and civil-service offices whose feminine form has an umlaut the role endings cannot make (Rat/Rätin).
    'baurat', 'baurätin', 'stadträtin', 'landrätin', 'gemeinderätin', 'ratsherr',
  ],
  // Gender, case and number endings a German role may carry.
  roleSuffixes: ['in', 'innen', 'en', 'n', 's', 'es', 'e', 'er', 'em'],
  // Forms of address written before a surname.
  honorifics: ['herr', 'herrn', 'frau', 'dr', 'dres'],
  // International given names plus German-speaking names not in the shared list.
  givenNames: [...INTERNATIONAL_GIVEN_NAMES, 'Anke', 'Bärbel', 'Detlef', 'Egon', 'Erich', 'Ernst', 'Fritz', 'Gisela', 'Hannelore', 'Heiko', 'Hermann', 'Ilse', 'Kai', 'Lothar', 'Norbert', 'Rolf', 'Rüdiger', 'Sigmar', 'Tino', 'Wilfried'],
  places,
  placeAcronyms,
  // Well-known organisations named by one word or a fixed phrase.
  organizations: KNOWN_ORGANIZATIONS,
  // Heads of organisation names, German and the English ones German texts keep ("US Geological Survey").
  orgKeywords: [
    'leitstelle', 'pharma', 'philharmonie', 'orchester', 'chor', 'ensemble', 'oper', 'theater',
    // Rescue services named after their town ("Bergrettung Kals", "Feuerwehr Pirna", "Wasserwacht Lindau").
    'feuerwehr', 'rettung', 'wacht', 'rettungsdienst',
    'vereinigung', 'genossenschaft', 'kasse', 'krankenkasse',
    'werk', 'hilfswerk', 'zentrale', 'verbraucherzentrale',
    // Courts' chambers and sports clubs: "Große Strafkammer", "FC Schalke", "TSV 1860".
    'kammer', 'strafkammer', 'zivilkammer', 'senat', 'fc', 'sv', 'tsv', 'vfb', 'vfl', 'borussia', 'eintracht', 'fortuna',
    'gruppe', 'konzern', 'bank', 'institut', 'ministerium', 'agentur', 'anstalt', 'behörde', 'partei', 'verband', 'gewerkschaft',
    'kommission', 'stiftung', 'universität', 'hochschule', 'gerichtshof', 'gericht', 'zentralbank', 'rat', 'bundesrat', 'bundestag',
    'parlament', 'ag', 'gmbh', 'se', 'kg', 'holding', 'werke', 'zeitung', 'verlag', 'rundfunk', 'sender', 'verein', 'liga', 'komitee',
    'forum', 'bündnis', 'organisation', 'nationen', 'union', 'polizei', 'armee', 'bundeswehr', 'fonds', 'börse', 'survey', 'agency',
    'institute', 'university', 'commission', 'group', 'bank', 'council', 'fund', 'association', 'foundation', 'inc', 'corp', 'ltd', 'llc',
    'plc', 'company', 'corporation', 'organization', 'office', 'bureau', 'service', 'authority',
  ],
  // Heads of place names ("Akasaka-Palast", "Roter Platz").
  placeKeywords: [
    'palast', 'platz', 'straße', 'flughafen', 'bahnhof', 'hafen', 'insel', 'inseln', 'see', 'meer', 'fluss', 'gebirge', 'tal', 'stadion',
    'tempel', 'kathedrale', 'dom', 'schloss', 'kloster', 'brücke', 'viertel', 'bezirk', 'provinz', 'kreis', 'halbinsel', 'palace',
    // Street names: "Hauptstraße", "Mühlenweg", "Lindenallee", "Am Ring".
    'allee', 'gasse', 'chaussee', 'promenade', 'ufer', 'damm',
  ],
  // Lower-case words allowed inside organisation names.
  nameConnectors: ['für', 'der', 'des', 'und', 'von', 'of', 'for', 'and', 'the', 'de'],
  // Capitalized at a sentence start but never a name: articles, pronouns, conjunctions, prepositions, adverbs.
  functionWords: [
    // Sentence adverbs that open a clause before a verb ("Später sprach …").
    // Focus particles that stand right before a name ("Selbst Müller räumte ein …").
    'selbst', 'sogar', 'allein', 'ausgerechnet',
    'später', 'zuvor', 'danach', 'dann', 'heute', 'gestern', 'morgen', 'zudem', 'außerdem', 'jedoch', 'damals', 'bisher', 'erneut',
    'zuletzt', 'zunächst', 'anschließend', 'inzwischen', 'mittlerweile', 'schließlich', 'dennoch', 'trotzdem', 'deshalb', 'daher',
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'er', 'sie', 'es', 'wir', 'ihr', 'ihnen',
    'ich', 'du', 'man', 'und', 'oder', 'aber', 'doch', 'denn', 'wenn', 'als', 'wie', 'was', 'wer', 'wo', 'warum', 'weshalb', 'dass',
    'ob', 'auch', 'noch', 'schon', 'nur', 'sehr', 'so', 'dann', 'da', 'hier', 'dort', 'nun', 'jetzt', 'daher', 'deshalb', 'deswegen',
    'zudem', 'außerdem', 'insgesamt', 'dennoch', 'jedoch', 'trotzdem', 'allerdings', 'damit', 'somit', 'also', 'mit', 'von', 'zu',
    'zum', 'zur', 'im', 'in', 'am', 'an', 'auf', 'aus', 'bei', 'nach', 'seit', 'vor', 'über', 'unter', 'für', 'gegen', 'ohne', 'um',
    'durch', 'zwischen', 'neben', 'während', 'wegen', 'laut', 'dieser', 'diese', 'dieses', 'diesem', 'diesen', 'dies', 'all', 'alle',
    'alles', 'viele', 'einige', 'manche', 'mehrere', 'beide', 'beiden', 'kein', 'keine', 'nicht', 'ja', 'nein', 'sein', 'seine', 'ihre',
    'unser', 'unsere', 'ihm', 'ihn', 'sich', 'welche', 'welcher', 'jeder', 'jede', 'jedes', 'bis', 'sowie', 'sondern', 'nachdem',
    'bevor', 'obwohl', 'weil', 'falls', 'zunächst', 'zuletzt', 'schließlich', 'bereits', 'erst', 'zugleich', 'ebenfalls', 'derzeit',
    'gleichzeitig', 'vom', 'beim', 'ins', 'hinter', 'trotz', 'statt', 'innerhalb', 'außerhalb', 'gemäß', 'zufolge', 'ende', 'anfang',
    'mitte', 'bislang', 'bisher', 'inzwischen', 'mittlerweile', 'gerade', 'vielmehr', 'immerhin', 'offenbar', 'demnach', 'dabei',
    'dafür', 'dagegen', 'darüber', 'darauf', 'davon', 'dazu', 'hierzu', 'stattdessen', 'ebenso', 'genau', 'gestern', 'heute',
  ],
  // Nouns inside names of events, laws and buildings; German noun endings catch most others.
  nonNames: [
    'konzert', 'sinfonie', 'symphonie', 'sonate', 'ouvertüre', 'cellokonzert', 'violinkonzert', 'klavierkonzert',
    'krieg', 'gipfel', 'abkommen', 'gesetz', 'preis', 'tag', 'woche', 'jahr', 'ära', 'zeitalter', 'spiele', 'meisterschaft', 'pokal',
    'turm', 'haus', 'museum', 'schule', 'krankenhaus', 'kirche', 'straße', 'weg', 'erden', 'welt', 'nord', 'süd', 'ost', 'west',
    'front', 'allianz', 'monopol', 'plan', 'pakt', 'vertrag', 'markt', 'index', 'dollar', 'euro', 'corona', 'brexit', 'internet',
    'ki', 'morgen', 'abend', 'nacht', 'tausende', 'hunderte', 'dutzende', 'weihnachten', 'ostern', 'ramadan', 'silvester', 'zusammenarbeit', 'partnerschaft',
    // Nouns of set phrases that stand without an article after a preposition ("Helfer vor Ort", "an Bord", "nach Hause",
    // "zu Fuß", "in Gewahrsam"), where they look like a bare surname before the verb.
    'ort', 'bord', 'hause', 'fuß', 'gewahrsam', 'anfrage', 'einsatz',
  ],
  // Articles, demonstratives and possessives: a capitalized word after them is a common noun.
  determiners: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'dieser', 'diese', 'dieses', 'diesem',
    'diesen', 'jener', 'jene', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'sein', 'seine', 'seinen', 'seinem', 'seiner', 'ihr', 'ihre',
    'ihren', 'ihrem', 'ihrer', 'unser', 'unsere', 'jeder', 'jede', 'jedes', 'jeden', 'jedem', 'alle', 'allen', 'beide', 'beiden',
    'mehrere', 'viele', 'vielen', 'einige', 'einigen', 'manche', 'welche', 'zum', 'zur', 'im', 'am', 'vom', 'beim', 'ins',
  ],
  // Endings of German common nouns (with plural forms); a word with one of them is not a name.
  nounSuffixes: [
    'ung', 'ungen', 'heit', 'heiten', 'keit', 'keiten', 'schaft', 'schaften', 'ion', 'ionen', 'ität', 'itäten', 'ismus', 'ismen', 'nis',
    'nisse', 'nissen', 'tum', 'tümer', 'ment', 'ments', 'enz', 'enzen', 'anz', 'anzen', 'tik', 'tiken', 'ublik', 'tur', 'turen', 'erei',
    'gie', 'gien', 'trie', 'ling', 'linge', 'chen', 'lein', 'ei', 'eien', 'schaftlich', 'nahme', 'frage', 'lage', 'arbeit', 'ende',
    'ssion', 'eur', 'eure', 'zeit', 'zeiten', 'stoff', 'stoffe', 'markt', 'vertrag', 'abkommen', 'kosten', 'mittel',
  ],
  // Genitive endings glued to names ("Trumps", "Trump's").
  genitiveSuffixes: ['s'],

  // Reporting and statement verbs, every person and tense; separable verbs by their finite head ("hob ... hervor").
  speechVerbs: [
    'verlangte', 'verlangt', 'verlangten', 'verteidigte', 'verteidigt', 'gab bekannt', 'gibt bekannt', 'bezweifeln', 'bezweifelt',
    'rät', 'riet', 'raten', 'rieten', 'begründete', 'begründet', 'begründeten', 'schließt aus', 'schloss aus', 'empfiehlt', 'empfahl',
    'glauben', 'glaubt', 'überzeugt',
    'sagt', 'sagte', 'sagten', 'sagen', 'gesagt', 'erklärt', 'erklärte', 'erklärten', 'erklären', 'betont', 'betonte', 'betonten',
    'betonen', 'berichtet', 'berichtete', 'berichteten', 'berichten', 'teilte', 'teilt', 'teilten',
    // Subordinate-clause forms of separable verbs ("wie die Polizei mitteilte").
    'mitteilte', 'mitteilten', 'mitteilt', 'mitgeteilt', 'meldete', 'meldeten', 'meldet', 'angab', 'bekanntgab', 'ankündigte',
    'hervorhob', 'hinwies', 'feststellte', 'festgestellt',
    // Verbs of fearing, reproaching and quantifying that carry a source's view ("Naturschützer befürchten", "bezifferte").
    'befürchten', 'befürchtet', 'befürchtete', 'befürchteten', 'fürchten', 'fürchtet', 'fürchtete', 'fürchteten', 'werfen vor',
    'wirft vor', 'warf vor', 'warfen vor', 'werfen', 'wirft', 'warf', 'warfen', 'bemängeln', 'bemängelt', 'bemängelte', 'bemängelten', 'beklagen', 'beklagt', 'beklagte',
    'bezifferte', 'beziffert', 'bezifferten', 'beziffern', 'drohte', 'droht', 'drohten', 'drohen', 'vermutete', 'vermuteten',
    'gehen aus', 'geht aus', 'halten für', 'hält für', 'äußerte', 'äußert', 'äußerten',
    'äußern', 'lobte', 'lobt', 'lobten', 'loben', 'kritisierte', 'kritisiert', 'kritisierten', 'kritisieren', 'warnt', 'warnte',
    'warnten', 'warnen', 'hob', 'hebt', 'hoben', 'heben', 'beschreibt', 'beschrieb', 'beschrieben', 'beschreiben', 'verweist',
    'verwies', 'verweisen', 'verwiesen', 'belegt', 'belegen', 'belegte', 'belegten', 'zeigt', 'zeigen', 'zeigte', 'zeigten', 'schätzt',
    'schätzen', 'schätzte', 'schätzten', 'meint', 'meinte', 'meinten', 'meinen', 'glaubt', 'glauben', 'glaubte', 'fordert', 'forderte',
    'forderten', 'fordern', 'kündigte', 'kündigt', 'kündigten', 'bestätigte', 'bestätigt', 'bestätigten', 'bestätigen', 'dementierte',
    'dementiert', 'versicherte', 'versichert', 'unterstrich', 'unterstreicht', 'unterstrichen', 'bekräftigte', 'bekräftigt',
    'erläuterte', 'erläutert', 'bezeichnete', 'bezeichnet', 'bezeichneten', 'schreibt', 'schrieb', 'schreiben', 'schrieben',
    'räumte', 'räumt', 'argumentiert', 'argumentierte', 'argumentieren', 'behauptet', 'behauptete', 'behaupten', 'prognostiziert',
    'prognostizierte', 'prognostizieren', 'sprach', 'spricht', 'sprachen', 'mahnte', 'mahnt', 'verkündete', 'verkündet', 'stellte fest',
    'stellt fest', 'gehen davon aus', 'geht davon aus', 'ging davon aus', 'gingen davon aus', 'weisen darauf hin', 'wies darauf hin',
    'weist darauf hin', 'sehen', 'sieht', 'nannte', 'nennt', 'bekannte', 'gab an', 'gaben an', 'gibt an', 'ergänzte', 'ergänzt',
    'fügte hinzu', 'fügt hinzu', 'erwartet', 'erwarten', 'rechnet', 'rechnen', 'vermutet', 'vermuten', 'begrüßte', 'begrüßt',
    'würdigte', 'würdigt', 'dankte', 'dankt', 'versprach', 'verspricht', 'zitiert', 'zitierte', 'twitterte', 'schrieb auf',
    // Verben des Urteilens, Empfindens und Fragens, mit denen eine Gruppe eine Sicht äußert ("Beobachter werten", "Anwohner fragen sich").
    'sprechen', 'werten', 'wertet', 'wertete', 'werteten', 'bewerten', 'bewertet', 'bewertete', 'bewerteten', 'empfinden',
    'empfindet', 'empfand', 'empfanden', 'fragen sich', 'fragt sich', 'fragte sich', 'fragten sich', 'bezweifelte', 'bezweifelten',
  ],
  // Prepositions that name a source after them.
  sourceBefore: [
    'nach überzeugung der', 'nach überzeugung des', 'nach überzeugung von', 'nach auffassung der', 'nach auffassung des',
    'nach darstellung der', 'nach darstellung des', 'nach darstellung von', 'nach ansicht der',
    'nach worten von', 'nach den worten von', 'nach informationen aus', 'nach auskunft der', 'nach auskunft des',
    'laut', 'nach angaben von', 'nach angaben des', 'nach angaben der', 'nach informationen von', 'nach informationen des',
    'nach informationen der', 'nach auskunft von', 'nach einschätzung von', 'nach einschätzung des', 'nach einschätzung der',
    'nach ansicht von', 'nach ansicht des', 'nach ansicht der', 'nach meinung von', 'gemäß', 'unter berufung auf', 'zitiert nach',
    'wie aus', 'nach darstellung von', 'nach darstellung des', 'nach darstellung der',
  ],
  // Postpositions after a source.
  sourceAfter: ['zufolge'],
  // Unnamed groups and bodies of evidence that stand in for a source (nominative and dative forms).
  vagueSources: [
    // Gerede als Subjekt ("Gerüchte besagen").
    'gerüchte', 'spekulationen',
    // Substantivierte Partizipien für Gruppen von Betroffenen ("Geschädigte werfen … vor").
    'geschädigte', 'angehörige', 'angehörigen', 'beteiligte', 'beteiligten', 'anwesende', 'anwesenden',
    'anwälte', 'geschäftsleute', 'parteifreunde', 'parteikollegen', 'hausärzte', 'hausärztinnen', 'ärztinnen', 'fachkreise', 'kollegen',
    'geschädigten', 'betroffene', 'betroffenen', 'einheimische', 'unternehmer', 'investoren', 'sportfans',
    'analysten', 'analystinnen', 'experten', 'expertinnen', 'fachleute', 'fachleuten', 'beobachter', 'beobachtern', 'beobachterinnen',
    'kritiker', 'kritikern', 'kritikerinnen', 'kommentatoren', 'umfragen', 'studien', 'untersuchungen', 'forscher', 'forschern',
    'forscherinnen', 'wissenschaftler', 'wissenschaftlern', 'wissenschaftlerinnen', 'ökonomen', 'ökonominnen', 'marktbeobachter',
    'branchenkenner', 'branchenexperten', 'stimmen', 'gegner', 'befürworter', 'medienberichte', 'medienberichten', 'berichte',
    'beobachtungen', 'schätzungen', 'prognosen', 'diplomaten', 'politiker', 'insider-kreise', 'fachkreise', 'fachkreisen', 'historiker',
    'ärzte', 'juristen', 'verbraucherschützer', 'umweltschützer', 'zahlen', 'erhebungen', 'anwohner', 'zeugen', 'augenzeugen',
    'ermittler', 'behörden', 'einwohner', 'bewohner', 'lehrer', 'eltern', 'mitarbeiter', 'beschäftigte', 'landwirte', 'wähler',
    'bürger', 'mitglieder', 'abgeordnete', 'demonstranten', 'helfer', 'retter', 'händler', 'anleger', 'banker', 'manager', 'fans',
    // Tails that close compounds the list does not spell out ("Naturschützer", "Finanzexperten", "Branchenbeobachter").
    'schützer', 'experten', 'beobachter', 'kenner', 'analysten', 'forscher', 'kritiker',
  ],
  // Quantifiers before a vague source, part of its cue.
  // Descriptions of companies, clubs and bodies that introduce their name.
  organizationDescriptors: ['hersteller', 'konzern', 'unternehmen', 'anbieter', 'firma', 'händler', 'versandhändler', 'discounter', 'zulieferer', 'betreiber', 'start-up', 'startup', 'verein', 'klub', 'club', 'zweitligist', 'erstligist', 'bundesligist', 'drittligist', 'autobauer', 'chipkonzern', 'mischkonzern', 'fluggesellschaft', 'airline', 'reederei', 'spedition', 'bank', 'versicherer', 'verlag', 'sender', 'partei', 'gewerkschaft', 'stiftung', 'agentur', 'marke', 'modelabel', 'label'],
  // Ships, boats, aircraft and trains whose proper name follows them ("die Fähre Nordlicht", "das Kreuzfahrtschiff Aida").
  vesselDescriptors: ['fähre', 'schiff', 'frachter', 'tanker', 'jacht', 'yacht', 'kutter', 'trawler', 'boot', 'segler', 'dampfer', 'fregatte', 'korvette', 'zerstörer', 'flugzeugträger', 'u-boot', 'containerschiff', 'kreuzfahrtschiff', 'schlepper', 'frachtschiff', 'rettungskreuzer'],
  // Hearsay modals: the source is an unnamed group only when one stands as their subject.
  reportativeVerbs: ['soll', 'sollen', 'sollte', 'sollten'],
  // Places: prepositions that introduce them and words that open their names.
  placePrepositions: ['in', 'im', 'nach', 'aus', 'bei', 'nahe', 'ab', 'bis', 'gen', 'richtung'],
  placePrefixes: [
    'corso', 'via', 'piazza', 'rue', 'calle','bad', 'sankt', 'st.', 'hohen'],
  // Speakers for a body: named enough even when indefinite.
  spokespersonRoles: ['sprecher', 'sprecherin', 'pressesprecher', 'pressesprecherin'],
  // "nach Chens Worten", "by Chen's account".
  possessiveSourceNouns: ['worten', 'angaben', 'darstellung', 'einschätzung', 'ansicht', 'auffassung', 'meinung', 'schätzung', 'aussage'],
  // Particles inside personal names, shared by every language.
  nameParticles: NAME_PARTICLES,
  // A view placed among an unnamed group ("unter Anwohnern gilt …").
  groupPrepositions: ['unter', 'bei'],
  // The subject is its own source ("Die Staatsanwaltschaft will nach eigenen Angaben prüfen").
  selfReferenceCues: ['nach eigenen angaben', 'eigenen angaben zufolge', 'nach eigener darstellung', 'nach eigener aussage', 'nach eigenen worten', 'eigenen worten zufolge'],
  vagueQuantifiers: ['viele', 'einige', 'manche', 'zahlreiche', 'mehrere', 'meisten', 'etliche', 'namhafte', 'führende', 'renommierte'],
  // Specific public bodies, companies' organs and organisers, usually named by a definite description
  // ("die Feuerwehr", "das Umweltamt der Stadt", "die Veranstalter"); also the tail of compounds ("Landespolizei").
  institutions: [
    'klinik', 'vorstand',
    'kammer', 'landgericht', 'amtsgericht', 'verein', 'klub', 'club', 'mannschaft', 'charité', 'klinikum',
    'feuerwehr', 'polizei', 'amt', 'ministerium', 'behörde', 'regierung', 'verwaltung', 'staatsanwaltschaft', 'gericht',
    'bundesregierung', 'landesregierung', 'stadtverwaltung', 'veranstalter', 'kommission', 'agentur', 'bundesbank', 'zentralbank',
    'unternehmen', 'konzern', 'klinik', 'krankenhaus', 'universität', 'hochschule', 'institut', 'verband',
    'gewerkschaft', 'partei', 'fraktion', 'senat', 'stadtrat', 'gemeinderat', 'landkreis', 'bezirk', 'rathaus',
    'wetterdienst', 'rettungsdienst', 'bundeswehr', 'armee', 'militär', 'botschaft', 'konsulat',
    'pressestelle', 'sprecherin', 'sprecher', 'vorstand', 'aufsichtsrat', 'geschäftsführung', 'direktion', 'präsidium',
  ],
  // "wie die Stadt mitteilte" — but "in der Innenstadt" is a place, so these match whole words only.
  exactInstitutions: ['stadt', 'gemeinde', 'land', 'bund', 'kreis', 'rat'],
  definiteDeterminers: ['der', 'die', 'das', 'den', 'dem', 'des'],
  // Case and number endings of nouns.
  nounInflections: ['s', 'es', 'n', 'en', 'e'],
  institutionCompounds: true,
  // Singular nouns of documents and data sets; named by a following name, a hyphen prefix or a date.
  documentNouns: [
    'urteil', 'beschluss', 'verordnung', 'erlass', 'schreiben',
    'studie', 'umfrage', 'daten', 'bericht', 'berichts', 'berichtes', 'analyse', 'statistik', 'erhebung', 'gutachten', 'report',
    'prognose', 'schätzung', 'dokument', 'papier', 'untersuchung', 'auswertung', 'angaben', 'zahlen', 'mitteilung', 'pressemitteilung',
    'jahresbericht', 'befragung', 'zensus', 'bilanz', 'survey', 'study', 'poll', 'data',
  ],
  // Impersonal reporting: the claim is passed on without anyone vouching for it.
  agentlessPhrases: [
    'geht die angst um', 'geht die sorge um', 'die stimmung ist', 'wird darüber geklagt', 'wird geklagt',
    'wird gemunkelt', 'gemunkelt', 'gilt es als', 'gilt es als ausgemacht', 'ist die rede', 'die rede ist', 'ist zu vernehmen',
    // Impersonal "man": nobody in particular says so.
    'man hört', 'hört man', 'ist zu hören', 'ist man sich einig', 'man ist sich einig', 'glaubt man', 'man glaubt', 'fürchtet man',
    'man fürchtet', 'vermutet man', 'man vermutet', 'erzählt man sich', 'man erzählt sich',
    // Hearsay without a speaker: "kursiert angeblich", "gilt als", "man munkelt".
    'angeblich', 'kursiert', 'kursieren', 'kursierte', 'kursierten', 'gilt als', 'gelten als', 'galt als', 'man munkelt', 'munkelt man',
    'es gilt als', 'es gilt als wahrscheinlich', 'es gilt als sicher',
    // "Wie im Rathaus zu hören ist": hearsay with a place but no speaker.
    'zu hören ist', 'zu hören war', 'wie verlautete', 'verlautete', 'wie es aus', 'gerüchten zufolge',
    'wie berichtet wird', 'wie es heißt', 'es heißt', 'heißt es', 'wie es hieß', 'es hieß', 'hieß es', 'es wird vermutet',
    'wird vermutet', 'es wird berichtet', 'wird berichtet', 'wurde berichtet', 'wie verlautet',
    'wie zu hören ist', 'wie zu hören war', 'es wird erwartet', 'man geht davon aus', 'man sagt', 'berichten zufolge',
    'medienberichten zufolge', 'es wird angenommen', 'wird angenommen', 'es gilt als', 'gilt als', 'es wird spekuliert',
    'wird spekuliert', 'wie gemeldet wurde', 'wie bekannt wurde', 'es wurde bekannt',
  ],
  // Unnamed insiders.
  // Agentless frames with words between their parts.
  agentlessFrames: [
    ['galt', 'als'], ['waren sich', 'einig'], ['sind sich', 'einig'], ['ist sich', 'einig'],
    ['wird', 'geklagt'], ['wird', 'befürchtet'], ['gilt', 'als'], ['geht', 'die angst um'],['ist', 'die rede'], ['war', 'die rede'], ['gilt', 'als ausgemacht'], ['gilt', 'als sicher'], ['gilt', 'als offenes geheimnis'], ['wird', 'gemunkelt'], ['macht', 'die runde']],
  anonymousPhrases: [
    'seinen namen nicht', 'ihren namen nicht', 'namentlich nicht genannt', 'nicht namentlich genannt', 'will anonym bleiben',
    'aus regierungskreisen', 'in regierungskreisen', 'regierungskreisen', 'aus diplomatenkreisen', 'diplomatenkreisen',
    'aus sicherheitskreisen', 'sicherheitskreisen', 'aus informierten kreisen', 'aus gut informierten kreisen', 'informierte kreise',
    // "kreisen"/"kreise" also close compounds the list does not name ("aus Klinikkreisen").
    'kreisen', 'kreise', 'aus kreisen', 'aus parteikreisen', 'aus koalitionskreisen', 'aus unternehmenskreisen', 'aus verhandlungskreisen',
    'aus dem umfeld', 'insider', 'insidern', 'ein insider', 'eingeweihte', 'eingeweihten', 'mit der sache vertraute',
    'mit den gesprächen vertraute', 'mit der angelegenheit vertraute', 'mit den verhandlungen vertraute', 'nicht genannt werden wollte',
    'nicht genannt werden wollten', 'anonym bleiben wollte', 'anonym bleiben wollten', 'unter der bedingung der anonymität',
    'ein regierungsvertreter', 'ein ranghoher beamter', 'eine quelle', 'quellen', 'informanten',
  ],
  // Konjunktiv I (and common Konjunktiv II substitutes) of reported speech.
  reportedSpeechVerbs: [
    'sei', 'seien', 'habe', 'werde', 'könne', 'müsse', 'solle', 'wolle', 'dürfe', 'gebe', 'liege', 'stehe', 'bleibe', 'komme', 'gehe',
    'wisse', 'brauche', 'plane', 'arbeite', 'hätten', 'wären', 'würden',
  ],
  // Pronouns that point back to the previous speaker.
  speakerPronouns: ['er', 'sie', 'seine', 'seinen', 'seiner', 'ihre', 'ihren', 'ihrer', 'ihm'],

  // Modal and epistemic hedges, and reported "soll/sollen".
  hedges: [
    'könnte', 'könnten', 'dürfte', 'dürften', 'soll', 'sollen', 'sollte angeblich', 'angeblich', 'vermutlich', 'möglicherweise',
    'wahrscheinlich', 'womöglich', 'eventuell', 'offenbar', 'anscheinend', 'mutmaßlich', 'scheint', 'scheinen', 'dem anschein nach',
    'kann man sich vorstellen', 'es ist denkbar', 'denkbar', 'unter umständen', 'vielleicht', 'voraussichtlich', 'schätzungsweise',
    'nicht ausgeschlossen', 'es ist möglich', 'wohl', 'unbestätigt', 'unbestätigten', 'mag', 'mögen', 'gegebenenfalls', 'unter vorbehalt',
  ],
  // Forecast phrases.
  predictionCues: [
    'könnte', 'könnten', 'dürfte', 'dürften', 'voraussichtlich', 'wird erwartet', 'prognostiziert', 'in zukunft', 'künftig', 'demnächst',
    'bald', 'kann man sich vorstellen', 'soll künftig', 'in den kommenden', 'im kommenden jahr', 'bis ende',
  ],
  // Future auxiliaries.
  futureAuxiliaries: ['wird', 'werden', 'werde', 'wirst'],
  // Evaluative words and phrases of commentary.
  opinionCues: [
    'es ist nicht verwunderlich', 'nicht verwunderlich', 'verwunderlich', 'bemerkenswert', 'erstaunlich', 'überraschend', 'beeindruckend',
    'leider', 'zum glück', 'glücklicherweise', 'bedauerlich', 'bedauerlicherweise', 'skandalös', 'sollte', 'sollten', 'müsste', 'müssten',
    'offensichtlich', 'zweifellos', 'eindeutig', 'es bleibt spannend', 'spannend', 'es ist wichtig', 'wie wichtig', 'besorgniserregend',
    'enttäuschend', 'hervorragend', 'fatal', 'vernünftig', 'absurd', 'unverständlich', 'meiner meinung nach', 'aus unserer sicht',
    'es ist an der zeit', 'essenziell', 'essentiell', 'unverzichtbar', 'entscheidend', 'bedeutsam', 'beunruhigend', 'erfreulich',
    'klare zeichen', 'zu recht', 'zu unrecht', 'natürlich',
  ],
  // Quote marks as [open, close], every style the language's press uses.
  quotePairs: [['„', '“'], ['„', '”'], ['„', '"'], ['»', '«'], ['«', '»'], ['‚', '‘'], ['“', '”'], ['"', '"'], ['‘', '’'], ["'", "'"], ['‹', '›']],
};
