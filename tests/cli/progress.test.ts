import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';

function stream(columns?: number) {
  const chunks: string[] = [];
  return { chunks, s: { columns, write: (c: string) => (chunks.push(c), true) } };
}

describe('createProgress', () => {
  it.each([
    [0, 4, '0/4 [------------------------] a'],
    [1, 4, '1/4 [######------------------] a'],
    [4, 4, '4/4 [########################] a'],
  ])('draws %i of %i as %j, redrawing in place', (done, total, line) => {
    const { chunks, s } = stream(120);
    createProgress(s).update(done, total, 'a');
    expect(chunks).toEqual([`\r${line}\u001b[K`]);
  });

  it.each([
    [20, 19],
    [0, 79],
    [undefined, 79],
  ])('cuts the line to a terminal of %s columns (at most %i characters)', (columns, max) => {
    const { chunks, s } = stream(columns);
    createProgress(s).update(3, 10, 'x'.repeat(200));
    const line = (chunks[0] as string).slice(1, -3);
    expect(line.length).toBe(max);
    expect(line.startsWith('3/10 [')).toBe(true);
  });

  it('clears its line once, and only when it drew one', () => {
    const idle = stream(80);
    createProgress(idle.s).clear();
    expect(idle.chunks).toEqual([]);
    const { chunks, s } = stream(80);
    const bar = createProgress(s);
    bar.update(1, 2, 'a');
    bar.clear();
    bar.clear();
    expect(chunks.slice(1)).toEqual(['\r\u001b[K']);
  });
});
