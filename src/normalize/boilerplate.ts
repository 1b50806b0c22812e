import type { NormalizationPack } from './pack.js';
import type { BoilerplateKind } from './types.js';
import { foldForComparison } from './fold.js';

/** Boilerplate cues of every language pack, compiled once. */
export interface BoilerplateCues {
  readMore: readonly string[];
  disclaimer: RegExp | null;
  dateline: ReadonlySet<string>;
  /** What every key with a cue begins with (see `mayHaveCue`), by its first unit; undefined when a key may begin with anything. */
  leads: ReadonlyMap<number, readonly string[]> | undefined;
  /** The same leads as a tree of their units, read by `mayHaveCue`; undefined when `leads` is. */
  leadTree: LeadNode | undefined;
}

/** One unit of a tree of leads: the units that may follow, and whether a lead ends here. */
export interface LeadNode {
  next: Map<number, LeadNode>;
  end: boolean;
}

// Walking a tree reads each unit of the line once, where trying every lead with the line's first unit read the
// same units again per lead (German lines open with "Die", "Der", "Das": a dozen disclaimer leads start alike).
function leadTree(table: ReadonlyMap<number, readonly string[]> | undefined): LeadNode | undefined {
  if (table === undefined) return undefined;
  const root: LeadNode = { next: new Map(), end: false };
  for (const list of table.values()) {
    for (const lead of list) {
      let node = root;
      for (let j = 0; j < lead.length; j++) {
        const c = lead.charCodeAt(j);
        let child = node.next.get(c);
        if (child === undefined) {
          child = { next: new Map(), end: false };
          node.next.set(c, child);
        }
        node = child;
      }
      node.end = true;
    }
  }
  return root;
}

// Disclaimer patterns are only tried on lines up to this length: a disclaimer is one short line.
const MAX_DISCLAIMER = 400;

/** Merges the cues of several packs; pages mix languages, and the language is only known after reading. */
export function compileCues(packs: readonly NormalizationPack[]): BoilerplateCues {
  const patterns = packs.flatMap((p) => p.disclaimerPatterns);
  const readMore = [...new Set(packs.flatMap((p) => p.readMorePrefixes))];
  const dateline = new Set(packs.flatMap((p) => p.datelineWords));
  const leads = leadTable([...readMore, ...dateline], patterns);
  return {
    readMore,
    disclaimer: patterns.length ? new RegExp(`^(?:${patterns.join('|')})$`) : null,
    dateline,
    leads,
    leadTree: leadTree(leads),
  };
}

// A read-more line starts with its prefix, an empty dateline with its word (the key without its trailing marks is
// the word), a disclaimer with what its pattern begins with: a line whose key starts with none of them has no cue.
function leadTable(literals: readonly string[], patterns: readonly string[]): Map<number, string[]> | undefined {
  const all = [...literals];
  for (const p of patterns) {
    const leads = patternLeads(p);
    if (leads === undefined) return undefined;
    all.push(...leads);
  }
  const table = new Map<number, string[]>();
  for (const lead of new Set(all)) {
    if (lead === '') return undefined;
    const list = table.get(lead.charCodeAt(0)) ?? [];
    list.push(lead);
    table.set(lead.charCodeAt(0), list);
  }
  return table;
}

// Bounds the cross product of a pattern's leading groups.
const MAX_LEADS = 64;

/**
 * The literal texts one of which begins every match of a regular-expression source (no flags), or undefined when a
 * match may begin otherwise. Reads only literal characters, escaped punctuation and `(?:...)` groups of such
 * alternatives; it stops before the first element it does not know or that a quantifier may leave out, so what it
 * returns is always a true (if short) beginning.
 */
export function patternLeads(source: string): string[] | undefined {
  const alternatives = splitTopLevel(source);
  if (alternatives === undefined) return undefined;
  const out: string[] = [];
  for (const alt of alternatives) {
    const leads = sequenceLeads(alt);
    if (leads.some((l) => l === '')) return undefined;
    out.push(...leads);
  }
  return out;
}

// Walks a pattern source from `from`, skipping escapes and character classes, and calls `visit` on every other
// character with the group depth after it; stops where `visit` returns true. Returns the final depth and whether a
// class was left open, and the index it stopped at (-1 when it ran to the end).
function walkSource(source: string, from: number, visit: (c: string, i: number, depth: number) => boolean): { at: number; depth: number; inClass: boolean } {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    if (visit(c, i, depth)) return { at: i, depth, inClass };
  }
  return { at: -1, depth, inClass };
}

