import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../src/segment/index.js';
import { describeDoubling, doublingRatio } from '../timing.js';

function timeOf(text: string): number {
  // Best of three runs, so one garbage-collection pause does not decide the test.
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    segmentSentences(text, { language: 'de' });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

// Inputs built to hit every look-around: long tokens, glued periods, abbreviation chains, lists, quotes.
const inputs: Array<[string, (n: number) => string]> = [
  ['short sentences', (n) => 'Der Rat tagte am 3. März. Er beschloss z. B. neue Radwege! '.repeat(n)],
  ['one line without punctuation', (n) => 'wort '.repeat(n * 12)],
  ['one token without spaces', (n) => 'a'.repeat(n * 60)],
  ['glued periods without spaces', (n) => 'wort.Wort'.repeat(n * 7)],
  ['spaced initials', (n) => 'A. '.repeat(n * 20)],
  ['enumeration markers', (n) => '1. Punkt 1. Punkt 3. Punkt '.repeat(n * 2)],
  ['ellipses and quotes', (n) => '„Nein … .“ . . . '.repeat(n * 4)],
];

describe('segmentSentences runs in linear time', () => {
  it('splits a 1 MB line without punctuation quickly', () => {
    const text = 'wort '.repeat(200_000);
    expect(text.length).toBe(1_000_000);
    const ms = timeOf(text);
    expect(segmentSentences(text, { language: 'de' })).toHaveLength(1);
    expect(ms).toBeLessThan(2000);
  });

  it('splits 10,000 short sentences', () => {
    const text = 'Die Stadt baut. '.repeat(10_000);
    expect(segmentSentences(text, { language: 'de' })).toHaveLength(10_000);
  });

  it.each(inputs)('doubling the input roughly doubles the time: %s', (_name, make) => {
    const m = doublingRatio((n) => timeOf(make(n)), 3_000, 3.5);
    expect(m.ratio, describeDoubling(m)).toBeLessThan(3.5);
  }, 60_000);
});
