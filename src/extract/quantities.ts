import type { ExtractionPack } from './pack.js';
import type { Lexicon } from './lexicon.js';
import type { Token } from './tokens.js';
import { countBefore, memo, remember, wordCache } from './tokens.js';

const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Currency signs and codes of the pack, longest first, as regular expressions built once per pack. */
function currencyRegexes(pack: ExtractionPack): { before: RegExp; gap: RegExp } {
  return memo(pack, 'currencyRegexes', () => {
    const keys = Object.keys(pack.currencyPrefixes).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    const any = keys.map(escapeRe).join('|');
    const signs = keys.filter((k) => !/^[A-Za-z]+$/.test(k)).map(escapeRe).join('|');
    // "etwa $ 5" / "rund 5": what may stand between an approximator and its number.
    return { before: new RegExp(`(${any})\\s?$`), gap: new RegExp(`^\\.?\\s*(?:${signs})?\\s*$`) };
  });
}

/** A quantity with offsets local to its sentence. */
export interface LocalQuantity {
  text: string;
  start: number;
  end: number;
  value: number;
  min: number;
  max: number;
  unit?: string;
  measure?: string;
  measureKey?: string;
  scale?: number;
  currency?: string;
  approximate: boolean;
}

const DIGIT = /\d/;
const LETTERS = /^[\p{L}]+/u;
// Each repetition starts with a hyphen: linear.
const COMPOUND = /^[-‐]([\p{L}]+(?:[-‐][\p{L}]+)*)/u;
/** An ungrouped run of this many digits is an identifier (order, phone or case number), not an amount. */
const ID_DIGITS = 8;
// Numbers and digit chains are read only where a run of digits starts (see `digitRuns`).
// A number is `/\d+(?:[.,]\d+)*/`, read by code where a run of digits starts (see findQuantities).
// Digit groups separated by single spaces ("1 000 000", "030 123 456").
const CHAIN_AT = /(?<![\d.,])\d+(?:[ \u00a0\u202f]\d+)+/y;

/** Where the runs of ASCII digits of one text start and end: `starts[0 .. count)`, ascending, and `ends` likewise. */
export interface DigitRuns {
  starts: Int32Array;
  ends: Int32Array;
  count: number;
}

/** Texts with more digit runs than this get a buffer of their own, so the shared one stays small. */
const SHARED_RUNS = 1 << 12;
let runsText: string | undefined;
const sharedRuns: DigitRuns = { starts: new Int32Array(64), ends: new Int32Array(64), count: 0 };
let runs: DigitRuns = sharedRuns;

/**
 * Where the runs of ASCII digits of `text` start. Every digit pattern of the date and quantity extractors begins with
 * a `\d` that no digit precedes (by its lookbehind, or greedily after the previous match), so a match can only start
 * at one of these: each pattern is tried there with a sticky twin, which finds the same matches in the same order as a
 * global scan of the whole sentence at a fraction of its cost (a pattern opening with a lookbehind is tried at every
 * character). The dates and quantities of one sentence are read in turn: the text read last is answered again.
 */
export function digitRuns(text: string, tokens?: readonly Token[], classes?: Int32Array, at = 0, bit = 0): DigitRuns {
  if (text === runsText) return runs;
  const out: DigitRuns = { starts: sharedRuns.starts, ends: sharedRuns.ends, count: 0 };
  if (tokens !== undefined && classes !== undefined) {
    // Every digit is inside a word, and no word follows a digit: only the words marked as holding one are read.
    for (let k = 0; k < tokens.length; k++) if ((classes[at + k]! & bit) !== 0) addRuns(text, tokens[k]!.start, tokens[k]!.end, out);
  } else addRuns(text, 0, text.length, out);
  if (out.starts.length <= SHARED_RUNS) {
    sharedRuns.starts = out.starts;
    sharedRuns.ends = out.ends;
    sharedRuns.count = out.count;
    runs = sharedRuns;
  } else runs = out;
  runsText = text;
  return runs;
}

/** Appends the starts of the digit runs of `text[from, to)` (`from` is not preceded by a digit) to `out`. */
function addRuns(text: string, from: number, to: number, out: DigitRuns): void {
  let before = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const digit = c >= 0x30 && c <= 0x39;
    if (digit && !before) {
      if (out.count === out.starts.length) {
        const starts = new Int32Array(out.count * 2);
        const ends = new Int32Array(out.count * 2);
        starts.set(out.starts);
        ends.set(out.ends);
        out.starts = starts;
        out.ends = ends;
      }
      out.starts[out.count++] = i;
    }
    if (!digit && before) out.ends[out.count - 1] = i;
    before = digit;
  }
  if (before) out.ends[out.count - 1] = to;
}

/** Reads "1.234,5" / "1,234.5" / "7,25" with the pack's decimal separator; NaN when malformed ("1.2.3", "12,34,5"). */
export function parseNumber(raw: string, decimal: '.' | ','): number {
  // Nearly every number is digits with at most one separator between digits: read in place, no splitting. The result
  // is what the general reading below gives; anything else goes there.
  const n = raw.length;
  let seps = 0;
  let at = -1;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x2e || c === 0x2c) {
      seps++;
      at = i;
    } else if (c < 0x30 || c > 0x39) {
      seps = -1;
      break;
    }
  }
  if (seps === 0 && n > 0) return Number(raw);
  if (seps === 1 && at > 0 && at < n - 1) {
    const sep = raw[at];
    // The language's own decimal mark, or any mark not followed by exactly three digits, is a decimal; the other
    // mark before three digits groups thousands, and a group of thousands has at most three digits before it.
    if (sep === decimal || n - at - 1 !== 3) return Number(sep === '.' ? raw : `${raw.slice(0, at)}.${raw.slice(at + 1)}`);
    return at > 3 ? NaN : Number(raw.slice(0, at) + raw.slice(at + 1));
  }
  const lastDot = raw.lastIndexOf('.');
  const lastComma = raw.lastIndexOf(',');
  // Most numbers have no separator: what the general reading below gives them.
  if (lastDot < 0 && lastComma < 0) return raw === '' ? NaN : Number(raw);
  let dec: '.' | ',' | undefined;
  if (lastDot >= 0 && lastComma >= 0) {
    // The separator that comes last is the decimal one, whatever the language.
    dec = lastDot > lastComma ? '.' : ',';
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = raw.split(sep);
    // One separator of the language's own decimal kind is a decimal; the other kind groups thousands only before three digits.
    if (parts.length === 2) dec = sep === decimal || parts[1]!.length !== 3 ? sep : undefined;
  }
  const [intPart, frac, ...rest] = dec ? raw.split(dec) : [raw];
  if (rest.length > 0 || intPart === undefined || intPart === '') return NaN;
  const grp = dec === '.' ? ',' : dec === ',' ? '.' : raw.includes('.') ? '.' : ',';
  const groups = intPart.split(grp);
  if (groups.length > 1 && (groups[0]!.length > 3 || groups.slice(1).some((g) => g.length !== 3))) return NaN;
  return Number(groups.join('') + (frac !== undefined ? `.${frac}` : ''));
}

