import { isHorizontalSpaceAt } from './chars.js';

/** A `[start, end)` range of the input. */
export interface Range {
  start: number;
  end: number;
}

/** Splits text at blank lines (a line break, optional spaces, a line break): a blank line always ends a sentence. */
export function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  let i = text.indexOf('\n');
  while (i !== -1) {
    let j = i + 1;
    while (j < text.length && (isHorizontalSpaceAt(text, j) || text.charCodeAt(j) === 0x0d)) j++;
    if (text.charCodeAt(j) === 0x0a) {
      out.push({ start, end: i });
      // Skip the whole run of blank lines; the next paragraph starts after it.
      while (j < text.length && (text.charCodeAt(j) === 0x0a || text.charCodeAt(j) === 0x0d || isHorizontalSpaceAt(text, j))) j++;
      start = j;
      i = text.indexOf('\n', j);
    } else {
      i = text.indexOf('\n', j);
    }
  }
  out.push({ start, end: text.length });
  // Nearly every block is one paragraph with no break at all: it is returned without a filtered copy.
  return out.length === 1 && out[0]!.end > out[0]!.start ? out : out.filter((r) => r.end > r.start);
}