// The source's alternatives at depth 0, or undefined when its brackets do not balance (a reader's mistake, not data).
function splitTopLevel(source: string): string[] | undefined {
  const parts: string[] = [];
  let from = 0;
  const end = walkSource(source, 0, (c, i, depth) => {
    if (c === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
    return depth < 0;
  });
  if (end.at >= 0 || end.depth !== 0 || end.inClass) return undefined;
  parts.push(source.slice(from));
  return parts;
}

// The literal beginnings of one alternative (no top-level "|"); [''] when it begins with nothing this reader knows.
function sequenceLeads(alt: string): string[] {
  let leads = [''];
  let i = 0;
  while (i < alt.length) {
    let element: string[] | undefined;
    let end = i + 1;
    const c = alt[i]!;
    if (c === '\\') {
      const e = alt[i + 1];
      // An escaped letter or digit is a class, a boundary or a back reference; other escapes are the character.
      if (e === undefined || /[A-Za-z0-9]/.test(e)) break;
      element = [e];
      end = i + 2;
    } else if (c === '(') {
      if (!alt.startsWith('(?:', i)) break;
      const close = closingParen(alt, i);
      if (close < 0) break;
      const inner = splitTopLevel(alt.slice(i + 3, close));
      // Only a group of plain alternatives is read through; any other group ends the beginning here.
      if (inner === undefined || !inner.every((a) => isPlain(a))) break;
      element = inner.map(unescapePlain);
      end = close + 1;
    } else if ('.[]{}^$|)*+?'.includes(c)) break;
    else element = [c];
    // A quantifier may leave the element out (or repeat it): the beginning ends before it.
    const q = alt[end];
    if (q === '?' || q === '*' || q === '{' || q === '+') break;
    if (leads.length * element.length > MAX_LEADS) break;
    leads = leads.flatMap((l) => element!.map((e) => l + e));
    i = end;
  }
  return leads;
}

// Index of the ")" closing the group opened at `open`, or -1.
function closingParen(s: string, open: number): number {
  return walkSource(s, open, (c, _i, depth) => c === ')' && depth === 0).at;
}

// Whether an alternative is literal characters and escaped punctuation only.
function isPlain(alt: string): boolean {
  for (let i = 0; i < alt.length; i++) {
    const c = alt[i]!;
    if (c === '\\') {
      const e = alt[i + 1];
      if (e === undefined || /[A-Za-z0-9]/.test(e)) return false;
      i++;
    } else if ('.[]{}()^$|*+?'.includes(c)) return false;
  }
  return true;
}

function unescapePlain(alt: string): string {
  return alt.replace(/\\(.)/g, '$1');
}

// The key unit of each code unit (folded, lower-cased), filled in on first sight; COMPLEX for the units whose key
// depends on their neighbours or is longer than one unit: surrogates, capital sigma (final sigma), U+0130 (two units).
const COMPLEX = 0xffff;
const keyUnits = new Uint16Array(0x10000);
function keyUnit(c: number): number {
  let k = keyUnits[c]!;
  if (k === 0) {
    const key = c >= 0xd800 && c <= 0xdfff ? '' : c === 0x3a3 ? '' : lineKey(String.fromCharCode(c));
    k = key.length === 1 && key.charCodeAt(0) !== 0 ? key.charCodeAt(0) : COMPLEX;
    keyUnits[c] = k;
  }
  return k;
}

/**
 * False only when `cueKind` is sure to find nothing in the line's key: the key starts with no lead of the cues.
 * Read from the text unit by unit, so the key (a folded, lower-cased copy of the whole line) is made only for the
 * few lines that may be boilerplate; any unit whose key is not one plain unit answers true.
 */
export function mayHaveCue(text: string, cues: BoilerplateCues): boolean {
  const root = cues.leadTree;
  if (root === undefined || text.length === 0) return true;
  let node: LeadNode = root;
  for (let j = 0; j < text.length; j++) {
    const k = keyUnit(text.charCodeAt(j));
    if (k === COMPLEX) return true;
    const next: LeadNode | undefined = node.next.get(k);
    if (next === undefined) return false;
    if (next.end) return true;
    node = next;
  }
  // A text shorter than every lead it begins has a key as short (no unit here grows), which cannot start with one.
  return false;
}

/** Comparison key of a line: typographic quotes and dashes folded, lower-cased. */
export function lineKey(text: string): string {
  return foldForComparison(text).toLowerCase();
}

/** Number of space-separated words of normalized text. */
export function wordCount(text: string): number {
  if (!text) return 0;
  let n = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x20) n++;
  return n;
}

/** Whether normalized text has at least `n` space-separated words; stops at the n-th word, as lines can be long. */
export function hasWords(text: string, n: number): boolean {
  if (n <= 0) return true;
  if (!text) return false;
  let at = -1;
  for (let words = 1; words < n; words++) {
    at = text.indexOf(' ', at + 1);
    if (at < 0) return false;
  }
  return true;
}

/** The boilerplate kind a single line has on its own (read-more, disclaimer, empty dateline), from its key. */
export function cueKind(key: string, cues: BoilerplateCues): BoilerplateKind | undefined {
  if (cues.readMore.some((p) => key.startsWith(p))) return 'read-more';
  if (key.length <= MAX_DISCLAIMER && cues.disclaimer?.test(key)) return 'disclaimer';
  if (key.length <= 60 && !/\d/.test(key)) {
    const bare = key.replace(/[\s:.]+$/, '');
    if (cues.dateline.has(bare)) return 'empty-dateline';
  }
  return undefined;
}

// Closing quotes and brackets that may follow the punctuation that ends a sentence.
// Held as code units: reading `text[end - 1]` made a one-character string for every typographic quote a paragraph
// ends with, only to hash it for the set lookup.
const TRAILING_CLOSERS = new Set(['"', "'", '\u201C', '\u201D', '\u2019', '\u2018', '\u00BB', '\u00AB', '\u203A', '\u2039', ')', ']'].map((c) => c.charCodeAt(0)));
const TERMINAL = new Set(['.', '!', '?', '\u2026', ':'].map((c) => c.charCodeAt(0)));
const MAX_HEADING_WORDS = 20;

/** True when one line reads as a heading: no terminal punctuation at its end and at most 20 words. */
export function isHeadingText(text: string): boolean {
  let end = text.length;
  while (end > 0 && TRAILING_CLOSERS.has(text.charCodeAt(end - 1))) end--;
  if (end === 0) return false;
  if (TERMINAL.has(text.charCodeAt(end - 1))) return false;
  return !hasWords(text, MAX_HEADING_WORDS + 1);
}
