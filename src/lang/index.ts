import { ClaimdiffError } from '../errors.js';
import type { Language } from '../model/schema.js';
import type { LanguagePack } from './types.js';
import { de } from './de/index.js';
import { en } from './en/index.js';

export type { LanguagePack } from './types.js';

/** Every built-in language pack, keyed by code. */
export const packs: Readonly<Record<Language, LanguagePack>> = { de, en };

/** The pack for a language code; throws E_UNKNOWN_LANGUAGE for anything else. */
export function getPack(language: string): LanguagePack {
  const pack = (packs as Record<string, LanguagePack | undefined>)[language];
  if (!pack) {
    throw new ClaimdiffError(
      'E_UNKNOWN_LANGUAGE',
      `Unknown language "${language}": expected one of ${Object.keys(packs).map((c) => `"${c}"`).join(', ')}`,
      { language },
    );
  }
  return pack;
}

/** `detectLanguage` reads at most this many UTF-16 units of a text: a bounded sample keeps it constant-time. */
export const LANGUAGE_SAMPLE_CHARS = 20000;
const SAMPLE_CHARS = LANGUAGE_SAMPLE_CHARS;

/** Stopwords of a pack set merged into one table: each word maps to the packs (by position) that list it. */
interface StopwordIndex {
  codes: readonly Language[];
  packsOf: ReadonlyMap<string, readonly number[]>;
  /** Longest stopword in UTF-16 units: lower-casing never shortens a word, so longer words cannot match. */
  maxLength: number;
  /** The stopwords of letters a-z only, as an automaton over ASCII (see `asciiWords`). */
  ascii: AsciiWords;
}

// Most words of an article are ASCII and most are no stopword. An automaton over ASCII code units reads the text one
// unit at a time: letters walk a trie of the stopwords (off it, a dead state absorbs the rest of the word), any other
// unit ends the word. The step is branch-free: a word's end adds its hits from a table instead of testing whether the
// state holds a stopword, as that test, taken at every word end, was mispredicted often enough to cost more than the
// walk itself. States are kept as the offset of their row (state * 128), so the next row is one load away: no
// shift or class lookup lies between two loads. One table load per unit, with no hash, no copy, no lower-casing.
interface AsciiWords {
  /** Per state, one slot per ASCII unit: the row offset of the next state, or SLOW at the end of a word with a non-ASCII letter. */
  next: Int32Array;
  /** Per pair of packs (packs 2g and 2g+1), per state and ASCII unit: the hits the unit adds, packed (see `HIT_SHIFT`). */
  gains: readonly Int32Array[];
  /** Row offset of the state of a word with a non-ASCII letter, looked up by its lower-cased copy instead. */
  nonAscii: number;
}

/** `AsciiWords.next` at the end of a word with a non-ASCII letter: look it up in `packsOf`. */
const SLOW = -1;
/**
 * Hits of the second pack of a pair sit this many bits up in one packed integer. A sample holds at most
 * LANGUAGE_SAMPLE_CHARS / 2 = 10,000 words (a letter and a separator each), below 2^15: the counts never carry
 * into each other, and the sum stays a small integer.
 */
const HIT_SHIFT = 15;
const HIT_MASK = (1 << HIT_SHIFT) - 1;
const ROW = 128;

// Lower-case code of each ASCII letter, 0 for every other ASCII unit.
const ASCII_LOWER = new Uint8Array(0x80);
for (let c = 0x41; c <= 0x5a; c++) ASCII_LOWER[c] = c | 0x20;
for (let c = 0x61; c <= 0x7a; c++) ASCII_LOWER[c] = c;

function isAsciiLetter(c: number): boolean {
  return c < 0x80 && ASCII_LOWER[c] !== 0;
}

function asciiWords(packsOf: ReadonlyMap<string, readonly number[]>, packCount: number): AsciiWords {
  // The trie: state 0 is the root (no word yet), then one state per prefix of a stopword.
  const rows: Int32Array[] = [new Int32Array(26).fill(-1)];
  const holders: (readonly number[] | undefined)[] = [undefined];
  for (const [w, h] of packsOf) {
    if (!/^[a-z]+$/.test(w)) continue;
    let state = 0;
    for (let k = 0; k < w.length; k++) {
      const letter = w.charCodeAt(k) - 0x61;
      if (rows[state]![letter] === -1) {
        rows[state]![letter] = rows.length;
        rows.push(new Int32Array(26).fill(-1));
        holders.push(undefined);
      }
      state = rows[state]![letter]!;
    }
    holders[state] = h;
  }
  const dead = rows.length;
  const nonAscii = dead + 1;
  const states = dead + 2;
  const next = new Int32Array(states * ROW);
  const gains = Array.from({ length: Math.ceil(packCount / 2) }, () => new Int32Array(states * ROW));
  for (let state = 0; state < states; state++) {
    const held = state < dead ? holders[state] : undefined;
    for (let c = 0; c < 0x80; c++) {
      const lower = ASCII_LOWER[c]!;
      const at = state * ROW + c;
      if (lower !== 0) {
        const to = state < dead ? rows[state]![lower - 0x61]! : state;
        next[at] = (to === -1 ? dead : to) * ROW;
        continue;
      }
      // Any other unit ends the word: count it (a stopword's state) or look it up (a word with a non-ASCII letter).
      next[at] = state === nonAscii ? SLOW : 0;
      if (held) for (const p of held) gains[p >> 1]![at] = gains[p >> 1]![at]! + (p & 1 ? 1 << HIT_SHIFT : 1);
    }
  }
  return { next, gains, nonAscii: nonAscii * ROW };
}

