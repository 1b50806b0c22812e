import type { ExtractionPack } from './pack.js';
import type { Lexicon } from './lexicon.js';
import { memo, remember, screenedMatcher, wordCache, type PhraseMatcher, type Token } from './tokens.js';
import { codeAt, digitRuns, dropScreen, isDigit, isSpace, lendScreen, mayOpenCount, quantityTables, readNumberWords, SpanMarks, type DigitRuns } from './quantities.js';

/** Month names that are no abbreviation of a longer name of the same month ("Mai", "May", not "Mar"). */
function fullMonthNames(pack: ExtractionPack): Set<string> {
  return memo(pack, 'fullMonthNames', () => {
    const entries = Object.entries(pack.months).map(([name, n]) => [name.toLowerCase(), n] as const);
    return new Set(entries.filter(([name, n]) => !entries.some(([other, m]) => m === n && other.length > name.length && other.startsWith(name))).map(([name]) => name));
  });
}

/** Duration nouns that no shorter noun of the same unit begins ("woche" but not "wochen", "year" but not "years"). */
function singularUnits(pack: ExtractionPack): Set<string> {
  return memo(pack, 'singularUnits', () => {
    const keys = Object.keys(pack.durationUnits);
    return new Set(keys.filter((k) => !keys.some((o) => o !== k && k.startsWith(o) && pack.durationUnits[o] === pack.durationUnits[k])));
  });
}

// Word classes the token loops below need; a sentence holding none of a loop's words skips that loop entirely.
const CLOCK = 1;
const UNIT = 2;
const WEEKDAY = 4;
const REL_DAY = 8;
const REL_MOD = 16;
const DAY_PHRASE = 32;
const REL_PHRASE = 64;
/** Holds a month name with no letter on either side ("Mai", "5Mai", "Mai-Ende"): the month patterns can only match there. */
const MONTH_IN = 128;
/** Holds a clock word with no letter on either side ("Uhr", "15Uhr"). */
const CLOCK_IN = 256;
/** Holds an ASCII digit: every digit of a sentence is inside a token, so no token with one means no digit pattern can match. */
const DIGITS_IN = 512;
/** Only digits ("3" in "vor 3 Tagen"). */
const ALL_DIGITS = 1024;
/** May open a written-out count ("drei", "one", "zweihundert", "einem"): the only words the clock and duration loops read numbers from. */
const COUNT_WORD = 2048;

function relativeDayPhrases(pack: ExtractionPack): PhraseMatcher {
  return memo(pack, 'relativeDayPhrases', () => screenedMatcher(pack, Object.keys(pack.relativeDayPhrases)));
}

const LETTER = /\p{L}/u;
const isLetterAt = (w: string, i: number) => i >= 0 && i < w.length && LETTER.test(w[i]!);

/**
 * Whether `word` holds one of `names` with no letter right before or after it. A name made of letters only lies
 * inside one token, so this per-word answer screens a whole-sentence pattern; with other names the screen stays open.
 */
function holdsName(word: string, names: readonly string[], letters: readonly boolean[]): boolean {
  for (let n = 0; n < names.length; n++) {
    const name = names[n]!;
    if (!letters[n]) return true;
    for (let at = word.indexOf(name); at >= 0; at = word.indexOf(name, at + 1)) {
      if (!isLetterAt(word, at - 1) && !isLetterAt(word, at + name.length)) return true;
    }
  }
  return false;
}

/** The fixed word classes of a pack: exact words of the token loops. */
function dateWordBits(pack: ExtractionPack, lex: Lexicon): Map<string, number> {
  return memo(lex, 'dateWordBits', () => {
    const bits = new Map<string, number>();
    const mark = (words: Iterable<string>, bit: number) => {
      for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
    };
    mark(pack.clockWords, CLOCK);
    mark(Object.keys(pack.durationUnits), UNIT);
    mark(Object.keys(pack.weekdays), WEEKDAY);
    mark(Object.keys(pack.relativeDays), REL_DAY);
    mark(Object.keys(pack.relativeModifiers), REL_MOD);
    mark(relativeDayPhrases(pack).firstWords(), DAY_PHRASE);
    mark(lex.relativePhrases.firstWords(), REL_PHRASE);
    return bits;
  });
}

// Month names (lower-case) and clock words as lists for the per-word screen.
// With each list, whether each name is made of letters only (asked for every new word, so worked out once).
function screenNames(pack: ExtractionPack): { months: string[]; clock: string[]; monthLetters: boolean[]; clockLetters: boolean[]; ones: Set<string> } {
  return memo(pack, 'dateScreenNames', () => {
    const months = Object.keys(pack.months).map((m) => m.toLowerCase());
    const clock = pack.clockWords.map((c) => c.toLowerCase());
    const letters = (name: string) => /^\p{L}+$/u.test(name);
    return { months, clock, monthLetters: months.map(letters), clockLetters: clock.map(letters), ones: new Set(pack.durationOnes) };
  });
}

/** All date word classes of one lower-case word, worked out on its first sight and then one lookup per token. */
function wordClasses(word: string, cache: Map<string, number>, pack: ExtractionPack, lex: Lexicon): number {
  let bits = cache.get(word);
  if (bits === undefined) {
    const names = screenNames(pack);
    bits = dateWordBits(pack, lex).get(word) ?? 0;
    if (holdsName(word, names.months, names.monthLetters)) bits |= MONTH_IN;
    if (holdsName(word, names.clock, names.clockLetters)) bits |= CLOCK_IN;
    if (/\d/.test(word)) bits |= DIGITS_IN;
    if (/^\d+$/.test(word)) bits |= ALL_DIGITS;
    if (names.ones.has(word) || mayOpenCount(word, pack)) bits |= COUNT_WORD;
    remember(cache, word, bits);
  }
  return bits;
}

