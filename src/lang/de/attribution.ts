import type { AttributionPack } from '../../extract/pack.js';

/** Deutsche Wortlisten für Wieselformulierungen: vage Mengen, Superlativ-Rahmen, Passiv ohne Urheber. Für claimdiff geschrieben. */
export const attribution: AttributionPack = {
  // Quantoren für eine ungezählte, ungenannte Menge ("viele Experten", "manche glauben", "einige Beobachter"), alle Kasusformen.
  vagueQuantityWords: [
    'viele', 'vielen', 'vieler', 'einige', 'einigen', 'einiger', 'manche', 'manchen', 'mancher', 'mehrere', 'mehreren', 'zahlreiche',
    'zahlreichen', 'etliche', 'etlichen', 'diverse', 'diversen', 'verschiedene', 'verschiedenen', 'meisten', 'wenige', 'wenigen',
    'unzählige', 'unzähligen', 'tausende', 'tausenden', 'hunderte', 'hunderten', 'dutzende', 'dutzenden',
  ],
  // Wendungen für eine ungezählte Menge ("eine Reihe von", "eine Vielzahl von").
  vagueQuantityPhrases: ['eine reihe von', 'eine vielzahl von', 'eine menge', 'eine ganze reihe', 'eine handvoll', 'die mehrheit der', 'ein großteil der'],
  // Wörter direkt davor, die aus dem Quantor eine Frage oder einen Vergleich machen ("wie viele", "so viele wie").
  vagueQuantityBlockers: ['wie', 'so', 'zu'],
  // Zeitwörter nach dem Quantor: "einige Jahre" datiert etwas, es nennt keine ungenannte Quelle.
  vagueQuantityExceptions: ['jahre', 'jahren', 'monate', 'monaten', 'wochen', 'tage', 'tagen', 'stunden', 'minuten', 'jahrzehnte', 'jahrzehnten', 'jahrhunderte', 'male', 'mal'],
  // Feste Wendungen, die sich auf Ruhm, Konsens oder ein Etikett ohne Urheber stützen ("sogenannte", "bekannt für").
  weaselPhrases: [
    'sogenannte', 'sogenannten', 'sogenannter', 'so genannte', 'so genannten', 'bekannt als', 'bekannt für', 'weltberühmt',
    'weltberühmte', 'weltberühmten', 'allgemein anerkannt', 'allgemein bekannt', 'gemeinhin als', 'landläufig', 'nach allgemeiner auffassung',
    'es ist allgemein bekannt', 'bekanntlich',
  ],
  superlativeGap: 3,
  // Rahmen, die etwas in eine ungenannte Spitzengruppe einordnen ("einer der größten", "gehört zu den besten").
  superlativeFrames: [
    'einer der', 'eine der', 'eines der', 'einem der', 'einen der', 'gehört zu den', 'gehören zu den', 'zählt zu den', 'zählen zu den',
  ],
  // Wörter nach dem Rahmen, die ohne Superlativendung eine Rangfolge sind ("einer der ersten", "einer der wenigen").
  superlativeWords: ['ersten', 'wenigen', 'führenden', 'meisten'],
  // Endungen von Superlativen nach dem Rahmen ("bekanntesten", "größten").
  superlativeSuffixes: ['sten', 'ßten'],
  // Adverbien der Häufigkeit und Allgemeinheit, die eine Aussage zur Tendenz ohne Gewährsmann machen ("oft", "weitgehend").
  hedgeAdverbs: [
    'oft', 'häufig', 'manchmal', 'gelegentlich', 'meist', 'meistens', 'überwiegend', 'weitgehend', 'größtenteils', 'gemeinhin',
    'allgemein', 'vermeintlich', 'scheinbar', 'gewissermaßen', 'tendenziell', 'mitunter', 'vielfach', 'angeblichen',
  ],
  // Hilfsverben des Vorgangspassivs ("wird vermutet", "wurde behauptet", "ist … worden").
  passiveAuxiliaries: ['wird', 'werden', 'wurde', 'wurden', 'worden'],
  // Partizipien von Verben des Sagens und Meinens: im Passiv ohne Urheber steht niemand für die Aussage ein.
  // "angenommen" fehlt: "Der Antrag wurde angenommen" berichtet einen Beschluss, keine Vermutung.
  passiveReportVerbs: [
    'vermutet', 'behauptet', 'befürchtet', 'gemunkelt', 'spekuliert', 'berichtet', 'gesagt', 'erzählt', 'angesehen',
    'eingeschätzt', 'bezeichnet', 'gelobt', 'kritisiert', 'gefeiert', 'gehandelt', 'bezweifelt', 'vermutet', 'unterstellt',
    'nachgesagt', 'gemeldet', 'verbreitet', 'geraunt', 'betrachtet', 'empfunden', 'gewertet',
  ],
  // Wörter zwischen Hilfsverb und Partizip (deutsche Satzklammer: "wird in Berlin seit Wochen vermutet").
  passiveGap: 8,
  // Präpositionen, die den Urheber des Passivs einleiten ("von", "vom", "durch").
  agentPrepositions: ['von', 'vom', 'durch'],
  // Pluralendungen für Personen ("Aktivisten", "Virologen", "Demonstranten", "Expertinnen"): ohne Artikel direkt vor einem
  // Verb des Sagens eine ungenannte Gruppe.
  groupNounEndings: ['isten', 'ologen', 'anten', 'innen', 'eure', 'ianer'],
  // Wertende Wörter des Kommentars, die die gemeinsamen Meinungsmarker nicht abdecken: Urteile und verstärkte Bewertungen (Stämme).
  // Reine Verstärker ("völlig", "absolut") fehlen: "brennt völlig aus" beschreibt, es bewertet nicht.
  evaluativeWords: [
    'unding', 'wahnsinn', 'irrsinn', 'ärgernis', 'skandal', 'propaganda', 'dramatisch', 'alarmierend', 'erschreckend', 'katastrophal',
    'verheerend', 'desaströs', 'unerträglich', 'unfassbar', 'unglaublich', 'ungeheuerlich', 'fragwürdig', 'zweifelhaft', 'dubios',
    'peinlich', 'lächerlich', 'grotesk', 'abstrus', 'absurd', 'unsäglich', 'schamlos', 'dreist', 'perfide', 'hervorragend', 'großartig',
    'wunderbar', 'vorbildlich', 'lobenswert', 'ausgerechnet', 'endlich', 'schlicht', 'überdeutlich',
    'unweigerlich', 'zweifelsohne', 'selbstverständlich', 'erfreulicherweise', 'hoffentlich', 'unstrittig', 'kaum vorstellbar',
  ],
  // Adjektivendungen, die ein wertender Stamm tragen darf ("alarmierende", "dramatischen").
  evaluativeEndings: ['e', 'en', 'er', 'es', 'em'],
  // Spekulation: der Autor vermutet, statt zu berichten.
  speculationWords: [
    'vermutlich', 'wahrscheinlich', 'vielleicht', 'offenbar', 'anscheinend', 'scheint', 'scheinen', 'womöglich', 'möglicherweise',
    'mutmaßlich', 'wohl',
  ],
  // Abtönungspartikeln, die eine Aussage mit der Haltung des Autors färben ("soll ja", "ist halt so").
  modalParticles: ['ja', 'halt'],
  // Urteile in der ersten Person: der Autor gibt seine eigene Sicht, auch was "wir" tun müssen.
  firstPersonJudgements: [
    'wir müssen', 'wir brauchen', 'wir sollten', 'wir dürfen nicht',
    // Unpersönliche Normen ("muss man", "man sollte"); "kann man" bleibt außen vor, es informiert oft nur ("Tickets kann man …").
    'muss man', 'sollte man', 'müsste man', 'darf man', 'man muss', 'man sollte', 'man müsste', 'man darf',
    'ich finde', 'ich glaube', 'ich denke', 'ich meine', 'ich halte', 'wir finden', 'wir glauben', 'wir meinen', 'meines erachtens',
    'ich bin überzeugt', 'wir sind überzeugt', 'ich gehe davon aus', 'wir gehen davon aus', 'ich persönlich', 'ganz persönlich',
    'aus meiner sicht', 'finde ich', 'glaube ich', 'meine ich',
  ],
  // "wird … stattfinden", "werden … sein": ein Infinitiv am Satzende macht das Futur; "werden … berechnet" ist Passiv.
  futureInfinitiveEndings: ['en', 'rn', 'ln', 'sein', 'tun'],
  // Pronomen mit Genus und die Anreden und Rollen, die zeigen, worauf sie zurückweisen ("sagte sie" nach "Ministerin Paus").
  femalePronouns: ['sie', 'ihr', 'ihre', 'ihren', 'ihrer', 'ihrem'],
  malePronouns: ['er', 'sein', 'seine', 'seinen', 'seiner', 'seinem', 'ihm', 'ihn'],
  femaleMarkers: ['frau', 'fr', 'schwester', 'mutter', 'tochter', 'königin', 'prinzessin', 'kaiserin', 'herzogin', 'gräfin'],
  maleMarkers: ['herr', 'herrn', 'hr', 'bruder', 'vater', 'sohn', 'könig', 'prinz', 'kaiser', 'herzog', 'graf'],
  // "Ministerin", "Sprecherinnen": die Endung macht die Rolle weiblich; jede andere Rolle ("Minister") nennt einen Mann.
  femaleRoleEndings: ['in', 'innen'],
  rolesMasculineByDefault: true,
  // Konjunktionen, Fragewörter und Relativpronomen, die einen Nebensatz öffnen oder auf Genanntes zurückweisen:
  // eine Gruppe danach ist dessen Subjekt, ein Bericht danach ("nach deren Angaben") gehört einer schon genannten Quelle.
  clauseOpeners: ['dass', 'daß', 'ob', 'weil', 'wenn', 'obwohl', 'während', 'nachdem', 'damit', 'warum', 'wie', 'wo', 'deren', 'dessen'],
  // "nach unbestätigten Berichten", "nach ersten Schätzungen": "nach" nennt nur mit einem Bericht danach eine Quelle.
  reportPrepositions: ['nach'],
  // Zählwörter, gefaltet wie measureFold ("Wochen" -> "woch"), und ihr sprachneutraler Begriff: Synonyme und Übersetzungen zählen dasselbe.
  measureConcepts: {
    // Menschen als Betroffene einer Lage.
    mensch: 'people', person: 'people', bewohner: 'people', einwohner: 'people', anwohner: 'people', leut: 'people',
    // Arbeitsplätze.
    stell: 'jobs', arbeitsplatz: 'jobs', arbeitsplätz: 'jobs', job: 'jobs',
    // Zählbare Dinge, die gestohlen, gefunden oder gezeigt werden.
    stück: 'items', objekt: 'items', gegenständ: 'items', gegenstand: 'items',
    // Zeiteinheiten.
    sekund: 'second', minut: 'minute', stund: 'hour', tag: 'day', woch: 'week', monat: 'month', jahr: 'year',
  },
};
