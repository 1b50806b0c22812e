import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KeyTable, PairScorer, SignatureStore, type ClaimSignature } from '../../src/align/claim-similarity.js';
import { bigramProfile, dice } from '../../src/align/similarity.js';
import { UnionFind } from '../../src/align/unionFind.js';

// A signature with no keys: only the bigram Dice of the text then varies between pairs.
function textOnly(text: string): ClaimSignature {
  return { keys: [], roleKeys: [], bigrams: bigramProfile(text), language: -1, keySet: new Set() };
}

// The text score the store gives claims `a` and `b` (all others are only there to fill the store).
function storedDice(store: SignatureStore, a: number, b: number): number {
  const scorer = new PairScorer(store, new Float64Array(store.table.keys.length));
  scorer.score(a, b);
  return scorer.textScore;
}

// More than 256 distinct letters (CJK), so the store must switch to four-byte codes.
const manyLetters = Array.from({ length: 300 }, (_, k) => String.fromCharCode(0x4e00 + k)).join('');

describe('SignatureStore text score', () => {
  it('equals string-similarity on random texts, with two-byte codes', () => {
    const text = fc.stringMatching(/^[a-zäöüß0-9 ]{0,14}$/);
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 6 }), (texts) => {
        const store = new SignatureStore();
        for (const t of texts) store.addSignature(textOnly(t));
        expect(storedDice(store, 0, 1)).toBe(dice(texts[0] as string, texts[1] as string));
        expect(storedDice(store, texts.length - 1, 0)).toBe(dice(texts[texts.length - 1] as string, texts[0] as string));
      }),
      { numRuns: 500, seed: 11 },
    );
  });

  it.each([
    ['claims before the switch', 0, 1],
    ['a claim before and one after the switch', 1, 3],
    ['the claim that forced the switch', 2, 3],
  ])('equals string-similarity once the store switches to four-byte codes: %s', (_name, a, b) => {
    const texts = ['die regierung beschloss das paket', 'die regierung beschloss es', `${manyLetters}x`, `${manyLetters.slice(0, 200)} regierung`];
    const store = new SignatureStore();
    for (const t of texts) store.addSignature(textOnly(t));
    expect(store.grams).toBeInstanceOf(Uint32Array);
    expect(storedDice(store, a, b)).toBe(dice(texts[a] as string, texts[b] as string));
  });

  it.each([
    ['a buffer large enough to hold the codes', 4096],
    ['a buffer too small, so the store makes its own', 8],
  ])('scores the same when given %s', (_name, bytes) => {
    const texts = ['the council approved the budget', 'the council approved a budget', 'heavy rain flooded the valley'];
    const plain = new SignatureStore();
    const reused = new SignatureStore(new KeyTable(), 64, new ArrayBuffer(bytes));
    for (const t of texts) {
      plain.addSignature(textOnly(t));
      reused.addSignature(textOnly(t));
    }
    for (const [a, b] of [
      [0, 1],
      [0, 2],
      [1, 2],
    ] as const) {
      expect(storedDice(reused, a, b)).toBe(storedDice(plain, a, b));
    }
  });

  it.each([
    ['two empty texts', '', '', 1],
    ['the same single letter', 'a', 'a', 1],
    ['two different single letters', 'a', 'b', 0],
    ['a single letter and a word', 'a', 'abc', 0],
  ])('keeps the edge cases of string-similarity: %s', (_name, x, y, expected) => {
    const store = new SignatureStore();
    store.addSignature(textOnly(x));
    store.addSignature(textOnly(y));
    expect(storedDice(store, 0, 1)).toBe(expected);
    expect(dice(x, y)).toBe(expected);
  });
});

describe('UnionFind.groups', () => {
  const uf = new UnionFind(7);
  uf.union(5, 1);
  uf.union(3, 6);
  uf.union(6, 1);

  it.each([
    [1, [[0], [1, 3, 5, 6], [2], [4]]],
    [2, [[1, 3, 5, 6]]],
    [5, []],
  ])('with at least %i members are %j', (min, expected) => {
    expect(uf.groups(min)).toEqual(expected);
  });
});