/**
 * The starts of every word that has a class: the first three characters and the length (1, 2, 3 or "4 or more") packed
 * into one number. A word made of letters only whose start is not among them has no class (a month or clock word
 * inside it would need a non-letter beside it, a number part would begin it), so most words are settled with one
 * small-set lookup instead of a lookup in the large per-word cache. Undefined when some listed word cannot be packed:
 * then every word takes the cache.
 */
function classStarts(pack: ExtractionPack, lex: Lexicon): Set<number> | undefined {
  return memo(lex, 'dateClassStarts', () => {
    const exact = [
      ...dateWordBits(pack, lex).keys(),
      ...screenNames(pack).months,
      ...screenNames(pack).clock,
      ...pack.durationOnes,
      ...Object.keys(pack.numberWords),
      ...Object.keys(pack.vagueCounts),
      ...Object.keys(pack.fractionNouns),
    ];
    const parts = Object.keys(pack.numberParts);
    // A number part shorter than three characters would open words by its first one or two only.
    if (parts.some((w) => w.length < 3)) return undefined;
    const starts = new Set<number>();
    for (const w of [...exact, ...parts]) {
      const key = startKey(w);
      if (key < 0) return undefined;
      starts.add(key);
    }
    // A number part also opens longer words ("elf" in "elfhundert"): the same start with the length "4 or more".
    for (const w of parts) starts.add(startKey(w) & 0xffffff);
    return starts;
  });
}

/** The packed start of a word (see classStarts): length tag (0 for four or more) and three characters; -1 beyond Latin-1. */
function startKey(w: string): number {
  const n = w.length;
  if (n === 0) return -1;
  const c0 = w.charCodeAt(0);
  const c1 = n > 1 ? w.charCodeAt(1) : 0;
  const c2 = n > 2 ? w.charCodeAt(2) : 0;
  return (c0 | c1 | c2) > 0xff ? -1 : ((n >= 4 ? 0 : n) << 24) | (c0 << 16) | (c1 << 8) | c2;
}

/** Whether every character is a lower-case Latin letter (ASCII or Latin-1 to Latin Extended-B); anything else may hide a digit or a bounded name. */
function latinLetters(w: string): boolean {
  for (let j = 0; j < w.length; j++) {
    const c = w.charCodeAt(j);
    if (!((c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7))) return false;
  }
  return true;
}

// Per-token classes of the sentence being read; findDates does not re-enter, so one buffer serves every call.
// A sentence of more tokens than the shared buffer may hold gets its own, so a freak sentence leaves no large buffer behind.
const SHARED_TOKEN_MARKS = 4096;
let sharedMarks: Int32Array = new Int32Array(64);
let marks: Int32Array = sharedMarks;
/** Where the sentence's classes start in `marks` (past 0 when they are read in place from the screens kept ahead). */
let marksAt = 0;

/** Points `marks` at a buffer with room for `n` tokens. */
function useMarks(n: number): void {
  if (n > SHARED_TOKEN_MARKS) marks = new Int32Array(n);
  else {
    if (sharedMarks.length < n) sharedMarks = new Int32Array(Math.min(SHARED_TOKEN_MARKS, n * 2));
    marks = sharedMarks;
  }
}

/** Fills `marks` with the classes of each token and returns their union; lends the screen to the quantity extractor. */
function classify(tokens: readonly Token[], cache: Map<string, number>, starts: Set<number> | undefined, pack: ExtractionPack, lex: Lexicon): number {
  useMarks(tokens.length);
  let has = 0;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.lower;
    if (starts !== undefined && !starts.has(startKey(word)) && latinLetters(word)) {
      marks[i] = 0;
      continue;
    }
    has |= marks[i] = cache.get(word) ?? wordClasses(word, cache, pack, lex);
  }
  // findQuantities reads the same sentence next: the count-word bit spares it a second lookup per token.
  lendScreen(tokens, lex, pack, marks, 0, has, COUNT_WORD, DIGITS_IN);
  return has;
}

/** The date word classes of a lower-case word, as `classify` marks its token: for callers that profile every word anyway. */
export function dateClasses(word: string, pack: ExtractionPack, lex: Lexicon): number {
  const { classes, starts } = tables(pack, lex);
  if (starts !== undefined && !starts.has(startKey(word)) && latinLetters(word)) return 0;
  return classes.get(word) ?? wordClasses(word, classes, pack, lex);
}

// Sentence screens worked out ahead by the entity extractor's word profiles, in the order it read the sentences: the
// pipeline profiles every sentence of an article and then runs findDates over them in the same order, so a cursor
// finds each screen with one identity test (a WeakMap keyed by the token array costs an ephemeron entry per sentence).
// A token array is let go once its screen is read (and the whole list when the next article's entity pass starts), so
// none outlives its article here; sentences read in any other order fall back to `classify`.
/** Most screens one article keeps ahead; sentences beyond are classified when read. */
const AHEAD_LIMIT = 1 << 14;
/** A buffer of classes grown past this many entries by a long article is let go when the next article starts. */
const AHEAD_KEEP = 1 << 16;
const aheadTokens: (readonly Token[] | undefined)[] = [];
/** Where each sentence's classes start in `aheadBits` (only sentences with any class have them stored). */
const aheadAt: number[] = [];
const aheadHas: number[] = [];
let aheadBits = new Int32Array(1024);
let aheadUsed = 0;
let aheadLex: Lexicon | undefined;
let aheadPack: ExtractionPack | undefined;
/** The next screen to read; a screen kept after reading has begun starts a new article's list. */
let aheadRead = 0;

