import type { NormalizationPack } from './pack.js';
import type { BoilerplateKind } from './types.js';
import { foldForComparison } from './fold.js';

/** Boilerplate cues of every language pack, compiled once. */
export interface BoilerplateCues {
  readMore: readonly string[];
  disclaimer: RegExp | null;
  dateline: ReadonlySet<string>;
}

// Disclaimer patterns are only tried on lines up to this length: a disclaimer is one short line.
const MAX_DISCLAIMER = 400;

/** Merges the cues of several packs; pages mix languages, and the language is only known after reading. */
export function compileCues(packs: readonly NormalizationPack[]): BoilerplateCues {
  const patterns = packs.flatMap((p) => p.disclaimerPatterns);
  return {
    readMore: [...new Set(packs.flatMap((p) => p.readMorePrefixes))],
    disclaimer: patterns.length ? new RegExp(`^(?:${patterns.join('|')})$`) : null,
    dateline: new Set(packs.flatMap((p) => p.datelineWords)),
  };
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
const TRAILING_CLOSERS = new Set(['"', "'", '\u201C', '\u201D', '\u2019', '\u2018', '\u00BB', '\u00AB', '\u203A', '\u2039', ')', ']']);
const TERMINAL = new Set(['.', '!', '?', '\u2026', ':']);
const MAX_HEADING_WORDS = 20;

/** True when one line reads as a heading: no terminal punctuation at its end and at most 20 words. */
export function isHeadingText(text: string): boolean {
  let end = text.length;
  while (end > 0 && TRAILING_CLOSERS.has(text[end - 1]!)) end--;
  if (end === 0) return false;
  if (TERMINAL.has(text[end - 1]!)) return false;
  return !hasWords(text, MAX_HEADING_WORDS + 1);
}
