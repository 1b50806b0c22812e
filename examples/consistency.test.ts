// Consistency as a test: claimdiff's vitest matchers over the example articles.
// Run: npm run build && npx vitest run --config examples/vitest.config.mjs
// (The project's own vitest config only collects tests/, so this file runs only when asked for.)
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compare } from '../dist/index.js';
// Importing the entry registers toBeConsistent, toHaveNoFindings and toHaveFinding on `expect`.
import '../dist/vitest/index.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'articles');
const articles = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: basename(f, '.txt'), text: readFileSync(join(dir, f), 'utf8') }));
const byId = (id: string) => articles.filter((a) => a.id === id);

describe('the Lindenau warehouse fire', () => {
  it('is not reported consistently by all three sources', () => {
    expect(articles).not.toBeConsistent();
  });

  it('spells the fire chief differently in one source', () => {
    expect(compare(articles)).toHaveFinding({ detector: 'name-variant', code: 'spelling' });
  });

  it('has no errors in the two sources that agree on names', () => {
    const two = [...byId('harbour-times'), ...byId('lindenau-kurier')];
    expect(compare(two)).toHaveNoFindings({ minSeverity: 'error' });
    // Vague sourcing is a matter for the editor, not for this check: demote it and the pair is consistent.
    expect(two).toBeConsistent({ rules: { 'unsourced-claim': 'info' } });
  });
});
