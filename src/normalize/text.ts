import type { RawLine, RawUnit } from './raw.js';

// A line that holds nothing but spaces and invisible characters separates paragraphs like an empty one.
const BLANK = /^[\s\u00AD\u200B-\u200F\u2060\uFEFF]*$/;

/** Splits plain text into paragraphs at blank lines; every line keeps an exact map to the original. */
export function readText(original: string): RawUnit[] {
  const units: RawUnit[] = [];
  let lines: RawLine[] = [];
  const flush = (): void => {
    if (lines.length) units.push({ hint: 'text', lines });
    lines = [];
  };
  let pos = 0;
  const n = original.length;
  while (pos <= n) {
    let end = pos;
    while (end < n) {
      const c = original.charCodeAt(end);
      if (c === 0x0a || c === 0x0d) break;
      end++;
    }
    const line = original.slice(pos, end);
    if (BLANK.test(line)) flush();
    else lines.push({ pieces: [{ text: line, start: pos, end, exact: true }] });
    if (end >= n) break;
    pos = end + (original.charCodeAt(end) === 0x0d && original.charCodeAt(end + 1) === 0x0a ? 2 : 1);
  }
  flush();
  return units;
}
