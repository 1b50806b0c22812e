import type { Range } from './01-paragraphs.js';
import {
  BULLET_BIT,
  CLOSER_BIT,
  classAt,
  DIGIT_BIT,
  DOUBLE_QUOTE_BIT,
  FULL_WIDTH_BIT,
  isAt,
  isHorizontalSpaceAt,
  LETTER_BIT,
  LOWER_BIT,
  MARK_BIT,
  OPENER_BIT,
  scanTo,
  SPACE_BIT,
  TERMINATOR_BIT,
  unitClass,
  UPPER_BIT,
} from './chars.js';

/**
 * What kind of possible boundary a candidate is: a period, a "!"/"?" run, an ellipsis, a line break
 * inside a paragraph, a period glued to the next word ("world.Today"), or a list bullet.
 */
export type CandidateKind = 'period' | 'strong' | 'ellipsis' | 'newline' | 'glued' | 'bullet';

/** How the text after a candidate begins. */
export type NextClass = 'upper' | 'lower' | 'digit' | 'bullet' | 'other' | 'end';

/** A place where a sentence may end, with the context every pass looks at. */
export interface Candidate {
  kind: CandidateKind;
  /** First character of the punctuation run (or the line break / bullet). */
  markStart: number;
  /** Where the sentence would end (after terminators and closing quotes/brackets). */
  cut: number;
  /** First non-space character after the cut (paragraph end if none). */
  next: number;
  /** Periods in the run (an ellipsis "..." counts 3, "…" counts 3). */
  dots: number;
  /** Whether a space stands right before the run (" ..." is a mid-sentence omission). */
  spacedBefore: boolean;
  nextClass: NextClass;
  /** Where the next word (letters only, after opening quotes) starts and ends; read it with `nextWord`. */
  wordStart: number;
  wordEnd: number;
  /** The next word once `nextWord` has read it. */
  word: string | undefined;
}

/** The next word of a candidate, lower-case, letters only ("" if none); cut out only for the few candidates a pass asks about. */
export function nextWord(c: Candidate, text: string): string {
  if (c.word === undefined) c.word = c.wordStart === c.wordEnd ? '' : text.slice(c.wordStart, c.wordEnd).toLowerCase();
  return c.word;
}

// Bounded look-arounds keep each candidate O(1), so the scan stays linear on hostile input.
const MAX_WORD = 40;
const MAX_TOKEN = 80;

// Builds a candidate and classifies how the text at `next` begins, looking past opening quotes and brackets. One
// object literal of one shape: spreading a second object into each candidate cost more than the rest of the scan.
function candidate(kind: CandidateKind, markStart: number, cut: number, next: number, dots: number, spacedBefore: boolean, text: string, end: number): Candidate {
  if (next >= end) return { kind, markStart, cut, next, dots, spacedBefore, nextClass: 'end', wordStart: 0, wordEnd: 0, word: '' };
  let i = next;
  if (isAt(text, i, BULLET_BIT)) return { kind, markStart, cut, next, dots, spacedBefore, nextClass: 'bullet', wordStart: 0, wordEnd: 0, word: '' };
  let openers = 0;
  while (i < end && openers < 4 && isAt(text, i, OPENER_BIT)) {
    i++;
    openers++;
  }
  const cls = classAt(text, i);
  const nextClass: NextClass = cls & UPPER_BIT ? 'upper' : cls & LOWER_BIT ? 'lower' : cls & DIGIT_BIT ? 'digit' : 'other';
  let j = i;
  while (j < end && j - i < MAX_WORD && isAt(text, j, LETTER_BIT)) j++;
  return { kind, markStart, cut, next, dots, spacedBefore, nextClass, wordStart: i, wordEnd: j, word: undefined };
}

/** Start of the whitespace-delimited token that ends at `end` (bounded look-back). */
export function tokenStart(text: string, end: number, floor: number): number {
  let s = end;
  const limit = Math.max(floor, end - MAX_TOKEN);
  while (s > limit && !isAt(text, s - 1, SPACE_BIT)) s--;
  return s;
}

// Whether `text[from, to)` holds "@", "/", ":" or "." (an address-like token head), without cutting it out.
function addressHead(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x40 || c === 0x2f || c === 0x3a || c === 0x2e) return true;
  }
  // "www" at the token start, in any case.
  return to - from >= 3 && (text.charCodeAt(from) | 0x20) === 0x77 && (text.charCodeAt(from + 1) | 0x20) === 0x77 && (text.charCodeAt(from + 2) | 0x20) === 0x77;
}

