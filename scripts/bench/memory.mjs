// Peak resident memory of this process for `npm run bench`, measured from a chosen moment on.
// Linux lets a process reset its own peak (VmHWM) by writing 5 to /proc/self/clear_refs; elsewhere the peak since the
// process started is the best available, so children of the bench measure one step each in a fresh process.
import { readFileSync, writeFileSync } from 'node:fs';

/** Starts a new peak-RSS measurement at the current RSS; false when the system cannot reset the peak. */
export function resetPeakRss() {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/** Peak RSS in bytes since the last `resetPeakRss` (or since the process started where it cannot be reset). */
export function peakRss() {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) * 1024;
  } catch {
    // Not Linux: fall through to the process-wide peak.
  }
  return process.resourceUsage().maxRSS * 1024;
}
