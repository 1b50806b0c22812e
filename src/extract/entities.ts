import type { EntityKind } from '../model/schema.js';
import type { ExtractionPack } from './pack.js';
import type { Lexicon } from './lexicon.js';
import type { PhraseMatcher, Token } from './tokens.js';
import { hasNounTail } from './compounds.js';
import { countBefore, memo, remember, tokenEndingAt, wordCache } from './tokens.js';
import { lexicon } from './lexicon.js';
import { dateClasses, keepDateScreen } from './dates.js';

const MAX_NAME_TOKENS = 8;

/** An entity mention with offsets local to its sentence. */
export interface LocalEntity {
  text: string;
  start: number;
  end: number;
  kind: EntityKind;
  given?: string;
  surname?: string;
  role?: string;
}

/**
 * Every mention made here has all seven fields, in this order, with undefined where one does not apply: one object
 * shape for all of them keeps the loops that read mentions (here, in attribution, quotes and the claim builder)
 * monomorphic; with optional fields added later each combination is a shape of its own and those reads go megamorphic.
 * Undefined fields are what a missing one reads as, and JSON leaves them out.
 */
function entity(text: string, start: number, end: number, kind: EntityKind, surname: string | undefined, given: string | undefined, role: string | undefined): LocalEntity {
  return { text, start, end, kind, surname, given, role };
}

/** What a later bare surname inherits from the full mention. */
export interface KnownPerson {
  given?: string;
}

function lastPart(t: Token): string {
  // Most words have no hyphen: no split, no array.
  if (t.lower.indexOf('-') < 0 && t.lower.indexOf('‐') < 0) return t.lower;
  const parts = t.lower.split(/[-‐]/);
  return parts[parts.length - 1] ?? t.lower;
}

function hasNounSuffix(word: string, pack: ExtractionPack): boolean {
  for (const s of pack.nounSuffixes) if (word.length > s.length + 2 && word.endsWith(s)) return true;
  return false;
}

function stripGenitive(word: string, pack: ExtractionPack): string | undefined {
  for (const g of pack.genitiveSuffixes) if (word.length > g.length + 2 && word.endsWith(g)) return word.slice(0, -g.length);
  return undefined;
}

/** The pack's genitive endings, each with whether it holds more than letters (an apostrophe: "'s", "’s"). */
interface Genitive {
  ending: string;
  marked: boolean;
}
const genitiveCache = new WeakMap<ExtractionPack, Genitive[]>();

/** The pack's genitive endings, tested for a non-letter once per pack rather than by a regex at every mention. */
function genitives(pack: ExtractionPack): Genitive[] {
  let list = genitiveCache.get(pack);
  if (!list) {
    list = pack.genitiveSuffixes.map((ending) => ({ ending, marked: /[^\p{L}]/u.test(ending) }));
    genitiveCache.set(pack, list);
  }
  return list;
}

/**
 * A possessive written with an apostrophe ("Rotich's", "Kerry’s"): it names the owner of what follows, so it ends a
 * name and never joins the next one ("Kerry’s Pádraig Ó Sé"). Only the pack's genitive endings that are not plain
 * letters count; a German "Müllers" may as well be a surname.
 */
function possessive(t: Token | undefined, pack: ExtractionPack): boolean {
  if (!t) return false;
  for (const g of genitives(pack)) if (t.text.length > g.ending.length + 1 && t.text.endsWith(g.ending) && g.marked) return true;
  return false;
}

/**
 * Whether a person mention is in the genitive: possessive with an apostrophe ("Rotich's"), or the known surname with a
 * genitive ending ("Müllers" for Müller). Such a mention names whose coach or spokesperson speaks, not the speaker.
 */
export function genitiveMention(e: LocalEntity, pack: ExtractionPack): boolean {
  if (e.kind !== 'person') return false;
  // Asked for every person of every sentence by quotes and attribution, and most end in no genitive: the last word
  // and the surname are cut out only once an ending matches (the last word ends where the text does).
  const text = e.text;
  const space = text.lastIndexOf(' ');
  const lastLength = text.length - space - 1;
  for (const g of genitives(pack)) {
    if (lastLength <= g.ending.length + 1 || !text.endsWith(g.ending)) continue;
    if (g.marked) return true;
    const last = text.slice(space + 1);
    if (last.slice(0, -g.ending.length) === e.surname?.slice(e.surname.lastIndexOf(' ') + 1)) return true;
  }
  return false;
}

/** How many words may stand between a genitive owner and the person it describes ("Rotich's long-time coach, Patrick Kemboi"). */
const OWNER_GAP = 4;

/**
 * Whether a person mention only says whose the next person is ("Rotich's coach, Patrick Kemboi", "Müllers Sprecherin
 * Anna Roth"): a genitive followed closely by another of `people` in the same clause, with no quote mark between.
 * Such an owner is never the speaker or source of the clause.
 */
