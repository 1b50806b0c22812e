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

/**
 * Text with one original start and end per UTF-16 unit. Most lines keep their characters as they are: for them
 * `origin` is set, unit k stands for original unit `origin + k` alone, and the arrays are left empty, so no
 * per-line arrays are made; read such a map through `startAt`, `endAt` and `copyMap`.
 */
export interface MappedText {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  origin?: number;
}

/** The empty arrays of every identity map (see `MappedText.origin`). */
export const NO_UNITS = new Int32Array(0);

/** Mapped text whose unit k stands for original unit `origin + k`, without arrays. */
export function identityText(text: string, origin: number): MappedText & { origin: number } {
  return { text, starts: NO_UNITS, ends: NO_UNITS, origin };
}

/** Original start of unit `k`. */
export function startAt(m: MappedText, k: number): number {
  return m.origin === undefined ? m.starts[k]! : m.origin + k;
}

/** Original end of unit `k`. */
export function endAt(m: MappedText, k: number): number {
  return m.origin === undefined ? m.ends[k]! : m.origin + k + 1;
}

/** Writes the map of `m` into `starts`/`ends` from `pos`; returns the position after it. */
export function copyMap(m: MappedText, starts: Int32Array, ends: Int32Array, pos: number): number {
  const n = m.text.length;
  if (m.origin === undefined) {
    starts.set(m.starts, pos);
    ends.set(m.ends, pos);
  } else {
    for (let k = 0, at = m.origin; k < n; k++, at++) {
      starts[pos + k] = at;
      ends[pos + k] = at + 1;
    }
  }
  return pos + n;
}

/** The map of `m` as arrays, made when `m` has none of its own. */
export function explicitMap(m: MappedText): { starts: Int32Array; ends: Int32Array } {
  if (m.origin === undefined) return { starts: m.starts, ends: m.ends };
  const starts = new Int32Array(m.text.length);
  const ends = new Int32Array(m.text.length);
  copyMap(m, starts, ends, 0);
  return { starts, ends };
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