/** Sentences longer than this get a buffer of their own, so the shared one stays small. */
const SHARED_MARKS = 1 << 14;

/**
 * Character marks of claimed spans, so overlap tests stay linear. A mark is the number of the current sentence, so a new
 * sentence needs neither a fresh array nor clearing: one shared buffer serves every call of an extractor that does not re-enter.
 */
export class SpanMarks {
  private shared = new Uint32Array(256);
  private sharedGen = 0;
  private buf: Uint32Array | Uint8Array = this.shared;
  private gen = 0;
  private used = false;

  /** Forgets every mark and makes room for a sentence of `length` characters. */
  reset(length: number): void {
    this.used = false;
    if (length + 1 > SHARED_MARKS) {
      // A fresh buffer is all zeros, so 1 marks; dropped by `release` once the sentence is read.
      this.buf = new Uint8Array(length + 1);
      this.gen = 1;
      return;
    }
    if (length + 1 > this.shared.length) this.shared = new Uint32Array(Math.min(SHARED_MARKS, Math.max(length + 1, this.shared.length * 2)));
    if (++this.sharedGen === 0xffffffff) {
      this.shared.fill(0);
      this.sharedGen = 1;
    }
    this.buf = this.shared;
    this.gen = this.sharedGen;
  }

  /** Lets go of a long sentence's own buffer. */
  release(): void {
    this.buf = this.shared;
    this.gen = this.sharedGen;
    this.used = false;
  }

  /** Marks [start, end); spans are mostly a few characters, which a plain loop writes faster than a `fill` call. */
  mark(start: number, end: number): void {
    this.used = true;
    const buf = this.buf;
    const gen = this.gen;
    if (end - start > 32 || start < 0 || end > buf.length) buf.fill(gen, start, end);
    else for (let k = start; k < end; k++) buf[k] = gen;
  }

  /** Whether any character of [start, end) is marked; nothing to scan while no span is (most sentences). */
  any(start: number, end: number): boolean {
    if (!this.used) return false;
    const buf = this.buf;
    const gen = this.gen;
    for (let k = start; k < end; k++) if (buf[k] === gen) return true;
    return false;
  }
}

const takenMask = new SpanMarks();
const idMask = new SpanMarks();
const outMask = new SpanMarks();

function overlaps(start: number, end: number, mask: SpanMarks): boolean {
  return mask.any(start, end);
}

type PartKind = 'unit' | 'teen' | 'ten' | 'hundred' | 'thousand' | 'and';
/** Which building block may follow which: "twenty-one", "einundzwanzig", "three hundred and five", "zweitausendfünf". */
const FOLLOWS: Record<PartKind | 'start', readonly PartKind[]> = {
  start: ['unit', 'teen', 'ten', 'hundred', 'thousand'],
  unit: ['and', 'hundred', 'thousand'],
  teen: ['hundred', 'thousand'],
  ten: ['unit', 'thousand'],
  hundred: ['unit', 'teen', 'ten', 'and', 'thousand'],
  thousand: ['unit', 'teen', 'ten', 'hundred', 'and'],
  and: ['unit', 'teen', 'ten'],
};
/** Longer words are no number words; the cap keeps the morpheme scan bounded per token. */
const MAX_NUMBER_WORD = 48;
/** No written-out number below a million has more parts ("seven hundred and seventy-seven thousand seven hundred and seventy-seven" has 12). */
const MAX_NUMBER_PARTS = 12;

/** The role of a number part follows from its value; 0 is the joining word. */
function partKind(value: number): PartKind {
  if (value === 0) return 'and';
  if (value < 10) return 'unit';
  if (value < 20) return 'teen';
  if (value < 100) return 'ten';
  return value < 1000 ? 'hundred' : 'thousand';
}

/** [min, max] of a counting noun: at least its value, at most just below the next power of ten ("Hunderte" = 200-999). */
function vagueRange(min: number): readonly [number, number] {
  return [min, 10 ** String(Math.round(min)).length - 1];
}

/** State of composing a written-out number. */
interface Composer {
  last: PartKind | 'start';
  total: number;
  current: number;
  parts: number;
}

/** Number parts by first letter, longest first, so most words are rejected with one map lookup. */
function partKeys(pack: ExtractionPack): Map<string, string[]> {
  return memo(pack, 'numberPartKeys', () => {
    const byFirst = new Map<string, string[]>();
    for (const key of Object.keys(pack.numberParts).sort((a, b) => b.length - a.length)) {
      const list = byFirst.get(key[0]!) ?? [];
      list.push(key);
      byFirst.set(key[0]!, list);
    }
    return byFirst;
  });
}

/** Feeds one word (hyphen pieces included) into the composer; false when it is not made of number parts in a valid order. */
function feedWord(word: string, state: Composer, pack: ExtractionPack): boolean {
  if (word.length > MAX_NUMBER_WORD) return false;
  const keys = partKeys(pack);
  // The hyphen pieces are read in place (a split by pattern tries it at every character); a part must end inside its piece.
  const n = word.length;
  for (let from = 0; from <= n; ) {
    let to = from;
    while (to < n && !isHyphen(word.charCodeAt(to))) to++;
    let i = from;
    while (i < to) {
      const list = keys.get(word[i]!);
      let key: string | undefined;
      if (list !== undefined) {
        for (let j = 0; j < list.length; j++) {
          const k = list[j]!;
          if (i + k.length <= to && word.startsWith(k, i)) {
            key = k;
            break;
          }
        }
      }
      if (!key) return false;
      const value = pack.numberParts[key]!;
      const kind = partKind(value);
      if (!FOLLOWS[state.last].includes(kind) || state.parts >= MAX_NUMBER_PARTS) return false;
      // One "thousand" per number: "thousand hundred thousand" is no number.
      if (kind === 'thousand' && state.total > 0) return false;
      if (kind === 'hundred') state.current = (state.current || 1) * value;
      else if (kind === 'thousand') {
        state.total += (state.current || 1) * value;
        state.current = 0;
      } else state.current += value;
      state.last = kind;
      state.parts++;
      i += key.length;
    }
    from = to + 1;
  }
  return true;
}

