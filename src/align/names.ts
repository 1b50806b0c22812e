import { ClaimdiffError } from '../errors.js';
import { packs as builtinPacks } from '../lang/index.js';
import { foldName, levenshtein, Memo, memoPerPacks, nameKey } from './fold.js';
import type { NamePack } from './pack.js';
import { colognePhonetic } from './phonetic.js';
import { dice } from './similarity.js';
import { INTERNATIONAL_GIVEN_NAMES } from '../lang/shared/given-names.js';
import { ARMENIAN, GEORGIAN, GREEK, SCRIPT_SEPARATORS, SKELETON_LETTERS, SKELETON_PREFIXES, SKELETON_RULES } from '../lang/shared/scripts.js';

/** Options of `compareNames`. */
export interface CompareNamesOptions {
  /** Score at or above which two names count as the same person (0-1). */
  threshold?: number;
  /** Name packs whose titles, particles and transliteration rules apply; defaults to every built-in pack. */
  packs?: readonly NamePack[];
}

/** Result of `compareNames`. */
export interface NameComparison {
  same: boolean;
  score: number;
  reasons: string[];
}

/** One name token with the keys it is compared on. */
interface Token {
  fold: string;
  key: string;
  phon: string;
  initial: boolean;
  /** Position in the name after reordering; the last one is taken as the surname. */
  pos: number;
  /** Consonant skeleton, what a name from a script without vowels is compared on. */
  skel: string;
  /** Written in a script without (full) vowels: only the skeleton says anything. */
  abjad: boolean;
  /** Second half of a hyphenated part ("Gancedo" in "Rodríguez-Gancedo"). */
  afterHyphen: boolean;
}

interface ParsedName {
  tokens: Token[];
  /** Every non-initial token run together, for names written with or without spaces. */
  joined: string;
  /** How many parts the name had before titles and particles were dropped. */
  written: number;
}

const DEFAULT_THRESHOLD = 0.7;
/** Letters of alphabetic scripts that romanize letter by letter. */
const ALPHABETS: Readonly<Record<string, string>> = { ...GREEK, ...ARMENIAN, ...GEORGIAN };
const ALPHABET_CHARS = /[\p{Script=Greek}\p{Script=Armenian}\p{Script=Georgian}]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const ABJAD_CHARS = /[\p{Script=Arabic}\p{Script=Khmer}\p{Script=Katakana}\p{Script=Hiragana}]/u;
const SEPARATORS = new RegExp(`[${SCRIPT_SEPARATORS}]`, 'gu');
const GIVEN = new Set(INTERNATIONAL_GIVEN_NAMES.map((n) => n.toLowerCase()));

/** Romanizes Greek, Armenian and Georgian letters; other text passes through. */
function romanize(word: string): string {
  if (!ALPHABET_CHARS.test(word)) return word;
  let out = '';
  for (const ch of word.toLowerCase().normalize('NFD')) out += ALPHABETS[ch] ?? (/\p{M}/u.test(ch) ? '' : ch);
  return out.replace(/ou/g, 'u');
}

/** The consonant skeleton of a name token, in Latin letters, whatever its script. */
function skeleton(word: string): string {
  let s = '';
  let w = word.normalize('NFC');
  for (const p of SKELETON_PREFIXES) if (w.length > p.length + 2 && w.startsWith(p)) w = w.slice(p.length);
  for (const ch of w) {
    const c = ch.codePointAt(0) as number;
    // Hiragana sits 0x60 below the katakana of the same syllable.
    const kana = c >= 0x3041 && c <= 0x3096 ? String.fromCodePoint(c + 0x60) : ch;
    s += SKELETON_LETTERS[kana] ?? kana;
  }
  s = foldName(s).replace(/\s+/g, '');
  for (const [from, to] of SKELETON_RULES) if (s.includes(from)) s = s.split(from).join(to);
  return collapseDoubles(s.replace(/[aeiouywh]/g, ''));
}

