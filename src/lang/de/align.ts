import type { AlignPack } from '../../align/pack.js';

/** Word lists for comparing German claims with claims in any language. Written for claimdiff; lower-case. */
export const align: AlignPack = {
  // Articles, pronouns, prepositions, conjunctions, auxiliaries, particles and frequent adverbs of German.
  functionWords: [
    'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'und', 'oder', 'aber', 'doch', 'sondern',
    'denn', 'dass', 'ob', 'wenn', 'als', 'wie', 'weil', 'da', 'damit', 'dabei', 'dafür', 'dazu', 'davon', 'darauf', 'darüber', 'daher',
    'ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'ihm', 'ihn', 'ihnen', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres', 'sein', 'seine', 'seinen',
    'seinem', 'seiner', 'seines', 'sich', 'uns', 'unser', 'unsere', 'man', 'mich', 'mir', 'dir', 'dich', 'euch', 'dies', 'diese', 'dieser',
    'dieses', 'diesem', 'diesen', 'jener', 'jene', 'welche', 'welcher', 'welches', 'was', 'wer', 'wo', 'wann', 'warum', 'wieso',
    'in', 'im', 'ins', 'an', 'am', 'ans', 'auf', 'aus', 'bei', 'beim', 'mit', 'nach', 'von', 'vom', 'vor', 'zu', 'zum', 'zur', 'für', 'über',
    'unter', 'um', 'durch', 'gegen', 'ohne', 'seit', 'bis', 'zwischen', 'hinter', 'neben', 'während', 'wegen', 'trotz', 'laut', 'gemäß',
    'ist', 'sind', 'war', 'waren', 'wird', 'werden', 'wurde', 'wurden', 'worden', 'sei', 'seien', 'wäre', 'wären', 'hat', 'haben', 'hatte',
    'hatten', 'habe', 'hätte', 'hätten', 'kann', 'können', 'konnte', 'konnten', 'muss', 'müssen', 'musste', 'soll', 'sollen', 'sollte',
    'sollten', 'will', 'wollen', 'wollte', 'darf', 'dürfen', 'mag', 'möchte', 'nicht', 'kein', 'keine', 'keinen', 'keiner', 'auch', 'noch',
    'schon', 'nur', 'sehr', 'so', 'mehr', 'viel', 'viele', 'vielen', 'alle', 'allen', 'aller', 'alles', 'jetzt', 'nun', 'dann', 'hier',
    'dort', 'immer', 'wieder', 'bereits', 'etwa', 'rund', 'ebenfalls', 'sowie', 'sowohl', 'weder', 'noch', 'ja', 'nein', 'zudem', 'jedoch',
    'allerdings', 'insgesamt', 'eher', 'mal', 'einmal', 'selbst', 'ganz', 'andere', 'anderen', 'anderer', 'weitere', 'weiteren',
  ],
  // Plural, case and verb endings of German nouns, adjectives and verbs.
  // Every German noun is capitalised.
  nounsCapitalized: true,
  suffixes: ['ungen', 'ung', 'ern', 'en', 'er', 'es', 'em', 'e', 'n', 's'],
  // Frequent news verbs and nouns; group i names the same concept as group i of every other pack.
  anchors: [
    ['unterzeichn*', 'unterschr*'], // sign
    ['vereinbar*', 'abkommen*', 'vertrag*', 'verträge*', 'einigung*', 'geeinigt'], // agree, agreement
    ['ankündig*', 'angekündigt', 'kündigte', 'verkünd*'], // announce
    ['getötet', 'tötet*', 'tote', 'toten', 'tot', 'starb*', 'gestorben', 'todesopfer*'], // kill, die
    ['verletz*'], // injure
    ['festgenommen', 'festnahm*', 'festnahme*', 'verhaft*'], // arrest
    ['gewählt', 'wahl', 'wahlen', 'wähler*', 'wählt*', 'abstimm*', 'stimmen'], // elect, vote
    ['gewann*', 'gewinnt', 'gewonnen', 'sieg*', 'besieg*'], // win, defeat
    ['verlor*', 'verliert', 'niederlage*'], // lose
    ['stieg*', 'steigt', 'steigen', 'gestiegen', 'erhöh*', 'anstieg*', 'zunahm*', 'zugenommen'], // rise, increase
    ['sank*', 'sinkt', 'gesunken', 'fiel*', 'gefallen', 'rückgang*', 'gesenkt', 'senkt*', 'kürz*', 'gekürzt', 'minder*', 'gemindert'], // fall, decrease, cut
    ['bezahl*', 'ausgeb*', 'ausgegeben', 'kosten', 'kostet*'], // pay, spend, cost
    ['investi*'], // invest
    ['regierung*', 'kabinett*'], // government
    ['präsident*'], // president
    ['kanzler*'], // chancellor
    ['minister*'], // minister
    ['polizei*', 'polizist*', 'beamte*'], // police
    ['gericht*', 'richter*', 'urteil*'], // court, judge, ruling
    ['unternehm*', 'konzern*', 'firma', 'firmen'], // company
    ['beschäftigt*', 'mitarbeit*', 'arbeitnehm*', 'angestellt*'], // employees
    ['arbeitsplätz*', 'arbeitsplatz*', 'stellen', 'jobs'], // jobs
    ['preis', 'preise', 'preisen', 'preises'], // price
    ['steuer*'], // tax
    ['zoll', 'zölle*', 'zolls'], // tariff
    ['handel*'], // trade
    ['export*', 'ausfuhr*'], // export
    ['import*', 'einfuhr*'], // import
    ['krieg*'], // war
    ['angriff*', 'anschlag*', 'angegriffen', 'griffen'], // attack
    ['soldat*', 'truppe*'], // troops
    ['treffen', 'trafen', 'traf', 'getroffen', 'gipfel*'], // meet, summit
    ['gespräch*', 'verhandl*'], // talks, negotiations
    ['gesetz*'], // law, bill
    ['verbot*', 'verbiet*'], // ban
    ['plan', 'pläne', 'plänen', 'plant', 'plante', 'planten', 'geplant'], // plan
    ['abgelehnt', 'ablehn*', 'lehnte', 'lehnt', 'zurückgewiesen', 'wies'], // reject
    ['forder*', 'gefordert'], // demand
    ['warn*', 'gewarnt'], // warn
    ['kritisi*', 'kritik*'], // criticize
    ['rücktritt*', 'zurückgetreten'], // resign
    ['schule', 'schulen', 'schüler*'], // school, pupils
    ['krankenhaus*', 'krankenhäuser*', 'klinik*'], // hospital
    ['menschen', 'personen', 'leute'], // people
    ['kinder', 'kindern', 'kind'], // children
    ['frauen', 'frau'], // women
    ['land', 'länder', 'ländern', 'staat', 'staaten'], // country, state
    ['stadt', 'städte', 'städten'], // city
    ['feuer*', 'brand', 'brände', 'bränden', 'waldbr*'], // fire
    ['hochwasser*', 'überschwemm*', 'flut*'], // flood
    ['erdbeben*'], // earthquake
    ['sturm*', 'stürme*', 'unwetter*'], // storm
    ['impf*'], // vaccine
    ['studie', 'studien'], // study
    ['bericht*'], // report
    ['umfrage*'], // survey, poll
    ['haushalt*', 'budget*'], // budget
    ['schulden*'], // debt
    ['defizit*', 'lücke', 'fehlbetrag*', 'finanzierungslücke*'], // deficit, gap
    ['zins', 'zinsen', 'leitzins*'], // interest rate
    ['inflation*', 'teuerung*'], // inflation
    ['arbeitslos*'], // unemployment
    ['wachstum*', 'wächst', 'wuchs'], // growth
    ['umsatz*', 'umsätze*', 'einnahm*'], // revenue
    ['aktie', 'aktien'], // shares
    ['eröffn*'], // open
    ['geschlossen', 'schließ*', 'sperr*', 'gesperrt'], // close
    ['gebaut', 'baut', 'bauen', 'baute', 'bauten'], // build
    ['entlass*', 'gekündigt'], // lay off
    ['streik*'], // strike (labour)
    ['protest*', 'demonstr*', 'kundgebung*'], // protest
    ['vorgeworfen', 'vorwurf*', 'vorwürfe*', 'beschuldig*'], // accuse
    ['ermittl*', 'ermittel*', 'untersuch*'], // investigate
    ['angeklagt', 'anklage*'], // charge, indict
    ['verurteil*'], // convict, sentence
    ['freigelassen', 'freilass*'], // release
    ['vermisst*'], // missing
    ['gerettet', 'rettung*', 'rettet*'], // rescue
    ['evakui*'], // evacuate
    ['flug', 'flüge', 'flughafen*'], // flight, airport
    ['erdöl*', 'öl', 'öls', 'ölpreis*'], // oil
    ['gas', 'erdgas*'], // gas
    ['energie*', 'strom'], // energy, electricity
    ['klima*'], // climate
    ['emission*', 'ausstoß*'], // emissions
    ['waffe', 'waffen'], // weapons
    ['waffenruhe*', 'waffenstillstand*'], // ceasefire
    ['grenze', 'grenzen'], // border
    ['flüchtling*', 'geflüchtet*', 'migrant*', 'asyl*'], // refugees, migrants
    ['hilfe', 'hilfen', 'hilfsgüter*'], // aid
    ['sanktion*'], // sanctions
    ['unterstütz*'], // support
    ['schaden', 'schäden', 'beschädig*'], // damage
    ['schiff*', 'frachter*', 'tanker*', 'reederei*'], // ship, shipping company
    ['auto', 'autos', 'fahrzeug*', 'pkw', 'lkw'], // car, vehicle
    ['brücke*'], // bridge
    ['straße*', 'autobahn*'], // road
    ['fluss', 'flüsse*', 'flusses'], // river
    ['anwohner*', 'einwohner*', 'bewohner*', 'mieter*'], // residents, tenants
    ['bürgermeister*'], // mayor
    ['sprecher*'], // spokesperson
    ['passagier*', 'fahrgäst*', 'fahrgast*'], // passengers
    ['besatzung*', 'crew'], // crew
    ['unfall*', 'unfälle*', 'unglück*', 'zusammenstoß*'], // accident, crash
    ['explosion*', 'explodiert*', 'verpuffung*'], // explosion
    ['gebäude*', 'haus', 'häuser*', 'wohnung*'], // building, home
    ['stunde', 'stunden'], // hour
    ['tag', 'tage', 'tagen', 'tages'], // day
    ['woche', 'wochen'], // week
    ['monat', 'monate', 'monaten', 'monats'], // month
    ['jahr', 'jahre', 'jahren', 'jahres'], // year
  ],
};