// "world.Today", "1,000.That": a period glued to a capitalised word, but not inside an address.
function gluedBoundary(text: string, dot: number, range: Range): boolean {
  if (!isAt(text, dot - 1, LOWER_BIT | DIGIT_BIT)) return false;
  if (!isAt(text, dot + 1, UPPER_BIT) || !isAt(text, dot + 2, LOWER_BIT)) return false;
  const start = tokenStart(text, dot, range.start);
  if (addressHead(text, start, dot)) return false;
  let k = dot + 1;
  while (k < range.end && k - dot < MAX_TOKEN && !isAt(text, k, SPACE_BIT)) {
    const ch = text.charCodeAt(k);
    // "example.Com.au", "Jane.Doe@example.com": an address, not two sentences.
    if (ch === 0x40 || ch === 0x2f || ch === 0x3a || (ch === 0x2e && isAt(text, k + 1, LETTER_BIT))) return false;
    k++;
  }
  return true;
}

// "[12]" at `at`: returns the offset after "]", or `at` when there is no footnote mark.
function citationEnd(text: string, at: number, end: number): number {
  let k = at + 1;
  while (k < end && k - at <= 4 && isAt(text, k, DIGIT_BIT)) k++;
  return k > at + 1 && text.charCodeAt(k) === 0x5d ? k + 1 : at;
}

/**
 * Every possible sentence boundary inside one paragraph, left to right. With `quotes`, the offsets of the paragraph's
 * double quotation marks are appended to it on the way (in order), so quotations need no second scan of the text.
 */
export function findCandidates(text: string, range: Range, quotes?: number[]): Candidate[] {
  const out: Candidate[] = [];
  const { end } = range;
  const stops = quotes === undefined ? MARK_BIT : MARK_BIT | DOUBLE_QUOTE_BIT;
  let i = range.start;
  while (i < end) {
    // Jump over ordinary text: only terminators, line breaks and bullets can start a candidate.
    i = scanTo(text, i, end, stops);
    if (i >= end) break;
    const code = text.charCodeAt(i);
    const cls = unitClass(code);
    // No mark is a quotation mark: a quote only needs noting. The only units passed over below without `scanTo`
    // are closers after a terminator (some of them quotes, noted there), spaces, digits and further terminators.
    if (cls & DOUBLE_QUOTE_BIT && quotes !== undefined) {
      quotes.push(i);
      i++;
      continue;
    }
    if (cls & TERMINATOR_BIT) {
      // "[...]" and "(...)" mark an omission inside a quotation, never a sentence end.
      const before = i > 0 ? text.charCodeAt(i - 1) : -1;
      if (before === 0x5b || before === 0x28) {
        while (i < end && isAt(text, i, TERMINATOR_BIT)) i++;
        continue;
      }
      const spacedBefore = i > range.start && isAt(text, i - 1, SPACE_BIT);
      let j = i;
      let dots = 0;
      let strong = false;
      let ellipsisChar = false;
      let wide = false;
      while (j < end) {
        const d = text.charCodeAt(j);
        const dc = unitClass(d);
        if (d === 0x2e) dots++;
        else if (d === 0x2026) {
          dots += 3;
          ellipsisChar = true;
        } else if (dc & TERMINATOR_BIT) {
          strong = true;
          wide ||= (dc & FULL_WIDTH_BIT) !== 0;
        } else if (d === 0x5b && j > i && citationEnd(text, j, end) > j) {
          // A footnote mark right after the period ("martyr.[1] The") belongs to the sentence it closes.
          j = citationEnd(text, j, end);
          continue;
        } else if (dc & CLOSER_BIT) {
          if (dc & DOUBLE_QUOTE_BIT && quotes !== undefined) quotes.push(j);
        } else {
          // A spaced ellipsis " . . ." continues the run only when it began after a space.
          if (spacedBefore && d === 0x20 && text.charCodeAt(j + 1) === 0x2e && dots > 0) {
            j++;
            continue;
          }
          break;
        }
        j++;
      }
      const kind: CandidateKind = strong ? 'strong' : dots >= 2 || ellipsisChar ? 'ellipsis' : 'period';
      if (j >= end) break;
      if (isAt(text, j, SPACE_BIT)) {
        let k = j;
        while (k < end && isAt(text, k, SPACE_BIT)) k++;
        out.push(candidate(kind, i, j, k, dots, spacedBefore, text, end));
        i = k;
        continue;
      }
      if (wide) {
        // Full-width marks ("．", "。") end a sentence without a following space.
        out.push(candidate(kind, i, j, j, dots, spacedBefore, text, end));
      } else if (kind === 'period' && j === i + 1 && gluedBoundary(text, i, range)) {
        out.push(candidate('glued', i, j, j, dots, spacedBefore, text, end));
      }
      i = j;
      continue;
    }
    if (code === 0x0a) {
      let k = i + 1;
      while (k < end && isAt(text, k, SPACE_BIT)) k++;
      out.push(candidate('newline', i, i, k, 0, i > 0 && isHorizontalSpaceAt(text, i - 1), text, end));
      i = k;
      continue;
    }
    if (cls & BULLET_BIT && i > range.start && isAt(text, i - 1, SPACE_BIT)) {
      out.push({ kind: 'bullet', markStart: i, cut: i, next: i, dots: 0, spacedBefore: true, nextClass: 'bullet', wordStart: 0, wordEnd: 0, word: '' });
    }
    i++;
  }
  return out;
}
