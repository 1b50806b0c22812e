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
// unit ends the word. One table load per unit, with no hash, no copy and no lower-casing of the word.
interface AsciiWords {
  /** Per state, 128 slots (one per ASCII unit) with the next state, or EMIT / SLOW at the end of a word (see below). */
  step: Int32Array;
  /** Per state, the packs listing the word that ends there. */
  holders: readonly (readonly number[] | undefined)[];
  /** The state of a word with a non-ASCII letter, looked up by its lower-cased copy instead. */
  nonAscii: number;
}

/** `AsciiWords.step` at the end of a stopword: count it. */
const EMIT = -1;
/** `AsciiWords.step` at the end of a word with a non-ASCII letter: look it up in `packsOf`. */
const SLOW = -2;

// Lower-case code of each ASCII letter, 0 for every other ASCII unit.
const ASCII_LOWER = new Uint8Array(0x80);
for (let c = 0x41; c <= 0x5a; c++) ASCII_LOWER[c] = c | 0x20;
for (let c = 0x61; c <= 0x7a; c++) ASCII_LOWER[c] = c;

function asciiWords(packsOf: ReadonlyMap<string, readonly number[]>): AsciiWords {
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
  const step = new Int32Array(states * 128);
  for (let state = 0; state < states; state++) {
    for (let c = 0; c < 0x80; c++) {
      const lower = ASCII_LOWER[c]!;
      let to: number;
      if (lower !== 0) to = state < dead ? rows[state]![lower - 0x61]! : state;
      else to = state === nonAscii ? SLOW : state < dead && holders[state] !== undefined ? EMIT : 0;
      step[state * 128 + c] = to === -1 && lower !== 0 ? dead : to;
    }
  }
  return { step, holders, nonAscii };
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
    index = { codes: list.map((p) => p.code), packsOf, maxLength, ascii: asciiWords(packsOf) };
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

/** Guesses the language of a text from stopword counts; ties and empty text fall back to `fallback`. */
export function detectLanguage(text: string, fallback: Language = 'en', from: Readonly<Record<string, LanguagePack>> = packs): Language {
  const index = stopwordIndex(from);
  const hits = new Array<number>(index.codes.length).fill(0);
  // A bounded sample keeps detection constant-time on huge articles.
  const end = Math.min(text.length, SAMPLE_CHARS);
  // Words are maximal runs of letters, as `/\p{L}+/u` finds them; ASCII words run through the automaton as they are
  // read; only words with another letter, short enough to be a stopword, are cut out and lower-cased.
  const { step, holders: held, nonAscii } = index.ascii;
  const count = (holders: readonly number[] | undefined): void => {
    if (holders) for (let k = 0; k < holders.length; k++) hits[holders[k]!]!++;
  };
  const slow = (start: number, stop: number): void => {
    if (stop - start <= index.maxLength) count(index.packsOf.get(text.slice(start, stop).toLowerCase()));
  };
  let state = 0;
  let start = 0;
  let i = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const to = step[(state << 7) | c]!;
      if (to >= 0) {
        if (state === 0 && to !== 0) start = i;
        state = to;
      } else {
        if (to === EMIT) count(held[state]);
        else slow(start, i);
        state = 0;
      }
      i++;
      continue;
    }
    const n = letterAt(text, i, end);
    if (n !== 0) {
      if (state === 0) start = i;
      state = nonAscii;
      i += n;
      continue;
    }
    if (state === nonAscii) slow(start, i);
    else if (state > 0) count(held[state]);
    state = 0;
    i++;
  }
  // The word the sample ends in.
  if (state === nonAscii) slow(start, i);
  else if (state > 0) count(held[state]);
  const ranked = index.codes.map((code, p) => ({ code, hits: hits[p]! }));
  ranked.sort((a, b) => b.hits - a.hits || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const best = ranked[0];
  const second = ranked[1];
  if (!best || best.hits === 0 || (second && second.hits === best.hits)) return fallback;
  return best.code;
}
