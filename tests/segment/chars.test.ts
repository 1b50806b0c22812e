import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDigit, isHorizontalSpace, isLetter, isLower, isSpace, isUpper } from '../../src/segment/chars.js';

// The character classes remember what they found for each code unit; they must keep answering like the patterns.
const CLASSES: Array<[string, (c: string | undefined) => boolean, RegExp]> = [
  ['isUpper', isUpper, /\p{Lu}|\p{Lt}/u],
  ['isLower', isLower, /\p{Ll}/u],
  ['isLetter', isLetter, /\p{L}/u],
  ['isDigit', isDigit, /\p{Nd}/u],
  ['isSpace', isSpace, /\s/u],
];

describe('character classes', () => {
  it.each([
    ['Ä', true, false, true],
    ['ß', false, true, true],
    ['ǅ', true, false, true],
    ['中', false, false, true],
    ['„', false, false, false],
    ['٣', false, false, false],
  ])('classifies %s (upper %s, lower %s, letter %s)', (c, upper, lower, letter) => {
    // Asked twice: the second answer comes from the remembered table.
    for (let k = 0; k < 2; k++) {
      expect(isUpper(c)).toBe(upper);
      expect(isLower(c)).toBe(lower);
      expect(isLetter(c)).toBe(letter);
    }
  });

  it.each([
    ['\u00A0', true, true],
    ['\u3000', true, true],
    ['\n', true, false],
    ['\u2028', true, true],
    ['x', false, false],
  ])('classifies %j as space %s, horizontal %s', (c, space, horizontal) => {
    expect(isSpace(c)).toBe(space);
    expect(isHorizontalSpace(c)).toBe(horizontal);
  });

  it.each(CLASSES)('%s answers like its pattern for every BMP code unit', (_name, fn, pattern) => {
    for (let code = 0; code < 0x10000; code += 7) {
      const c = String.fromCharCode(code);
      expect(fn(c), `U+${code.toString(16)}`).toBe(pattern.test(c));
    }
  });

  it.each(CLASSES)('%s keeps the pattern meaning for strings that are not one code unit', (_name, fn, pattern) => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 4 }), (s) => {
        if (s.length === 1) return;
        expect(fn(s)).toBe(pattern.test(s));
      }),
      { numRuns: 300 },
    );
    expect(fn(undefined)).toBe(false);
  });
});