/** The two hyphens a written-out number may be joined by ("twenty-one"). */
const isHyphen = (c: number) => c === 0x2d || c === 0x2010;

/** Whether `text[from, to)` is exactly one plain space, read in place: asked for each further word of a written-out number. */
const oneSpace = (text: string, from: number, to: number) => to - from === 1 && text.charCodeAt(from) === 0x20;

/** Reads a written-out number starting at token `k` ("einundzwanzig", "three hundred and fifty"); undefined when there is none. */
export function readNumberWords(text: string, tokens: readonly Token[], k: number, pack: ExtractionPack): { value: number; to: number } | undefined {
  // Every token is tried as a first word; the state after it depends on the word alone, so it is worked out once.
  const firsts = wordCache<Composer | null>(pack, 'numberStart', 1)[0]!;
  const word = tokens[k]!.lower;
  let first = firsts.get(word);
  if (first === undefined) {
    const fresh: Composer = { last: 'start', total: 0, current: 0, parts: 0 };
    first = feedWord(word, fresh, pack) ? fresh : null;
    remember(firsts, word, first);
  }
  if (first === null) return undefined;
  const state: Composer = { ...first };
  let to = k + 1;
  // Further words joined by one space: "three hundred", "two hundred and fifty".
  while (to < tokens.length && oneSpace(text, tokens[to - 1]!.end, tokens[to]!.start)) {
    const trial: Composer = { ...state };
    if (!feedWord(tokens[to]!.lower, trial, pack)) break;
    if (trial.last === 'and') {
      const after = tokens[to + 1];
      if (!after || !oneSpace(text, tokens[to]!.end, after.start) || !feedWord(after.lower, trial, pack)) break;
      to++;
    }
    Object.assign(state, trial);
    to++;
  }
  if (state.last === 'and') return undefined;
  const value = state.total + state.current;
  // A lone "ein" / "one" is an article or pronoun far more often than a count.
  if (state.parts === 1 && value === 1) return undefined;
  return { value, to };
}

/** Folds case and number endings off a counted noun so that forms of one word compare equal. */
export function measureKey(word: string, pack: ExtractionPack): string {
  // Asked once per quantity of every article, for a small vocabulary of counted nouns: each word is folded once per pack.
  const cache = wordCache<string>(pack, 'measureKey', 1)[0]!;
  let key = cache.get(word);
  if (key === undefined) {
    key = foldMeasure(word, pack);
    remember(cache, word, key);
  }
  return key;
}

function foldMeasure(word: string, pack: ExtractionPack): string {
  if (pack.measureFoldKeep.some((e) => word.endsWith(e))) return word;
  for (const [ending, replacement] of pack.measureFold) {
    if (word.length - ending.length >= 3 && word.endsWith(ending)) return word.slice(0, word.length - ending.length) + replacement;
  }
  return word;
}

// What the endings of a word after a number tell (see `endings`).
/** Ends like a plural noun (`nounInflections`). */
const PLURAL = 1;
/** Ends like an adjective, with at least three letters before the suffix (`adjectiveSuffixes`). */
const ADJECTIVE = 2;
/** Ends like an inflected adjective before a counted noun (`measureAdjectiveEndings`). */
const MEASURE_ADJECTIVE = 4;

/** The ending classes of a lower-case word, worked out once per word: the words after numbers repeat across articles. */
function endings(word: string, cache: Map<string, number>, pack: ExtractionPack): number {
  let bits = cache.get(word);
  if (bits === undefined) {
    bits = 0;
    if (pack.nounInflections.some((e) => word.endsWith(e))) bits |= PLURAL;
    if (pack.adjectiveSuffixes.some((s) => word.length > s.length + 2 && word.endsWith(s))) bits |= ADJECTIVE;
    if (pack.measureAdjectiveEndings.some((e) => word.endsWith(e))) bits |= MEASURE_ADJECTIVE;
    remember(cache, word, bits);
  }
  return bits;
}

/** `/\d/.test(word)` by code. */
function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (isDigit(word.charCodeAt(i))) return true;
  return false;
}

/** Whether `text[from, to)` holds one of ",;:." (or also "!?()" with `all`): the gap between two words, read in place. */
function hasMark(text: string, from: number, to: number, all: boolean): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2e) return true;
    if (all && (c === 0x21 || c === 0x3f || c === 0x28 || c === 0x29)) return true;
  }
  return false;
}

function measureAfter(text: string, tokens: readonly Token[], from: number, lex: Lexicon, pack: ExtractionPack): string | undefined {
  // Built once per pack, not per quantity.
  const tables = quantityTables(pack);
  const skip = tables.skipWords;
  const isPlural = (w: string) => (endings(w, tables.endings, pack) & PLURAL) !== 0;
  let k = from;
  let steps = 0;
  while (k < tokens.length && steps < 5) {
    const t = tokens[k]!;
    if (k > from && hasMark(text, tokens[k - 1]!.end, t.start, true)) return undefined;
    if (hasDigit(t.text)) return undefined;
    if (skip.has(t.lower)) {
      k++;
      steps++;
      continue;
    }
    // A plural noun right after the number may look like a speech verb ("21 states", "two reports").
    const plural = k === from && isPlural(t.lower);
    if ((lex.speechSet.has(t.lower) && !plural) || lex.functionWords.has(t.lower) || lex.months.has(t.lower)) return undefined;
    if (pack.nounsCapitalized) {
      if (t.cap) return t.lower;
      // Only inflected adjectives stand between a number and its noun ("500 neue Stellen"); a verb ends the search ("1989 fiel die Mauer").
      if (pack.measureAdjectiveEndings.length > 0 && (endings(t.lower, tables.endings, pack) & MEASURE_ADJECTIVE) === 0) return undefined;
      k++;
      steps++;
      continue;
    }
    const next = tokens[k + 1];
    const adjective = (endings(t.lower, tables.endings, pack) & ADJECTIVE) !== 0;
    if (adjective && next && !skip.has(next.lower) && !hasDigit(next.text) && !hasMark(text, t.end, next.start, false)) {
      k++;
      steps++;
      continue;
    }
    // Right after the number, a singular noun before a plural one modifies it: "two security cameras", "ten police officers".
    if (k === from && next && !isPlural(t.lower) && isPlural(next.lower) && /^\p{Ll}+$/u.test(next.text) && /^\s{1,2}$/.test(text.slice(t.end, next.start))) {
      if (!skip.has(next.lower) && !lex.functionWords.has(next.lower) && !lex.speechSet.has(next.lower)) return next.lower;
    }
    return t.lower;
  }
  return undefined;
}

