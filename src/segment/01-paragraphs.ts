import { isHorizontalSpace } from './chars.js';

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
    while (j < text.length && (isHorizontalSpace(text[j]) || text[j] === '\r')) j++;
    if (text[j] === '\n') {
      out.push({ start, end: i });
      // Skip the whole run of blank lines; the next paragraph starts after it.
      while (j < text.length && (text[j] === '\n' || text[j] === '\r' || isHorizontalSpace(text[j]))) j++;
      start = j;
      i = text.indexOf('\n', j);
    } else {
      i = text.indexOf('\n', j);
    }
  }
  out.push({ start, end: text.length });
  return out.filter((r) => r.end > r.start);
}
