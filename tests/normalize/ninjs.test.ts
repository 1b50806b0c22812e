import { describe, expect, it } from 'vitest';
import { articleFromNinjs, isNinjs } from '../../src/normalize/index.js';
import { compare, extractClaims } from '../../src/pipeline.js';
import { isClaimdiffError } from '../../src/errors.js';

// ninjs documents written for these tests, one per major version of the standard.
const v1 = {
  uri: 'https://news.example.org/2025/hafen-lindenau',
  type: 'text',
  version: '3',
  versioncreated: '2025-03-04T09:30:00Z',
  firstcreated: '2025-03-03T18:00:00Z',
  language: 'de-DE',
  headline: 'Stadtrat beschließt neuen Hafenplan',
  copyrightholder: 'Lindenauer Rundschau',
  body_text: 'Der Stadtrat von Lindenau hat am Montag einen neuen Plan für den Hafen beschlossen.\n\nDie Kosten liegen bei 40 Millionen Euro, sagte Bürgermeisterin Petra Holm.',
};

const v1html = {
  uri: 'urn:newsml:example.org:20250304:hafen',
  headline: 'Stadtrat beschließt neuen Hafenplan',
  language: 'de',
  body_html: '<p>Der Stadtrat von Lindenau hat am Montag einen neuen Plan f&uuml;r den Hafen beschlossen.</p><p>Die Kosten liegen bei 40&nbsp;Millionen Euro.</p>',
  body_text: 'plain fallback',
};

const v2 = {
  $schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json',
  uri: 'https://news.example.com/harbour-plan',
  language: 'en-GB',
  contentcreated: '2025-03-03T17:00:00Z',
  versioncreated: '2025-03-04T08:00:00Z',
  headlines: [
    { role: 'sub', value: 'Costs put at 40 million euros' },
    { role: 'main', value: 'Council approves new harbour plan' },
  ],
  bodies: [
    { role: 'summary', contenttype: 'text/plain', value: 'The council approved a plan.' },
    { role: 'main', contenttype: 'text/html', value: '<p>The city council of Lindenau approved a new harbour plan on Monday.</p><p>It will cost 40 million euros, Mayor Petra Holm said.</p>' },
  ],
  infosources: [{ name: 'Lindenau Herald', role: 'originating' }],
};

describe('articleFromNinjs', () => {
  it('reads ninjs 1.x with body_text', () => {
    expect(articleFromNinjs(v1)).toEqual({
      id: v1.uri,
      text: v1.body_text,
      format: 'text',
      title: v1.headline,
      language: 'de',
      url: v1.uri,
      source: 'Lindenauer Rundschau',
      publishedAt: '2025-03-03T18:00:00Z',
    });
  });

  it('prefers body_html (format html) unless asked for text', () => {
    expect(articleFromNinjs(v1html)).toMatchObject({ id: v1html.uri, format: 'html', text: v1html.body_html, language: 'de' });
    expect(articleFromNinjs(v1html)).not.toHaveProperty('url');
    expect(articleFromNinjs(v1html, { prefer: 'text' })).toMatchObject({ format: 'text', text: 'plain fallback' });
  });

  it('reads ninjs 2.x/3.x headlines and bodies by role', () => {
    expect(articleFromNinjs(v2, { id: 'herald' })).toEqual({
      id: 'herald',
      text: v2.bodies[1]!.value,
      format: 'html',
      title: 'Council approves new harbour plan',
      language: 'en',
      url: v2.uri,
      source: 'Lindenau Herald',
      publishedAt: '2025-03-03T17:00:00Z',
    });
  });

  it.each([
    ['a language without a pack is left to detection', { ...v1, language: 'fr' }, undefined],
    ['the caller language fills a gap', { ...v1, language: undefined }, 'en'],
  ])('%s', (_name, doc, want) => {
    const a = articleFromNinjs(doc, want ? { language: 'en' } : {});
    expect(a.language).toBe(want);
  });

  it.each<[string, unknown, RegExp]>([
    ['an array', [v1], /object, got array/],
    ['null', null, /object, got null/],
    ['a number headline', { ...v1, headline: 42 }, /`headline` to be a string, got number/],
    ['no body at all', { uri: 'x', headline: 'H' }, /has no body.*body_text/],
    ['bodies not an array', { uri: 'x', bodies: 'text' }, /`bodies` to be an array, got string/],
    ['a body without value', { uri: 'x', bodies: [{ contenttype: 'text/plain' }] }, /`bodies\[0\]\.value`/],
    ['a headline entry that is a string', { uri: 'x', headlines: ['H'], body_text: 'T.' }, /`headlines\[0\]` to be an object/],
    ['a numeric language', { ...v1, language: 7 }, /`language` to be a string/],
  ])('rejects %s with E_INVALID_INPUT naming the field', (_name, doc, message) => {
    let error: unknown;
    try {
      articleFromNinjs(doc);
    } catch (e) {
      error = e;
    }
    expect(isClaimdiffError(error)).toBe(true);
    expect((error as { code: string }).code).toBe('E_INVALID_INPUT');
    expect((error as Error).message).toMatch(message);
  });

  it.each<[string, unknown, boolean]>([
    ['ninjs 1.x', v1, true],
    ['ninjs 1.x with html', v1html, true],
    ['ninjs 2.x', v2, true],
    ['a schema reference alone', { $schema: 'https://iptc.org/std/ninjs/ninjs-schema_3.0.json' }, true],
    ['an ArticleInput', { id: 'a', text: 'T.' }, false],
    ['an ArticleInput with a headline-like field', { id: 'a', text: 'T.', headline: 'H', body_text: 'x' }, false],
    ['an array', [v1], false],
    ['a string', 'body_text', false],
    ['null', null, false],
  ])('isNinjs: %s -> %s', (_name, json, want) => {
    expect(isNinjs(json)).toBe(want);
  });

  it('feeds compare: claims point into the body, headline and html markup stay out of the claim text', () => {
    const report = compare([articleFromNinjs(v1), articleFromNinjs(v2)]);
    expect(report.articles.map((a) => [a.language, a.title])).toEqual([
      ['en', 'Council approves new harbour plan'],
      ['de', 'Stadtrat beschließt neuen Hafenplan'],
    ]);
    const en = report.claims.filter((c) => c.articleId === v2.uri);
    expect(en.map((c) => c.text)).toEqual(['The city council of Lindenau approved a new harbour plan on Monday.', 'It will cost 40 million euros, Mayor Petra Holm said.']);
    for (const c of en) expect(v2.bodies[1]!.value.slice(c.span.start, c.span.end)).toBe(c.text);
  });

  it('maps entities of an html body back to the markup', () => {
    const a = extractClaims(articleFromNinjs(v1html));
    const first = a.claims[0]!;
    expect(first.text).toContain('für den Hafen');
    expect(v1html.body_html.slice(first.span.start, first.span.end)).toContain('f&uuml;r den Hafen');
  });
});