/** Marks digit chains that read as phone or reference numbers ("030 1234 567", "+49 30 …"); returns space-grouped amounts ("1 000 000") to add. */
function scanChains(text: string, runs: DigitRuns, mark: (start: number, end: number) => void): { start: number; end: number; value: number }[] {
  const grouped: { start: number; end: number; value: number }[] = [];
  let m: RegExpExecArray | null;
  // Tried only where a run of digits starts (see `digitRuns`): the matches of a global scan, in its order.
  const { starts, count } = runs;
  for (let r = 0, from = 0; r < count; r++) {
    if (starts[r]! < from) continue;
    // A chain goes on from the run's last digit with a space and a digit; nearly no run does, and those are not tried.
    let e = starts[r]!;
    while (isDigit(codeAt(text, e))) e++;
    const gap = codeAt(text, e);
    if ((gap !== 0x20 && gap !== 0xa0 && gap !== 0x202f) || !isDigit(codeAt(text, e + 1))) continue;
    CHAIN_AT.lastIndex = starts[r]!;
    if ((m = CHAIN_AT.exec(text)) === null) continue;
    from = CHAIN_AT.lastIndex;
    const groups = m[0].split(/[ \u00a0\u202f]/);
    const end = m.index + m[0].length;
    const after = codeAt(text, end);
    if ((after === 0x2e || after === 0x2c) && isDigit(codeAt(text, end + 1))) continue;
    const thousands = groups[0]!.length <= 3 && !groups[0]!.startsWith('0') && groups.slice(1).every((g) => g.length === 3);
    if (thousands) grouped.push({ start: m.index, end, value: Number(groups.join('')) });
    else if (groups.length >= 3 || groups[0]!.startsWith('0') || text[m.index - 1] === '+') mark(m.index, end);
  }
  return grouped;
}

interface Candidate {
  start: number;
  end: number;
  value: number;
  afterTok: number;
  /** [min, max] of counting nouns without a number ("Dutzende"). */
  vague: readonly [number, number] | undefined;
  /** A fraction already read ("zwei Drittel"): value is in percent, no scale or unit follows. */
  fraction: boolean;
  digits: boolean;
}

/** Every candidate has all fields: one object shape keeps the loop that reads them monomorphic. */
function candidate(start: number, end: number, value: number, afterTok: number, digits: boolean, fraction = false, vague?: readonly [number, number]): Candidate {
  return { start, end, value, afterTok, vague, fraction, digits };
}

/** `/^\p{L}/u.test(word)`, with ASCII answered by code: asked of every word that may be a number word. */
function startsWithLetter(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  return /^\p{L}/u.test(word);
}

/** Whether a UTF-16 code unit is white space as `\s` reads it (Unicode spaces and line ends). */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `/^\s{min,max}$/.test(text.slice(from, to))` without the slice: the gap between a number and the next word is tested per candidate. */
function spaces(text: string, from: number, to: number, min: number, max: number): boolean {
  const length = Math.max(0, to - from);
  if (length < min || length > max) return false;
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** The token right before `offset` when only a period and spaces stand between. */
function tokenBefore(text: string, tokens: readonly Token[], offset: number): Token | undefined {
  const k = countBefore(tokens, offset) - 1;
  const t = tokens[k];
  if (!t) return undefined;
  // `/^\.?\s{0,2}$/` on the gap, read in place.
  let i = t.end;
  if (i < offset && text.charCodeAt(i) === 0x2e) i++;
  return spaces(text, i, offset, 0, 2) ? t : undefined;
}

/** Whether a UTF-16 code unit is an ASCII digit, as `\d` reads it. */
export const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * `text.charCodeAt(i)`, but -1 past either end. Optimized code that once reads past the end of a string (NaN) is thrown
 * away and rebuilt; the look-ahead after a number at the sentence end does so on nearly every corpus.
 */
export const codeAt = (text: string, i: number) => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);

// Cheap tests in front of patterns that run per number: each is true wherever the pattern could match, so a false
// answer skips a slice and a pattern run without changing any result.
/** Whether a code unit may be a letter: anything but ASCII that is no letter (NaN past the end is none). */
const mayBeLetter = (c: number) => c >= 0x80 || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
/** One of the unit signs % € $ £ ¥ read right after a number. */
const unitSign = (c: number) => c === 0x25 || c === 0x20ac || c === 0x24 || c === 0xa3 || c === 0xa5;

/** Whether a currency sign or code of the pack may end right before `start`, or one white-space character before it. */
function mayEndCurrency(text: string, start: number, ends: ReadonlySet<number> | undefined): boolean {
  if (ends === undefined) return true;
  if (start === 0) return false;
  const c = text.charCodeAt(start - 1);
  return ends.has(c) || (isSpace(c) && start >= 2 && ends.has(text.charCodeAt(start - 2)));
}

/**
 * Whether the number at `s` is glued to what stands before it: a letter, a letter and a hyphen, or one of "+#§/" with
 * at most one space. ASCII neighbours are read by code; anything else goes to the patterns.
 */
function gluedBefore(text: string, s: number): boolean {
  if (s === 0) return false;
  const c = text.charCodeAt(s - 1);
  if (c < 0x80 && c !== 0x2d && !isSpace(c)) {
    const folded = c | 0x20;
    return (folded >= 0x61 && folded <= 0x7a) || c === 0x2b || c === 0x23 || c === 0x2f;
  }
  // After a space (most numbers) only "+ 49", "# 3", "§ 5", "/ 2" glue: the patterns below read nothing else there.
  if (isSpace(c)) {
    if (s < 2) return false;
    const b = text.charCodeAt(s - 2);
    return b === 0x2b || b === 0x23 || b === 0xa7 || b === 0x2f;
  }
  const before = text.slice(Math.max(0, s - 2), s);
  return /[\p{L}]-?$/u.test(before) || /[+#§/]\s?$/.test(before);
}

/** `/^\s?[-–]\s?$/.test(text.slice(from, to))` without the slice: a dash between two numbers, at most a space either side. */
function dashGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  let i = from;
  if (isSpace(text.charCodeAt(i))) i++;
  const c = i < to ? text.charCodeAt(i) : -1;
  if (c !== 0x2d && c !== 0x2013) return false;
  i++;
  if (i < to && isSpace(text.charCodeAt(i))) i++;
  return i === to;
}

