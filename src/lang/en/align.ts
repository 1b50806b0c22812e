import type { AlignPack } from '../../align/pack.js';

/** Word lists for comparing English claims with claims in any language. Written for claimdiff; lower-case. */
export const align: AlignPack = {
  // Articles, pronouns, prepositions, conjunctions, auxiliaries and frequent adverbs of English.
  functionWords: [
    'the', 'a', 'an', 'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'then', 'than', 'that', 'this', 'these', 'those', 'there', 'here',
    'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'hers', 'it', 'its', 'they', 'them', 'their',
    'who', 'whom', 'whose', 'which', 'what', 'when', 'where', 'why', 'how', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with',
    'about', 'into', 'onto', 'over', 'under', 'after', 'before', 'since', 'until', 'during', 'between', 'against', 'through', 'without',
    'within', 'across', 'among', 'per', 'via', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had',
    'having', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', 'no', 'also',
    'just', 'only', 'very', 'more', 'most', 'much', 'many', 'some', 'any', 'all', 'each', 'every', 'other', 'others', 'another',
    'such', 'own', 'same', 'still', 'already', 'now', 'again', 'even', 'too', 'about', 'around', 'some', 'both', 'either', 'neither',
    'however', 'while', 'because', 'although', 'though', 'whether', 'up', 'down', 'out', 'off', 'further', 'according', 'itself',
  ],
  // Plural, tense and adverb endings of English words.
  // English capitalises names only.
  nounsCapitalized: false,
  suffixes: ['ing', 'ed', 'es', 's', 'ly'],
  // Frequent news verbs and nouns; group i names the same concept as group i of every other pack.
  anchors: [
    ['sign', 'signs', 'signed', 'signing'], // sign
    ['agree*', 'deal', 'deals', 'accord', 'accords', 'treaty', 'treaties', 'pact'], // agree, agreement
    ['announc*', 'unveil*'], // announce
    ['killed', 'kill', 'kills', 'killing', 'dead', 'died', 'death', 'deaths', 'fatalities'], // kill, die
    ['injur*', 'wounded', 'hurt'], // injure
    ['arrest*', 'detain*'], // arrest
    ['elected', 'election', 'elections', 'elect', 'voter*', 'vote', 'votes', 'voted', 'voting', 'ballot*'], // elect, vote
    ['won', 'win', 'wins', 'winning', 'victory', 'defeat*', 'beat', 'beats'], // win, defeat
    ['lost', 'lose', 'loses', 'losing', 'loss'], // lose
    ['rose', 'rise', 'rises', 'rising', 'risen', 'increas*', 'climb*', 'rais*'], // rise, increase
    ['fell', 'fallen', 'falling', 'drop*', 'decreas*', 'cut', 'cuts', 'lowered', 'reduc*'], // fall, decrease, cut
    ['pay', 'pays', 'paid', 'paying', 'spend*', 'spent', 'cost', 'costs'], // pay, spend, cost
    ['invest*'], // invest
    ['government*', 'administration', 'cabinet'], // government
    ['president*'], // president
    ['chancellor*'], // chancellor
    ['minister*'], // minister
    ['police*', 'officers'], // police
    ['court*', 'judge*', 'ruling*', 'verdict*'], // court, judge, ruling
    ['company', 'companies', 'firm', 'firms', 'corporation*'], // company
    ['employee*', 'worker*', 'staff'], // employees
    ['job', 'jobs'], // jobs
    ['price', 'prices', 'pricing'], // price
    ['tax', 'taxes', 'taxation'], // tax
    ['tariff*', 'duties', 'customs'], // tariff
    ['trade', 'trading', 'traded'], // trade
    ['export*'], // export
    ['import*'], // import
    ['war', 'wars', 'warfare'], // war
    ['attack*', 'assault*', 'airstrike*'], // attack
    ['soldier*', 'troop*'], // troops
    ['met', 'meet', 'meets', 'meeting*', 'summit*'], // meet, summit
    ['talks', 'negotiat*'], // talks, negotiations
    ['law', 'laws', 'legislation', 'bill'], // law, bill
    ['ban', 'bans', 'banned', 'banning', 'prohibit*'], // ban
    ['plan', 'plans', 'planned', 'planning'], // plan
    ['reject*', 'refus*', 'dismissed'], // reject
    ['demand*', 'urge', 'urged', 'urges'], // demand
    ['warn*'], // warn
    ['critici*', 'criticis*'], // criticize
    ['resign*', 'resignation*'], // resign
    ['school', 'schools', 'pupil*', 'student*'], // school, pupils
    ['hospital*', 'clinic*'], // hospital
    ['people', 'persons'], // people
    ['child', 'children', 'kids'], // children
    ['woman', 'women'], // women
    ['country', 'countries', 'nation', 'nations', 'state', 'states'], // country, state
    ['city', 'cities', 'town', 'towns'], // city
    ['fire', 'fires', 'blaze*', 'wildfire*'], // fire
    ['flood*'], // flood
    ['earthquake*', 'quake*'], // earthquake
    ['storm*'], // storm
    ['vaccin*'], // vaccine
    ['study', 'studies'], // study
    ['report', 'reports', 'reported'], // report
    ['survey*', 'poll', 'polls'], // survey, poll
    ['budget*'], // budget
    ['debt*'], // debt
    ['deficit*', 'shortfall*', 'gap'], // deficit, gap
    ['interest', 'rate', 'rates'], // interest rate
    ['inflation*'], // inflation
    ['unemploy*', 'jobless*'], // unemployment
    ['growth', 'grow', 'grows', 'grew', 'growing'], // growth
    ['revenue*', 'sales', 'turnover'], // revenue
    ['share', 'shares', 'stock', 'stocks'], // shares
    ['opened', 'opening', 'inaugurat*'], // open
    ['closed', 'close', 'closes', 'closing', 'closure*', 'shut*'], // close
    ['build', 'builds', 'built', 'building', 'construct*'], // build
    ['layoff*', 'laid', 'dismiss*', 'fired', 'sacked'], // lay off
    ['strike', 'strikes', 'walkout*'], // strike (labour)
    ['protest*', 'demonstr*', 'rally', 'rallies'], // protest
    ['accus*', 'alleg*'], // accuse
    ['investigat*', 'probe', 'probes', 'inquir*'], // investigate
    ['charged', 'indict*', 'prosecut*'], // charge, indict
    ['convict*', 'sentenced'], // convict, sentence
    ['releas*', 'freed'], // release
    ['missing'], // missing
    ['rescu*'], // rescue
    ['evacuat*'], // evacuate
    ['flight', 'flights', 'airport*'], // flight, airport
    ['oil'], // oil
    ['gas'], // gas
    ['energy', 'electricity', 'power'], // energy, electricity
    ['climat*'], // climate
    ['emission*'], // emissions
    ['weapon*', 'arms'], // weapons
    ['ceasefire*', 'truce*'], // ceasefire
    ['border*'], // border
    ['refugee*', 'migrant*', 'asylum'], // refugees, migrants
    ['aid', 'help', 'helped', 'assistance'], // aid
    ['sanction*'], // sanctions
    ['support*', 'backed'], // support
    ['damage', 'damaged', 'damages'], // damage
    ['ship', 'ships', 'vessel*', 'tanker*', 'freighter*', 'shipping'], // ship, shipping company
    ['car', 'cars', 'vehicle*', 'lorry', 'lorries', 'truck', 'trucks'], // car, vehicle
    ['bridge*'], // bridge
    ['road', 'roads', 'motorway*', 'highway*', 'street*'], // road
    ['river', 'rivers'], // river
    ['resident*', 'inhabitant*', 'tenant*'], // residents, tenants
    ['mayor*'], // mayor
    ['spokes*'], // spokesperson
    ['passenger*'], // passengers
    ['crew', 'crews'], // crew
    ['accident*', 'crash*', 'collision*', 'collided'], // accident, crash
    ['explosion*', 'explod*', 'blast'], // explosion
    ['buildings', 'house', 'houses', 'home', 'homes', 'apartment*'], // building, home
    ['hour', 'hours'], // hour
    ['day', 'days'], // day
    ['week', 'weeks'], // week
    ['month', 'months'], // month
    ['year', 'years'], // year
  ],
};