/**
 * Hands findDates the classes of the `n` tokens of `tokens` (`classes[k]` is `dateClasses` of token k's lower-case
 * word) and their union `has`; `classes` is copied, so the caller may reuse it.
 */
export function keepDateScreen(tokens: readonly Token[], lex: Lexicon, pack: ExtractionPack, classes: Int32Array, n: number, has: number): void {
  if (aheadRead > 0 || lex !== aheadLex || pack !== aheadPack) {
    aheadTokens.length = 0;
    aheadAt.length = 0;
    aheadHas.length = 0;
    aheadRead = 0;
    aheadUsed = 0;
    // The buffer is written over from the start: a screen of it still lent to findQuantities must not be read.
    dropScreen();
    if (aheadBits.length > AHEAD_KEEP) aheadBits = new Int32Array(1024);
    aheadLex = lex;
    aheadPack = pack;
  }
  if (aheadTokens.length >= AHEAD_LIMIT) return;
  const at = aheadUsed;
  if (has !== 0) {
    if (at + n > aheadBits.length) {
      const grown = new Int32Array(Math.max(at + n, aheadBits.length * 2));
      grown.set(aheadBits.subarray(0, at));
      aheadBits = grown;
    }
    for (let k = 0; k < n; k++) aheadBits[at + k] = classes[k]!;
    aheadUsed = at + n;
  }
  aheadTokens.push(tokens);
  aheadAt.push(at);
  aheadHas.push(has);
}

/** What findDates derives from a pack and its lexicon. */
interface DateTables {
  re: DateRegexes;
  ones: Set<string>;
  cues: Set<string>;
  classes: Map<string, number>;
  starts: Set<number> | undefined;
  /** The records read with any word of the sentence, as maps: only the pack's own words, never "constructor". */
  weekdays: Map<string, number>;
  units: Map<string, 'Y' | 'M' | 'W' | 'D'>;
  /** Month numbers by name as news writes it (lower-case, capitalized, upper-case): no lower-casing per match. */
  monthsAsWritten: Map<string, number>;
  numberWords: Map<string, number>;
}

// The pack of the previous call: consecutive sentences share it, so one comparison replaces several cache lookups.
let lastPack: ExtractionPack | undefined;
let lastLex: Lexicon | undefined;
let lastTables: DateTables | undefined;

function monthsAsWritten(pack: ExtractionPack): Map<string, number> {
  const out = new Map<string, number>();
  for (const [name, n] of Object.entries(pack.months)) {
    // Only spellings that lower-case back to the listed name, so a lookup gives what `months[w.toLowerCase()]` gives.
    for (const w of [name, name.charAt(0).toUpperCase() + name.slice(1), name.toUpperCase()]) if (w.toLowerCase() === name && !out.has(w)) out.set(w, n);
  }
  return out;
}

function tables(pack: ExtractionPack, lex: Lexicon): DateTables {
  if (pack !== lastPack || lex !== lastLex || lastTables === undefined) {
    lastTables = {
      re: regexes(pack),
      ones: memo(pack, 'durationOnesSet', () => new Set(pack.durationOnes)),
      cues: memo(pack, 'yearCueSet', () => new Set(pack.yearCues)),
      classes: wordCache<number>(lex, 'dateWordClasses', 1)[0]!,
      starts: classStarts(pack, lex),
      ...memo(pack, 'dateMaps', () => ({
        weekdays: new Map(Object.entries(pack.weekdays)),
        units: new Map(Object.entries(pack.durationUnits)),
        monthsAsWritten: monthsAsWritten(pack),
      })),
      numberWords: quantityTables(pack).numberWords,
    };
    lastPack = pack;
    lastLex = lex;
  }
  return lastTables;
}

// Characters already claimed by a date of the sentence being read (findDates does not re-enter).
const usedMask = new SpanMarks();

/** A date expression with offsets local to its sentence. */
export interface LocalDate {
  text: string;
  start: number;
  end: number;
  kind: 'date' | 'weekday' | 'month' | 'year' | 'time' | 'relative';
  value?: string;
  weekday?: number;
  /** Calendar value against publication: "2025-10-27", "2025-11" or "2023", as precise as the wording. */
  resolved?: string;
}

/**
 * Every date has all fields, undefined where one does not apply: one object shape keeps the loops that read dates
 * (here, the quantity extractor's overlap marks, attribution) monomorphic. The claim builder copies only the set ones.
 */
function date(text: string, start: number, end: number, kind: LocalDate['kind'], value?: string, weekday?: number): LocalDate {
  return { text, start, end, kind, value, weekday, resolved: undefined };
}

/** "00" to "99": every month, day, hour and minute is padded from here instead of building the string each time. */
const PADDED: readonly string[] = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
const pad = (n: number) => PADDED[n] ?? String(n).padStart(2, '0');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface DateRegexes {
  dayMonth: RegExp;
  monthDay: RegExp;
  month: RegExp;
  clock: RegExp | undefined;
  /** Some month name opens with no letter, so a month pattern may begin outside the words (`monthStarts`). */
  anyStart: boolean;
  /** Every month name is letters only (see `mayBeMonthDay`). */
  lettersOnly: boolean;
}

