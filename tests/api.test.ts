import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { ClaimdiffError, ReportSchema, compare, detectLanguage, extractClaims, isClaimdiffError } from '../src/index.js';

function thrown(fn: () => unknown): ClaimdiffError {
  try {
    fn();
  } catch (e) {
    if (isClaimdiffError(e)) return e;
    throw e;
  }
  throw new Error('expected a ClaimdiffError');
}

describe('public API', () => {
  it('exports exactly the documented names (changing this list is a conscious act)', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'ArticleInputSchema',
        'ClaimSchema',
        'ClaimdiffError',
        'EntitySchema',
        'FindingSchema',
        'ReportSchema',
        'SpanSchema',
        'builtinDetectors',
        'compare',
        'compareNames',
        'defineDetector',
        'detectLanguage',
        'extractClaims',
        'getPack',
        'isClaimdiffError',
        'normalizeArticle',
        'packs',
        'parseReport',
        'renderHtml',
        'renderJson',
        'renderMarkdown',
        'renderText',
        'reportJsonSchema',
        'runDetectors',
        'segmentSentences',
        'validateArticle',
        'createIndex',
        'compareParallel',
        'extractParallel',
        'closeWorkers',
        'defaultWorkers',
        'MAX_WORKERS',
        'SkippedBlockSchema',
        'indexFromJSON',
        'articleFromNinjs',
        'isNinjs',
        'MAX_ARTICLE_LENGTH',
        'MAX_ARTICLES',
        'alignClaims',
        'blockingKeys',
        'claimCandidates',
        'storyAnchors',
        'splitStories',
        'AUTO_SPLIT_ABOVE',
        'MIN_SHARED_ANCHORS',
        'mergeReports',
        'compareStories',
        'claimSimilarity',
        'render',
        'RENDER_FORMATS',
        'renderSarif',
        'renderAnnotations',
        'renderClaimReview',
        'assertConsistent',
        'ConfigSchema',
        'configSchema',
        'parseConfig',
        'configToOptions',
        'defineConfig',
      ].sort(),
    );
  });

  it('ships the built-in detectors under kebab-case ids', () => {
    expect(api.builtinDetectors.map((d) => d.id).sort()).toEqual([
      'date-mismatch',
      'hedge-mismatch',
      'input-hygiene',
      'name-variant',
      'numeric-mismatch',
      'quote-mismatch',
      'single-source',
      'unsourced-claim',
    ]);
  });

  it('exports the report as a JSON Schema generated from the zod schema', () => {
    const schema = api.reportJsonSchema();
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties as object)).toEqual(['version', 'articles', 'claims', 'entities', 'clusters', 'findings', 'skipped']);
  });
});

describe('input validation names the article and the field', () => {
  it.each([
    [[{ id: 'a', text: 42 }], /article "a".*`text`: expected string, got number/],
    [[{ id: '', text: 'x' }], /`id`/],
    [[{ text: 'x' }], /article at index 0.*`id`/],
    [[{ id: 'a', text: 'x', language: 'fr' }], /article "a".*`language`/],
    [[{ id: 'a', text: 'x', colour: 'red' }], /article "a".*colour/],
    [['just a string'], /article at index 0 to be an object, got string/],
    [[null], /got null/],
  ])('%j', (articles, message) => {
    const err = thrown(() => compare(articles as never));
    expect(err.code).toBe('E_INVALID_INPUT');
    expect(err.message).toMatch(message);
  });

  it('rejects a non-array', () => {
    const err = thrown(() => compare('text' as never));
    expect(err.code).toBe('E_INVALID_INPUT');
    expect(err.message).toBe('Expected `articles` to be an array, got string');
  });

  it('rejects two articles with one id', () => {
    const err = thrown(() => compare([{ id: 'a', text: 'Eins.' }, { id: 'a', text: 'Zwei.' }]));
    expect(err.code).toBe('E_DUPLICATE_ID');
    expect(err.message).toContain('"a"');
  });

  it('rejects unknown options and says which', () => {
    const err = thrown(() => compare([{ id: 'a', text: 'x' }], { colour: 'red' } as never));
    expect(err.code).toBe('E_INVALID_OPTIONS');
    expect(err.message).toContain('colour');
  });

  it.each([
    ['compare', () => compare([{ id: 'a', text: 'x' }], { workers: 2 } as never)],
    ['extractClaims', () => extractClaims({ id: 'a', text: 'x' }, { workers: 2 } as never)],
  ])('%s refuses workers and names the functions that run in threads', (_name, call) => {
    const err = thrown(call);
    expect(err.code).toBe('E_INVALID_OPTIONS');
    expect(err.message).toContain('compareParallel');
    expect(err.message).toContain('"workers"');
  });

  it.each([
    [{ id: 'Long Claims', detect: () => [] }, /kebab-case/],
    [{ id: 'name-variant', detect: () => [] }, /used twice/],
  ])('rejects detector %#, naming it', (extra, message) => {
    const err = thrown(() => compare([{ id: 'a', text: 'x' }], { detectors: [...api.builtinDetectors, extra as never] }));
    expect(err.code).toBe('E_INVALID_OPTIONS');
    expect(err.message).toMatch(message);
  });

  it('extractClaims rejects options only compare understands, instead of ignoring them', () => {
    const err = thrown(() => extractClaims({ id: 'a', text: 'x' }, { gazetteer: ['X'] } as never));
    expect(err.code).toBe('E_INVALID_OPTIONS');
    expect(err.message).toContain('gazetteer');
  });

  it('compareNames honours the threshold for spellings that differ only in accents', () => {
    expect(api.compareNames('Müller', 'Muller').same).toBe(true);
    expect(api.compareNames('Müller', 'Muller', { threshold: 1 }).same).toBe(false);
  });

  it('rejects a detector without a detect function', () => {
    const err = thrown(() => compare([{ id: 'a', text: 'x' }], { detectors: [{ id: 'x' }] as never }));
    expect(err.code).toBe('E_INVALID_OPTIONS');
  });
});

describe('odd articles give a report, not a crash', () => {
  it.each([
    ['empty', ''],
    ['whitespace', '  \n\n\t '],
    ['no sentence end', 'just some words without any punctuation'],
    ['NUL bytes', 'Ein Satz.\u0000\u0000 Noch ein Satz.'],
    ['lone surrogate', 'Ein \ud800 Satz. Und \udc00 noch einer.'],
  ])('%s', (_name, text) => {
    const report = compare([{ id: 'odd', text }, { id: 'ok', text: 'Die Stadt Lindenau hat am Montag gewählt.' }]);
    expect(ReportSchema.safeParse(report).success).toBe(true);
    const odd = report.articles.find((a) => a.id === 'odd');
    expect(odd).toBeDefined();
  });
});

describe('language', () => {
  it.each([
    ['Die Regierung hat am Montag mitgeteilt, dass die Steuern nicht steigen werden.', 'de'],
    ['The government said on Monday that taxes would not rise this year.', 'en'],
  ])('detects %s as %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
    expect(extractClaims({ id: 'x', text }).document.language).toBe(lang);
  });

  it('keeps the language the caller gives', () => {
    expect(extractClaims({ id: 'x', text: 'The government said so.', language: 'de' }).document.language).toBe('de');
  });

  it('rejects an unknown pack by name', () => {
    const err = thrown(() => api.getPack('fr'));
    expect(err.code).toBe('E_UNKNOWN_LANGUAGE');
    expect(err.message).toContain('"fr"');
  });
});