/**
 * Joins "10 bis 15 Prozent", "2-3 Milliarden Euro", "zwischen 10 und 15", "between 10 and 15 percent" into one quantity:
 * min and max are the two ends, value their middle, and the first end borrows scale and unit from the second.
 */
function rangeWith(prev: LocalQuantity | undefined, q: LocalQuantity, text: string, tokens: readonly Token[], pack: ExtractionPack): LocalQuantity | undefined {
  // Either end may carry the unit alone: "$2-3bn", "10 bis 15 Prozent".
  if (!prev || prev.approximate || q.approximate || (prev.unit !== undefined && q.unit !== undefined && prev.unit !== q.unit)) return undefined;
  if (prev.scale !== undefined && prev.scale !== q.scale) return undefined;
  const dash = dashGap(text, prev.end, q.start);
  // A connecting word stands between spaces: other gaps (most) are settled without the pattern and the word before.
  const word = !dash && q.start - prev.end >= 3 && isSpace(text.charCodeAt(prev.end)) ? /^\s{1,2}(\p{L}+)\s{1,2}$/u.exec(text.slice(prev.end, q.start))?.[1]?.toLowerCase() : undefined;
  if (!dash && word === undefined) return undefined;
  const opener = tokenBefore(text, tokens, prev.start);
  const partner = opener ? quantityTables(pack).openers.get(opener.lower) : undefined;
  if (!dash && !(word !== undefined && (pack.rangeConnectors.includes(word) || word === partner))) return undefined;
  const lo = prev.scale === undefined && q.scale !== undefined ? prev.value * q.scale : prev.value;
  const hi = q.value;
  if (!(lo < hi)) return undefined;
  const start = partner !== undefined && (word === partner || dash) ? opener!.start : prev.start;
  const merged: LocalQuantity = { ...q, text: text.slice(start, q.end), start, value: round12((lo + hi) / 2), min: round12(lo), max: hi, approximate: true };
  const unit = q.unit ?? prev.unit;
  if (unit !== undefined) merged.unit = unit;
  const currency = q.currency ?? prev.currency;
  if (currency !== undefined) merged.currency = currency;
  return merged;
}

/** `/^(19\d\d|20\d\d|2100)$/` on the four characters at `at`, by code. */
function yearAt(text: string, at: number): boolean {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  const c = text.charCodeAt(at + 2);
  const d = text.charCodeAt(at + 3);
  if ((a === 0x31 && b === 0x39) || (a === 0x32 && b === 0x30)) return isDigit(c) && isDigit(d);
  return a === 0x32 && b === 0x31 && c === 0x30 && d === 0x30;
}

/** `/^[A-Z]{3}$/`: a unit written as an ISO currency code ("EUR", "USD"), read by code for every quantity with a unit. */
function isCurrencyCode(unit: string): boolean {
  if (unit.length !== 3) return false;
  for (let i = 0; i < 3; i++) {
    const c = unit.charCodeAt(i);
    if (c < 0x41 || c > 0x5a) return false;
  }
  return true;
}

/** The one character between the two numbers of a score or tally: "-", "–" or ":". */
const isTallyMark = (c: number) => c === 0x2d || c === 0x2013 || c === 0x3a;

/** Twelve significant digits, dropping float noise ("0.30000000000000004"); whole numbers below 10^12 are already exact. */
function round12(x: number): number {
  if (Number.isInteger(x) && x !== 0 && Math.abs(x) < 1e12) return x;
  // Rounding through a decimal string is slow, and news repeat their amounts and the ranges made from them.
  let r = rounded.get(x);
  if (r === undefined) {
    r = Number(x.toPrecision(12));
    if (rounded.size >= ROUNDED_LIMIT) rounded.clear();
    rounded.set(x, r);
  }
  return r;
}

/** Values rounded by `round12`, bounded: a text of a million distinct amounts must not grow it without end. */
const ROUNDED_LIMIT = 4096;
const rounded = new Map<number, number>();

/** The pack's lists as sets and its records as maps: a map knows only the pack's own words, never "constructor" or "toString". */
interface QuantityTables {
  cues: Set<string>;
  ones: Set<string>;
  skipWords: Set<string>;
  units: Map<string, string>;
  scales: Map<string, number>;
  fractions: Map<string, number>;
  vague: Map<string, number>;
  numberWords: Map<string, number>;
  currencies: Map<string, string>;
  openers: Map<string, string>;
  /** First words of the units written as two words ("grad celsius"): only these are tried with the next word. */
  twoWordUnits: Set<string>;
  /** The last code unit of every currency sign or code; undefined where the pattern matches anywhere (no or an empty key). */
  currencyEnds: Set<number> | undefined;
  /** Ending classes by word (see `endings`), filled as words are met. */
  endings: Map<string, number>;
  /** `AFTER_*` bits of every fraction noun, scale word, unit and first word of a two-word unit. */
  after: Map<string, number>;
}

// What a word after a number may be, one lookup per quantity (see `QuantityTables.after`).
const AFTER_FRACTION = 1;
const AFTER_SCALE = 2;
const AFTER_UNIT = 4;
const AFTER_TWO_WORD_UNIT = 8;

/** The `AFTER_*` bits of the words of the four lists. */
function afterWords(fractions: Iterable<string>, scales: Iterable<string>, units: Iterable<string>, twoWordUnits: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number) => {
    for (const w of words) out.set(w, (out.get(w) ?? 0) | bit);
  };
  mark(fractions, AFTER_FRACTION);
  mark(scales, AFTER_SCALE);
  mark(units, AFTER_UNIT);
  mark(twoWordUnits, AFTER_TWO_WORD_UNIT);
  return out;
}

function currencyEnds(keys: readonly string[]): Set<number> | undefined {
  if (keys.length === 0 || keys.some((k) => k.length === 0)) return undefined;
  return new Set(keys.map((k) => k.charCodeAt(k.length - 1)));
}

const asMap = <T>(record: Readonly<Record<string, T>>) => new Map(Object.entries(record));

// The pack of the previous call: consecutive sentences share it, so one comparison replaces the cache lookups.
let lastPack: ExtractionPack | undefined;
let lastTables: QuantityTables | undefined;

