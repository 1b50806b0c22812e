import { describe, expect, it } from 'vitest';
import { compare, type ArticleInput } from '../../src/index.js';
import { alignClaims } from '../../src/align/index.js';
import { resolveEntities } from '../../src/align/entities.js';
import { hollbrookStory, thrown } from './fixtures.js';

const STORY = hollbrookStory();

describe('thresholds.claimSimilarity', () => {
  it('a higher threshold gives fewer clusters and more single-source findings', () => {
    const base = compare(STORY);
    const strict = compare(STORY, { thresholds: { claimSimilarity: 0.95 } });
    expect(base.clusters.length).toBeGreaterThan(0);
    expect(strict.clusters.length).toBeLessThan(base.clusters.length);
    const single = (r: typeof base) => r.findings.filter((f) => f.detector === 'single-source').length;
    expect(single(strict)).toBeGreaterThan(single(base));
  });

  it('every cluster score reaches the threshold asked for', () => {
    for (const claimSimilarity of [0.2, 0.5, 0.8]) {
      for (const c of compare(STORY, { thresholds: { claimSimilarity } }).clusters) {
        if (c.score !== undefined) expect(c.score).toBeGreaterThanOrEqual(claimSimilarity);
      }
    }
  });

  it.each([[-0.1], [1.5], [Number.NaN], ['0.5']])('rejects %j with E_INVALID_OPTIONS naming the field', (value) => {
    const err = thrown(() => compare(STORY, { thresholds: { claimSimilarity: value as number } }));
    expect(err.code).toBe('E_INVALID_OPTIONS');
    expect(err.message).toContain('claimSimilarity');
  });

  it('rejects an unknown threshold', () => {
    const err = thrown(() => compare(STORY, { thresholds: { nameSimilarty: 0.5 } as never }));
    expect(err.code).toBe('E_INVALID_OPTIONS');
    expect(err.message).toContain('nameSimilarty');
  });

  it.each([['claimThreshold'], ['nameThreshold']])('alignClaims rejects %s outside 0-1', (name) => {
    const err = thrown(() => alignClaims([], { [name]: 2 }));
    expect(err.code).toBe('E_INVALID_OPTIONS');
    expect(err.message).toContain(name);
  });
});

// Two people whose surnames are close ("Kowalczyk" / "Kowalczuk"): one person by default, two when names must match
// more closely. Entity resolution reads the threshold once it takes it as its fifth parameter.
const wired = resolveEntities.length >= 5;

describe.skipIf(!wired)('thresholds.nameSimilarity', () => {
  const articles: ArticleInput[] = [
    { id: 'a', language: 'en', text: 'Coach Marta Kowalczyk praised the team on Sunday after the final in Leeds.' },
    { id: 'b', language: 'en', text: 'Coach Marta Kowalczuk praised the team on Sunday after the final in Leeds.' },
  ];
  const people = (nameSimilarity?: number) =>
    compare(articles, nameSimilarity === undefined ? {} : { thresholds: { nameSimilarity } }).entities.filter((e) => e.kind === 'person');

  it('a higher threshold keeps two close spellings apart', () => {
    expect(people()).toHaveLength(1);
    expect(people(0.99)).toHaveLength(2);
  });
});
