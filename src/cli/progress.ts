// A one-line progress bar for long runs in a terminal; the caller decides whether it is shown at all.

/** Where the bar writes: a terminal stream with a known width. */
export interface ProgressStream {
  write(chunk: string): boolean;
  columns?: number;
}

/** A progress bar: `update` redraws the line, `clear` removes it before the report is written. */
export interface Progress {
  update(done: number, total: number, label: string): void;
  clear(): void;
}

const WIDTH = 24;

/** Draws `3/10 [#####-----] label` in place with a carriage return, cut to the terminal width. */
export function createProgress(stream: ProgressStream): Progress {
  let drawn = false;
  return {
    update(done, total, label) {
      const filled = total === 0 ? WIDTH : Math.round((done / total) * WIDTH);
      // The count comes first so it survives when a narrow terminal cuts the line.
      const line = `${done}/${total} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${label}`;
      // A pseudo-terminal without a size reports 0 columns.
      const max = Math.max(10, (stream.columns || 80) - 1);
      // \x1b[K clears what a longer previous line left behind.
      stream.write(`\r${line.length > max ? line.slice(0, max) : line}\u001b[K`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write('\r\u001b[K');
      drawn = false;
    },
  };
}