function collapseDoubles(s: string): string {
  let out = '';
  for (const ch of s) if (out[out.length - 1] !== ch) out += ch;
  return out;
}

/** Digits that typists and OCR put for look-alike letters inside names ("Ig0r Sech1n"). */
const LOOKALIKE: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '9': 'g' };

const defaultPacks: readonly NamePack[] = Object.keys(builtinPacks)
  .sort()
  .map((code) => builtinPacks[code as keyof typeof builtinPacks].names);

interface Vocab {
  /** Given name (folded) to the indexes of the groups it belongs to. */
  givenGroups: Map<string, Set<string>>;
  titles: Set<string>;
  particles: Set<string>;
  suffixes: Set<string>;
  packs: readonly NamePack[];
}

const vocabCache = new WeakMap<readonly NamePack[], Vocab>();

function vocabOf(packs: readonly NamePack[]): Vocab {
  let v = vocabCache.get(packs);
  if (!v) {
    const givenGroups = new Map<string, Set<string>>();
    packs.forEach((p, pi) =>
      p.givenNameGroups.forEach((g, gi) => {
        for (const n of g) {
          const f = foldName(n);
          const set = givenGroups.get(f) ?? new Set<string>();
          set.add(`${pi}:${gi}`);
          givenGroups.set(f, set);
        }
      }),
    );
    v = {
      givenGroups,
      titles: new Set(packs.flatMap((p) => p.titles.map(foldName))),
      particles: new Set(packs.flatMap((p) => p.particles.map(foldName))),
      suffixes: new Set(packs.flatMap((p) => p.suffixes.map(foldName))),
      packs,
    };
    vocabCache.set(packs, v);
  }
  return v;
}