// Every date pattern is sticky: it is tried only where it can begin (a run of digits, a word holding a month name),
// never scanned across the whole sentence (see `eachMatch`).
function regexes(pack: ExtractionPack): DateRegexes {
  return memo(pack, 'dateRegexes', () => {
    // Longest names first so "september" wins over "sep"; a plain alternation of words stays linear.
    const names = Object.keys(pack.months).sort((a, b) => b.length - a.length).map(escape).join('|');
    const ord = pack.ordinalSuffixes.map(escape).join('|');
    const clock = pack.clockWords.map(escape).join('|');
    return {
      dayMonth: new RegExp(`(?<![\\d.])(\\d{1,2})(?:\\.|${ord})?\\s{1,3}(${names})\\.?(?![\\p{L}])(?:,?\\s{1,3}(\\d{4})(?!\\d))?`, 'yiu'),
      monthDay: new RegExp(`(?<![\\p{L}])(${names})\\.?\\s{1,3}(\\d{1,2})(?:${ord})?(?![\\d.,]\\d|\\d)(?:,?\\s{1,3}(\\d{4})(?!\\d))?`, 'yiu'),
      month: new RegExp(`(?<![\\p{L}])(${names})\\.?(?![\\p{L}])(?:\\s{1,3}(\\d{4})(?!\\d))?`, 'yiu'),
      anyStart: Object.keys(pack.months).some((name) => !/^\p{L}/u.test(name)),
      lettersOnly: Object.keys(pack.months).every((name) => /^\p{L}+$/u.test(name)),
      clock: clock ? new RegExp(`(?<![\\d.,])(\\d{1,2})(?:[:.](\\d{2}))?\\s?(?:${clock})(?![\\p{L}])`, 'yiu') : undefined,
    };
  });
}

// Each opens with a digit that no digit precedes: tried at the starts of digit runs only (see `digitRuns`).
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/y;
const DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?(?![\d])/y;
// "2:30 p.m." and the British "2.30 p.m.".
const AMPM = /(?<![\d.,])(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?\s?m\b\.?/iy;
const COLON = /(?<![\d.,:])(\d{1,2}):(\d{2})(?![\d:])/y;
const YEAR = /(?<![\d.,$€£\p{L}])(19\d\d|20\d\d|2100)(?![\d%]|[.,]\d|\s?%)/uy;

// Gates for `eachMatch`: what a pattern needs right around a run of digits at [start, end), read by code. Each is
// true wherever the pattern could match there, so a false answer skips a pattern run (most runs) and changes nothing.

/** DOTTED after `follow` found the first period: no period before, then one or two digits and a second period. */
function mayBeDotted(text: string, start: number, end: number): boolean {
  if (start > 0 && text.charCodeAt(start - 1) === 0x2e) return false;
  if (!isDigit(codeAt(text, end + 1))) return false;
  return codeAt(text, isDigit(codeAt(text, end + 2)) ? end + 3 : end + 2) === 0x2e;
}

/** AMPM: no period or comma before, then "a"/"p" after at most one space, right after the digits or after ":30" / ".30". */
function mayBeAmPm(text: string, start: number, end: number): boolean {
  const b = start > 0 ? text.charCodeAt(start - 1) : -1;
  if (b === 0x2e || b === 0x2c) return false;
  if (apAt(text, end)) return true;
  const c = codeAt(text, end);
  return (c === 0x3a || c === 0x2e) && isDigit(codeAt(text, end + 1)) && isDigit(codeAt(text, end + 2)) && apAt(text, end + 3);
}

/** Whether "a" or "p" (either case) stands at `at`, or right after one white-space character there. */
function apAt(text: string, at: number): boolean {
  let c = codeAt(text, at);
  if (isSpace(c)) c = codeAt(text, at + 1);
  c |= 0x20;
  return c === 0x61 || c === 0x70;
}

/**
 * monthDay at a month start: the name is followed by an optional period, one to three spaces and a digit. The name
 * ends where the letters do (a period or space follows it, and with `lettersOnly` it has no other character), so
 * the word is skipped to its first non-letter; a non-ASCII character counts as a letter unless it is a space.
 */
function mayBeMonthDay(text: string, start: number): boolean {
  let i = start;
  for (let c = codeAt(text, i); (c >= 0x80 && !isSpace(c)) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a); c = codeAt(text, ++i));
  if (codeAt(text, i) === 0x2e) i++;
  let n = 0;
  while (n < 3 && isSpace(codeAt(text, i + n))) n++;
  return n > 0 && isDigit(codeAt(text, i + n));
}

/** No bound on the length of what starts there (month names: `ends` is not read). */
const ANY = -1;

/**
 * Runs a sticky pattern at each of `starts` from the first, skipping those inside the previous match, and calls `each`
 * with every match: where every match of the pattern begins at one of `starts`, these are the matches, in order, that
 * a global scan of the whole text finds (it goes on from the end of each match), for the cost of a few anchored tries.
 * With digit runs, only runs of `least` to `most` digits are tried (the pattern's opening `\d{n,m}` fits no other),
 * and with `follow` (a UTF-16 unit) only runs right before it (the character the pattern needs after the digits).
 */
