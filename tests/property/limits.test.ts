// Limits that protect a server, and input errors that name every problem at once.
import { describe, expect, it } from 'vitest';
import { compare, extractClaims, isClaimdiffError, type ArticleInput } from '../../src/index.js';

function thrown(run: () => unknown): { code: string; message: string; details: Record<string, unknown> } {
  try {
    run();
  } catch (error) {
    if (isClaimdiffError(error)) return error as never;
    throw error;
  }
  throw new Error('expected a ClaimdiffError');
}

const ok = (id: string, text = 'Die Feuerwehr meldete am Montag einen Brand.'): ArticleInput => ({ id, text });

describe('size limits', () => {
  it.each([
    ['one article over maxArticleLength', [ok('a', 'x'.repeat(101))], { maxArticleLength: 100 }, /Article "a" is 101 characters long.*at most 100.*maxArticleLength/],
    ['a title over maxArticleLength', [{ ...ok('t'), title: 'y'.repeat(200) }], { maxArticleLength: 100 }, /Article "t" is 200 characters/],
    ['two articles over the limit, both named', [ok('a', 'x'.repeat(101)), ok('b', 'y'.repeat(150))], { maxArticleLength: 100 }, /Article "a"[^]*Article "b"/],
    ['more articles than maxArticles', [ok('a'), ok('b'), ok('c')], { maxArticles: 2 }, /Got 3 articles.*at most 2.*maxArticles/],
  ])('rejects %s with E_INPUT_TOO_LARGE', (_name, articles, options, message) => {
    const e = thrown(() => compare(articles, options));
    expect(e.code).toBe('E_INPUT_TOO_LARGE');
    expect(e.message).toMatch(message);
    expect(e.details['limit']).toBeTypeOf('number');
  });

  it.each([
    ['exactly maxArticleLength characters', [ok('a', `${'x'.repeat(95)} ende.`)], { maxArticleLength: 101 }],
    ['exactly maxArticles articles', [ok('a'), ok('b')], { maxArticles: 2 }],
    ['the defaults', [ok('a'), ok('b')], {}],
  ])('accepts %s', (_name, articles, options) => {
    expect(compare(articles, options).articles).toHaveLength(articles.length);
  });

  it('extractClaims honours maxArticleLength too', () => {
    const e = thrown(() => extractClaims(ok('long', 'x'.repeat(50)), { maxArticleLength: 10 }));
    expect(e.code).toBe('E_INPUT_TOO_LARGE');
    expect(e.message).toContain('"long"');
  });

  it('the default article limit refuses a 9 MB text at once, naming it', () => {
    const t0 = performance.now();
    const e = thrown(() => compare([ok('huge.txt', 'a'.repeat(9 * 1024 * 1024)), ok('b')]));
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(e.code).toBe('E_INPUT_TOO_LARGE');
    expect(e.message).toMatch(/"huge\.txt".*at most 8388608 characters/);
  });

  it.each([
    [{ maxArticles: 0 }, 'maxArticles'],
    [{ maxArticles: 2.5 }, 'maxArticles'],
    [{ maxArticleLength: -1 }, 'maxArticleLength'],
    [{ maxArticleLength: '100' }, 'maxArticleLength'],
  ])('rejects the limit %j with E_INVALID_OPTIONS naming it', (options, name) => {
    const e = thrown(() => compare([ok('a')], options as never));
    expect(e.code).toBe('E_INVALID_OPTIONS');
    expect(e.message).toContain(name);
  });
});

describe('invalid input names every problem at once', () => {
  it('lists every bad article and every bad field, one line each, with where it is', () => {
    const e = thrown(() =>
      compare([ok('fine'), { id: 'a', text: 42, language: 'fr' }, 'just text', { text: 'no id' }, { id: 'b', text: 'x', colour: 'red' }] as never),
    );
    expect(e.code).toBe('E_INVALID_INPUT');
    const lines = e.message.split('\n');
    expect(lines[0]).toBe('Invalid input: 5 problems in 4 articles');
    expect(e.message).toContain('✖ article "a", `text`: expected string, got number\n  → at articles[1].text');
    expect(e.message).toContain('✖ article "a", `language`:');
    expect(e.message).toContain('→ at articles[1].language');
    expect(e.message).toContain('✖ Expected article at index 2 to be an object, got string\n  → at articles[2]');
    expect(e.message).toContain('✖ article at index 3, `id`: expected string, got undefined\n  → at articles[3].id');
    expect(e.message).toMatch(/✖ article "b", `\(article\)`: .*colour/);
    expect((e.details['problems'] as unknown[]).length).toBe(5);
  });

  it('names every id that is used twice', () => {
    const e = thrown(() => compare([ok('a'), ok('b'), ok('a'), ok('b')]));
    expect(e.code).toBe('E_DUPLICATE_ID');
    expect(e.message).toBe('Articles share the ids "a", "b"');
  });
});

describe('HTML input is only read', () => {
  it('runs no script and keeps script, style and event handlers out of the claims', () => {
    const probe = globalThis as { __claimdiffProbe?: number };
    const html =
      '<html><head><script>globalThis.__claimdiffProbe = 1</script><link rel="stylesheet" href="http://example.invalid/x.css"></head>' +
      '<body><img src="http://example.invalid/p.png" onerror="globalThis.__claimdiffProbe = 2"><iframe src="http://example.invalid/"></iframe>' +
      '<p>Die Halle brannte am Montag aus.</p><style>p { color: red }</style></body></html>';
    const report = compare([{ id: 'page', text: html, format: 'html' }]);
    expect(probe.__claimdiffProbe).toBeUndefined();
    expect(report.claims.map((c) => c.text)).toEqual(['Die Halle brannte am Montag aus.']);
  });
});