function splitRaw(name: string): RawToken[] {
  let s = name.normalize('NFC');
  // "SURNAME, Given" (registers, bylines) is read as "Given SURNAME".
  const comma = s.indexOf(',');
  if (comma > 0) s = `${s.slice(comma + 1)} ${s.slice(0, comma)}`;
  s = s.replace(/(\p{L})(\d)|(\d)(\p{L})/gu, (m) => m.replace(/\d/g, (d) => LOOKALIKE[d] ?? d));
  s = s.replace(/(\p{L})(\d)|(\d)(\p{L})/gu, (m) => m.replace(/\d/g, (d) => LOOKALIKE[d] ?? d));
  // Names run together in camel case ("AlisherUsmanov") are split where a lower-case letter meets an upper-case one.
  s = s.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  // Apostrophes join (Jun'ichi, O'Brien); other punctuation separates.
  s = s.replace(/['’`ʻ]/gu, '').replace(SEPARATORS, ' ');
  const out: RawToken[] = [];
  for (const word of s.split(/[\s._/]+/u)) {
    word.split(/[-‐‑–]+/u).forEach((part, i) => {
      if (/\p{L}/u.test(part)) out.push({ text: romanize(part), afterHyphen: i > 0, abjad: ABJAD_CHARS.test(part) });
    });
  }
  return out;
}

/** A piece of a name as written; `afterHyphen` marks the second half of "Shou-De", where "De" is no particle. */
interface RawToken {
  text: string;
  afterHyphen: boolean;
  abjad: boolean;
}

// Parsed names are shared read-only between comparisons: the same mention meets many candidates.
const parsedMemo = new WeakMap<object, Memo<ParsedName>>();

function parseName(name: string, packs: readonly NamePack[]): ParsedName {
  return memoPerPacks(parsedMemo, packs, 1 << 13).get(name, (n) => parseNameUncached(n, packs));
}

function parseNameUncached(name: string, packs: readonly NamePack[]): ParsedName {
  const vocab = vocabOf(packs);
  const raw = splitRaw(name);
  const expanded: { text: string; initial: boolean; afterHyphen: boolean; abjad: boolean }[] = [];
  for (const { text: t, afterHyphen, abjad } of raw) {
    const letters = [...t];
    // Two or three capitals without a vowel ("JC") are initials written together.
    if (!abjad && letters.length >= 2 && letters.length <= 3 && t === t.toUpperCase() && !/[AEIOUYÄÖÜ]/u.test(t) && raw.length > 1) {
      for (const l of letters) expanded.push({ text: l, initial: true, afterHyphen, abjad });
    } else expanded.push({ text: t, initial: letters.length === 1 && !abjad, afterHyphen, abjad });
  }
  // Titles stand before a name part, suffixes after one; elsewhere the same word may be a name (Sen, Jun).
  const isNoise = (f: string, i: number) =>
    (vocab.titles.has(f) && i < expanded.length - 1) ||
    (vocab.particles.has(f) && !expanded[i]?.afterHyphen) ||
    (vocab.suffixes.has(f) && i > 0 && i === expanded.length - 1);
  let kept = expanded.filter((t, i) => !isNoise(foldName(t.text), i));
  if (kept.every((t) => t.initial)) kept = expanded.filter((t) => !vocab.titles.has(foldName(t.text)));
  const seen = new Set<string>();
  const tokens: Token[] = [];
  for (const t of kept) {
    const fold = foldName(t.text).replace(/\s+/g, '');
    if (!fold || seen.has(fold)) continue;
    seen.add(fold);
    tokens.push({
      fold,
      key: nameKey(t.text, packs).replace(/\s+/g, ''),
      phon: colognePhonetic(fold),
      initial: t.initial,
      pos: tokens.length,
      skel: skeleton(t.text),
      abjad: t.abjad,
      afterHyphen: t.afterHyphen,
    });
  }
  return { tokens, joined: tokens.map((t) => t.key).join(''), written: expanded.length };
}

interface TokenMatch {
  score: number;
  reason: string;
}

/** Edits tolerated between two tokens of this length: none for short ones, more for long ones. */
function allowedEdits(len: number): number {
  if (len >= 11) return 3;
  if (len >= 7) return 2;
  // Four-letter tokens are often syllables of East Asian names, where one letter makes another name (Chen/Cheng).
  if (len >= 5) return 1;
  return 0;
}

/** Whether two given names are one name by the packs' groups of short forms and translations ("Bill" / "William"). */
export function sameGivenNameGroup(a: string, b: string, packs: readonly NamePack[] = defaultPacks): boolean {
  return sameGivenName(foldName(a), foldName(b), vocabOf(packs));
}

function sameGivenName(a: string, b: string, vocab: Vocab): boolean {
  const ga = vocab.givenGroups.get(a);
  const gb = vocab.givenGroups.get(b);
  if (!ga || !gb) return false;
  for (const g of ga) if (gb.has(g)) return true;
  return false;
}

function matchTokens(a: Token, b: Token, allowPrefix: boolean, vocab: Vocab): TokenMatch | null {
  // A name in Arabic, Khmer or kana against a romanization: only the consonants can be compared.
  if (a.abjad !== b.abjad) {
    return a.skel.length >= 2 && a.skel === b.skel ? { score: 0.85, reason: 'script-skeleton' } : null;
  }
  if (a.initial || b.initial) {
    if (a.fold[0] !== b.fold[0]) return null;
    return { score: a.initial && b.initial ? 0.9 : 0.8, reason: 'initial' };
  }
  if (a.fold === b.fold) return { score: 1, reason: 'identical' };
  if (a.key === b.key) return { score: 0.95, reason: 'translit-key' };
  const len = Math.max(a.fold.length, b.fold.length);
  // A Cyrillic name is measured by its romanization, which is longer than its letters ("Юлия" / "Yulia").
  const size = (t: Token) => (CYRILLIC.test(t.fold) ? t.key.length : t.fold.length);
  const allowed = allowedEdits(Math.min(size(a), size(b)));
  const d = Math.min(levenshtein(a.fold, b.fold, allowed + 2), levenshtein(a.key, b.key, allowed + 2));
  if (d <= allowed) return { score: 1 - d / Math.max(len, 1), reason: `edit-distance:${d}` };
  // Latvian and Lithuanian add a nominative -s to foreign names ("Sergejs Lavrovs" for Sergey Lavrov).
  for (const [x, y] of [[a, b], [b, a]] as const) {
    if (x.fold.length >= 5 && x.fold.endsWith('s') && !y.fold.endsWith('s') && nameKey(x.fold.slice(0, -1), vocab.packs).replace(/\s+/g, '') === y.key) {
      return { score: 0.9, reason: 'baltic-ending' };
    }
  }
  if (a.phon.length >= 2 && a.phon === b.phon && a.key[0] === b.key[0] && d <= Math.round(len * 0.34)) {
    return { score: 0.8, reason: 'phonetic' };
  }
  if (allowPrefix && sameGivenName(a.fold, b.fold, vocab)) return { score: 0.85, reason: 'given-name-form' };
  if (allowPrefix) {
    const [s, l] = a.key.length <= b.key.length ? [a.key, b.key] : [b.key, a.key];
    // Short forms are the first three to five letters (Ben, Alex, Max); a longer prefix is another name (Oleksandr/Oleksandrovych).
    if (s.length >= 3 && s.length <= 5 && l.length - s.length >= 2 && l.startsWith(s)) return { score: 0.75, reason: 'prefix' };
  }
  if (len >= 6) {
    const sim = dice(a.key, b.key);
    if (sim >= 0.8) return { score: sim, reason: `dice:${sim.toFixed(2)}` };
  }
  return null;
}

/** Runs together adjacent tokens of `name` whose concatenation is a single token of `other` ("Patr ushev"). */
function mergeSplitTokens(name: ParsedName, other: ParsedName): ParsedName {
  const keys = new Set(other.tokens.map((t) => t.key));
  const out: Token[] = [];
  const ts = name.tokens;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i] as Token;
    const n = ts[i + 1];
    if (n && !t.initial && !n.initial && !keys.has(t.key) && !keys.has(n.key) && keys.has(t.key + n.key)) {
      const fold = t.fold + n.fold;
      out.push({ ...t, fold, key: t.key + n.key, phon: colognePhonetic(fold), initial: false, pos: out.length, skel: skeleton(fold) });
      i++;
    } else out.push({ ...t, pos: out.length });
  }
  return { tokens: out, joined: name.joined, written: name.written };
}

