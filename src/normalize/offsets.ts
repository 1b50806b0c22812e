import { ClaimdiffError } from '../errors.js';
import type { Span } from '../model/schema.js';

/** Marks a run of characters copied one to one: character k of the run sits at `first + k` and is one unit long. */
const COPIED = -1;
/** `OffsetRuns.end` of a run copied one to one. */
export const COPIED_RUN = COPIED;

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
  if (n * 2 <= SCRATCH_RUNS * 3) return scratchRuns(starts, ends);
  // Counted first, so a map that does not compress (every character rewritten) never allocates the run arrays.
  let count = 0;
  for (let k = 0; k < n; k++) {
    const s = starts[k]!;
    if (ends[k] !== s + 1) count++;
    else if (k === 0 || ends[k - 1] !== s || starts[k - 1] !== s - 1) count++;
  }
  // Three numbers per run against two per character.
  if (count * 3 >= n * 2) return undefined;
  // One backing store for the three columns: a typed array's allocation costs more than its bytes on small articles.
  const all = new Int32Array(count * 3);
  const at = all.subarray(0, count);
  const first = all.subarray(count, count * 2);
  const end = all.subarray(count * 2);
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

/** Most runs the one-pass builder holds in its scratch columns; longer maps are counted first instead. */
const SCRATCH_RUNS = 1 << 14;
const SCRATCH = new Int32Array(SCRATCH_RUNS * 3);

// `offsetRuns` in one pass for maps whose runs fit the scratch: written there, then copied out at their final size.
function scratchRuns(starts: Int32Array, ends: Int32Array): OffsetRuns | undefined {
  const n = starts.length;
  let r = -1;
  let lastCopied = false;
  for (let k = 0; k < n; k++) {
    const s = starts[k]!;
    const copied = ends[k] === s + 1;
    if (copied && lastCopied && ends[k - 1] === s && starts[k - 1] === s - 1) continue;
    r++;
    // Three numbers per run against two per character: give up as soon as the runs cannot be smaller.
    if ((r + 1) * 3 >= n * 2) return undefined;
    SCRATCH[r] = k;
    SCRATCH[SCRATCH_RUNS + r] = s;
    SCRATCH[2 * SCRATCH_RUNS + r] = copied ? COPIED : ends[k]!;
    lastCopied = copied;
  }
  const count = r + 1;
  if (count * 3 >= n * 2) return undefined;
  const all = new Int32Array(count * 3);
  all.set(SCRATCH.subarray(0, count), 0);
  all.set(SCRATCH.subarray(SCRATCH_RUNS, SCRATCH_RUNS + count), count);
  all.set(SCRATCH.subarray(2 * SCRATCH_RUNS, 2 * SCRATCH_RUNS + count), 2 * count);
  return { at: all.subarray(0, count), first: all.subarray(count, count * 2), end: all.subarray(count * 2) };
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
function lookups(starts: Int32Array, ends: Int32Array, borrowed: boolean): Lookups {
  const runs = offsetRuns(starts, ends);
  if (runs !== undefined) return runLookups(runs);
  // Borrowed arrays are the caller's scratch, overwritten by its next call: the mapper keeps its own copy.
  const s = borrowed ? starts.slice() : starts;
  const e = borrowed ? ends.slice() : ends;
  return { startOf: (k) => s[k]!, endOf: (k) => e[k]! };
}

function runLookups(runs: OffsetRuns): Lookups {
  const { at, first, end } = runs;
  return {
    runs,
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
 * `borrowed`: the arrays are scratch the caller reuses, so they are copied if the mapper must keep them dense.
 */
export function offsetMapper(articleId: string, starts: Int32Array, ends: Int32Array, borrowed = false): (span: Span) => Span {
  return mapperOf(articleId, starts.length, lookups(starts, ends, borrowed));
}

/**
 * `offsetMapper` for a map the caller already holds as runs (the normalizer builds them line by line, without the
 * dense arrays); `total` is the length of the normalized text. Answers exactly as `offsetMapper` on the same map.
 */
export function runsMapper(articleId: string, total: number, runs: OffsetRuns): (span: Span) => Span {
  return mapperOf(articleId, total, runLookups(runs));
}

function mapperOf(articleId: string, total: number, held: Lookups): (span: Span) => Span {
  const { startOf, endOf } = held;
  const mapper = (span: Span): Span => {
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
  // A property rather than a WeakMap entry: one per article made the collector trace an ephemeron table (measured).
  (mapper as HeldMapper)[HELD] = held;
  return mapper;
}

// A mapper's lookups, held by `runs` when it keeps runs (else dense maps behind `startOf`/`endOf`).
interface Lookups {
  startOf: (k: number) => number;
  endOf: (k: number) => number;
  runs?: OffsetRuns;
}

// Each mapper's lookups, so `mapperRuns` reads a map without one closure call per character.
const HELD = Symbol('lookups');
type HeldMapper = ((span: Span) => Span) & { [HELD]?: Lookups };

/**
 * The runs a `toOriginal` built by `offsetMapper` answers from (a dense map comes out as one run per character), or
 * undefined for any other function: lets a worker send a document's map without probing it character by character.
 */
export function mapperRuns(toOriginal: (span: Span) => Span, total: number): OffsetRuns | undefined {
  const held = (toOriginal as HeldMapper)[HELD];
  if (held === undefined) return undefined;
  if (held.runs !== undefined) return held.runs;
  const all = new Int32Array(total * 3);
  const at = all.subarray(0, total);
  const first = all.subarray(total, total * 2);
  const end = all.subarray(total * 2);
  for (let k = 0; k < total; k++) {
    const s = held.startOf(k);
    const e = held.endOf(k);
    at[k] = k;
    first[k] = s;
    end[k] = e === s + 1 ? COPIED : e;
  }
  return { at, first, end };
}
