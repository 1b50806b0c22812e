import type { Citation } from './types.js';
import type { CleanLine } from './raw.js';
import { cleanPieces, plainLineAt, type CitationCues } from './clean.js';

// A line that holds nothing but spaces and invisible characters separates paragraphs like an empty one.
const BLANK = /^[\s\u00AD\u200B-\u200F\u2060\uFEFF]*$/;

/** Reads text line by line: "\n", "\r\n" and "\r" end a line; `start`/`end` bound the current line. */
class LineReader {
  start = 0;
  end = 0;
  private pos = 0;
  private done = false;
  // The next "\n" and "\r" at or after `pos`, each searched for again only once passed: native searches, and every
  // unit is read once per kind, where a loop over every character found the line ends before.
  private lf = -1;
  private cr = -1;

  constructor(private readonly text: string) {}

  /** Moves to the next line; false once the text is used up. */
  next(): boolean {
    if (this.done) return false;
    const original = this.text;
    const n = original.length;
    const pos = this.pos;
    if (this.lf < pos) {
      this.lf = original.indexOf('\n', pos);
      if (this.lf < 0) this.lf = n;
    }
    if (this.cr < pos) {
      this.cr = original.indexOf('\r', pos);
      if (this.cr < 0) this.cr = n;
    }
    const end = this.lf < this.cr ? this.lf : this.cr;
    this.start = pos;
    this.end = end;
    if (end >= n) this.done = true;
    else this.pos = end + (original.charCodeAt(end) === 0x0d && original.charCodeAt(end + 1) === 0x0a ? 2 : 1);
    return true;
  }
}

/** A paragraph of plain text with its cleaned lines (see `cleanPieces`) and the citations of lines left empty. */
export interface TextUnit {
  hint: 'text';
  lines: CleanLine[];
  orphanCitations: Citation[];
}

/**
 * Plain text split into paragraphs at blank lines, every line cleaned as `cleanPieces` would (each keeps an exact
 * map to the original), dropping paragraphs left without lines. Plain lines
 * (nearly all) become their clean line at once, without the reader's line and piece objects in between; any other
 * line is cleaned once the next line shows whether it ends its paragraph, which only the citation rules ask.
 */
export function readCleanText(original: string, cues: CitationCues): TextUnit[] {
  const units: TextUnit[] = [];
  let lines: CleanLine[] = [];
  let orphanCitations: Citation[] = [];
  // The line waiting for the full cleaner, as its original range; -1 when none. (Plain locals rather than a closure
  // over them: captured variables would live on the heap for the whole loop.)
  let pendingStart = -1;
  let pendingEnd = -1;
  const reader = new LineReader(original);
  while (reader.next()) {
    const { start, end } = reader;
    const line = original.slice(start, end);
    if (!BLANK.test(line)) {
      if (pendingStart >= 0) settle(original, pendingStart, pendingEnd, false, cues, lines, orphanCitations);
      const plain = plainLineAt(line, start);
      if (plain !== undefined) {
        lines.push(plain);
        pendingStart = -1;
      } else {
        pendingStart = start;
        pendingEnd = end;
      }
      continue;
    }
    if (pendingStart >= 0) settle(original, pendingStart, pendingEnd, true, cues, lines, orphanCitations);
    pendingStart = -1;
    if (lines.length) units.push({ hint: 'text', lines, orphanCitations });
    lines = [];
    orphanCitations = [];
  }
  if (pendingStart >= 0) settle(original, pendingStart, pendingEnd, true, cues, lines, orphanCitations);
  if (lines.length) units.push({ hint: 'text', lines, orphanCitations });
  return units;
}

// Cleans the line `[start, end)` of the original with the full cleaner, as `cleanUnit` does a reader's line.
function settle(original: string, start: number, end: number, atParagraphEnd: boolean, cues: CitationCues, lines: CleanLine[], orphans: Citation[]): void {
  const clean = cleanPieces([{ text: original.slice(start, end), start, end, exact: true }], atParagraphEnd, cues);
  if (clean.text) lines.push(clean);
  else orphans.push(...clean.citations);
}