export function genitiveOwner(text: string, tokens: readonly Token[], e: LocalEntity, people: readonly LocalEntity[], pack: ExtractionPack): boolean {
  if (!genitiveMention(e, pack)) return false;
  const from = countBefore(tokens, e.end);
  return people.some(
    (o) => o !== e && o.kind === 'person' && o.start >= e.end && countBefore(tokens, o.start) - from <= OWNER_GAP && !/[.;:!?„“”"»«]/u.test(text.slice(e.end, o.start)),
  );
}

function judgeRoleWord(t: Token, lex: Lexicon, pack: ExtractionPack, w: number): boolean {
  if ((w & W_HONORIFIC) !== 0) return true;
  const last = lastPart(t);
  // The tail of a compound ("Regierungschefin", "Golfmeisters") counts where nouns are capitalized compounds.
  return hasNounTail(last, lex.roleSet, { compounds: pack.nounsCapitalized && t.cap, endings: memo(pack, 'roleEndings', () => ['', ...pack.roleSuffixes]) });
}

// Compound heads of two or more letters ("Bundesanstalt", "Zentralbank") where the pack allows compounds.
function endsWithKeyword(word: string, keywords: ReadonlySet<string>, compounds: boolean): boolean {
  return hasNounTail(word, keywords, { compounds });
}

// ---- Word profiles ----
// findEntities asks dozens of questions about each word (role? name-like? organisation keyword at the end of a
// compound? particle?). Every answer depends on the word alone, so all of them are computed once per distinct word
// and kept as bits: the sentence loop then reads one small integer per token instead of walking lists and suffixes.

/** A vessel descriptor, or where nouns compound, a word ending in one ("Containerschiff"). */
const VESSEL = 1;
/** A role or honorific, also inflected or as a compound's tail (`judgeRoleWord`). */
const ROLE = 1 << 1;
/** A description of a company or club ("Batteriehersteller", "maker"). */
const ORG_DESC = 1 << 2;
/** May be part of a name (`judgeNameLike`): plain, with places allowed, after a name part, and both. */
const NAME = 1 << 3;
const NAME_PLACE = 1 << 4;
const NAME_AFTER = 1 << 5;
const NAME_PLACE_AFTER = 1 << 6;
/** A possessive written with an apostrophe (`possessive`). */
const POSSESSIVE = 1 << 7;
/** A known given name, as written. */
const GIVEN = 1 << 8;
/** Without its genitive ending: a given name, a gazetteer place, a one-word organisation ("Annas", "Chinas", "Natos"). */
const GEN_GIVEN = 1 << 9;
const GEN_PLACE = 1 << 10;
const GEN_ORG = 1 << 11;
/** Lower-case form in the pack's lists of function words, document nouns, determiners, particles, name connectors. */
const FUNCTION = 1 << 12;
const DOCUMENT = 1 << 13;
const DETERMINER = 1 << 14;
const PARTICLE = 1 << 15;
const CONNECTOR = 1 << 16;
/** A weekday or month name. */
const DAY_OR_MONTH = 1 << 17;
/** A preposition of place ("in", "nach") or a place-name prefix ("Bad", "Port"). */
const PLACE_PREP = 1 << 18;
const PLACE_PREFIX = 1 << 19;
/** The last hyphen part (or it without a genitive ending) ends in an organisation or place keyword. */
const ORG_KW = 1 << 20;
const PLACE_KW = 1 << 21;
/** The last hyphen part itself ends in an organisation keyword. */
const ORG_KW_LAST = 1 << 22;
/** The whole word is an organisation keyword. */
const ORG_KW_WORD = 1 << 23;
/** Ends in an adjective or common-noun suffix of the pack. */
const ADJ_SUFFIX = 1 << 24;
const NOUN_SUFFIX = 1 << 25;
/** A particle or two run together (`isParticleWord`), or a hyphenated particle surname (`particleSurname`). */
const PARTICLE_WORD = 1 << 26;
const PARTICLE_SURNAME = 1 << 27;
/** Starts with a digit. */
const DIGIT_START = 1 << 28;
/** Does not count for a title-case headline: short, not a letter first, or a function word. */
const TITLE_SKIP = 1 << 29;
/** A single capital letter: an initial. */
const INITIAL = 1 << 30;
/** A speech verb of one word. The sign bit: flags are only ever compared with 0, never ordered. */
const SPEECH_SINGLE = 1 << 31;

/** What findEntities knows about one word (as written) in one lexicon. */
interface WordProfile {
  f: number;
  /** The date extractor's classes of the lower-case word (`dateClasses`). */
  d: number;
  /** The matcher group's bits of the lower-case word (`MatcherGroup.bitsOf`) as of group version `v` (-1: none yet). */
  g: number;
  v: number;
}

// ---- Word lists by word ----
// Building a profile asks whether the lower-case word is in some twenty of the lexicon's sets and the pack's number
// records. One map per lexicon from word to the bits of every list it is in answers all of them with one lookup; the
// records, read by key (`pack.units[l]`), were generic keyed loads on large dictionary objects.

const W_FUNCTION = 1;
const W_WEEKDAY = 1 << 1;
const W_MONTH = 1 << 2;
const W_VAGUE = 1 << 3;
const W_DOCUMENT = 1 << 4;
const W_NON_NAME = 1 << 5;
/** A scale word, unit, number word or duration unit of the pack. */
const W_COUNTING = 1 << 6;
/** The first word of a speech verb. */
const W_SPEECH = 1 << 7;
const W_PRONOUN = 1 << 8;
const W_ANONYMOUS = 1 << 9;
const W_CLOCK = 1 << 10;
const W_DETERMINER = 1 << 11;
const W_PARTICLE = 1 << 12;
const W_CONNECTOR = 1 << 13;
const W_PLACE_PREP = 1 << 14;
const W_PLACE_PREFIX = 1 << 15;
const W_SPEECH_SINGLE = 1 << 16;
const W_HONORIFIC = 1 << 17;
const W_ORG_DESC = 1 << 18;
const W_VESSEL = 1 << 19;
/** Lists whose words are never part of a name (`judgeNameLike`). */
const W_NOT_NAME = W_FUNCTION | W_WEEKDAY | W_VAGUE | W_DOCUMENT | W_NON_NAME | W_COUNTING | W_SPEECH | W_PRONOUN | W_ANONYMOUS | W_CLOCK;

/**
 * The keys under which a record answers something other than undefined: its own keys and those it inherits (a plain
 * object answers "constructor" too), so a set of them says exactly what reading the record by key said.
 */
function recordKeys(record: object, keep: (value: unknown) => boolean): string[] {
  const out: string[] = [];
  for (let o: object | null = record; o !== null; o = Object.getPrototypeOf(o) as object | null) {
    for (const k of Object.getOwnPropertyNames(o)) if (keep((record as Record<string, unknown>)[k])) out.push(k);
  }
  return out;
}

/** The `W_*` bits of every word in one of the lists, built once per lexicon. */
function buildWordBits(lex: Lexicon, pack: ExtractionPack): Map<string, number> {
  const bits = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number) => {
    for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
  };
  const defined = (v: unknown) => v !== undefined;
  add(lex.functionWords, W_FUNCTION);
  add(lex.weekdays, W_WEEKDAY);
  add(lex.months, W_MONTH);
  // "im Herbst", "im Frühjahr": after a preposition of place a season would read as a place name.
  add(lex.seasons, W_MONTH);
  add(lex.vague, W_VAGUE);
  add(lex.documents, W_DOCUMENT);
  add(lex.nonNames, W_NON_NAME);
  add(recordKeys(pack.scaleWords, defined), W_COUNTING);
  add(recordKeys(pack.units, defined), W_COUNTING);
  add(recordKeys(pack.numberWords, defined), W_COUNTING);
  add(recordKeys(pack.durationUnits, (v) => !!v), W_COUNTING);
  add(lex.speechSet, W_SPEECH);
  add(lex.pronouns, W_PRONOUN);
  add(lex.anonymousWords, W_ANONYMOUS);
  add(pack.clockWords, W_CLOCK);
  add(lex.determiners, W_DETERMINER);
  add(lex.particles, W_PARTICLE);
  add(lex.connectors, W_CONNECTOR);
  add(lex.placePrepositions, W_PLACE_PREP);
  add(lex.placePrefixes, W_PLACE_PREFIX);
  add(lex.speechSingle, W_SPEECH_SINGLE);
  add(lex.honorifics, W_HONORIFIC);
  add(lex.orgDescriptors, W_ORG_DESC);
  add(vesselSet(pack), W_VESSEL);
  return bits;
}

/** The `W_*` bits of a lower-case word (0: in none of the lists). */
function wordBits(l: string, lex: Lexicon, pack: ExtractionPack): number {
  return memo(lex, 'entityWordBits', () => buildWordBits(lex, pack)).get(l) ?? 0;
}

// Whether the token before `i` is a number ("3", "1.200", not "34-jährige") or a counting word (number word, unit,
// scale word, duration).
function afterCount(tokens: readonly Token[], i: number, pf: number, lex: Lexicon, pack: ExtractionPack): boolean {
  if (i === 0) return false;
  const before = tokens[i - 1]!;
  if ((pf & DIGIT_START) !== 0) return PLAIN_NUMBER.test(before.text);
  return (wordBits(before.lower, lex, pack) & W_COUNTING) !== 0;
}

const PLAIN_NUMBER = /^\d[\d.,]*$/;