/** Decides whether two person names are spellings of one name, with a score and the evidence. */
export function compareNames(a: string, b: string, options: CompareNamesOptions = {}): NameComparison {
  if (typeof a !== 'string' || typeof b !== 'string') {
    throw new ClaimdiffError('E_INVALID_INPUT', `Expected two names as strings, got ${typeof a} and ${typeof b}`);
  }
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (!(threshold >= 0 && threshold <= 1)) {
    throw new ClaimdiffError('E_INVALID_OPTIONS', `Expected \`threshold\` between 0 and 1, got ${String(options.threshold)}`);
  }
  const r = sharedComparison(a, b, threshold, options.packs ?? defaultPacks);
  // Each caller gets its own copy, so it may change the result.
  return { same: r.same, score: r.score, reasons: [...r.reasons] };
}

/**
 * `compareNames` for the library's own callers, which only read the result: no copy per call. Entity resolution, the
 * variant sweep and the name-variant detector ask about the same pairs again and again (an index on every report).
 */
export function compareNamesShared(a: string, b: string, packs: readonly NamePack[] = defaultPacks, threshold = DEFAULT_THRESHOLD): Readonly<NameComparison> {
  if (!(threshold >= 0 && threshold <= 1)) {
    throw new ClaimdiffError('E_INVALID_OPTIONS', `Expected \`threshold\` between 0 and 1, got ${String(threshold)}`);
  }
  return sharedComparison(a, b, threshold, packs);
}

