import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dice, bigramProfile, profileDice } from '../../src/align/similarity.js';
import { minhash, bandKeys, BANDS, claimBlockingKeys } from '../../src/align/blocking.js';
import { candidatePairs, clusterClaims, ClusterCache } from '../../src/align/clusters.js';
import { compare } from '../../src/pipeline.js';
import type { Claim } from '../../src/model/schema.js';

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

// MinHash as first written: a Set of distinct shingle hashes and unsigned minima. The fast path must equal it.
function referenceMinhash(text: string): number[] {
  const s = text.replace(/\s+/g, '');
  const out = new Array<number>(64).fill(0xffffffff);
  if (s.length === 0) return out;
  const fnv = (from: number, to: number) => {
    let h = 0x811c9dc5;
    for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  const mix = (x: number) => {
    let h = x ^ (x >>> 16);
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  const seen = new Set<number>();
  for (let i = 0; i < Math.max(1, s.length - 3); i++) {
    const h1 = fnv(i, Math.min(s.length, i + 4));
    if (seen.has(h1)) continue;
    seen.add(h1);
    const a = mix(h1);
    const b = mix(a ^ 0x9e3779b9) | 1;
    for (let k = 0; k < 64; k++) out[k] = Math.min(out[k] as number, (a + Math.imul(k, b)) >>> 0);
  }
  return out;
}

describe('MinHash-LSH blocking', () => {
  it('computes exactly the plain MinHash of the text, for short, repetitive and long texts', () => {
    // A very long text grows the shingle table, the short one after it shrinks it again.
    const long = Array.from({ length: 40000 }, (_, i) => String.fromCharCode(97 + ((i * 7919) % 26))).join('');
    const texts = ['', 'ab', 'Merz', 'aaaaaaaaaaaaaaaaaaaa', long, 'Die Feuerwehr rückte mit 40 Kräften aus.', 'x y z '.repeat(3000)];
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (t) => {
        expect([...minhash(t)]).toEqual(referenceMinhash(t));
      }), { numRuns: 500, seed: 5 });
    for (const t of texts) expect([...minhash(t)]).toEqual(referenceMinhash(t));
  });

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

// The rules of blocking written the plain way (string keys, a set of every pair): the packed implementation must
// let exactly these pairs through.
function referencePairs(claims: readonly Claim[], stopwords: ReadonlySet<string>): Array<[number, number]> {
  const index = new Map<string, number[]>();
  claims.forEach((c, i) => {
    for (const key of claimBlockingKeys(c, stopwords)) index.set(key, [...(index.get(key) ?? []), i]);
  });
  const seen = new Set<string>();
  const out: Array<[number, number]> = [];
  for (const [key, list] of index) {
    if (list.length < 2 || (list.length > 40 && key[0] !== 'm')) continue;
    const window = key[0] === 'm' ? 8 : 40;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length && y <= x + window; y++) {
        const [i, j] = [list[x] as number, list[y] as number];
        if (claims[i]?.articleId === claims[j]?.articleId || seen.has(`${i},${j}`)) continue;
        seen.add(`${i},${j}`);
        out.push([i, j]);
      }
    }
  }
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

const examplesDir = new URL('../../examples/articles/', import.meta.url);
const examples = existsSync(examplesDir)
  ? readdirSync(examplesDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ id: f, text: readFileSync(new URL(f, examplesDir), 'utf8') }))
  : [];
const stop = new Set(['der', 'die', 'das', 'und', 'the', 'and', 'of', 'to', 'in', 'mit', 'with']);

describe.skipIf(examples.length < 2)('packed blocking', () => {
  const claims = compare(examples).claims;

  it('lets through exactly the pairs the plain string-key blocking does', () => {
    const pairs = candidatePairs(claims, { stopwords: stop });
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs).toEqual(referencePairs(claims, stop));
  });

  it('lets through exactly those pairs when copies fill large MinHash blocks', () => {
    // Sixty sources repeating one sentence: every word key is too common to use, and each band block holds all
    // sixty, far more than the window, so only the window decides which pairs are scored.
    const copies: Claim[] = Array.from({ length: 60 }, (_, k) => ({ ...(claims[0] as Claim), id: `c${k}`, articleId: `a${k % 30}` }));
    expect(candidatePairs(copies, { stopwords: stop })).toEqual(referencePairs(copies, stop));
  });
});

describe.skipIf(examples.length < 2)('ClusterCache', () => {
  const claims = compare(examples).claims;
  const plain = (list: readonly Claim[]) => clusterClaims(list, { stopwords: stop });

  it.each([
    ['the same corpus twice', [claims, claims]],
    ['a growing corpus', [claims.slice(0, Math.floor(claims.length / 2)), claims]],
    ['a shrinking corpus', [claims, claims.slice(0, Math.floor(claims.length / 2))]],
    [
      'a claim whose entity mentions changed between calls',
      [claims, claims.map((c, i) => (i === 0 ? { ...c, entities: [] } : c))],
    ],
  ])('gives the clusters of an uncached run on %s', (_name, calls) => {
    const cache = new ClusterCache();
    for (const list of calls as Claim[][]) {
      expect(clusterClaims(list, { stopwords: stop, cache })).toEqual(plain(list));
    }
  });

  it('forgets an article, so a new article under its id is read anew', () => {
    const cache = new ClusterCache();
    clusterClaims(claims, { stopwords: stop, cache });
    const first = (claims[0] as Claim).articleId;
    cache.forget(first);
    // Same ids, other wording: without the forget (and the text check) the old work would be used.
    const changed = claims.map((c) => (c.articleId === first ? { ...c, text: `${c.text} Anders.` } : c));
    expect(clusterClaims(changed, { stopwords: stop, cache })).toEqual(plain(changed));
  });
});
