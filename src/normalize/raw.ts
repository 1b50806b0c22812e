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
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
}

/** A cleaned line: normalized text, its map and the citation markers taken out of it. */
export interface CleanLine extends MappedText {
  citations: Citation[];
}

/** Builds a string from UTF-16 code units in chunks, so huge lines do not overflow the argument limit. */
export function fromCodes(codes: ArrayLike<number>): string {
  const CHUNK = 8192;
  const parts: string[] = [];
  const view = codes instanceof Uint16Array ? codes : Uint16Array.from(codes);
  for (let i = 0; i < view.length; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, view.subarray(i, i + CHUNK) as unknown as number[]));
  }
  return parts.join('');
}

/** Mapped text built one UTF-16 unit at a time in typed arrays: plain arrays make big articles spend their time in the garbage collector. */
export class MapBuilder {
  private codes: Uint16Array;
  private starts: Int32Array;
  private ends: Int32Array;
  /** Units pushed so far. */
  length = 0;

  constructor(capacity = 16) {
    const c = Math.max(16, capacity);
    this.codes = new Uint16Array(c);
    this.starts = new Int32Array(c);
    this.ends = new Int32Array(c);
  }

  /** Appends one unit with the original range it stands for. */
  push(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  private grow(): void {
    const c = this.codes.length * 2;
    const codes = new Uint16Array(c);
    codes.set(this.codes);
    const starts = new Int32Array(c);
    starts.set(this.starts);
    const ends = new Int32Array(c);
    ends.set(this.ends);
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
  }

  /** The text and its map; the builder must not be used afterwards. */
  finish(): MappedText {
    const n = this.length;
    return { text: fromCodes(this.codes.subarray(0, n)), starts: this.starts.subarray(0, n), ends: this.ends.subarray(0, n) };
  }
}
