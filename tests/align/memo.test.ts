import { describe, expect, it } from 'vitest';
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
