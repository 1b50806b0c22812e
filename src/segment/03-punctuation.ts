import type { Candidate } from './02-candidates.js';
import type { Decision, PassContext } from './pass.js';
import { isAt, isHorizontalSpaceAt, SPACE_BIT, UPPER_BIT } from './chars.js';

// A line ending in one of these continues on the next line ("events,\nactivities" stays one sentence if lower-case follows).
function continues(c: number): boolean {
  // , ; - ‐ – ( / &
  return c === 0x2c || c === 0x3b || c === 0x2d || c === 0x2010 || c === 0x2013 || c === 0x28 || c === 0x2f || c === 0x26;
}

// A bracketed list label opening the next item: "(a) ", "(iv) ", "b) ", "2) ".
// Sticky, tried right at the candidate's next word: no match is longer than 8 units, so no slice is needed.
const ITEM = /\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})\)\s/iy;

function itemAt(text: string, at: number): boolean {
  ITEM.lastIndex = at;
  return ITEM.test(text);
}

/** Decides line breaks, bullets, "!"/"?" runs and ellipses; for periods it only rules out non-sentence starts. */
export function punctuationPass(c: Candidate, ctx: PassContext): Decision | undefined {
  const { text } = ctx;
  switch (c.kind) {
    case 'bullet':
      return 'split';
    case 'newline': {
      if (c.nextClass === 'end') return 'keep';
      let p = c.markStart;
      while (p > ctx.range.start && isAt(text, p - 1, SPACE_BIT)) p--;
      // A hard-wrapped line: trailing space or a continuing mark, then lower case.
      const wrapped = (c.markStart > 0 && isHorizontalSpaceAt(text, c.markStart - 1)) || (p > 0 && continues(text.charCodeAt(p - 1)));
      return c.nextClass === 'lower' && wrapped ? 'keep' : 'split';
    }
    case 'strong':
      if (itemAt(text, c.next)) return 'split';
      return c.nextClass === 'lower' || c.nextClass === 'other' || c.nextClass === 'end' ? 'keep' : 'split';
    case 'ellipsis':
      // " . . ." or " ..." after a space is an omission mid-sentence; a fourth dot is the period.
      if (c.spacedBefore && c.dots < 4) return 'keep';
      return c.nextClass === 'lower' || c.nextClass === 'other' || c.nextClass === 'end' ? 'keep' : 'split';
    default:
      break;
  }
  if (itemAt(text, c.next)) return 'split';
  // "compounds. . . . The": the period ends the sentence, the spaced ellipsis opens the next.
  if (text.charCodeAt(c.next) === 0x2e && c.kind === 'period') return spacedEllipsisOpens(text, c.next, ctx.range.end) ? 'split' : 'keep';
  if (c.nextClass === 'lower' || c.nextClass === 'other' || c.nextClass === 'end') return 'keep';
  if (c.nextClass === 'bullet') return 'split';
  return undefined;
}

function spacedEllipsisOpens(text: string, at: number, end: number): boolean {
  let i = at;
  let dots = 0;
  while (i < end && dots < 4) {
    if (text.charCodeAt(i) !== 0x2e) break;
    dots++;
    i++;
    if (text.charCodeAt(i) === 0x20 && text.charCodeAt(i + 1) === 0x2e) i++;
  }
  if (dots !== 3 || !isAt(text, i, SPACE_BIT)) return false;
  while (i < end && isAt(text, i, SPACE_BIT)) i++;
  return isAt(text, i, UPPER_BIT);
}
