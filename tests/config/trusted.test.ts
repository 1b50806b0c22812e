import { describe, expect, it } from 'vitest';
import { compare, type ArticleInput } from '../../src/index.js';
import { ClaimdiffError } from '../../src/errors.js';
import { isTrustedDomain, normalizeDomain } from '../../src/config.js';
import { hollbrookStory } from './fixtures.js';

const story = hollbrookStory;

const singleSourceOn = (articles: ArticleInput[], trustedDomains?: string[]) =>
  compare(articles, trustedDomains ? { trustedDomains } : {})
    .findings.filter((f) => f.detector === 'single-source')
    .flatMap((f) => f.claimIds);

describe('trustedDomains', () => {
  it.each([
    ['the domain itself', '[hollbrook-news.example.org]', ['hollbrook-news.example.org']],
    ['a parent domain', '[hollbrook-news.example.org]', ['example.org']],
    ['a url with www and path', '[hollbrook-news.example.org]', ['https://www.hollbrook-news.example.org/flood']],
    ['a marker with www', '[www.hollbrook-news.example.org]', ['Hollbrook-News.example.org']],
  ])('a claim citing %s is not single-source', (_name, marker, trusted) => {
    const articles = story(marker);
    expect(singleSourceOn(articles)).toContain('a#2');
    expect(singleSourceOn(articles, trusted)).not.toContain('a#2');
  });

  it.each([
    ['another domain', '[hollbrook-news.example.org]', ['example.com']],
    ['a domain that only ends alike', '[hollbrook-news.example.org]', ['news.example.org']],
    ['an agency label, not a domain', '[dpa]', ['dpa.com']],
  ])('keeps the finding for %s', (_name, marker, trusted) => {
    expect(singleSourceOn(story(marker), trusted)).toContain('a#2');
  });

  it('keeps the other findings as they were', () => {
    const articles = story('[hollbrook-news.example.org]');
    const other = (r: ReturnType<typeof compare>) => r.findings.filter((f) => !f.claimIds.includes('a#2')).map((f) => f.id);
    expect(other(compare(articles, { trustedDomains: ['example.org'] }))).toEqual(other(compare(articles)));
  });

  it.each([['not a domain'], ['localhost'], [''], ['example.123']])('rejects %j with E_INVALID_OPTIONS', (domain) => {
    let error: unknown;
    try {
      compare(story(''), { trustedDomains: [domain] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ClaimdiffError);
    expect((error as ClaimdiffError).code).toBe('E_INVALID_OPTIONS');
    expect((error as ClaimdiffError).message).toContain('trustedDomains');
  });
});

describe('normalizeDomain and isTrustedDomain', () => {
  it.each([
    ['Example.ORG', 'example.org'],
    ['https://www.example.org/path?q=1', 'example.org'],
    ['news.example.org.', 'news.example.org'],
    ['example.org:8080', 'example.org'],
    ['bücher.de', 'bücher.de'],
    ['dpa', undefined],
    ['-bad-.org', undefined],
    ['a..b.org', undefined],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeDomain(input)).toBe(expected);
  });

  it.each([
    ['radio.example.org', true],
    ['example.org', true],
    ['badexample.org', false],
    ['example.org.evil.com', false],
  ])('%s is trusted under example.org: %s', (label, expected) => {
    expect(isTrustedDomain(label, new Set(['example.org']))).toBe(expected);
  });
});