function eachMatch(
  re: RegExp,
  text: string,
  starts: DigitRuns,
  least: number,
  most: number,
  each: (m: RegExpExecArray) => void,
  follow = ANY,
  gate?: (text: string, start: number, end: number) => boolean,
): void {
  const at = starts.starts;
  const ends = starts.ends;
  for (let r = 0, from = 0; r < starts.count; r++) {
    const p = at[r]!;
    if (p < from) continue;
    if (least !== ANY) {
      const length = ends[r]! - p;
      if (length < least || length > most || (follow !== ANY && codeAt(text, ends[r]!) !== follow)) continue;
    }
    if (gate !== undefined && !gate(text, p, least !== ANY ? ends[r]! : p)) continue;
    re.lastIndex = p;
    const m = re.exec(text);
    if (m === null) continue;
    from = re.lastIndex;
    each(m);
  }
}

const sharedMonthStarts: DigitRuns = { starts: new Int32Array(64), ends: new Int32Array(0), count: 0 };

/**
 * Where a month name may begin: in a word holding one with no letter beside it (`MONTH_IN`), at the word's start or
 * after a character inside it that is no ASCII letter ("5Mai"). A month pattern opens with the name after a lookbehind
 * for no letter, so it can begin nowhere else.
 */
function monthStarts(text: string, tokens: readonly Token[], classes: Int32Array, from: number, anyStart: boolean): DigitRuns {
  const out = sharedMonthStarts;
  let at = out.starts;
  let count = 0;
  // A pack with a month name that opens with no letter has its month patterns tried everywhere.
  if (anyStart) return { starts: Int32Array.from({ length: text.length }, (_, i) => i), ends: new Int32Array(0), count: text.length };
  for (let k = 0; k < tokens.length; k++) {
    if ((classes[from + k]! & MONTH_IN) === 0) continue;
    const t = tokens[k]!;
    for (let p = t.start; p < t.end; p++) {
      if (p > t.start && ((text.charCodeAt(p - 1) | 0x20) >= 0x61 && (text.charCodeAt(p - 1) | 0x20) <= 0x7a)) continue;
      if (count === at.length) {
        const grown = new Int32Array(count * 2);
        grown.set(at);
        at = grown;
      }
      at[count++] = p;
    }
  }
  if (at !== out.starts) {
    // A long sentence's positions go with it; the shared buffer stays small.
    if (at.length > 1024) return { starts: at, ends: out.ends, count };
    out.starts = at;
  }
  out.count = count;
  return out;
}

// Every sentence of an article passes the same publication date: parsed once per article, not per sentence.
let lastPublished: string | undefined;
let lastBase: Date | undefined;
function baseDate(value: string | undefined): Date | undefined {
  if (value !== lastPublished) {
    lastBase = parseIsoDate(value);
    lastPublished = value;
  }
  return lastBase;
}

function parseIsoDate(value: string | undefined): Date | undefined {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? undefined : d;
}

function iso(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86400000);
}

/** Shifts a date by whole units; months and years clamp to the month's last day ("31 Jan" + 1 month = 28/29 Feb). */
function shift(d: Date, n: number, unit: 'Y' | 'M' | 'W' | 'D'): Date {
  if (unit === 'D') return addDays(d, n);
  if (unit === 'W') return addDays(d, 7 * n);
  const months = unit === 'Y' ? 12 * n : n;
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), last)));
}

/** A shifted date written only as precisely as its unit: a year for "Y", a month for "M", a day otherwise. */
function precise(d: Date, unit: 'Y' | 'M' | 'W' | 'D'): string {
  if (unit === 'Y') return String(d.getUTCFullYear());
  if (unit === 'M') return iso(d).slice(0, 7);
  return iso(d);
}

/** Monday-based weekday 1-7 of a date. */
function weekdayOf(d: Date): number {
  return ((d.getUTCDay() + 6) % 7) + 1;
}

/**
 * `Date.UTC(year, month - 1, day)` by arithmetic (days from the civil date, proleptic Gregorian), also for a day past
 * the month's end; three per date without a year, which the builtin makes a visible cost.
 */