/** The quantity tables of a pack, built once per pack. */
export function quantityTables(pack: ExtractionPack): QuantityTables {
  if (pack !== lastPack || lastTables === undefined) {
    lastTables = memo(pack, 'quantityTables', () => {
      const twoWordUnits = new Set(Object.keys(pack.units).filter((u) => u.includes(' ')).map((u) => u.split(' ')[0]!));
      return {
        cues: new Set(pack.identifierCues),
        ones: new Set(pack.durationOnes),
        skipWords: new Set(pack.measureSkip),
        units: asMap(pack.units),
        scales: asMap(pack.scaleWords),
        fractions: asMap(pack.fractionNouns),
        vague: asMap(pack.vagueCounts),
        numberWords: asMap(pack.numberWords),
        currencies: asMap(pack.currencyPrefixes),
        openers: asMap(pack.rangeOpeners),
        twoWordUnits,
        currencyEnds: currencyEnds(Object.keys(pack.currencyPrefixes)),
        endings: new Map<string, number>(),
        after: afterWords(Object.keys(pack.fractionNouns), Object.keys(pack.scaleWords), Object.keys(pack.units), twoWordUnits),
      };
    });
    lastPack = pack;
  }
  return lastTables;
}

function quantityWords(pack: ExtractionPack): Map<string, boolean> {
  return wordCache<boolean>(pack, 'quantityWord', 1)[0]!;
}

// Whether the number-word loop can make anything of a word: one cached answer per word instead of four lookups per token.
function maybeQuantityWord(word: string, cache: Map<string, boolean>, pack: ExtractionPack): boolean {
  let maybe = cache.get(word);
  if (maybe === undefined) {
    const tables = quantityTables(pack);
    maybe =
      tables.vague.has(word) ||
      tables.fractions.has(word) ||
      tables.numberWords.has(word) ||
      feedWord(word, { last: 'start', total: 0, current: 0, parts: 0 }, pack);
    remember(cache, word, maybe);
  }
  return maybe;
}

/** Whether a lower-case word may start a written-out number, a counting noun or a fraction (a cheap screen, cached per word). */
export function mayOpenCount(word: string, pack: ExtractionPack): boolean {
  return maybeQuantityWord(word, quantityWords(pack), pack);
}

// The screen findDates made of the sentence it read last: per token a bit set on every word that may open a count
// (a superset of maybeQuantityWord). Token arrays are never changed after tokenizing, so identity tells the same sentence.
let screenTokens: readonly Token[] | undefined;
let screenLex: Lexicon | undefined;
let screenPack: ExtractionPack | undefined;
let screenMarks: Int32Array | undefined;
let screenAt = 0;
let screenHas = 0;
let screenBit = 0;
let screenDigitBit = 0;

/**
 * Lends findQuantities a per-token screen of `tokens`: `bit` is set in `marks[at + k]` whenever token k may open a
 * count, and `digitBit` in the union `has` exactly when the sentence holds an ASCII digit.
 */
export function lendScreen(tokens: readonly Token[], lex: Lexicon, pack: ExtractionPack, marks: Int32Array, at: number, has: number, bit: number, digitBit: number): void {
  screenTokens = tokens;
  screenLex = lex;
  screenPack = pack;
  screenMarks = marks;
  screenAt = at;
  screenHas = has;
  screenBit = bit;
  screenDigitBit = digitBit;
}

/** Takes back the screen lent last, whose buffer its lender is about to reuse: the next sentence screens itself. */
export function dropScreen(): void {
  screenTokens = undefined;
  screenMarks = undefined;
}