/** Whether a word holds an ASCII digit (what `\d` matches), without a regular expression. */
function hasDigit(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** The `NAME*` bit for the two flags of `judgeNameLike`. */
function nameBit(allowPlace: boolean, afterName: boolean): number {
  return allowPlace ? (afterName ? NAME_PLACE_AFTER : NAME_PLACE) : afterName ? NAME_AFTER : NAME;
}

/**
 * Whether a capitalized token may be part of a person's name, as `NAME*` bits for the four uses. `afterName` is set
 * for a word that follows a given name or another name part, where a common-noun ending says little ("Petra Lorenz",
 * "Jennifer Lawrence"); `allowPlace` lets a gazetteer place be a name ("Michael Jordan").
 */
function judgeNameLike(t: Token, lex: Lexicon, pack: ExtractionPack, w: number, noun: boolean, role: boolean, keywordTail: boolean, gen: string | undefined): number {
  if (!t.cap || t.acronym) return 0;
  const l = t.lower;
  // Function words, weekdays, vague sources, documents, non-names, speech verbs, pronouns, anonymous sources, clock
  // words, and counting words and units ("Milliarden Euro", "Prozent") are never names.
  if ((w & W_NOT_NAME) !== 0) return 0;
  // Compounds of a vague-source noun ("Naturschützer", "Finanzexperten") are groups, not names.
  if (pack.nounsCapitalized && (endsWithKeyword(l, lex.vague, true) || endsWithKeyword(l, lex.anonymousWords, true))) return 0;
  if (role || keywordTail || hasDigit(l)) return 0;
  // A month right after a given name is a surname ("Theresa May", "Brian May").
  const month = (w & W_MONTH) !== 0;
  const place = lex.placeSet.has(t.text) || (!!gen && lex.placeSet.has(gen));
  let f = NAME_PLACE_AFTER;
  if (!place) f |= NAME_AFTER;
  if (!month && !noun) f |= NAME_PLACE;
  if (!month && !noun && !place) f |= NAME;
  return f;
}

function buildProfile(t: Token, lex: Lexicon, pack: ExtractionPack): WordProfile {
  const l = t.lower;
  const nc = pack.nounsCapitalized;
  const last = lastPart(t);
  const gen = stripGenitive(t.text, pack);
  const bare = stripGenitive(last, pack) ?? last;
  const orgLast = endsWithKeyword(last, lex.orgKeywords, nc);
  const placeLast = endsWithKeyword(last, lex.placeKeywords, nc);
  const w = wordBits(l, lex, pack);
  const role = judgeRoleWord(t, lex, pack, w);
  const noun = hasNounSuffix(l, pack);
  let f = judgeNameLike(t, lex, pack, w, noun, role, orgLast || placeLast, gen);
  if ((w & W_VESSEL) !== 0 || (nc && endsWithKeyword(last, vesselSet(pack), true))) f |= VESSEL;
  if (role) f |= ROLE;
  if ((w & W_ORG_DESC) !== 0 || (nc && endsWithKeyword(last, lex.orgDescriptors, true))) f |= ORG_DESC;
  if (possessive(t, pack)) f |= POSSESSIVE;
  if (lex.given.has(t.text)) f |= GIVEN;
  if (gen) {
    if (lex.given.has(gen)) f |= GEN_GIVEN;
    if (lex.placeSet.has(gen)) f |= GEN_PLACE;
    if (lex.organizations.at([{ ...t, lower: gen.toLowerCase() }], 0)) f |= GEN_ORG;
  }
  if ((w & W_FUNCTION) !== 0) f |= FUNCTION;
  if ((w & W_DOCUMENT) !== 0) f |= DOCUMENT;
  if ((w & W_DETERMINER) !== 0) f |= DETERMINER;
  if ((w & W_PARTICLE) !== 0) f |= PARTICLE;
  if ((w & W_CONNECTOR) !== 0) f |= CONNECTOR;
  if ((w & (W_WEEKDAY | W_MONTH)) !== 0) f |= DAY_OR_MONTH;
  if ((w & W_PLACE_PREP) !== 0) f |= PLACE_PREP;
  if ((w & W_PLACE_PREFIX) !== 0) f |= PLACE_PREFIX;
  if (orgLast || endsWithKeyword(bare, lex.orgKeywords, nc)) f |= ORG_KW;
  if (placeLast || endsWithKeyword(bare, lex.placeKeywords, nc)) f |= PLACE_KW;
  if (orgLast) f |= ORG_KW_LAST;
  if (endsWithKeyword(l, lex.orgKeywords, false)) f |= ORG_KW_WORD;
  if (pack.adjectiveSuffixes.some((a) => l.length > a.length + 2 && l.endsWith(a))) f |= ADJ_SUFFIX;
  if (noun) f |= NOUN_SUFFIX;
  if (isParticleWord(t.text, lex.particles)) f |= PARTICLE_WORD;
  if (particleSurname(t, lex)) f |= PARTICLE_SURNAME;
  if (/^\d/.test(t.text)) f |= DIGIT_START;
  if (t.text.length < TITLE_WORD || !/^\p{L}/u.test(t.text) || (w & W_FUNCTION) !== 0) f |= TITLE_SKIP;
  if (/^\p{Lu}$/u.test(t.text)) f |= INITIAL;
  if ((w & W_SPEECH_SINGLE) !== 0) f |= SPEECH_SINGLE;
  return { f, d: dateClasses(l, pack, lex), g: 0, v: -1 };
}

/** The profile of one word, built on first sight (bounded cache per lexicon). */
function profileOf(t: Token, lex: Lexicon, pack: ExtractionPack): WordProfile {
  const cache = wordCache<WordProfile>(lex, 'entityProfile', 1)[0]!;
  let p = cache.get(t.text);
  if (p === undefined) {
    p = buildProfile(t, lex, pack);
    remember(cache, t.text, p);
  }
  return p;
}

/**
 * The profile flags of a sentence's tokens, with 0 after the last (so `F[i + 1]` needs no bounds check), and the
 * screen of the pack's phrase matchers.
 */
interface SentenceProfile {
  F: Int32Array;
  marks: Int32Array | undefined;
}

// The matcher-group screens of the sentences are views into one shared chunk: a typed array of more than a few entries
// costs an off-heap allocation of its own (several times a view's price), and every sentence of an article needs one
// that lives until its claims are built. A chunk is let go once every sentence holding a view of it is.
const SCREEN_CHUNK = 1 << 14;
/** Screens longer than this get an array of their own, so a freak sentence does not waste a chunk. */
const OWN_SCREEN = 1 << 10;
let screenChunk = new ArrayBuffer(SCREEN_CHUNK * 4);
let screenUsed = 0;

/** A zero-filled Int32Array of `length` entries that nothing else uses. */
function screenView(length: number): Int32Array {
  if (length > OWN_SCREEN) return new Int32Array(length);
  if (screenUsed + length > SCREEN_CHUNK) {
    screenChunk = new ArrayBuffer(SCREEN_CHUNK * 4);
    screenUsed = 0;
  }
  // The constructor on a buffer is cheaper than `subarray`, which looks up a species constructor first.
  const view = new Int32Array(screenChunk, screenUsed * 4, length);
  screenUsed += length;
  return view;
}

/**
 * A small direct-mapped cache in front of the large profile cache, for the words a text repeats most: one probe into
 * an array of a few thousand entries, found by a hash of the word's length and three of its characters, and one
 * string comparison (mostly of the very same string: tokenize hands out one string per spelling). The large Map is
 * asked only on a miss. A slot keeps the word's numbers in place (`data`, four per slot: profile flags, date classes,
 * matcher-group bits and the group version they are for), so a hit reads two small arrays and no profile object.
 * Entries are never wrong, only replaced: a profile depends on the word and the lexicon alone.
 */
interface FrontCache {
  keys: (string | undefined)[];
  data: Int32Array;
}
const FRONT_BITS = 13;
let frontLex: Lexicon | undefined;
let front: FrontCache | undefined;

function frontCache(lex: Lexicon): FrontCache {
  if (lex !== frontLex || front === undefined) {
    front = memo(lex, 'entityProfileFront', () => ({ keys: new Array<string | undefined>(1 << FRONT_BITS).fill(undefined), data: new Int32Array(4 << FRONT_BITS) }));
    frontLex = lex;
  }
  return front;
}

/** The front cache slot of a word (see `FrontCache`). */
function frontSlot(w: string): number {
  const n = w.length;
  const h = Math.imul(n ^ (w.charCodeAt(0) << 7) ^ (w.charCodeAt(n - 1) << 15) ^ (w.charCodeAt(n >> 1) << 22), 0x9e3779b1);
  return h >>> (32 - FRONT_BITS);
}

// The flags of the sentence being read: findEntities does not re-enter and is done with them when it returns, so one
// array serves every sentence (entries past the 0 after the last token are stale and never read).
const SHARED_FLAGS = 4096;
const sharedFlags = new Int32Array(SHARED_FLAGS + 1);
const sharedDates = new Int32Array(SHARED_FLAGS);

function profiles(tokens: readonly Token[], lex: Lexicon, pack: ExtractionPack): SentenceProfile {
  const cache = wordCache<WordProfile>(lex, 'entityProfile', 1)[0]!;
  const n = tokens.length;
  const F = n <= SHARED_FLAGS ? sharedFlags : new Int32Array(n + 1);
  // The matcher group's screen of the sentence (`MatcherGroup.of`) is built here from the same lookup and handed to
  // the group, so the other extractors find it made instead of looking up every word a second time.
  const group = lex.roles.screen?.group;
  const version = group ? group.version : 0;
  const marks = group ? screenView(n + 1) : undefined;
  // The date extractor's word classes ride along in the profile: findDates reads them instead of a lookup per token.
  const dates = n <= SHARED_FLAGS ? sharedDates : new Int32Array(n);
  let has = 0;
  let dateHas = 0;
  const { keys, data } = frontCache(lex);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const w = t.text;
    const slot = frontSlot(w);
    const at = slot << 2;
    if (keys[slot] !== w) {
      let p = cache.get(w);
      if (p === undefined) {
        p = buildProfile(t, lex, pack);
        remember(cache, w, p);
      }
      // The group bits ride in the large cache too, so a word pushed out of the front cache costs one lookup, not two.
      if (group && p.v !== version) {
        p.g = group.bitsOf(t.lower);
        p.v = version;
      }
      keys[slot] = w;
      data[at] = p.f;
      data[at + 1] = p.d;
      data[at + 2] = p.g;
      data[at + 3] = p.v;
    }
    F[i] = data[at]!;
    dateHas |= dates[i] = data[at + 1]!;
    if (group) {
      if (data[at + 3] !== version) {
        data[at + 2] = group.bitsOf(t.lower);
        data[at + 3] = version;
      }
      has |= marks![i] = data[at + 2]!;
    }
  }
  F[n] = 0;
  if (group) {
    marks![n] = has;
    group.seed(tokens, marks!);
  }
  keepDateScreen(tokens, lex, pack, dates, n, dateHas);
  return { F, marks };
}