function sharedComparison(a: string, b: string, threshold: number, packs: readonly NamePack[]): NameComparison {
  // Nested maps (packs, threshold, second name, first name): a key string joined per call cost more than the lookup.
  // The second name is the outer key: the variant sweep compares many words of running text with few surnames.
  let byThreshold = compareMemo.get(packs);
  if (byThreshold === undefined) compareMemo.set(packs, (byThreshold = new Map()));
  let memo = byThreshold.get(threshold);
  if (memo === undefined) byThreshold.set(threshold, (memo = new PairMemo<NameComparison>(1 << 15)));
  let r = memo.get(a, b);
  if (r === undefined) memo.set(a, b, (r = compareUncached(a, b, threshold, packs)));
  return r;
}

/** A bounded cache keyed by two strings, emptied when full like `Memo`. */
class PairMemo<V> {
  private readonly map = new Map<string, Map<string, V>>();
  private size = 0;
  constructor(private readonly limit: number) {}

  get(a: string, b: string): V | undefined {
    return this.map.get(b)?.get(a);
  }

  set(a: string, b: string, value: V): void {
    if (this.size >= this.limit) {
      this.map.clear();
      this.size = 0;
    }
    let inner = this.map.get(b);
    if (inner === undefined) this.map.set(b, (inner = new Map()));
    inner.set(a, value);
    this.size++;
  }
}

const compareMemo = new WeakMap<object, Map<number, PairMemo<NameComparison>>>();