// Built once per pack set: detection runs for every article, and one lookup per word beats one per pack.
const stopwordIndexes = new WeakMap<object, StopwordIndex>();
function stopwordIndex(from: Readonly<Record<string, LanguagePack>>): StopwordIndex {
  let index = stopwordIndexes.get(from);
  if (!index) {
    const list = Object.values(from);
    const packsOf = new Map<string, number[]>();
    let maxLength = 0;
    list.forEach((p, i) => {
      for (const w of p.stopwords) {
        const holders = packsOf.get(w) ?? [];
        // A word listed twice in one pack still counts once for it, as with a set per pack.
        if (holders[holders.length - 1] !== i) holders.push(i);
        packsOf.set(w, holders);
        maxLength = Math.max(maxLength, w.length);
      }
    });
    index = { codes: list.map((p) => p.code), packsOf, maxLength, ascii: asciiWords(packsOf, list.length) };
    stopwordIndexes.set(from, index);
  }
  return index;
}

// Whether a BMP code unit is a letter (\p{L}), filled in on first sight: 0 unknown, 1 letter, 2 not.
const LETTER = /\p{L}/u;
const letterUnits = new Uint8Array(0x10000);
function isLetterUnit(c: number): boolean {
  let v = letterUnits[c]!;
  if (v === 0) {
    v = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    letterUnits[c] = v;
  }
  return v === 1;
}

// Code units of the letter at `i` of `t` (a surrogate pair counts when both halves lie before `end`), 0 for a non-letter.
function letterAt(t: string, i: number, end: number): number {
  const c = t.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = t.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER.test(t.slice(i, i + 2)) ? 2 : 0;
  }
  return isLetterUnit(c) ? 1 : 0;
}

// Words are maximal runs of letters, as `/\p{L}+/u` finds them; ASCII words run through the automaton as they are
// read, their hits for one pair of packs summed packed in `gain`'s units; only words with another letter, short enough
// to be a stopword, are cut out, lower-cased and counted into `slowHits` (when given).
function scanWords(text: string, end: number, index: StopwordIndex, gain: Int32Array, slowHits: number[] | undefined): number {
  const { next, nonAscii } = index.ascii;
  let packed = 0;
  // The row offset of the current state (0: between words).
  let row = 0;
  // Where the current word began; read only once it has a non-ASCII letter.
  let start = 0;
  let i = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const at = row | c;
      const to = next[at]!;
      packed += gain[at]!;
      if (to === SLOW) {
        if (slowHits !== undefined) countSlow(text, start, i, index, slowHits);
        row = 0;
      } else row = to;
      i++;
      continue;
    }
    const n = letterAt(text, i, end);
    if (n !== 0) {
      if (row !== nonAscii) {
        // The word so far (from the root: none) is ASCII letters, with no letter before it.
        start = i;
        if (row !== 0) while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
        row = nonAscii;
      }
      i += n;
      continue;
    }
    // A unit of no letter ends the word as a space does.
    packed += gain[row | 0x20]!;
    if (row === nonAscii && slowHits !== undefined) countSlow(text, start, i, index, slowHits);
    row = 0;
    i++;
  }
  // The word the sample ends in.
  packed += gain[row | 0x20]!;
  if (row === nonAscii && slowHits !== undefined) countSlow(text, start, i, index, slowHits);
  return packed;
}

// Counts a word with a non-ASCII letter, short enough to be a stopword, by its lower-cased copy.
function countSlow(text: string, start: number, stop: number, index: StopwordIndex, hits: number[]): void {
  if (stop - start > index.maxLength) return;
  const holders = index.packsOf.get(text.slice(start, stop).toLowerCase());
  if (holders) for (let k = 0; k < holders.length; k++) hits[holders[k]!]!++;
}

/** Guesses the language of a text from stopword counts; ties and empty text fall back to `fallback`. */
export function detectLanguage(text: string, fallback: Language = 'en', from: Readonly<Record<string, LanguagePack>> = packs): Language {
  const index = stopwordIndex(from);
  const hits = new Array<number>(index.codes.length).fill(0);
  // A bounded sample keeps detection constant-time on huge articles.
  const end = Math.min(text.length, SAMPLE_CHARS);
  const { gains } = index.ascii;
  // One pass per pair of packs (the built-ins are one pair); only the first looks up words with non-ASCII letters.
  for (let g = 0; g < gains.length; g++) {
    const packed = scanWords(text, end, index, gains[g]!, g === 0 ? hits : undefined);
    hits[2 * g]! += packed & HIT_MASK;
    if (2 * g + 1 < hits.length) hits[2 * g + 1]! += packed >>> HIT_SHIFT;
  }
  // The pack with the most hits, when it alone has that many (a tie or no hit at all gives the fallback).
  let best = -1;
  let tied = false;
  for (let p = 0; p < hits.length; p++) {
    if (best < 0 || hits[p]! > hits[best]!) {
      best = p;
      tied = false;
    } else if (hits[p] === hits[best]) tied = true;
  }
  if (best < 0 || hits[best] === 0 || tied) return fallback;
  return index.codes[best]!;
}