/** Finds numbers with scale, unit, counted noun and approximator range; years, dates and ordinals are left to the date extractor. */
export function findQuantities(
  text: string,
  tokens: readonly Token[],
  lex: Lexicon,
  pack: ExtractionPack,
  taken: readonly { start: number; end: number }[],
): LocalQuantity[] {
  // With the date extractor's screen of this sentence, one test tells whether it holds a digit or a word that may open
  // a count: without either (most sentences) there is no candidate and nothing to do.
  const screen = screenTokens === tokens && screenLex === lex && screenPack === pack ? screenMarks : undefined;
  const bit = screenBit;
  const screenFrom = screenAt;
  const digits = screen !== undefined ? (screenHas & screenDigitBit) !== 0 : DIGIT.test(text);
  if (screen !== undefined && !digits && (screenHas & bit) === 0) return [];
  const maybe = quantityWords(pack);
  if (screen !== undefined && !digits) {
    // Without a digit only a number word can make a candidate. The screen is a superset of those (it also marks words
    // only the date extractor counts with): a sentence none of whose screened words is one holds no quantity, and is
    // settled before the span marks and candidate lists are set up.
    let any = false;
    for (let k = 0; k < tokens.length && !any; k++) any = (screen[screenFrom + k]! & bit) !== 0 && maybeQuantityWord(tokens[k]!.lower, maybe, pack);
    if (!any) return [];
  }
  const out: LocalQuantity[] = [];
  takenMask.reset(text.length);
  for (const d of taken) takenMask.mark(d.start, d.end);
  idMask.reset(text.length);
  outMask.reset(text.length);
  const markId = (start: number, end: number) => idMask.mark(start, end);
  const candidates: Candidate[] = [];
  const tables = quantityTables(pack);
  const { cues, ones, skipWords } = tables;
  const isLabel = (start: number) => {
    const prev = tokenBefore(text, tokens, start);
    return prev !== undefined && cues.has(prev.lower);
  };

  // Both digit patterns need a digit; most sentences have none. They are tried where a run of digits starts (see
  // `digitRuns`): the matches of a global scan, in its order.
  const runs = digits ? (screen !== undefined ? digitRuns(text, tokens, screen, screenFrom, screenDigitBit) : digitRuns(text)) : undefined;
  if (runs !== undefined) for (const g of scanChains(text, runs, markId)) {
    if (overlaps(g.start, g.end, takenMask) || isLabel(g.start)) {
      markId(g.start, g.end);
      continue;
    }
    candidates.push(candidate(g.start, g.end, g.value, countBefore(tokens, g.end), true));
    markId(g.start, g.end);
  }
  if (runs !== undefined) for (let r = 0, from = 0; r < runs.count; r++) {
    if (runs.starts[r]! < from) continue;
    // What `/\d+(?:[.,]\d+)*/y` matches here, read by code: digits, then ".5" / ",000" groups while a digit follows the mark.
    const s = runs.starts[r]!;
    let e = s;
    let grouped = false;
    for (;;) {
      while (isDigit(codeAt(text, e))) e++;
      const c = codeAt(text, e);
      if ((c !== 0x2e && c !== 0x2c) || !isDigit(codeAt(text, e + 1))) break;
      grouped = true;
      e++;
    }
    from = e;
    // Glued to letters ("G7", "Covid-19", "F-35"), or after "+", "#", "§", "/": a name or reference, not an amount.
    if (gluedBefore(text, s) || (codeAt(text, e) === 0x2f && isDigit(codeAt(text, e + 1)))) continue;
    if (overlaps(s, e, takenMask) || overlaps(s, e, idMask)) continue;
    if (pack.ordinalPeriod && !grouped && codeAt(text, e) === 0x2e && /^\.\s+\S/.test(text.slice(e, e + 3))) continue;
    // Leading zeros and long ungrouped runs are identifiers ("007", "0800", "12345678").
    if ((text.charCodeAt(s) === 0x30 && e - s > 1 && isDigit(text.charCodeAt(s + 1))) || (e - s >= ID_DIGITS && !grouped)) continue;
    if (isLabel(s)) continue;
    const value = parseNumber(text.slice(s, e), pack.decimalSeparator);
    if (!Number.isFinite(value)) continue;
    candidates.push(candidate(s, e, value, countBefore(tokens, e), true));
  }
  // Number words ("zwei", "einundzwanzig", "three hundred", "a dozen"), counting nouns ("Dutzende") and fractions ("a third").
  // With the date extractor's screen, words that open no count cost no lookup (and no loop at all if none does).
  if (screen === undefined || (screenHas & bit) !== 0) for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (screen !== undefined && (screen[screenFrom + k]! & bit) === 0) continue;
    if (!maybeQuantityWord(t.lower, maybe, pack) || overlaps(t.start, t.end, takenMask)) continue;
    const least = tables.vague.get(t.lower);
    if (least !== undefined) {
      const vague = vagueRange(least);
      // "hundreds of thousands", "tens of thousands": the second count scales the first.
      const of = tokens[k + 1];
      const second = tokens[k + 2] ? tables.vague.get(tokens[k + 2]!.lower) : undefined;
      if (of && second !== undefined && skipWords.has(of.lower) && !ones.has(of.lower)) {
        const unit = second / 2;
        candidates.push(candidate(t.start, tokens[k + 2]!.end, vague[0] * unit, k + 3, false, false, [vague[0] * unit, vague[1] * unit]));
        k += 2;
      } else candidates.push(candidate(t.start, t.end, vague[0], k + 1, false, false, vague));
      continue;
    }
    const den = tables.fractions.get(t.lower);
    if (den !== undefined) {
      const prev = k > 0 ? tokens[k - 1] : undefined;
      const next = tokens[k + 1];
      // "a third of", "die Hälfte der": only before what it is a share of; "half an hour", "the third quarter" are no shares.
      const share = next !== undefined && skipWords.has(next.lower) && !ones.has(next.lower) && /^\s{1,2}$/.test(text.slice(t.end, next.start));
      if (share && prev && pack.fractionOnes.includes(prev.lower) && /^\s{1,2}$/.test(text.slice(prev.end, t.start))) {
        candidates.push(candidate(prev.start, t.end, 100 / den, k + 1, false, true));
      } else if (share && pack.bareFractions.includes(t.lower) && !(prev && pack.fractionBlockers.includes(prev.lower))) {
        const det = prev && pack.definiteDeterminers.includes(prev.lower) && /^\s{1,2}$/.test(text.slice(prev.end, t.start));
        candidates.push(candidate(det ? prev.start : t.start, t.end, 100 / den, k + 1, false, true));
      }
      continue;
    }
    if (!startsWithLetter(t.text)) continue;
    const run = readNumberWords(text, tokens, k, pack);
    if (run) {
      candidates.push(candidate(t.start, tokens[run.to - 1]!.end, run.value, run.to, false));
      k = run.to - 1;
      continue;
    }
    const v = tables.numberWords.get(t.lower);
    if (v !== undefined) candidates.push(candidate(t.start, t.end, v, k + 1, false));
  }
  // The passes above add in reading order each; a sentence whose candidates are in order already needs no sort.
  for (let x = 1; x < candidates.length; x++) {
    if (candidates[x - 1]!.start > candidates[x]!.start) {
      candidates.sort((a, b) => a.start - b.start);
      break;
    }
  }

  for (const c of candidates) {
    let { start, end, value } = c;
    let unit: string | undefined;
    let scale: number | undefined;
    let k = c.afterTok;
    let glued = false;
    let compoundMeasure: string | undefined;
    let currency: RegExpExecArray | null = null;
    if (c.digits) {
      // Letters glued to the number: "3.7bn", "5km", "9th".
      const tail = mayBeLetter(codeAt(text, end)) ? LETTERS.exec(text.slice(end, end + 12)) : null;
      if (tail) {
        const w = tail[0].toLowerCase();
        if (pack.ordinalSuffixes.includes(w)) continue;
        if (tables.scales.has(w)) {
          scale = tables.scales.get(w)!;
          value *= scale;
        } else if (tables.units.has(w)) unit = tables.units.get(w);
        else continue;
        end += tail[0].length;
        glued = true;
        k = countBefore(tokens, end);
      }
      // A hyphen compound: "36-Jährige", "1800-year-old", "100-Millionen-Euro-Paket": its parts give scale, unit and what is counted.
      const h = codeAt(text, end);
      // The pattern needs a letter right after the hyphen: "2-3 Milliarden" and "2020-2022" are not tried.
      const compound = tail || (h !== 0x2d && h !== 0x2010) || !mayBeLetter(codeAt(text, end + 1)) ? null : COMPOUND.exec(text.slice(end, end + 60));
      if (compound) {
        const parts = compound[1]!.toLowerCase().split(/[-‐]/);
        let p = 0;
        for (; p < parts.length; p++) {
          const w = parts[p]!;
          if (scale === undefined && unit === undefined && tables.scales.has(w)) {
            scale = tables.scales.get(w)!;
            value *= scale;
          } else if (unit === undefined && tables.units.has(w)) unit = tables.units.get(w);
          else break;
        }
        if (p < parts.length) compoundMeasure = parts.slice(p).join('-');
        end += compound[0].length;
        glued = true;
        k = countBefore(tokens, end);
      }
      if (mayEndCurrency(text, start, tables.currencyEnds)) currency = currencyRegexes(pack).before.exec(text.slice(Math.max(0, start - 4), start));
      if (currency) {
        unit = tables.currencies.get(currency[1]!) ?? currency[1]!;
        start -= currency[0].length;
      }
    }
    const isYear = c.digits === true && end - start === 4 && yearAt(text, start) && !currency && !glued;
    let t = tokens[k];
    // What the next word can be (fraction, scale, unit), with one lookup: most words are none and skip the others.
    let next = t !== undefined ? (tables.after.get(t.lower) ?? 0) : 0;
    let fraction = c.fraction === true;
    // "zwei Drittel", "three quarters": a share, kept in percent so it compares with "etwa 60 %".
    const den = (next & AFTER_FRACTION) !== 0 && !glued && !fraction && c.vague === undefined ? tables.fractions.get(t!.lower) : undefined;
    if (t && den !== undefined && Number.isInteger(value) && value > 0 && value < den && spaces(text, end, t.start, 1, 2)) {
      value = (value / den) * 100;
      end = t.end;
      k++;
      t = tokens[k];
      next = t !== undefined ? (tables.after.get(t.lower) ?? 0) : 0;
      fraction = true;
    }
    if (fraction) unit = 'percent';
    // Scale word after the number ("2,5 Milliarden", "7 Mio.").
    if (!glued && !fraction && c.vague === undefined && t && (next & AFTER_SCALE) !== 0 && spaces(text, end, t.start, 0, 2)) {
      scale = tables.scales.get(t.lower)!;
      value *= scale;
      end = t.end;
      if (text[end] === '.' && t.text.length <= 4) end++;
      k++;
      t = tokens[k];
      next = t !== undefined ? (tables.after.get(t.lower) ?? 0) : 0;
    }
    // Unit after: "%", "Prozent", "Euro", "km"; a unit symbol right after the number: "2 %", "12,50 €".
    const sym = fraction || !(unitSign(codeAt(text, end)) || unitSign(codeAt(text, end + 1))) ? null : /^[\s\u00a0\u202f]?([%€$£¥])/u.exec(text.slice(end, end + 2));
    if (sym && tables.units.has(sym[1]!)) {
      unit = tables.units.get(sym[1]!);
      end += sym[0].length;
      k = countBefore(tokens, end);
    } else if (!fraction && t && (next & (AFTER_UNIT | AFTER_TWO_WORD_UNIT)) !== 0 && spaces(text, end, t.start, 0, 2)) {
      // The two-word key is built only after a word that opens one.
      const two = tokens[k + 1] && (next & AFTER_TWO_WORD_UNIT) !== 0 ? `${t.lower} ${tokens[k + 1]!.lower}` : '';
      if (two && tables.units.has(two)) {
        unit = tables.units.get(two);
        end = tokens[k + 1]!.end;
        k += 2;
      } else if ((next & AFTER_UNIT) !== 0) {
        unit = tables.units.get(t.lower);
        end = t.end;
        k++;
      }
    }
    if (overlaps(start, end, outMask) || overlaps(start, end, takenMask)) continue;

    let min = c.vague ? c.vague[0] : value;
    let max = c.vague ? c.vague[1] : value;
    let approximate = c.vague !== undefined;
    // Approximator right before: "etwa", "mehr als", "up to". The widths are deliberate choices:
    // - around ("etwa", "about"): ±10 %, because reporters round to one or two significant digits;
    // - almost / just below ("knapp", "nearly", "just under"): [0.9X, X], the same rounding seen from below;
    // - just above ("gut", "just over"): [X, 1.1X];
    // - above / at least ("mehr als", "mindestens", "more than"): [X, 1.5X], since a writer who meant half as much again
    //   would name a higher round number; percentages stop at 100;
    // - up to / below ("bis zu", "weniger als", "fewer than"): [0, X], because nothing bounds them from below.
    const at = countBefore(tokens, start);
    // Longest phrase first: "knapp unter" before "unter", "an estimated" before "estimated".
    for (let back = Math.min(3, at); back >= 1; back--) {
      const hit = lex.approximators.at(tokens, at - back);
      if (!hit || hit.to !== at) continue;
      // Nearly always only spaces stand between, which the pattern allows.
      const gapFrom = tokens[hit.to - 1]!.end;
      if (!spaces(text, gapFrom, start, 0, 3) && !currencyRegexes(pack).gap.test(text.slice(gapFrom, start))) continue;
      const how = pack.approximators[hit.phrase] ?? pack.approximators[hit.phrase.toLowerCase()];
      const cap = (x: number) => (unit === 'percent' ? Math.min(100, Math.max(x, value)) : x);
      approximate = true;
      if (how === 'around') {
        min = value * 0.9;
        max = value * 1.1;
      } else if (how === 'above' || how === 'atleast') {
        min = value;
        max = cap(value * 1.5);
      } else if (how === 'justabove') {
        min = value;
        max = cap(value * 1.1);
      } else if (how === 'below' || how === 'upto') {
        min = 0;
        max = value;
      } else if (how === 'almost' || how === 'justbelow') {
        min = value * 0.9;
        max = value;
      }
      start = tokens[hit.from]!.start;
      break;
    }
    // Twelve significant digits hide float noise such as 15.400000000000002.
    // Every quantity has all fields, undefined where one does not apply: one object shape keeps the loops that read
    // quantities (here and in the claim builder) monomorphic. JSON leaves the undefined ones out.
    const q: LocalQuantity = {
      text: text.slice(start, end),
      start,
      end,
      value: round12(value),
      min: round12(Math.min(min, max)),
      max: round12(Math.max(min, max)),
      approximate,
      unit,
      scale,
      currency: unit !== undefined && isCurrencyCode(unit) ? unit : undefined,
      measure: undefined,
      measureKey: undefined,
    };
    const measure = compoundMeasure ?? measureAfter(text, tokens, k, lex, pack);
    // A year-like number that counts nothing is a year the date extractor did not claim.
    if (isYear && unit === undefined && scale === undefined && !measure) continue;
    if (measure) {
      q.measure = measure;
      q.measureKey = measureKey(measure, pack);
    }
    // A score or a tally ("a 2-1 win", "3:2") counts nothing: both numbers go.
    // Never index -1: a missing negative index is looked up as a property name, far slower than a bounds check.
    const last = out.length > 0 ? out[out.length - 1] : undefined;
    if (last && q.start - last.end === 1 && isTallyMark(text.charCodeAt(last.end)) && last.min === last.max && !q.approximate && last.value >= q.value && !last.unit && !q.unit) {
      out.pop();
      continue;
    }
    const merged = rangeWith(last, q, text, tokens, pack);
    if (merged) {
      out[out.length - 1] = merged;
      outMask.mark(merged.start, merged.end);
      continue;
    }
    outMask.mark(q.start, q.end);
    out.push(q);
  }
  takenMask.release();
  idMask.release();
  outMask.release();
  return out;
}