function utcMillis(year: number, month: number, day: number): number {
  // The builtin reads years 0-99 as 1900-1999; values outside what a valid day gives are left to it too.
  if ((year >= 0 && year <= 99) || !(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return Date.UTC(year, month - 1, day);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return (era * 146097 + doe - 719468) * 86400000;
}

/**
 * The year that puts month/day closest to publication ("17. Juni" in an article of October 2025 is 2025-06-17).
 * News report the past more than they announce: a date ahead counts twice as far, so "im März" in October is the last March.
 */
function nearestYear(base: Date, month: number, day: number): number {
  const y = base.getUTCFullYear();
  let best = y;
  let bestGap = Infinity;
  for (let cand = y - 1; cand <= y + 1; cand++) {
    const diff = utcMillis(cand, month, day) - base.getTime();
    const gap = diff > 0 ? 2 * diff : -diff;
    if (gap < bestGap) {
      bestGap = gap;
      best = cand;
    }
  }
  return best;
}

/** Fills `resolved` of an absolute mention from its value; dates and months without a year take the nearest year. */
function resolveAbsolute(d: LocalDate, base: Date | undefined): void {
  const v = d.value;
  // Clock times ("T14:30") resolve to nothing: no pattern to try.
  if (!v || v.charCodeAt(0) === 0x54) return;
  if (calendarValue(v)) d.resolved = v;
  else if (base && monthDayValue(v, 7)) d.resolved = `${nearestYear(base, Number(v.slice(2, 4)), Number(v.slice(5, 7)))}${v.slice(1)}`;
  else if (base && monthDayValue(v, 4)) d.resolved = `${nearestYear(base, Number(v.slice(2, 4)), 15)}${v.slice(1)}`;
}

/**
 * The lower-case word before `at` past spaces and commas, within the 30 characters before it: what
 * `/([\p{L}]+)[\s,]*$/u` finds in that slice, read backwards by code instead of tried at each of its characters.
 */
function wordBefore(text: string, at: number): string | undefined {
  const lo = Math.max(0, at - 30);
  let j = at;
  while (j > lo) {
    const c = text.charCodeAt(j - 1);
    if (c !== 0x2c && !isSpace(c)) break;
    j--;
  }
  let i = j;
  while (i > lo) {
    const c = text.charCodeAt(i - 1);
    // A surrogate half may be part of a letter outside the BMP, or cut by the slice: the pattern decides.
    if (c >= 0xd800 && c <= 0xdfff) return /([\p{L}]+)[\s,]*$/u.exec(text.slice(lo, at))?.[1]?.toLowerCase();
    if (c < 0x80 ? (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a : LETTER.test(text[i - 1]!)) i--;
    else break;
  }
  return i < j ? text.slice(i, j).toLowerCase() : undefined;
}

/** `/^\d{4}(-\d{2}){0,2}$/.test(v)` by code: "2025", "2025-10" or "2025-10-27". */
function calendarValue(v: string): boolean {
  const n = v.length;
  if (n !== 4 && n !== 7 && n !== 10) return false;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    if (i === 4 || i === 7 ? c !== 0x2d : !isDigit(c)) return false;
  }
  return true;
}

/** `/^--\d{2}-\d{2}$/` (length 7) or `/^--\d{2}$/` (length 4) by code: a date or month without a year. */
function monthDayValue(v: string, length: 4 | 7): boolean {
  if (v.length !== length) return false;
  for (let i = 0; i < length; i++) {
    const c = v.charCodeAt(i);
    if (i < 2 || i === 4 ? c !== 0x2d : !isDigit(c)) return false;
  }
  return true;
}

/** `/^\p{Lu}/u.test(w)`, with ASCII answered by code. */
function capitalized(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return /^\p{Lu}/u.test(w);
}

function validDay(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Finds dates, weekdays, months, years, clock times and relative expressions; resolves relative days against `publishedAt` (ISO date) when given. */
export function findDates(text: string, tokens: readonly Token[], lex: Lexicon, pack: ExtractionPack, publishedAt?: string): LocalDate[] {
  const { re, ones, cues, classes, starts, weekdays, units, numberWords, monthsAsWritten: written } = tables(pack, lex);
  let has: number;
  const k = aheadRead;
  if (k < aheadTokens.length && aheadTokens[k] === tokens && aheadLex === lex && aheadPack === pack) {
    has = aheadHas[k]!;
    // Read in place: token i's classes are at `aheadBits[aheadAt[k] + i]`.
    marks = aheadBits;
    marksAt = aheadAt[k]!;
    aheadTokens[k] = undefined;
    aheadRead = k + 1;
    lendScreen(tokens, lex, pack, marks, marksAt, has, COUNT_WORD, DIGITS_IN);
  } else {
    has = classify(tokens, classes, starts, pack, lex);
    marksAt = 0;
  }
  const from = marksAt;
  // Count words and digit-only words open no pattern on their own (every digit also sets DIGITS_IN): a sentence
  // with nothing else, most of them, holds no date.
  if ((has & ~(COUNT_WORD | ALL_DIGITS)) === 0) return [];
  const out: LocalDate[] = [];
  const base = baseDate(publishedAt);
  // One mark per character keeps the overlap test linear however many dates a sentence holds.
  usedMask.reset(text.length);
  const add = (d: LocalDate) => {
    // A period after a month name belongs to it only as an abbreviation inside the sentence ("28. Okt. 2025").
    if (d.text.endsWith('.') && (d.kind === 'date' || d.kind === 'month') && /[\p{L}]\.$/u.test(d.text)) {
      const word = /(\p{L}+)\.$/u.exec(d.text)?.[1] ?? '';
      if (word.length > 4 || (text.length - d.end <= 3 && text.slice(d.end).trim() === '')) {
        d.text = d.text.slice(0, -1);
        d.end--;
      }
    }
    if (usedMask.any(d.start, d.end)) return;
    usedMask.mark(d.start, d.end);
    out.push(d);
  };
  const monthOf = (w: string) => written.get(w) ?? pack.months[w.toLowerCase()];
  const capital = capitalized;
  // Each pattern runs only when the sentence holds what it cannot match without: a digit, a month name, a clock word,
  // or the one literal separator it needs; then only where it can begin (`eachMatch`).

  // Every pattern but the month names needs a digit; most sentences have none and skip them all.
  const digits = (has & DIGITS_IN) !== 0;
  const months = (has & MONTH_IN) !== 0;
  // Digit patterns are tried where a run of digits starts, month patterns where a month name may (see `eachMatch`).
  const runs = digits ? digitRuns(text, tokens, marks, from, DIGITS_IN) : undefined;
  const named = months ? monthStarts(text, tokens, marks, from, re.anyStart) : undefined;
  if (runs !== undefined) {
    if (text.includes('-')) eachMatch(ISO, text, runs, 4, 4, (m) => {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (validDay(d, mo)) add(date(m[0], m.index, m.index + m[0].length, 'date', `${y}-${pad(mo)}-${pad(d)}`));
    }, 0x2d);
    if (text.includes('.')) eachMatch(DOTTED, text, runs, 1, 2, (m) => {
      const d = Number(m[1]);
      const mo = Number(m[2]);
      if (!validDay(d, mo)) return;
      let y = m[3] ? Number(m[3]) : undefined;
      if (y !== undefined && y < 100) y += 2000;
      add(date(m[0], m.index, m.index + m[0].length, 'date', y ? `${y}-${pad(mo)}-${pad(d)}` : `--${pad(mo)}-${pad(d)}`));
    }, 0x2e, mayBeDotted);
    if (months) eachMatch(re.dayMonth, text, runs, 1, 2, (m) => {
      const mo = monthOf(m[2]!);
      const d = Number(m[1]);
      if (!mo || !validDay(d, mo) || !capital(m[2]!)) return;
      add(date(m[0], m.index, m.index + m[0].length, 'date', m[3] ? `${m[3]}-${pad(mo)}-${pad(d)}` : `--${pad(mo)}-${pad(d)}`));
    });
    if (named !== undefined) eachMatch(re.monthDay, text, named, ANY, ANY, (m) => {
      const mo = monthOf(m[1]!);
      const d = Number(m[2]);
      if (!mo || !validDay(d, mo) || !capital(m[1]!)) return;
      add(date(m[0], m.index, m.index + m[0].length, 'date', m[3] ? `${m[3]}-${pad(mo)}-${pad(d)}` : `--${pad(mo)}-${pad(d)}`));
    }, ANY, re.lettersOnly ? mayBeMonthDay : undefined);
    const time = (rx: RegExp) => (m: RegExpExecArray) => {
      let h = Number(m[1]);
      const min = m[2] ? Number(m[2]) : 0;
      const ampm = rx === AMPM ? m[3]!.toLowerCase() : undefined;
      if (ampm === 'p' && h < 12) h += 12;
      if (ampm === 'a' && h === 12) h = 0;
      if (h > 24 || min > 59) return;
      add(date(m[0].trimEnd(), m.index, m.index + m[0].trimEnd().length, 'time', `T${pad(h)}:${pad(min)}`));
    };
    if (re.clock && has & CLOCK_IN) eachMatch(re.clock, text, runs, 1, 2, time(re.clock));
    eachMatch(AMPM, text, runs, 1, 2, time(AMPM), ANY, mayBeAmPm);
    if (text.includes(':')) eachMatch(COLON, text, runs, 1, 2, time(COLON), 0x3a);
  }
  // A written-out hour before the clock word: "um vier Uhr".
  if (has & CLOCK) {
    for (let k = 0; k + 1 < tokens.length; k++) {
      if ((marks[from + k]! & COUNT_WORD) === 0) continue;
      const run = readNumberWords(text, tokens, k, pack);
      const h = run?.value ?? numberWords.get(tokens[k]!.lower);
      const at = run?.to ?? k + 1;
      const clock = tokens[at];
      if (h === undefined || h > 24 || !clock || !pack.clockWords.includes(clock.lower) || !/^\s{1,2}$/.test(text.slice(tokens[at - 1]!.end, clock.start))) continue;
      add(date(text.slice(tokens[k]!.start, clock.end), tokens[k]!.start, clock.end, 'time', `T${pad(h)}:00`));
    }
  }
  if (named !== undefined) eachMatch(re.month, text, named, ANY, ANY, (m) => {
    const mo = monthOf(m[1]!);
    // Capitalized only: English "may" is a modal verb.
    if (!mo || !capital(m[1]!)) return;
    // A lone abbreviation is too ambiguous ("Mar", "Dec" as names) unless a year follows.
    if (m[1]!.length <= 3 && !m[2] && !fullMonthNames(pack).has(m[1]!.toLowerCase())) return;
    add(date(m[0], m.index, m.index + m[0].length, 'month', m[2] ? `${m[2]}-${pad(mo)}` : `--${pad(mo)}`));
  });

  // Relative expressions: "gestern", "am Vortag", "next week", "last Tuesday", "vor drei Tagen", "zwei Jahre früher".
  if (has & DAY_PHRASE) for (const hit of relativeDayPhrases(pack).all(tokens)) {
    const n = pack.relativeDayPhrases[hit.phrase]!;
    const d: LocalDate = date(text.slice(tokens[hit.from]!.start, tokens[hit.to - 1]!.end), tokens[hit.from]!.start, tokens[hit.to - 1]!.end, 'relative');
    if (base) d.value = d.resolved = iso(addDays(base, n));
    add(d);
  }
  if (has & REL_DAY) tokens.forEach((t, k) => {
    if ((marks[from + k]! & REL_DAY) === 0) return;
    const rel = pack.relativeDays[t.lower];
    if (rel !== undefined && (!t.cap || k === 0)) {
      const d: LocalDate = date(t.text, t.start, t.end, 'relative');
      if (base) d.value = d.resolved = iso(addDays(base, rel));
      add(d);
    }
  });
  // A modifier before a weekday or a calendar unit: "vergangenen Freitag", "next week", "im kommenden Jahr".
  if (has & REL_MOD && has & (UNIT | WEEKDAY)) for (let k = 0; k + 1 < tokens.length; k++) {
    if ((marks[from + k]! & REL_MOD) === 0) continue;
    const dir = pack.relativeModifiers[tokens[k]!.lower];
    const u = tokens[k + 1]!;
    if (dir === undefined || !/^\s{1,2}$/.test(text.slice(tokens[k]!.end, u.start))) continue;
    const wd = u.cap ? weekdays.get(u.lower) : undefined;
    const unit = units.get(u.lower);
    if (!wd && !unit) continue;
    const d: LocalDate = date(text.slice(tokens[k]!.start, u.end), tokens[k]!.start, u.end, wd ? 'weekday' : 'relative');
    if (wd) d.weekday = wd;
    if (base && wd) {
      // "last Friday" is the one before publication, "next Friday" the one after, "this Friday" the one of the same week.
      let diff = wd - weekdayOf(base);
      if (dir < 0 && diff >= 0) diff -= 7;
      if (dir > 0 && diff <= 0) diff += 7;
      d.value = d.resolved = iso(addDays(base, diff));
    } else if (base && unit && singularUnits(pack).has(u.lower)) {
      // "kommende Woche" is one week; "in den kommenden Wochen" names no single one.
      const anchor = unit === 'W' ? addDays(base, 1 - weekdayOf(base)) : base;
      d.resolved = precise(shift(anchor, dir, unit), unit);
    }
    add(d);
    k++;
  }
  // "<n> <unit>" with a direction word: "vor drei Tagen", "a year ago", "in zwei Wochen", "zwei Jahre früher".
  if (has & UNIT) for (let k = 0; k + 1 < tokens.length; k++) {
    if ((marks[from + k]! & (ALL_DIGITS | COUNT_WORD)) === 0) continue;
    const n = tokens[k]!;
    let count: number | undefined;
    let unitAt = k + 1;
    // ALL_DIGITS marks exactly the words of digits only (lower-casing changes no digit).
    if ((marks[from + k]! & ALL_DIGITS) !== 0) count = Number(n.text);
    else if (ones.has(n.lower)) count = 1;
    else {
      const run = readNumberWords(text, tokens, k, pack);
      if (run) {
        count = run.value;
        unitAt = run.to;
      } else count = numberWords.get(n.lower);
    }
    const u = tokens[unitAt];
    const unit = u ? units.get(u.lower) : undefined;
    if (count === undefined || !unit) continue;
    const prev = k > 0 ? tokens[k - 1]!.lower : undefined;
    const next = tokens[unitAt + 1]?.lower;
    const before = prev !== undefined && pack.relativeBefore.includes(prev) ? k - 1 : k;
    const after = next !== undefined && pack.relativeAfter.includes(next) ? unitAt + 1 : unitAt;
    if (before === k && after === unitAt) continue;
    const d: LocalDate = date(text.slice(tokens[before]!.start, tokens[after]!.end), tokens[before]!.start, tokens[after]!.end, 'relative', `P${count}${unit}`);
    // Only words anchored at the report resolve ("vor", "ago", "in"); "früher", "later" count from another event.
    const dir = (after !== unitAt ? pack.relativeDirection[next!] : undefined) ?? (before !== k ? pack.relativeDirection[prev!] : undefined) ?? 0;
    if (base && dir !== 0) d.resolved = precise(shift(base, dir * count, unit), unit);
    add(d);
  }
  if (has & REL_PHRASE) for (const hit of lex.relativePhrases.all(tokens)) {
    add(date(text.slice(tokens[hit.from]!.start, tokens[hit.to - 1]!.end), tokens[hit.from]!.start, tokens[hit.to - 1]!.end, 'relative'));
  }

  // Weekdays, resolved to the nearest such day around publication.
  if (has & WEEKDAY) for (let k = 0; k < tokens.length; k++) {
    if ((marks[from + k]! & WEEKDAY) === 0) continue;
    const t = tokens[k]!;
    const wd = weekdays.get(t.lower);
    if (!wd || !t.cap) continue;
    const d: LocalDate = date(t.text, t.start, t.end, 'weekday', undefined, wd);
    if (base) {
      let diff = wd - weekdayOf(base);
      if (diff > 3) diff -= 7;
      if (diff < -3) diff += 7;
      d.value = d.resolved = iso(addDays(base, diff));
    }
    add(d);
  }
  // A bare year needs a cue before it ("im Jahr 2025", "in 2024") or must end a clause; "2000 people" is a count.
  if (runs !== undefined) eachMatch(YEAR, text, runs, 4, 4, (m) => {
    const end = m.index + m[0].length;
    const closes = /^\s*(?:[.,;:!?)\]–—-]|$)/u.test(text.slice(end, end + 3));
    // The word before is read only where the year does not close a clause.
    if (!closes) {
      const before = wordBefore(text, m.index);
      if (!(before && cues.has(before))) return;
    }
    add(date(m[0], m.index, end, 'year', m[0]));
  });
  usedMask.release();
  for (const d of out) if (d.resolved === undefined && d.kind !== 'relative' && d.kind !== 'weekday') resolveAbsolute(d, base);
  // Most sentences hold no date or one, or find theirs in reading order: nothing to sort (the sort is stable).
  for (let x = 1; x < out.length; x++) if (out[x - 1]!.start > out[x]!.start) return out.sort((a, b) => a.start - b.start);
  return out;
}
