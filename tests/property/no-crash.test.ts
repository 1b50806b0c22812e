// No crash: whatever a caller passes, compare() gives a schema-valid report or a ClaimdiffError that names the problem.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleInputSchema, ReportSchema, builtinDetectors, compare, isClaimdiffError, type Report } from '../../src/index.js';
import { articlesArb, nestedArb, textArb } from './arbitraries.js';
import { RUNS } from './helpers.js';

function outcome(run: () => Report): { report?: Report; error?: unknown } {
  try {
    return { report: run() };
  } catch (error) {
    return { error };
  }
}

describe('compare never crashes on valid articles with odd text', () => {
  it(`gives a schema-valid report for arbitrary text (${RUNS.noCrashText} cases)`, () => {
    let cases = 0;
    fc.assert(
      fc.property(articlesArb(3, textArb(40)), (articles) => {
        cases++;
        const report = compare(articles);
        expect(ReportSchema.safeParse(report).success).toBe(true);
        expect(report.articles.map((a) => a.id).sort()).toEqual(articles.map((a) => a.id).sort());
      }),
      { numRuns: RUNS.noCrashText },
    );
    expect(cases).toBe(RUNS.noCrashText);
  }, 120_000);

  it(`gives a schema-valid report for up to 10,000 nested quotes, brackets or tags (${RUNS.noCrashNested} cases)`, () => {
    let cases = 0;
    fc.assert(
      fc.property(articlesArb(2, nestedArb), (articles) => {
        cases++;
        expect(ReportSchema.safeParse(compare(articles)).success).toBe(true);
      }),
      { numRuns: RUNS.noCrashNested },
    );
    expect(cases).toBe(RUNS.noCrashNested);
  }, 120_000);
});

// Anything JSON can hold, sometimes shaped like an article with wrong field types.
const looseArticle = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.record(
    {
      id: fc.oneof(fc.constantFrom('a', 'b', ''), fc.string({ maxLength: 3 }), fc.integer(), fc.constant(null)),
      text: fc.oneof(textArb(6), fc.integer(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 })),
      title: fc.oneof(fc.string({ maxLength: 5 }), fc.boolean()),
      language: fc.oneof(fc.constantFrom('de', 'en', 'fr', 'DE'), fc.integer()),
      format: fc.constantFrom('text', 'markdown', 'html', 'pdf', 7),
      url: fc.oneof(fc.string({ maxLength: 5 }), fc.constant({})),
      colour: fc.string({ maxLength: 3 }),
    },
    { requiredKeys: [] },
  ),
);

describe('compare turns any JSON into a report or one error naming every problem', () => {
  it(`accepts valid articles and reports every invalid one by index and field (${RUNS.arbitraryJson} cases)`, () => {
    let cases = 0;
    fc.assert(
      fc.property(fc.oneof(fc.array(looseArticle, { maxLength: 4 }), fc.jsonValue({ maxDepth: 1 })), (input) => {
        cases++;
        const { report, error } = outcome(() => compare(input as never));
        if (report) {
          expect(ReportSchema.safeParse(report).success).toBe(true);
          return;
        }
        expect(isClaimdiffError(error)).toBe(true);
        const e = error as { code: string; message: string };
        if (!Array.isArray(input)) {
          expect(e.code).toBe('E_INVALID_INPUT');
          expect(e.message).toContain('`articles`');
          return;
        }
        const invalid = input.flatMap((a, i) => (ArticleInputSchema.strict().safeParse(a).success ? [] : [i]));
        if (invalid.length === 0) {
          // Every article is valid on its own: only a shared id can be wrong.
          expect(e.code).toBe('E_DUPLICATE_ID');
          return;
        }
        expect(e.code).toBe('E_INVALID_INPUT');
        // Every invalid article is named at once, by its position, and each problem line names a field or the article.
        for (const i of invalid) expect(e.message).toContain(`→ at articles[${i}]`);
        for (const line of e.message.split('\n').filter((l) => l.startsWith('✖'))) expect(line).toMatch(/article (?:"[^]*"|at index \d+)/);
      }),
      { numRuns: RUNS.arbitraryJson },
    );
    expect(cases).toBe(RUNS.arbitraryJson);
  }, 120_000);
});

const ARTICLES = [
  { id: 'a', text: 'Die Feuerwehr meldete am Montag 120 Einsatzkräfte, sagte Sprecherin Anna Berg.' },
  { id: 'b', text: 'Fire chief Anna Berg said 150 firefighters were at the scene on Monday.' },
];

// Option values a config file or a careless caller may hand in, valid and not.
const optionsArb = fc.record(
  {
    language: fc.constantFrom('de', 'en', 'fr', 1, null),
    locale: fc.constantFrom('de', 'en', 'xx'),
    maxArticles: fc.oneof(fc.integer({ min: -2, max: 3 }), fc.constantFrom(1.5, '10', Number.NaN, Infinity)),
    maxArticleLength: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(10_000, -1, 2.5, 'big')),
    gazetteer: fc.oneof(fc.array(fc.string({ maxLength: 6 }), { maxLength: 2 }), fc.constantFrom('Anna Berg', 3)),
    rules: fc.oneof(
      fc.dictionary(fc.constantFrom(...builtinDetectors.map((d) => d.id), 'no-such-rule'), fc.constantFrom('off', 'info', 'warning', 'error', 'loud'), {
        maxKeys: 2,
      }),
      fc.constant('off'),
    ),
    detectors: fc.constantFrom(builtinDetectors, [], [{ id: 'Bad Id', detect: () => [] }], 'all'),
    onProgress: fc.constantFrom(() => undefined, 'log'),
    colour: fc.string({ maxLength: 3 }),
  },
  { requiredKeys: [] },
);

describe('compare checks options', () => {
  it(`gives a report or an error naming the option (${RUNS.arbitraryOptions} cases)`, () => {
    let cases = 0;
    fc.assert(
      fc.property(optionsArb, (options) => {
        cases++;
        const { report, error } = outcome(() => compare(ARTICLES, options as never));
        if (report) {
          expect(ReportSchema.safeParse(report).success).toBe(true);
          return;
        }
        expect(isClaimdiffError(error)).toBe(true);
        const e = error as { code: string; message: string };
        if (e.code === 'E_INPUT_TOO_LARGE') {
          // Valid limits that these two articles exceed: the message names the limit and, per article, its id.
          expect(e.message).toMatch(/maxArticles|maxArticleLength/);
          if (e.message.includes('maxArticleLength')) expect(e.message).toMatch(/Article "[ab]"/);
          return;
        }
        expect(e.code).toBe('E_INVALID_OPTIONS');
        const named = Object.keys(options).some((k) => e.message.includes(k));
        expect(named).toBe(true);
      }),
      { numRuns: RUNS.arbitraryOptions },
    );
    expect(cases).toBe(RUNS.arbitraryOptions);
  }, 120_000);
});
