// Shared by the index tests: steps of additions and removals applied to an index and to a plain map side by side.
import { expect } from 'vitest';
import { compare, createIndex, type ArticleInput, type ClaimIndex, type CompareOptions } from '../src/index.js';

/** One step: add (when absent) or remove the pool's article at `at`; `check` compares the report with compare() after it. */
export interface IndexStep {
  add: boolean;
  at: number;
  check?: boolean;
}

/** Runs the steps on a new index, asserting that remove() says whether the article was there and that the report equals compare() wherever asked and at the end. */
export function runIndexSteps(pool: readonly ArticleInput[], steps: readonly IndexStep[], options: CompareOptions = {}): ClaimIndex {
  const index = createIndex(options);
  const held = new Map<string, ArticleInput>();
  for (const { add, at, check } of steps) {
    const article = pool[at] as ArticleInput;
    if (add && !held.has(article.id)) {
      index.add(article);
      held.set(article.id, article);
    } else if (!add) {
      expect(index.remove(article.id)).toBe(held.delete(article.id));
    }
    if (check) expect(index.report()).toEqual(compare([...held.values()], options));
  }
  expect(index.size).toBe(held.size);
  expect(index.report()).toEqual(compare([...held.values()], options));
  return index;
}
