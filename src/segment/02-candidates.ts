import type { Range } from './01-paragraphs.js';
import { BOUNDARY_MARKS, isBullet, isCloser, isDigit, isHorizontalSpace, isLetter, isLower, isOpener, isSpace, isTerminator, isUpper } from './chars.js';

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
  /** The next word, lower-case, letters only ("" if none). */
  nextWord: string;
}

// Terminators of East Asian typography, which need no space after them.
const FULL_WIDTH = new Set(['。', '！', '？', '．']);

// Bounded look-arounds keep each candidate O(1), so the scan stays linear on hostile input.
const MAX_WORD = 40;
const MAX_TOKEN = 80;

// Builds a candidate and classifies how the text at `next` begins, looking past opening quotes and brackets. One
// object literal: spreading a second object into each candidate cost more than the rest of the candidate scan.
function candidate(kind: CandidateKind, markStart: number, cut: number, next: number, dots: number, spacedBefore: boolean, text: string, end: number): Candidate {
  const at = next;
  if (at >= end) return { kind, markStart, cut, next, dots, spacedBefore, nextClass: 'end', nextWord: '' };
  let i = at;
  if (isBullet(text[i])) return { kind, markStart, cut, next, dots, spacedBefore, nextClass: 'bullet', nextWord: '' };
  let openers = 0;
  while (i < end && openers < 4 && isOpener(text[i])) {
    i++;
    openers++;
  }
  const c = text[i];
  let nextClass: NextClass = 'other';
  if (isUpper(c)) nextClass = 'upper';
  else if (isLower(c)) nextClass = 'lower';
  else if (isDigit(c)) nextClass = 'digit';
  let j = i;
  while (j < end && j - i < MAX_WORD && isLetter(text[j])) j++;
  return { kind, markStart, cut, next, dots, spacedBefore, nextClass, nextWord: text.slice(i, j).toLowerCase() };
}

/** Start of the whitespace-delimited token that ends at `end` (bounded look-back). */
export function tokenStart(text: string, end: number, floor: number): number {
  let s = end;
  const limit = Math.max(floor, end - MAX_TOKEN);
  while (s > limit && !isSpace(text[s - 1])) s--;
  return s;
}

// "world.Today", "1,000.That": a period glued to a capitalised word, but not inside an address.
function gluedBoundary(text: string, dot: number, range: Range): boolean {
  const before = text[dot - 1];
  if (!(isLower(before) || isDigit(before))) return false;
  if (!isUpper(text[dot + 1]) || !isLower(text[dot + 2])) return false;
  const start = tokenStart(text, dot, range.start);
  const head = text.slice(start, dot);
  if (/[@/:.]/.test(head) || /^www/i.test(head)) return false;
  let k = dot + 1;
  while (k < range.end && k - dot < MAX_TOKEN && !isSpace(text[k])) {
    const ch = text[k];
    // "example.Com.au", "Jane.Doe@example.com": an address, not two sentences.
    if (ch === '@' || ch === '/' || ch === ':' || (ch === '.' && isLetter(text[k + 1]))) return false;
    k++;
  }
  return true;
}

// "[12]" at `at`: returns the offset after "]", or `at` when there is no footnote mark.
function citationEnd(text: string, at: number, end: number): number {
  let k = at + 1;
  while (k < end && k - at <= 4 && isDigit(text[k])) k++;
  return k > at + 1 && text[k] === ']' ? k + 1 : at;
}

/** Every possible sentence boundary inside one paragraph, left to right. */
export function findCandidates(text: string, range: Range): Candidate[] {
  const out: Candidate[] = [];
  const { end } = range;
  let i = range.start;
  while (i < end) {
    // Jump over ordinary text: only terminators, line breaks and bullets can start a candidate.
    BOUNDARY_MARKS.lastIndex = i;
    // `test` rather than `exec`: the offset is all that is needed, so no match object is made per mark.
    if (!BOUNDARY_MARKS.test(text)) break;
    i = BOUNDARY_MARKS.lastIndex - 1;
    if (i >= end) break;
    const c = text[i];
    if (isTerminator(c)) {
      // "[...]" and "(...)" mark an omission inside a quotation, never a sentence end.
      if (text[i - 1] === '[' || text[i - 1] === '(') {
        while (i < end && isTerminator(text[i])) i++;
        continue;
      }
      const spacedBefore = i > range.start && isSpace(text[i - 1]);
      let j = i;
      let dots = 0;
      let strong = false;
      let ellipsisChar = false;
      let wide = false;
      while (j < end) {
        const d = text[j] as string;
        if (d === '.') dots++;
        else if (d === '…') {
          dots += 3;
          ellipsisChar = true;
        } else if (isTerminator(d)) {
          strong = true;
          wide ||= FULL_WIDTH.has(d);
        } else if (d === '[' && j > i && citationEnd(text, j, end) > j) {
          // A footnote mark right after the period ("martyr.[1] The") belongs to the sentence it closes.
          j = citationEnd(text, j, end);
          continue;
        } else if (!isCloser(d)) {
          // A spaced ellipsis " . . ." continues the run only when it began after a space.
          if (spacedBefore && d === ' ' && text[j + 1] === '.' && dots > 0) {
            j++;
            continue;
          }
          break;
        }
        j++;
      }
      const kind: CandidateKind = strong ? 'strong' : dots >= 2 || ellipsisChar ? 'ellipsis' : 'period';
      if (j >= end) break;
      if (isSpace(text[j])) {
        let k = j;
        while (k < end && isSpace(text[k])) k++;
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
    if (c === '\n') {
      let k = i + 1;
      while (k < end && isSpace(text[k])) k++;
      out.push(candidate('newline', i, i, k, 0, isHorizontalSpace(text[i - 1]), text, end));
      i = k;
      continue;
    }
    if (isBullet(c) && i > range.start && isSpace(text[i - 1])) {
      out.push({ kind: 'bullet', markStart: i, cut: i, next: i, dots: 0, spacedBefore: true, nextClass: 'bullet', nextWord: '' });
    }
    i++;
  }
  return out;
}
