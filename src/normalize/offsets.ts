import { ClaimdiffError } from '../errors.js';
import type { Span } from '../model/schema.js';

/** Marks a run of characters copied one to one: character k of the run sits at `first + k` and is one unit long. */
const COPIED = -1;

/**
 * An offset map held as runs: most normalized text is the original copied character by character, which a run stores
 * in three numbers instead of eight bytes per character (the dense maps were eight times the input at 10 MB).
 */
export interface OffsetRuns {
  /** Normalized index of each run's first character, ascending. */
  at: Int32Array;
  /** Original start of each run's first character. */
  first: Int32Array;
  /** `COPIED` for a run copied one to one, else the original end of the run's only character. */
  end: Int32Array;
}

/** Compresses per-character start/end offsets into runs; undefined when runs would not be smaller than the dense maps. */
export function offsetRuns(starts: Int32Array, ends: Int32Array): OffsetRuns | undefined {
  const n = starts.length;
  // Counted first, so a map that does not compress (every character rewritten) never allocates the run arrays.
  let count = 0;
  for (let k = 0; k < n; k++) {
    const s = starts[k]!;
    if (ends[k] !== s + 1) count++;
    else if (k === 0 || ends[k - 1] !== s || starts[k - 1] !== s - 1) count++;
  }
  // Three numbers per run against two per character.
  if (count * 3 >= n * 2) return undefined;
  const at = new Int32Array(count);
  const first = new Int32Array(count);
  const end = new Int32Array(count);
  let r = -1;
  for (let k = 0; k < n; k++) {
    const s = starts[k]!;
    const copied = ends[k] === s + 1;
    if (copied && k > 0 && end[r] === COPIED && ends[k - 1] === s && starts[k - 1] === s - 1) continue;
    r++;
    at[r] = k;
    first[r] = s;
    end[r] = copied ? COPIED : ends[k]!;
  }
  return { at, first, end };
}

// Index of the run holding character `k` (the last run starting at or before it): binary search, runs are sorted.
function runOf(at: Int32Array, k: number): number {
  let lo = 0;
  let hi = at.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (at[mid]! <= k) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// Built apart from the mapper: a closure over the dense arrays in the same scope would keep them alive beside the runs.
function lookups(starts: Int32Array, ends: Int32Array): { startOf: (k: number) => number; endOf: (k: number) => number } {
  const runs = offsetRuns(starts, ends);
  return runs === undefined ? { startOf: (k) => starts[k]!, endOf: (k) => ends[k]! } : runLookups(runs);
}

function runLookups({ at, first, end }: OffsetRuns): { startOf: (k: number) => number; endOf: (k: number) => number } {
  return {
    startOf: (k) => {
      const r = runOf(at, k);
      return end[r] === COPIED ? first[r]! + (k - at[r]!) : first[r]!;
    },
    endOf: (k) => {
      const r = runOf(at, k);
      return end[r] === COPIED ? first[r]! + (k - at[r]!) + 1 : end[r]!;
    },
  };
}

/**
 * The `toOriginal` of a normalized document, from per-character start/end offsets into the original input.
 * One builder for the normalizer and for documents rebuilt after crossing a worker thread, so both answer alike.
 * The arrays are read once here and not kept: the mapper holds them as runs when that is smaller.
 */
export function offsetMapper(articleId: string, starts: Int32Array, ends: Int32Array): (span: Span) => Span {
  const total = starts.length;
  const { startOf, endOf } = lookups(starts, ends);
  return (span: Span): Span => {
    const { start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > total) {
      throw new ClaimdiffError(
        'E_INVALID_INPUT',
        `Span {start: ${start}, end: ${end}} is outside the normalized text of article "${articleId}" (length ${total})`,
        { id: articleId, span },
      );
    }
    if (total === 0) return { start: 0, end: 0 };
    if (start === end) {
      const at = start < total ? startOf(start) : endOf(total - 1);
      return { start: at, end: at };
    }
    return { start: startOf(start), end: endOf(end - 1) };
  };
}
