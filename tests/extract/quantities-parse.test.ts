import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/extract/index.js';

// Numbers with a single mark between digits take a fast path; these pin what it must agree with.
describe('parseNumber with one mark between digits', () => {
  it.each([
    ['12,34', '.', 12.34],
    ['12.345', '.', 12.345],
    ['12,345', '.', 12345],
    ['1,000', ',', 1],
    ['1.000', ',', 1000],
    ['0,5', ',', 0.5],
    ['10.5', ',', 10.5],
    ['007', ',', 7],
    ['5.', '.', 5],
  ] as const)('parseNumber(%s) with decimal "%s" is %d', (raw, dec, value) => {
    expect(parseNumber(raw, dec)).toBe(value);
  });

  it.each([
    ['1234,567', '.'],
    ['1234.567', ','],
    ['.5', '.'],
    ['', ','],
  ] as const)('parseNumber(%j) with decimal "%s" is not a number', (raw, dec) => {
    expect(parseNumber(raw, dec)).toBeNaN();
  });
});