function compareUncached(a: string, b: string, threshold: number, packs: readonly NamePack[]): NameComparison {
  if (foldName(a) === foldName(b) && foldName(a) !== '') {
    const exact = a.trim() === b.trim();
    const score = exact ? 1 : 0.99;
    return { same: score >= threshold, score, reasons: [exact ? 'identical' : 'folded'] };
  }
  let pa = parseName(a, packs);
  let pb = parseName(b, packs);
  if (pa.tokens.length === 0 || pb.tokens.length === 0) return { same: false, score: 0, reasons: ['empty'] };
  // Same letters with the spaces elsewhere ("Rami Makhlouf" / "RamiMakhlouf").
  if (pa.joined.length >= 6 && pa.joined === pb.joined && pa.tokens.length !== pb.tokens.length) return { same: 0.95 >= threshold, score: 0.95, reasons: ['joined'] };
  pa = mergeSplitTokens(pa, pb);
  pb = mergeSplitTokens(pb, pa);

  const vocab = vocabOf(packs);
  const lastA = pa.tokens.length - 1;
  const lastB = pb.tokens.length - 1;
  const candidates: { i: number; j: number; m: TokenMatch }[] = [];
  for (const ta of pa.tokens) {
    for (const tb of pb.tokens) {
      // A shortened given name ("Ben" for "Benjamin") is common; a shortened surname is another person.
      const allowPrefix = ta.pos !== lastA && tb.pos !== lastB;
      const m = matchTokens(ta, tb, allowPrefix, vocab);
      if (m) candidates.push({ i: ta.pos, j: tb.pos, m });
    }
  }
  // Full tokens are matched before initials so an initial cannot take a token a full name needs.
  const fullFirst = (c: { i: number; j: number }) => (pa.tokens[c.i]?.initial || pb.tokens[c.j]?.initial ? 1 : 0);
  candidates.sort((x, y) => fullFirst(x) - fullFirst(y) || y.m.score - x.m.score || Math.abs(x.i - lastA + (x.j - lastB)) - Math.abs(y.i - lastA + (y.j - lastB)) || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const matched: { i: number; j: number; m: TokenMatch }[] = [];
  for (const c of candidates) {
    if (usedA.has(c.i) || usedB.has(c.j)) continue;
    usedA.add(c.i);
    usedB.add(c.j);
    matched.push(c);
  }
  const reasons: string[] = [];
  for (const c of matched) if (!reasons.includes(c.m.reason)) reasons.push(c.m.reason);
  const fullMatches = matched.filter((c) => !pa.tokens[c.i]?.initial && !pb.tokens[c.j]?.initial);
  let restA = pa.tokens.filter((t) => !usedA.has(t.pos));
  let restB = pb.tokens.filter((t) => !usedB.has(t.pos));
  // A second surname after a hyphen that the other form drops ("Rodríguez-Gancedo" / "Rodríguez") is commonly left out.
  const hyphenTail = (p: ParsedName, used: Set<number>, last: number) =>
    p.tokens.find((t) => t.pos === last && t.afterHyphen && !t.initial && used.has(t.pos - 1) && !used.has(t.pos));
  const tailA = hyphenTail(pa, usedA, lastA);
  const tailB = hyphenTail(pb, usedB, lastB);
  let dropped = 0;
  if (tailA && !tailB && restB.length === 0) {
    restA = restA.filter((t) => t !== tailA);
    dropped++;
  } else if (tailB && !tailA && restA.length === 0) {
    restB = restB.filter((t) => t !== tailB);
    dropped++;
  }
  // Two given names in swapped order ("Hans Friedrich" / "Friedrich Hans") are two people; "Xi Jinping" / "Jinping Xi" is one.
  if (
    pa.written === 2 &&
    pb.written === 2 &&
    matched.length === 2 &&
    matched.every((c) => c.i !== c.j && c.m.reason === 'identical') &&
    pa.tokens.every((t) => GIVEN.has(t.fold) || vocab.givenGroups.has(t.fold))
  ) {
    return { same: false, score: 0.5, reasons: ['given-names-swapped'] };
  }
  const avg = matched.length ? matched.reduce((s, c) => s + c.m.score, 0) / matched.length : 0;
  if (fullMatches.length === 0) {
    return { same: false, score: avg * 0.3, reasons: [...reasons, 'no-shared-token'] };
  }
  const fullRestA = restA.filter((t) => !t.initial);
  const fullRestB = restB.filter((t) => !t.initial);
  // Both names keep a part the other lacks: two people who share the rest ("Anna Berger" / "Paul Berger").
  if (restA.length > 0 && restB.length > 0) {
    const surnameLeft = restA.some((t) => t.pos === lastA) && restB.some((t) => t.pos === lastB);
    return { same: false, score: avg * 0.5, reasons: [...reasons, surnameLeft ? 'surname-conflict' : 'given-name-conflict'] };
  }
  // A bare given name that meets a full name without its surname must be spelt the same ("Michaela" is not "Michelle Obama").
  const longer = pa.tokens.length >= pb.tokens.length ? 'a' : 'b';
  const surnameMissed = longer === 'a' ? restA.some((t) => t.pos === lastA) : restB.some((t) => t.pos === lastB);
  if (surnameMissed && matched.some((c) => c.m.score < 0.95)) {
    return { same: false, score: avg * 0.6, reasons: [...reasons, 'surname-missing'] };
  }
  // A weak token match (initial, prefix, sound) next to a leftover full token is how two different people line up.
  const weak = (r: string) => r === 'initial' || r === 'prefix' || r === 'phonetic';
  if ((fullRestA.length > 0 || fullRestB.length > 0) && matched.some((c) => weak(c.m.reason))) {
    return { same: false, score: avg * 0.6, reasons: [...reasons, 'given-name-conflict'] };
  }
  const extra = fullRestA.length + fullRestB.length + dropped;
  const score = avg * Math.max(0.75, 1 - 0.05 * extra);
  if (extra > 0) reasons.push(`extra-tokens:${extra}`);
  return { same: score >= threshold, score: Math.round(score * 1000) / 1000, reasons };
}
