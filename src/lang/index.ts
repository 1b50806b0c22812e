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

const SAMPLE_CHARS = 20000;

/** Stopwords of a pack set merged into one table: each word maps to the packs (by position) that list it. */
interface StopwordIndex {
  codes: readonly Language[];
  packsOf: ReadonlyMap<string, readonly number[]>;
  /** Longest stopword in UTF-16 units: lower-casing never shortens a word, so longer words cannot match. */
  maxLength: number;
  /** The stopwords of letters a-z only, as an open-addressed table of their hashes (see `asciiHolders`). */
  ascii: AsciiTable;
}

// Most words of an article are ASCII: their hash is taken while scanning them, so no word is cut out or lower-cased.
interface AsciiTable {
  /** Per slot, 1 + the entry index, or 0 for an empty slot. */
  slots: Int32Array;
  mask: number;
  hashes: Int32Array;
  words: readonly string[];
  holders: readonly (readonly number[])[];
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

function asciiTable(packsOf: ReadonlyMap<string, readonly number[]>): AsciiTable {
  const words: string[] = [];
  const holders: (readonly number[])[] = [];
  for (const [w, h] of packsOf) {
    if (/^[a-z]+$/.test(w)) {
      words.push(w);
      holders.push(h);
    }
  }
  let size = 16;
  while (size < words.length * 4) size *= 2;
  const slots = new Int32Array(size);
  const hashes = new Int32Array(words.length);
  words.forEach((w, e) => {
    let h = FNV_OFFSET;
    for (let k = 0; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), FNV_PRIME);
    hashes[e] = h;
    let slot = h & (size - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
    slots[slot] = e + 1;
  });
  return { slots, mask: size - 1, hashes, words, holders };
}

// The packs listing the ASCII word `text[start, end)` lower-cased, whose lower-case FNV-1a hash is `h`.
function asciiHolders(t: AsciiTable, h: number, text: string, start: number, end: number): readonly number[] | undefined {
  const len = end - start;
  let slot = h & t.mask;
  let e: number;
  outer: while ((e = t.slots[slot]!) !== 0) {
    slot = (slot + 1) & t.mask;
    if (t.hashes[e - 1] !== h) continue;
    const w = t.words[e - 1]!;
    if (w.length !== len) continue;
    // Only letters reach here: setting bit 0x20 lower-cases A-Z and leaves a-z.
    for (let k = 0; k < len; k++) if ((text.charCodeAt(start + k) | 0x20) !== w.charCodeAt(k)) continue outer;
    return t.holders[e - 1];
  }
  return undefined;
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
    index = { codes: list.map((p) => p.code), packsOf, maxLength, ascii: asciiTable(packsOf) };
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
  // Words are maximal runs of letters, as `/\p{L}+/u` finds them; ASCII words are hashed as they are read and looked
  // up without a copy; only other words short enough to be a stopword are cut out and lower-cased.
  let i = 0;
  while (i < end) {
    if (letterAt(text, i, end) === 0) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    let h = FNV_OFFSET;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c >= 0x61 && c <= 0x7a) {
        h = Math.imul(h ^ c, FNV_PRIME);
        i++;
      } else if (c >= 0x41 && c <= 0x5a) {
        h = Math.imul(h ^ (c | 0x20), FNV_PRIME);
        i++;
      } else {
        const n = letterAt(text, i, end);
        if (n === 0) break;
        ascii = false;
        i += n;
      }
      if (i >= end) break;
    }
    if (i - start > index.maxLength) continue;
    const holders = ascii ? asciiHolders(index.ascii, h, text, start, i) : index.packsOf.get(text.slice(start, i).toLowerCase());
    if (holders) for (const p of holders) hits[p]!++;
  }
  const ranked = index.codes.map((code, p) => ({ code, hits: hits[p]! }));
  ranked.sort((a, b) => b.hits - a.hits || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const best = ranked[0];
  const second = ranked[1];
  if (!best || best.hits === 0 || (second && second.hits === best.hits)) return fallback;
  return best.code;
}
