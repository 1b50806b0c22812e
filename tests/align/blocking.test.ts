import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dice, bigramProfile, profileDice } from '../../src/align/similarity.js';
import { minhash, bandKeys, BANDS } from '../../src/align/blocking.js';
import { candidatePairs } from '../../src/align/clusters.js';
import { compare } from '../../src/pipeline.js';

describe('bigram profiles', () => {
  it('score exactly what string-similarity scores, on random pairs', () => {
    const word = fc.stringMatching(/^[a-zäöüß ]{0,12}$/);
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(profileDice(bigramProfile(a), bigramProfile(b))).toBe(dice(a, b));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it.each([
    ['', ''],
    ['a', 'a'],
    ['a', 'b'],
    ['Takaichi', 'Takahiti'],
    ['aaaa', 'aa'],
    ['Zwei Drittel der Produktion', 'zwei drittel der produktion'],
  ])('match on edge case %j vs %j', (a, b) => {
    expect(profileDice(bigramProfile(a), bigramProfile(b))).toBe(dice(a, b));
  });
});

describe('MinHash-LSH blocking', () => {
  it('gives the same signature for the same text and band keys per band', () => {
    const a = minhash('Die Feuerwehr rückte mit 40 Kräften aus.');
    expect([...a]).toEqual([...minhash('Die Feuerwehr rückte mit 40 Kräften aus.')]);
    expect(bandKeys(a)).toHaveLength(BANDS);
  });

  it('puts near-identical wordings in a shared band and unrelated ones mostly not', () => {
    const shared = (x: string, y: string) => {
      const kx = new Set(bandKeys(minhash(x)));
      return bandKeys(minhash(y)).some((k) => kx.has(k));
    };
    expect(shared('The council approved the budget on Tuesday evening.', 'The council approved the budget on Tuesday night.')).toBe(true);
    expect(shared('The council approved the budget on Tuesday evening.', 'Heavy rain flooded three villages in the valley.')).toBe(false);
  });

  it('lets a reworded sentence that shares no rare word with its twin through to scoring', () => {
    // Only common words, no numbers, no names: the band keys are what brings these two together.
    const a = { id: 'a', text: 'Es war ein langer Abend und am Ende waren alle sehr müde und froh.' };
    const b = { id: 'b', text: 'Es war ein langer Abend, und am Ende waren alle sehr müde und froh!' };
    const report = compare([a, b]);
    // Every word a stopword: no stem keys are left, only the MinHash bands can pair the two claims.
    const words = new Set(`${a.text} ${b.text}`.toLowerCase().split(/[^a-zäöüß]+/));
    const pairs = candidatePairs(report.claims, { stopwords: words });
    expect(pairs).toEqual([[0, 1]]);
  });
});