/** The matcher's bit in the sentence's screen, or 0 where there is no screen to read (every token is then tried). */
function screenBit(m: PhraseMatcher, marks: Int32Array | undefined): number {
  return m.screen === undefined || marks === undefined ? 0 : m.screen.bit;
}

/** Whether the matcher may have a phrase starting at token `i`: false only where the sentence's screen rules it out. */
function opens(m: PhraseMatcher, marks: Int32Array | undefined, i: number): boolean {
  const s = m.screen;
  return s === undefined || marks === undefined || i >= marks.length - 1 || (marks[i]! & s.bit) !== 0;
}

const vesselCache = new WeakMap<ExtractionPack, Set<string>>();

/** The pack's vessel descriptors as a lower-case set, built once per pack. */
function vesselSet(pack: ExtractionPack): Set<string> {
  let set = vesselCache.get(pack);
  if (!set) {
    set = new Set(pack.vesselDescriptors.map((w) => w.toLowerCase()));
    vesselCache.set(pack, set);
  }
  return set;
}

/** Words of at least this many letters decide whether a sentence is a headline in title case. */
const TITLE_WORD = 3;

/**
 * A headline in title case ("Rotich Smashes Course Record"), where capitals say nothing about names: only in
 * languages that write common nouns in lower case, and only when every word of three or more letters other than a
 * function word is capitalized ("met" in "Ms. Okafor met Mr. Chen" makes it a sentence).
 */
function titleCase(tokens: readonly Token[], F: Int32Array, pack: ExtractionPack): boolean {
  if (pack.nounsCapitalized) return false;
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((F[i]! & TITLE_SKIP) !== 0) continue;
    if (!t.cap && !t.acronym) return false;
    words++;
  }
  return words >= 4;
}

/** Whether a UTF-16 unit is white space as the `\s` of regular expressions counts it. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Marks after which a word opens a clause or quote: colon, semicolon, quotes, brackets, dashes. */
const CLAUSE_MARKS = new Set([...':;„“"»«‚‘([–—-'].map((c) => c.charCodeAt(0)));

/** The token opens the sentence, a clause after a colon, or a quote: capitalization there says nothing. */
function startsClause(text: string, tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  // Scans back over at most four characters (and never into the previous word) for spaces and then a mark: no slice.
  const start = tokens[i]!.start;
  const lo = Math.max(tokens[i - 1]!.end, start - 4);
  let k = start;
  while (k > lo && isSpace(text.charCodeAt(k - 1))) k--;
  return k > lo && CLAUSE_MARKS.has(text.charCodeAt(k - 1));
}

/** An ampersand between two tokens ("Hartmann & Söhne", "Procter & Gamble"): they belong to one company name. */
function ampersand(text: string, a: Token | undefined, b: Token | undefined): boolean {
  if (!a || !b) return false;
  // Up to two spaces, "&", up to two spaces.
  const e = b.start;
  if (e - a.end > 5) return false;
  let k = a.end;
  while (k < e && isSpace(text.charCodeAt(k))) k++;
  if (k - a.end > 2 || k >= e || text.charCodeAt(k) !== 0x26) return false;
  const amp = k++;
  while (k < e && isSpace(text.charCodeAt(k))) k++;
  return k === e && e - amp - 1 <= 2;
}

// Where a run of adjacent capitalised words that all carry `flag` ends (before `limit`); a possessive ends it too.
function capitalisedRun(text: string, tokens: readonly Token[], F: Int32Array, from: number, limit: number, flag: number): number {
  let end = from;
  while (
    end < tokens.length &&
    end < limit &&
    tokens[end]!.cap &&
    (F[end - 1]! & POSSESSIVE) === 0 &&
    adjacent(text, tokens[end - 1], tokens[end]) &&
    (F[end]! & flag) !== 0
  ) end++;
  return end;
}

/** Only spaces (or one comma) between two tokens: they belong to one name. */
function adjacent(text: string, a: Token | undefined, b: Token | undefined, allowComma = false): boolean {
  if (!a || !b) return false;
  // One to three spaces, after a comma or dot where allowed; asked for most pairs of capitalized words, so no slice.
  let k = a.end;
  const e = b.start;
  if (allowComma && k < e) {
    const c = text.charCodeAt(k);
    if (c === 0x2e || c === 0x2c) k++;
  }
  if (e - k < 1 || e - k > 3) return false;
  for (; k < e; k++) if (!isSpace(text.charCodeAt(k))) return false;
  return true;
}

/** A particle, capitalized or not, or two run together ("von", "De", "Dela", "Vander"). */
function isParticleWord(word: string, particles: ReadonlySet<string>): boolean {
  const w = word.toLowerCase();
  if (particles.has(w)) return true;
  for (let k = 2; k <= w.length - 2; k++) if (particles.has(w.slice(0, k)) && particles.has(w.slice(k))) return true;
  return false;
}
/** The words of tokens [from, to) joined by single spaces, without an array per call. */
function wordsOf(tokens: readonly Token[], from: number, to: number): string {
  let s = tokens[from]!.text;
  for (let k = from + 1; k < to; k++) s += ' ' + tokens[k]!.text;
  return s;
}

