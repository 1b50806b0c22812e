import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldName, Memo } from '../../src/align/fold.js';
import { colognePhonetic } from '../../src/align/phonetic.js';

describe('Memo', () => {
  it('computes each key once while it fits and forgets everything when full, so memory stays bounded', () => {
    const calls: string[] = [];
    const memo = new Memo<string>(2);
    const upper = (k: string) => {
      calls.push(k);
      return k.toUpperCase();
    };
    expect(['a', 'b', 'a', 'b'].map((k) => memo.get(k, upper))).toEqual(['A', 'B', 'A', 'B']);
    expect(calls).toEqual(['a', 'b']);
    // A third key empties the table: "a" is computed again, with the same answer.
    expect(memo.get('c', upper)).toBe('C');
    expect(memo.get('a', upper)).toBe('A');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('remembers an undefined result instead of computing it again', () => {
    let n = 0;
    const memo = new Memo<string | undefined>();
    memo.get('x', () => (n++, undefined));
    memo.get('x', () => (n++, undefined));
    expect(n).toBe(1);
  });

  // Long texts bypass the fold table; short names use it: both give the same folding.
  it.each([
    ['Łukasz Wójcik', 'łukasz wojcik'],
    ['Straße', 'strasse'],
    [`${'Müller-Lüdenscheidt '.repeat(5)}`, 'muller ludenscheidt '.repeat(5).trim()],
  ])('folds %s to %s on first and repeated calls', (name, folded) => {
    expect(foldName(name)).toBe(folded);
    expect(foldName(name)).toBe(foldName(name));
  });

  it.each([
    ['Meier', '67'],
    ['Mayr', '67'],
  ])('codes %s as %s, also when asked again', (word, code) => {
    expect(colognePhonetic(word)).toBe(code);
    expect(colognePhonetic(word)).toBe(code);
  });
});

// The folding as first written, six passes over the text: the one-pass table path must give exactly this.
const regexFold = (name: string) =>
  name
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('foldName fast paths', () => {
  it.each([
    ['Merz', 'merz'],
    ['OPEC', 'opec'],
    ['g20', 'g20'],
    ['  Ärzte  ohne\tGrenzen. ', 'arzte ohne grenzen'],
    ['İstanbul', 'istanbul'],
    ['Σίσυφος', 'σισυφος'],
    ['ΣΟΦΟΣ', 'σοφος'],
    ['Dvořák, Antonín', 'dvorak antonin'],
    ['e\u0301te\u0301', 'ete'],
  ])('folds %j to %j like the regex folding', (name, folded) => {
    expect(foldName(name)).toBe(folded);
    expect(regexFold(name)).toBe(folded);
  });

  it('agrees with the regex folding on random Latin, Greek, punctuation and whitespace text, short and long', () => {
    const unit = fc.oneof(
      fc.constantFrom(' ', '\t', '\n', '\u00a0', '.', '-', "'", 'ß', 'ẞ', 'İ', 'Σ', '\u0301', 'ŉ', 'ſ'),
      fc.integer({ min: 0, max: 0x24f }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0x250, max: 0x2fff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 120 }), (units) => {
        const text = units.join('');
        expect(foldName(text)).toBe(regexFold(text));
      }),
      { numRuns: 3000, seed: 11 },
    );
  });
});
