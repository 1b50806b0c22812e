import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compare, createIndex, indexFromJSON, isClaimdiffError, type ArticleInput } from '../src/index.js';
import { runIndexSteps } from './index-steps.js';

const storiesDir = join(__dirname, 'fixtures/stories');
// A pool of the project's own articles: two stories plus the examples, so findings of every detector occur.
const pool: ArticleInput[] = ['examples/articles', ...readdirSync(storiesDir).sort().slice(0, 2).map((d) => `tests/fixtures/stories/${d}`)]
  .flatMap((dir) =>
    readdirSync(join(__dirname, '..', dir))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ id: `${dir.split('/').pop()}/${f}`, text: readFileSync(join(__dirname, '..', dir, f), 'utf8') })),
  );

describe('createIndex', () => {
  it('gives the report compare() gives, after any sequence of additions and removals', () => {
    const op = fc.record({ add: fc.boolean(), at: fc.nat({ max: pool.length - 1 }) });
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 12 }), (ops) => {
        runIndexSteps(pool, ops);
      }),
      { numRuns: 15, seed: 3 },
    );
  });

  // A report after every step, and articles re-added under their id with other words (a misspelt surname, another
  // figure): a cache kept between reports that went stale would give a report that differs from compare() here.
  it('gives the report compare() gives after every step, with articles re-added under their id with other words', () => {
    const alter = (text: string, how: number): string => {
      if (how === 1) return text.replace(/\p{Lu}\p{Ll}{4,}/u, (w) => `${w.slice(0, 2)}${w[3]}${w[2]}${w.slice(4)}`);
      if (how === 2) return text.replace(/\d+/u, (d) => String(Number(d) + 7));
      return text;
    };
    const op = fc.record({ add: fc.boolean(), at: fc.nat({ max: pool.length - 1 }), how: fc.nat({ max: 2 }), check: fc.boolean() });
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 10 }), (ops) => {
        const index = createIndex();
        const held = new Map<string, ArticleInput>();
        for (const { add, at, how, check } of ops) {
          const base = pool[at] as ArticleInput;
          if (add) {
            if (held.has(base.id)) index.remove(base.id);
            const article = { id: base.id, text: alter(base.text, how) };
            index.add(article);
            held.set(article.id, article);
          } else {
            expect(index.remove(base.id)).toBe(held.delete(base.id));
          }
          if (check) expect(index.report()).toEqual(compare([...held.values()]));
          else index.report();
        }
        expect(index.report()).toEqual(compare([...held.values()]));
      }),
      { numRuns: 8, seed: 11 },
    );
  });

  it.each([
    ['another story', 1],
    ['the same text with one sentence more', 0],
  ])('reads an article re-added under a removed id anew (%s)', (_name, other) => {
    const [first, second] = [pool[0] as ArticleInput, pool[1 + (other as number)] as ArticleInput];
    const index = createIndex();
    for (const a of pool.slice(0, 4)) index.add(a);
    index.report();
    index.remove(first.id);
    const replacement = { id: first.id, text: other ? second.text : `${first.text}\n\nEin weiterer Satz ohne Quelle wurde ergänzt.` };
    index.add(replacement);
    expect(index.report()).toEqual(compare([replacement, ...pool.slice(1, 4)]));
  });

  it('round-trips through toJSON / indexFromJSON', () => {
    const index = createIndex({ locale: 'de' });
    for (const a of pool.slice(0, 4)) index.add(a);
    const restored = indexFromJSON(JSON.parse(JSON.stringify(index)), { locale: 'de' });
    expect(restored.findings()).toEqual(index.findings());
  });

  it('refuses a second article with the same id, naming it', () => {
    const index = createIndex();
    index.add({ id: 'x', text: 'Ein Satz.' });
    try {
      index.add({ id: 'x', text: 'Noch ein Satz.' });
      expect.unreachable();
    } catch (e) {
      expect(isClaimdiffError(e) && e.code).toBe('E_DUPLICATE_ID');
      expect((e as Error).message).toContain('"x"');
    }
  });

  it('rejects a snapshot that is not one', () => {
    expect(() => indexFromJSON({ version: 2, articles: [] })).toThrow(/Invalid index snapshot/);
  });
});