/** A person mention over tokens [from, to); `F` holds the sentence's profile flags (see `profiles`). */
function person(text: string, tokens: readonly Token[], F: Int32Array, from: number, to: number, role?: string): LocalEntity {
  const count = to - from;
  // A particle opens the surname: "Ursula von der Leyen" is Ursula + "von der Leyen", "Marisol Dela Cruz" is
  // Marisol + "Dela Cruz". A capitalized one needs a name after it and two letters, or an accented letter without a
  // dot, so an initial ("J. Harcourt", "John E Smith") stays a given name while the Irish "Ó" opens "Ó Sé", also
  // first ("Ó Sé said"), where a longer particle may be a given name ("Mac Jones").
  // The word's profile answers "a particle?" (`PARTICLE` for the lower-case word, `PARTICLE_WORD` for two run
  // together): no lower-casing or slicing per name word.
  let split = count - 1;
  for (let k = 0; k < count; k++) {
    if (k === 0 && count === 1) continue;
    const t = tokens[from + k]!;
    const n = t.text;
    const f = F[from + k]!;
    const hit =
      n === t.lower
        ? (f & PARTICLE) !== 0
        : k < count - 1 && (f & PARTICLE_WORD) !== 0 && (n.length >= 2 ? k > 0 : !/^[A-Z]$/.test(n) && text[t.end] !== '.');
    if (hit) {
      split = k;
      break;
    }
  }
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return entity(text.slice(start, end), start, end, 'person', wordsOf(tokens, from + split, to), split > 0 ? wordsOf(tokens, from, from + split) : undefined, role || undefined);
}

/** A surname with a lower-case particle joined by a hyphen ("al-Gaddafi", "el-Sisi", "bin-Laden"). */
function particleSurname(t: Token | undefined, lex: Lexicon): boolean {
  if (!t || t.cap) return false;
  const m = /^(\p{Ll}+)[-‐](\p{Lu})/u.exec(t.text);
  return !!m && lex.particles.has(m[1] as string);
}


/** Collects up to three adjacent name-like tokens starting at `i`; returns the end index. */
function nameRun(text: string, tokens: readonly Token[], F: Int32Array, i: number, pack: ExtractionPack, allowPlaceFirst = false, afterName = false): number {
  let j = i;
  let names = 0;
  // Up to three names, and a particle surname after them ("Luiz Inácio Lula da Silva").
  while (j < tokens.length && (names < 3 || (!tokens[j]!.cap && (F[j]! & PARTICLE) !== 0))) {
    const t = tokens[j]!;
    const tf = F[j]!;
    // "Kerry’s Pádraig Ó Sé": a possessive is the last word of its name; the next name is someone else's.
    if (j > i && (F[j - 1]! & POSSESSIVE) !== 0) break;
    // Lower-case particles inside a name ("von der", "da", "de la") when a name follows them.
    if (j > i && !t.cap && (tf & PARTICLE) !== 0 && adjacent(text, tokens[j - 1], t)) {
      // After a full name, a German "von der" is a preposition ("Tomáš Hrubý von der Feuerwehr"), not a noble particle.
      if (names + (afterName ? 1 : 0) >= 2 && pack.nounsCapitalized && (tf & CONNECTOR) !== 0 && (F[j - 1]! & PARTICLE_WORD) === 0) break;
      let k = j;
      while (k < tokens.length && k < j + 3 && !tokens[k]!.cap && (F[k]! & PARTICLE) !== 0 && adjacent(text, tokens[k - 1], tokens[k])) k++;
      if (k < tokens.length && (F[k]! & NAME_PLACE) !== 0 && adjacent(text, tokens[k - 1], tokens[k])) {
        j = k + 1;
        names++;
        continue;
      }
      break;
    }
    const ok = (tf & nameBit(allowPlaceFirst && j === i, j > i || afterName)) !== 0 || (j > i && (tf & PARTICLE_SURNAME) !== 0);
    if (!ok) break;
    // An initial and its dot ("J. Harcourt") belong to the name like a space does.
    if (j > i && !adjacent(text, tokens[j - 1], t) && !((F[j - 1]! & INITIAL) !== 0 && /^\.\s{1,2}$/.test(text.slice(tokens[j - 1]!.end, t.start)))) break;
    j++;
    // A capitalized particle inside the name ("Seán Mac Giolla Bhríde") does not use up one of the three names.
    if (!(j - 1 > i && j < tokens.length && (tf & PARTICLE_WORD) !== 0 && j - i < MAX_NAME_TOKENS)) names++;
  }
  return j;
}

