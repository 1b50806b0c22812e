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
  // The next "\n" and "\r" at or after `pos`, each searched for again only once passed: native searches, and every
  // unit is read once per kind, where a loop over every character found the line ends before.
  let lf = -1;
  let cr = -1;
  while (pos <= n) {
    if (lf < pos) {
      lf = original.indexOf('\n', pos);
      if (lf < 0) lf = n;
    }
    if (cr < pos) {
      cr = original.indexOf('\r', pos);
      if (cr < 0) cr = n;
    }
    const end = lf < cr ? lf : cr;
    const line = original.slice(pos, end);
    if (BLANK.test(line)) flush();
    else lines.push({ pieces: [{ text: line, start: pos, end, exact: true }] });
    if (end >= n) break;
    pos = end + (original.charCodeAt(end) === 0x0d && original.charCodeAt(end + 1) === 0x0a ? 2 : 1);
  }
  flush();
  return units;
}
