import type { Citation } from './types.js';

/** A run of reader output with its place in the original input. */
export interface Piece {
  /** Text as the reader sees it (entities decoded). */
  text: string;
  start: number;
  end: number;
  /** True when `text` maps one UTF-16 unit to one original unit from `start`; false when every unit maps to the whole range. */
  exact: boolean;
}

/** One source line (or one HTML block) of a unit. */
export interface RawLine {
  pieces: Piece[];
}

/** What the reader knows about a unit before classification. */
export type UnitHint = 'title' | 'heading' | 'text' | 'item';

/** A block as a reader found it: one or more lines that belong together. */
export interface RawUnit {
  hint: UnitHint;
  lines: RawLine[];
  /** Heading level (1-6) for markdown and HTML headings. */
  level?: number;
}

/** Text with one original start and end per UTF-16 unit. */
export interface MappedText {
  text: string;
  starts: number[];
  ends: number[];
}

/** A cleaned line: normalized text, its map and the citation markers taken out of it. */
export interface CleanLine extends MappedText {
  citations: Citation[];
}

/** Builds a string from UTF-16 code units in chunks, so huge lines do not overflow the argument limit. */
export function fromCodes(codes: readonly number[]): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < codes.length; i += CHUNK) {
    out += String.fromCharCode(...codes.slice(i, i + CHUNK));
  }
  return out;
}
