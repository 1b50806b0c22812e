import type { NamePack } from './pack.js';
import { packs as languagePacks } from '../lang/index.js';

// Genitive and possessive endings of every language, longest first ("'s", "’s", "s").
const GENITIVES = [...new Set(Object.values(languagePacks).flatMap((p) => p.extract.genitiveSuffixes.map((g) => g.toLowerCase())))].sort(
  (a, b) => b.length - a.length || (a < b ? -1 : 1),
);

/** The name a genitive form stands for ("trumps" → "trump", "chinas" → "china"), or undefined when none applies. */
export function genitiveBase(key: string): string | undefined {
  for (const g of GENITIVES) if (key.length > g.length + 2 && key.endsWith(g)) return key.slice(0, -g.length);
  return undefined;
}

/**
 * A string-keyed memo table for pure per-value work (folding, name keys, name comparisons) that empties itself when
 * full: names repeat across the claims of a corpus and across reports of an index, yet the key space of running
 * text has no end, so memory stays bounded whatever the input.
 */
export class Memo<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly limit = 1 << 16) {}
  /** The cached value of `key`, computed by `compute` on a miss. */
  get(key: string, compute: (key: string) => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined || this.map.has(key)) return hit as V;
    const value = compute(key);
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}

/** One memo table per pack list (by identity), so a caller's extended packs never see the built-in packs' results. */
export function memoPerPacks<V>(tables: WeakMap<object, Memo<V>>, packs: object, limit?: number): Memo<V> {
  let m = tables.get(packs);
  if (!m) {
    m = new Memo<V>(limit);
    tables.set(packs, m);
  }
  return m;
}

const COMBINING = /\p{M}/gu;
const NOT_NAME = /[^\p{L}\p{N}\s]/gu;

/** Folds a name for spelling-insensitive comparison: lower case, no diacritics, ß as ss, punctuation as space. */
export function foldName(name: string): string {
  // Names repeat and are short; whole sentences rarely repeat and would only fill the table.
  if (name.length > MEMO_MAX_LENGTH) return foldNameUncached(name);
  // An ASCII word folds to its lower case: checked in one pass, it needs neither the table nor the regexes, and
  // keeps the table for the words that do (a large corpus has more distinct words than the table holds).
  let upper = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) upper = true;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return foldMemo.get(name, foldNameUncached);
  }
  return upper ? name.toLowerCase() : name;
}

/** Longest string whose folded form is remembered. */
const MEMO_MAX_LENGTH = 64;

const foldMemo = new Memo<string>();

/** Units below this (ASCII, Latin-1, Latin Extended-A) fold one by one: lower-casing and decomposing them needs no context. */
const LATIN_END = 0x180;
/** The folded form of each such unit (letters, `' '`, or `''`), made by `foldRegex` itself so the two cannot drift. */
let latinPieces: readonly string[] | undefined;
/** Output buffer of the one-pass fold, grown on demand. */
let foldBuffer = new Uint16Array(256);

// Folds a text of Latin units in one pass through the per-unit table, with the space collapsing and trimming of
// `foldRegex`: a claim's text is folded several times per alignment, and six regex passes allocated a string each.
// Undefined when a unit lies outside the table.
function foldLatin(name: string): string | undefined {
  const pieces = (latinPieces ??= Array.from({ length: LATIN_END }, (_, c) => foldRegex(String.fromCharCode(c), false)));
  if (foldBuffer.length < 2 * name.length) foldBuffer = new Uint16Array(2 * name.length);
  const out = foldBuffer;
  let length = 0;
  let space = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= LATIN_END) return undefined;
    const piece = pieces[c] as string;
    if (piece === ' ') {
      space = length > 0;
      continue;
    }
    if (space) {
      out[length++] = 32;
      space = false;
    }
    // At most two units (ß → ss): the buffer holds twice the input.
    for (let k = 0; k < piece.length; k++) out[length++] = piece.charCodeAt(k);
  }
  let folded = '';
  for (let from = 0; from < length; from += 4096) folded += String.fromCharCode.apply(null, out.subarray(from, Math.min(length, from + 4096)) as unknown as number[]);
  return folded;
}

function foldNameUncached(name: string): string {
  return foldLatin(name) ?? foldRegex(name, true);
}

function foldRegex(name: string, trim: boolean): string {
  const folded = name
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(NOT_NAME, ' ')
    .replace(/\s+/g, ' ');
  return trim ? folded.trim() : folded;
}

/** Lower-cases and collapses whitespace only: the spelling as a reader sees it, without case or spacing noise. */
export function foldSpelling(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

function collapseRepeats(s: string): string {
  let out = '';
  for (const ch of s) if (out[out.length - 1] !== ch || ch === ' ') out += ch;
  return out;
}

/** A transliteration key: every pack's rules applied in order, then folded and with doubled letters made single. */
export function nameKey(name: string, packs: readonly { transliteration: NamePack['transliteration'] }[]): string {
  return memoPerPacks(keyMemo, packs).get(name, (n) => nameKeyUncached(n, packs));
}

const keyMemo = new WeakMap<object, Memo<string>>();

function nameKeyUncached(name: string, packs: readonly { transliteration: NamePack['transliteration'] }[]): string {
  let s = ` ${name.toLowerCase().normalize('NFC').replace(/[\s\-‐‑'’.,]+/g, '  ').trim()} `;
  for (const pack of packs) {
    for (const [from, to] of pack.transliteration) if (s.includes(from)) s = s.split(from).join(to);
  }
  return collapseRepeats(foldName(s).replace(/\s+/g, ' '));
}

/**
 * Edit distance with adjacent transpositions counted as one edit (optimal string alignment: typists swap letters),
 * or `max + 1` as soon as it is certain to exceed `max` (keeps long comparisons cheap).
 */
export function levenshtein(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let before = new Array<number>(b.length + 1).fill(0);
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        v = Math.min(v, (before[j - 2] as number) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [before, prev, cur] = [prev, cur, before];
  }
  return prev[b.length] as number;
}
