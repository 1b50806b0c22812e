import type { Range } from './01-paragraphs.js';
import type { Candidate } from './02-candidates.js';
import type { CompiledPack } from './compile.js';
import type { Decision, PassContext } from './pass.js';
import { BULLET_BIT, isAt, OPENER_BIT, SPACE_BIT, UPPER_BIT } from './chars.js';
import { tokenOf, wordBefore } from './token.js';

// A list marker's label: a short number, one letter or a short Roman numeral.
const MARKER = /^(?:\d{1,3}|\p{L}|[ivxlcdm]{1,4})$/iu;

/** Keeps "1." / "a." / "• 9." together with their item: a period right after a list marker that opens the sentence. */
export function listMarkerPass(c: Candidate, ctx: PassContext): Decision | undefined {
  if (c.kind !== 'period' && c.kind !== 'glued') return undefined;
  const { text } = ctx;
  const t = tokenOf(c.markStart, ctx);
  // MARKER matches at most four units: longer tokens (nearly every word before a period) skip the pattern.
  if (t.chain.length > 0 || t.core.length > 4 || !MARKER.test(t.core)) return undefined;
  let s = ctx.sentenceStart;
  while (s < t.start && isAt(text, s, SPACE_BIT | BULLET_BIT | OPENER_BIT)) s++;
  return s >= t.start ? 'keep' : undefined;
}

// A marker that opens an enumeration: "1.", "1.)", "1)", "a." or "a)" followed by a space.
const OPENING = /^(\d{1,3}|[a-zA-Z])(\.\)|\)|\.)\s/;
// What OPENING needs in its first two units; checked first because nearly every sentence start fails it,
// and the check spares a slice and a regular-expression run per sentence.
function mayOpenList(text: string, at: number): boolean {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  const digit = a >= 0x30 && a <= 0x39;
  if (!digit && !((a >= 0x41 && a <= 0x5a) || (a >= 0x61 && a <= 0x7a))) return false;
  return b === 0x2e || b === 0x29 || (digit && b >= 0x30 && b <= 0x39);
}

// The cuts of a paragraph without an enumeration (nearly all), shared: read only.
const NO_CUTS: number[] = [];

// Enumerations are searched for within this many characters of their previous item, keeping the scan linear.
const WINDOW = 2000;

/**
 * Boundaries inside an inline enumeration ("1) The first item 2) The second item", "a. … b. …"):
 * where a paragraph (any label) or a sentence ("1" or "a") opens with a marker, each following marker
 * with the next label, preceded by a space and followed by a capital, starts a new item.
 */
export function inlineListCuts(text: string, range: Range, pack: CompiledPack, candidates: readonly Candidate[]): readonly number[] {
  // Nearly every paragraph has no enumeration: they share one empty (never written) array.
  let cuts = NO_CUTS;
  let reached = range.start;
  // Sentence starts: the paragraph's own, then the one after each candidate.
  for (let n = -1; n < candidates.length; n++) {
    const start = n < 0 ? range.start : candidates[n]!.next;
    if (start < reached || start >= range.end || !mayOpenList(text, start)) continue;
    const m = OPENING.exec(text.slice(start, Math.min(range.end, start + 8)));
    if (!m) continue;
    const label = m[1] as string;
    if (start !== range.start && label !== '1' && label !== 'a' && label !== 'A') continue;
    if (cuts === NO_CUTS) cuts = [];
    reached = followItems(text, range, pack, start + m[0].length, label, m[2] as string, cuts);
  }
  return cuts;
}

function followItems(text: string, range: Range, pack: CompiledPack, from: number, label: string, suffix: string, cuts: number[]): number {
  const numeric = /\d/.test(label);
  let value = numeric ? Number(label) : label.charCodeAt(0);
  let pos = from;
  for (;;) {
    value++;
    const marker = (numeric ? String(value) : String.fromCharCode(value)) + suffix;
    const limit = Math.min(range.end, pos + WINDOW);
    let found = -1;
    // A bounded window, scanned once: a success stops at the item, a failure ends the enumeration
    // and `inlineListCuts` resumes after the window, so many false starts stay linear.
    for (let at = pos; at < limit; at++) {
      if (text.charCodeAt(at) !== marker.charCodeAt(0) || !text.startsWith(marker, at)) continue;
      const after = at + marker.length;
      if (
        isAt(text, at - 1, SPACE_BIT) &&
        isAt(text, after, SPACE_BIT) &&
        isAt(text, after + 1, UPPER_BIT) &&
        !pack.ordinalPreceders.has(wordBefore(text, at, range.start))
      ) {
        found = at;
        break;
      }
    }
    if (found === -1) return limit;
    cuts.push(found);
    pos = found + marker.length;
  }
}
