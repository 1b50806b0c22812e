// Doubling tests for linear time, shared so each measures the same careful way. A stage that became very fast
// finishes a small input in a few milliseconds, where one garbage-collection pause or a busy moment of a shared
// machine decides the ratio; a quadratic stage gives about 4 at any size, so growing the input costs no power.

/** Median of three timings of `run` in milliseconds. */
export function median3(run: () => number): number {
  const xs = [run(), run(), run()].sort((a, b) => a - b);
  return xs[1]!;
}

/** Timings at a size and at twice that size, and their ratio. */
export interface Doubling {
  size: number;
  small: number;
  large: number;
  ratio: number;
}

/**
 * Time ratio of twice the input over the input. The input grows until the larger run takes `minMs` (timer steps and
 * pauses then weigh little); a ratio at or above `limit` is measured again, then once at twice the size, so a
 * one-off pause cannot fail the test while a super-linear stage fails every measurement.
 */
export function doublingRatio(timeAt: (size: number) => number, start: number, limit: number, minMs = 25, maxSize = start * 64): Doubling {
  const measure = (size: number): Doubling => {
    const small = timeAt(size);
    const large = timeAt(2 * size);
    return { size, small, large, ratio: large / Math.max(small, 0.5) };
  };
  let size = start;
  timeAt(size); // warm-up: compiled patterns and JIT
  while (2 * size <= maxSize && timeAt(2 * size) < minMs) size *= 2;
  let m = measure(size);
  if (m.ratio >= limit) m = measure(size);
  if (m.ratio >= limit && 4 * size <= maxSize) m = measure(2 * size);
  return m;
}

/** A one-line account of a doubling measurement for the assertion message. */
export function describeDoubling(m: Doubling): string {
  return `${m.size} units: ${m.small.toFixed(1)} ms, ${2 * m.size}: ${m.large.toFixed(1)} ms`;
}