/** Finds people, organisations and places in one sentence from pack evidence (roles, given names, gazetteer, keywords, speech verbs). */
export function findEntities(text: string, tokens: readonly Token[], lex: Lexicon, pack: ExtractionPack): LocalEntity[] {
  const out: LocalEntity[] = [];
  // Built directly in the field order of `person`: one object shape for every mention keeps later loops monomorphic.
  const mention = (from: number, to: number, kind: EntityKind): LocalEntity => {
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    return entity(text.slice(start, end), start, end, kind, undefined, undefined, undefined);
  };
  const { F, marks } = profiles(tokens, lex, pack);
  const title = titleCase(tokens, F, pack);
  const nc = pack.nounsCapitalized;
  // A capitalized run is an organisation or place only through a keyword in its first `MAX_NAME_TOKENS` words or an
  // ampersand, so the run is scanned only where one may be: `keywordAt` is the next token at or after `i` with a
  // keyword (found by one forward walk over the sentence), and a sentence without "&" has no ampersand.
  const amp = text.indexOf('&') >= 0;
  let keywordAt = -1;
  // The screen bits of the matchers asked at nearly every token, read once per sentence rather than per token (as
  // `opens` would); 0 means unscreened.
  const rolesBit = screenBit(lex.roles, marks);
  const orgsBit = screenBit(lex.organizations, marks);
  const placesBit = screenBit(lex.places, marks);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // The profiles of this word, the one before and the one after (0 where there is none).
    const f = F[i]!;
    const pf = i > 0 ? F[i - 1]! : 0;
    const nf = F[i + 1]!;

    // A ship, aircraft or train named after its description ("the ferry Islay Spirit") is a thing, not a person.
    if (
      (f & VESSEL) !== 0 &&
      (nf & NAME_PLACE) !== 0 &&
      adjacent(text, t, tokens[i + 1]) &&
      // Where every noun is capitalized, only "die Fähre Nordlicht" (with its article) names a vessel.
      (!nc || (pf & DETERMINER) !== 0) &&
      (nf & (GIVEN | ROLE)) === 0
    ) {
      const end = capitalisedRun(text, tokens, F, i + 2, i + 5, NAME_PLACE_AFTER);
      out.push(mention(i + 1, end, 'other'));
      i = end - 1;
      continue;
    }

    // Roles and honorifics introduce the name that follows them.
    const roleHit = rolesBit === 0 || (marks![i]! & rolesBit) !== 0 ? lex.roles.at(tokens, i) : undefined;
    const roleEnd = roleHit ? roleHit.to : (f & ROLE) !== 0 ? i + 1 : -1;
    if (roleEnd > 0) {
      const first = tokens[roleEnd];
      const ff = F[roleEnd]!;
      if ((ff & NAME) !== 0 && adjacent(text, tokens[roleEnd - 1], first, true)) {
        const run = nameRun(text, tokens, F, roleEnd, pack);
        const end = title ? Math.min(run, (ff & GIVEN) !== 0 ? roleEnd + 2 : roleEnd + 1) : run;
        out.push(person(text, tokens, F, roleEnd, end, text.slice(t.start, tokens[roleEnd - 1]!.end)));
        i = end - 1;
        continue;
      }
      // A role before a surname with particles ("Kommissionschefin von der Leyen").
      let k = roleEnd;
      while (k < roleEnd + 3 && tokens[k] && !tokens[k]!.cap && (F[k]! & PARTICLE) !== 0 && adjacent(text, tokens[k - 1], tokens[k])) k++;
      // One particle that also joins organisation names ("Sprecher von Siemens") is a preposition, not a name part.
      const particlesOk = k - roleEnd >= 2 || (k - roleEnd === 1 && (ff & CONNECTOR) === 0);
      if (particlesOk && (F[k]! & NAME_PLACE) !== 0 && adjacent(text, tokens[k - 1], tokens[k])) {
        out.push(person(text, tokens, F, roleEnd, k + 1, text.slice(t.start, tokens[roleEnd - 1]!.end)));
        i = k;
        continue;
      }
      if (roleHit) i = roleHit.to - 1;
      continue;
    }
    // A description of a company or club introduces its name ("Batteriehersteller Celdra", "battery maker Celdra").
    if ((f & ORG_DESC) !== 0 && (nf & NAME_PLACE) !== 0 && adjacent(text, t, tokens[i + 1]) && (nf & GIVEN) === 0) {
      let end = i + 2;
      while (
        end < tokens.length &&
        end < i + 6 &&
        tokens[end]!.cap &&
        (F[end - 1]! & POSSESSIVE) === 0 &&
        (adjacent(text, tokens[end - 1], tokens[end]) || ampersand(text, tokens[end - 1], tokens[end])) &&
        ((F[end]! & (NAME_PLACE | ORG_KW_WORD)) !== 0 || tokens[end]!.acronym)
      ) end++;
      out.push(mention(i + 1, end, 'organization'));
      i = end - 1;
      continue;
    }

    if (!t.cap) continue;

    // Well-known organisations named by a single word or fixed phrase ("Bundesbank", "Nato"), also in the genitive.
    const orgHit = orgsBit === 0 || (marks![i]! & orgsBit) !== 0 ? lex.organizations.at(tokens, i) : undefined;
    if (orgHit && (t.cap || t.acronym)) {
      out.push(mention(orgHit.from, orgHit.to, 'organization'));
      i = orgHit.to - 1;
      continue;
    }
    if ((f & GEN_ORG) !== 0) {
      out.push(mention(i, i + 1, 'organization'));
      continue;
    }

    // Capitalized runs that contain an organisation or place keyword ("US Geological Survey", "Bank of England").
    if (keywordAt < i) {
      keywordAt = i;
      while (keywordAt < tokens.length && (F[keywordAt]! & (ORG_KW | PLACE_KW)) === 0) keywordAt++;
    }
    const scan = amp || keywordAt - i < MAX_NAME_TOKENS;
    let j = i;
    let org = false;
    let place = false;
    let caps = 0;
    // Bounded: names longer than eight words are not names, and an unbounded scan would be quadratic on long capitalized runs.
    while (scan && j < tokens.length && j - i < MAX_NAME_TOKENS) {
      const u = tokens[j]!;
      const uf = F[j]!;
      // Only spaces between, or an ampersand (never both, so the ampersand is only looked for where spaces fail).
      const near = j > i && adjacent(text, tokens[j - 1], u);
      const amp = j > i && !near && ampersand(text, tokens[j - 1], u) && (u.cap || u.acronym);
      // A possessive ends the run ("Celtic’s John Kennedy") unless a keyword goes on with it ("Sainsbury’s Bank").
      const owner = j > i && (F[j - 1]! & POSSESSIVE) !== 0 && (uf & ORG_KW_LAST) === 0;
      if (j > i && ((!near && !amp) || owner)) break;
      // Two names joined by "&" are a firm, never a person ("Hartmann & Söhne").
      if (amp) org = true;
      if (u.cap || u.acronym) {
        if ((uf & (FUNCTION | DOCUMENT)) !== 0 && j === i) break;
        caps++;
        if ((uf & ORG_KW) !== 0) org = true;
        else if ((uf & PLACE_KW) !== 0) place = true;
        j++;
      } else if (
        (org || place) &&
        (uf & CONNECTOR) !== 0 &&
        tokens[j + 1]?.cap &&
        adjacent(text, u, tokens[j + 1]) &&
        // "Kestrel Bay on Thursday": a day or month after the connector ends the name.
        (F[j + 1]! & DAY_OR_MONTH) === 0
      ) {
        j++;
      } else break;
    }
    if ((org || place) && (caps >= 2 || t.text.includes('-'))) {
      out.push(mention(i, j, org ? 'organization' : 'place'));
      // "Name (ABBR)" gives the abbreviation as a second mention.
      const abbr = tokens[j];
      if (abbr?.acronym && /^\s*\($/.test(text.slice(tokens[j - 1]!.end, abbr.start)) && text[abbr.end] === ')') {
        out.push(mention(j, j + 1, 'organization'));
        j++;
      }
      i = j - 1;
      continue;
    }
    // Gazetteer places, also in the genitive ("Chinas").
    const placeHit = placesBit === 0 || (marks![i]! & placesBit) !== 0 ? lex.places.at(tokens, i) : undefined;
    if (placeHit && t.cap) {
      out.push(mention(placeHit.from, placeHit.to, 'place'));
      i = placeHit.to - 1;
      continue;
    }
    if ((f & GEN_PLACE) !== 0) {
      out.push(mention(i, i + 1, 'place'));
      continue;
    }

    if (t.acronym) {
      out.push(mention(i, i + 1, lex.placeAcronyms.has(t.text) ? 'place' : 'organization'));
      continue;
    }

    // After a preposition of place, or opened by "Bad"/"Port"/"Sankt", a capitalized run is a place ("in Bad Schandau",
    // "nach Schmilka", "near Port Glasgow"), unless a known given name makes it a person.
    const afterPlacePrep = (pf & PLACE_PREP) !== 0 && !startsClause(text, tokens, i);
    const prefixed = t.cap && (f & FUNCTION) === 0 && (f & PLACE_PREFIX) !== 0 && tokens[i + 1]?.cap && adjacent(text, t, tokens[i + 1]);
    if ((afterPlacePrep || prefixed) && (f & (GIVEN | GEN_GIVEN)) === 0 && (prefixed || (f & NAME_PLACE) !== 0)) {
      const end = capitalisedRun(text, tokens, F, i + 1, i + 4, NAME_PLACE);
      if (!afterPlacePrep || end - i > 1 || (f & NOUN_SUFFIX) === 0) {
        out.push(mention(i, end, 'place'));
        i = end - 1;
        continue;
      }
    }

    // A known given name followed by a surname (which may look like a place: "Michael Jordan").
    if ((f & GIVEN) !== 0 && (nf & (NAME_PLACE_AFTER | PARTICLE_SURNAME)) !== 0 && adjacent(text, t, tokens[i + 1])) {
      // In a headline in title case every word is capitalized: a given name takes one surname, not the verb after it.
      const end = title ? i + 2 : nameRun(text, tokens, F, i + 1, pack, true, true);
      out.push(person(text, tokens, F, i, end, undefined));
      i = end - 1;
      continue;
    }
    // A known given name, then particles and a surname ("Ursula von der Leyen", "Marisol de la Cruz").
    if ((f & GIVEN) !== 0 && tokens[i + 1] && !tokens[i + 1]!.cap && (nf & PARTICLE) !== 0) {
      const end = nameRun(text, tokens, F, i, pack, false);
      if (end - i >= 3) {
        out.push(person(text, tokens, F, i, end, undefined));
        i = end - 1;
        continue;
      }
    }

    // Two or three name-like words in a row, not at the start and not after a determiner.
    if (
      !title &&
      (f & (NAME | POSSESSIVE | ADJ_SUFFIX)) === NAME &&
      (pf & DETERMINER) === 0 &&
      (nf & (NAME | PARTICLE_SURNAME)) !== 0 &&
      !startsClause(text, tokens, i) &&
      adjacent(text, t, tokens[i + 1])
    ) {
      // After a number or a counting word, a capitalized word that is no known given name is a counted noun and the
      // words after it more nouns ("sechs Punkte Abzug", "3 Premier League titles"), as for single names below.
      if ((f & GIVEN) === 0 && afterCount(tokens, i, pf, lex, pack)) {
        i = nameRun(text, tokens, F, i, pack) - 1;
        continue;
      }
      // A capitalized noun before a known given name ("Regisseurin Marisol Dela Cruz") is not part of the name.
      let from = nc && (f & GIVEN) === 0 && (nf & GIVEN) !== 0 ? i + 1 : i;
      const end = nameRun(text, tokens, F, from, pack);
      // German capitalizes nouns: a leading word of three is more likely a noun than a name, unless a particle
      // after it opens the surname ("Pádraig Ó Sé").
      if (nc && end - from === 3 && (F[from]! & GIVEN) === 0 && (F[from + 1]! & PARTICLE_WORD) === 0) from++;
      out.push(person(text, tokens, F, from, end, undefined));
      i = end - 1;
      continue;
    }

    // A single name right next to a speech verb ("sagte Müller", "Okafor said").
    // After a number a capitalized word is a unit or a counted noun ("22 Uhr verkündete", "3 Tore"), never a name.
    if ((f & NAME) !== 0 && (pf & (DETERMINER | DIGIT_START)) === 0) {
      // After the verb a name is the speaker only where the clause ends ("said Okafor.") or, where nouns are
      // capitalized anyway, a lower-case word follows ("sagte Müller am Montag"); otherwise it is the object
      // ("analysts expect Celdra to …").
      // "sagte Muammar al-Gaddafi": a hyphenated particle surname belongs to the name.
      const end = (nf & PARTICLE_SURNAME) !== 0 && adjacent(text, t, tokens[i + 1]) ? i + 2 : i + 1;
      const next = tokens[end];
      // Read only after a speech verb, the one place it counts.
      const clauseEnds = () => !next || /[,.;:!?)]/.test(text.slice(tokens[end - 1]!.end, next.start));
      // A verb before a new clause or quote ("sagte: „Altmühlen bietet …“") does not point at the next word.
      // The speaker follows the verb in an inverted clause: after the quoted or reported words and a comma ("…, sagte
      // Müller"), or after one opening word ("Später sagte Müller"); "Die Regierung forderte Transparenz." has an object.
      const v = i - 1;
      const inverted = () =>
        v >= 0 && (startsClause(text, tokens, v) || /[,“”"»«']\s*$/u.test(text.slice(v > 0 ? tokens[v - 1]!.end : 0, tokens[v]!.start)) || (v >= 1 && startsClause(text, tokens, v - 1)));
      const before = (pf & SPEECH_SINGLE) !== 0 && (clauseEnds() || (nc && !next!.cap)) && !startsClause(text, tokens, i) && inverted();
      // "Okafor said", not "… for Caritas Faenza, said": a comma means the name ends another phrase.
      const after = !before && opens(lex.speech, marks, end) && lex.speech.at(tokens, end) !== undefined && adjacent(text, tokens[end - 1], tokens[end]);
      if (before || after) {
        out.push(person(text, tokens, F, i, end, undefined));
        i = end - 1;
      }
    }
  }
  addAppositionRoles(text, tokens, F, out, lex);
  return out;
}

/**
 * A role in apposition after a name ("Maria Keller, mayor of Lindau, …", "Marie Keller, Sprecherin der Stadt"):
 * the role belongs to the person before the comma, unless it introduces the next person ("…, Minister Paul Weber").
 */
function addAppositionRoles(text: string, tokens: readonly Token[], F: Int32Array, found: LocalEntity[], lex: Lexicon): void {
  let starts: Set<number> | undefined;
  for (const e of found) {
    if (e.kind !== 'person' || e.role) continue;
    const last = tokenEndingAt(tokens, e.end);
    if (last === undefined) continue;
    let k = last + 1;
    if (!tokens[k] || !commaGap(text, e.end, tokens[k]!.start)) continue;
    // "the", "die", "the company's": determiners and one possessive may stand before the role.
    if ((F[k]! & DETERMINER) !== 0) k++;
    if (tokens[k] && /\p{L}['’]s$/u.test(tokens[k]!.text)) k++;
    const roleFrom = k;
    const hit = lex.roles.at(tokens, k);
    const end = hit ? hit.to : tokens[k] && (F[k]! & ROLE) !== 0 && !lex.honorifics.has(tokens[k]!.lower) ? k + 1 : -1;
    if (end < 0) continue;
    const after = tokens[end];
    starts ??= new Set(found.map((x) => x.start));
    if (after && starts.has(after.start)) continue;
    e.role = text.slice(tokens[roleFrom]!.start, tokens[end - 1]!.end);
  }
}

/** Whether text[from, to) is a comma and one to three spaces (`/^,\s{1,3}$/`), read in place rather than sliced. */
function commaGap(text: string, from: number, to: number): boolean {
  if (to - from < 2 || to - from > 4 || text.charCodeAt(from) !== 0x2c) return false;
  for (let k = from + 1; k < to; k++) if (!isSpace(text.charCodeAt(k))) return false;
  return true;
}

/** Surnames of several words, keyed by their lower-case letters without spaces ("delacruz" → "de la Cruz"). */
/** Longest beginning of a surname kept for the quick test, so a pasted giant "name" costs constant memory. */
const PREFIX_LIMIT = 40;

interface MultiSurnames {
  size: number;
  multi: Map<string, string>;
  /** Every beginning (up to `PREFIX_LIMIT` letters) of a key of `multi`: a run of tokens that is none cannot grow into a surname. */
  prefixes: Set<string>;
  /**
   * The first two characters of every known surname, as bits of a 65,536-bit table (`twoChars`): a genitive ending
   * goes after the surname, so a word whose start has no bit is no known surname, bare or in the genitive, and most
   * capitalized words are settled with one bit test (no hashing, as a Set of numbers would). Two starts may share a bit
   * outside Latin-1; such a word is only looked up in full. Undefined when a surname is shorter than two characters.
   */
  starts: Uint32Array | undefined;
}

/** The first two UTF-16 units of a word of two or more, as a 16-bit number (exact for Latin-1 letters). */
const twoChars = (w: string) => ((w.charCodeAt(0) & 0xff) << 8) | (w.charCodeAt(1) & 0xff);

// The bit table of the last `MultiSurnames` built, shared: one is built per article, and a fresh 8 KB typed array each
// time costs more (an off-heap allocation) than clearing the few bits the previous article set.
const startBits = new Uint32Array(1 << 11);
let startWords: number[] = [];

/** Whether the bit of a word's first two units (`twoChars`) is set. */
const hasStart = (starts: Uint32Array, w: string) => {
  const k = twoChars(w);
  return (starts[k >>> 5]! & (1 << (k & 31))) !== 0;
};

// Every sentence of an article passes the same `known` map: the one of the last call is kept (the pipeline passes one
// per article, so a table per map would only fill up).
let lastKnown: ReadonlyMap<string, KnownPerson> | undefined;
let lastMulti: MultiSurnames | undefined;

// The same `known` map is passed for every sentence of an article: its multi-word surnames are gathered once.
function multiWordSurnames(known: ReadonlyMap<string, KnownPerson>): MultiSurnames {
  let c = known === lastKnown ? lastMulti : undefined;
  if (c === undefined || c.size !== known.size) {
    const squash = (s: string) => s.toLowerCase().replace(/\s+/g, '');
    const multi = new Map<string, string>();
    for (const surname of known.keys()) if (surname.includes(' ')) multi.set(squash(surname), surname);
    const prefixes = new Set<string>();
    for (const key of multi.keys()) for (let n = 1; n <= Math.min(key.length, PREFIX_LIMIT); n++) prefixes.add(key.slice(0, n));
    for (const w of startWords) startBits[w] = 0;
    startWords = [];
    let starts: Uint32Array | undefined = startBits;
    for (const surname of known.keys()) {
      if (surname.length < 2) {
        starts = undefined;
        break;
      }
      const k = twoChars(surname);
      startBits[k >>> 5]! |= 1 << (k & 31);
      startWords.push(k >>> 5);
    }
    c = { size: known.size, multi, prefixes, starts };
    lastKnown = known;
    lastMulti = c;
  }
  return c;
}

/** Marks bare surnames (also genitive "Trumps") of people named elsewhere in the document as person mentions. */
export function linkSurnames(
  tokens: readonly Token[],
  found: LocalEntity[],
  known: ReadonlyMap<string, KnownPerson>,
  pack: ExtractionPack,
): LocalEntity[] {
  if (known.size === 0) return found;
  // Surnames of several words ("de la Cruz", "von der Leyen"), matched as token runs with case and the spaces between
  // particles ignored ("Dela Cruz" is the "de la Cruz" of the same article).
  const { multi, prefixes, starts } = multiWordSurnames(known);
  const multiAt = (i: number): { surname: string; to: number } | undefined => {
    if (i < 0 || i >= tokens.length) return undefined;
    let run = tokens[i]!.lower;
    if (run.length <= PREFIX_LIMIT && !prefixes.has(run)) return undefined;
    for (let to = i + 2; to <= Math.min(tokens.length, i + 4); to++) {
      const t = tokens[to - 1]!;
      if (t.start !== tokens[to - 2]!.end + 1) return undefined;
      run += t.lower;
      if (run.length <= PREFIX_LIMIT && !prefixes.has(run)) return undefined;
      if (!t.cap) continue;
      const surname = multi.get(run);
      if (surname !== undefined) return { surname, to };
    }
    return undefined;
  };
  // "Krzysztof Wójcik conducted …" opening a sentence: capitals there prove nothing, so the first pass skipped the
  // pair; once the surname is known, the capitalized word right before it is this person's given name.
  const opening = tokens[0];
  const openingGiven = (surnameAt: number): Token | undefined => {
    if (
      surnameAt === 1 &&
      opening &&
      opening.end + 1 === tokens[1]!.start &&
      opening.cap &&
      !known.has(opening.text) &&
      // Only where the article named this surname's person in full: the opener then stands where a given name does.
      known.get(tokens[1]!.text)?.given !== undefined &&
      !found.some((x) => x.start < opening.end && opening.start < x.end)
    ) {
      const lex = lexicon(pack);
      const f = profileOf(opening, lex, pack).f;
      if ((f & (DETERMINER | NAME)) === NAME) return opening;
    }
    return undefined;
  };
  const runText = (from: number, to: number) => wordsOf(tokens, from, to);
  const out = found.length === 0 ? [] : found.map((e) => {
    // Copied field by field (a spread is several times slower), in the field order of `person`.
    const copy = entity(e.text, e.start, e.end, e.kind, e.surname, e.given, e.role);
    // "De la Cruz sagte" was found as "Cruz": the particles before it belong to the known surname.
    if (copy.kind === 'person' && !copy.given && multi.size > 0) {
      const last = tokenEndingAt(tokens, copy.end) ?? -1;
      for (let back = 1; back <= 3 && last >= 0; back++) {
        const hit = multiAt(last - back);
        if (hit && hit.to === last + 1 && tokens[last - back]!.start < copy.start) {
          copy.start = tokens[last - back]!.start;
          copy.text = runText(last - back, last + 1);
          copy.surname = copy.text;
          const given = known.get(hit.surname)?.given;
          if (given) copy.given = given;
          break;
        }
      }
    }
    const at = copy.kind === 'person' && !copy.given ? tokenEndingAt(tokens, copy.end) : undefined;
    const opener = at !== undefined && tokens[at]!.start === copy.start && copy.surname && known.has(copy.surname) ? openingGiven(at) : undefined;
    if (opener) {
      copy.start = opener.start;
      copy.text = `${opener.text} ${copy.text}`;
      copy.given = opener.text;
      return copy;
    }
    if (copy.kind === 'person' && copy.surname) {
      // "Präsident Trumps" is Trump in the genitive when Trump is known.
      const g = stripGenitive(copy.surname, pack);
      if (g && known.has(g)) copy.surname = g;
      // A surname-only mention found on its own evidence still inherits the given name.
      const given = known.get(copy.surname)?.given;
      if (!copy.given && given) copy.given = given;
    }
    return copy;
  });
  let k = 0;
  // Mentions come in reading order from findEntities; sorting only where they do not. New mentions are pushed past
  // the first `count`, so in reading order the mentions found before are `out` itself, read only up to `count`.
  const count = out.length;
  let ordered = true;
  for (let x = 1; x < count; x++) if (out[x - 1]!.start > out[x]!.start) ordered = false;
  const sorted = ordered ? out : [...out].sort((a, b) => a.start - b.start);
  const several = multi.size > 0;
  for (let ti = 0; ti < tokens.length; ti++) {
    const t = tokens[ti]!;
    // Only a capitalized word can be a bare surname, and only one that starts like a known one: most words are passed
    // over here (the cursor `k` catches up at the next word that is not, as it moves by offset alone).
    if (!several && (!t.cap || (starts !== undefined && (t.text.length < 2 || !hasStart(starts, t.text))))) continue;
    while (k < count && sorted[k]!.end <= t.start) k++;
    const cur = k < count ? sorted[k] : undefined;
    if (cur && cur.start < t.end && cur.end > t.start) continue;
    const hit = several ? multiAt(ti) : undefined;
    if (hit && !someOverlap(sorted, count, t.start, tokens[hit.to - 1]!.end)) {
      const given = known.get(hit.surname)?.given;
      out.push(entity(runText(ti, hit.to), t.start, tokens[hit.to - 1]!.end, 'person', runText(ti, hit.to), given || undefined, undefined));
      ti = hit.to - 1;
      continue;
    }
    if (!t.cap) continue;
    let surname: string | undefined;
    if (known.has(t.text)) surname = t.text;
    else {
      const g = stripGenitive(t.text, pack);
      if (g && known.has(g)) surname = g;
    }
    if (!surname) continue;
    const first = openingGiven(ti);
    if (first) {
      out.push(entity(`${first.text} ${t.text}`, first.start, t.end, 'person', surname, first.text, undefined));
      continue;
    }
    const given = known.get(surname)?.given;
    out.push(entity(t.text, t.start, t.end, 'person', surname, given || undefined, undefined));
  }
  // Most sentences link nothing new and keep their order: the stable sort would leave them as they are.
  for (let x = 1; x < out.length; x++) if (out[x - 1]!.start > out[x]!.start) return out.sort((a, b) => a.start - b.start);
  return out;
}

/** Whether one of the first `count` mentions overlaps [start, end). */
function someOverlap(mentions: readonly LocalEntity[], count: number, start: number, end: number): boolean {
  for (let x = 0; x < count; x++) if (mentions[x]!.start < end && mentions[x]!.end > start) return true;
  return false;
}
