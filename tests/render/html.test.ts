import { describe, expect, it } from 'vitest';
import { escapeHtml, renderHtml } from '../../src/render/html.js';
import { ARTICLE_A, ARTICLE_B, HOSTILE, emptyReport, hostileReport, report } from './fixtures.js';

describe('renderHtml', () => {
  const out = renderHtml(report);

  it('is one self-contained, phone-readable HTML5 page', () => {
    expect(out.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(out).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(out).toContain('<meta charset="utf-8">');
    expect(out).toContain('<style>');
    expect(out).toContain('@media');
    expect(out).not.toMatch(/<script|<link|\bsrc=|@import|url\(|https?:\/\//i);
    expect(out.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('summarises articles and findings', () => {
    expect(out).toContain('2 articles compared · 4 findings: 1 error, 2 warnings, 1 info');
    expect(out).toContain('<td>a</td><td lang="de">Scholz trifft Macron in Paris</td>');
  });

  it.each(report.findings.map((f) => [f.id, f.severity] as const))('renders a %s card in its severity colour class %s', (id, severity) => {
    expect(out).toMatch(new RegExp(`<article class="finding ${severity} det\\d+" id="finding-${id}" tabindex="0"`));
  });

  it('shows evidence from every source of a finding', () => {
    const card = out.slice(out.indexOf('id="finding-name-variant'), out.indexOf('</article>'));
    expect(card).toContain('<span class="source">a</span>');
    expect(card).toContain('<span class="source">b</span>');
    expect(card).toContain('<blockquote lang="de">Olaf Scholtz</blockquote>');
  });

  it('marks inserted and removed letters of name variants', () => {
    expect(out).toContain('<span class="diff">Olaf Schol<ins>t</ins>z</span>');
    const removed = renderHtml({
      ...report,
      findings: [{ ...report.findings[0]!, data: { diffs: [{ variant: 'Takahiti', canonical: 'Takaichi', parts: [{ value: 'Taka' }, { value: 'h', removed: true }, { value: 'ch', added: true }, { value: 'i' }] }] } }],
    });
    expect(removed).toContain('Taka<del>h</del><ins>ch</ins>i');
  });

  it('ignores malformed diff data instead of throwing', () => {
    const odd = { ...report, findings: [{ ...report.findings[0]!, data: { diffs: [null, 3, { variant: 1 }, { variant: 'x', canonical: 'y', parts: [7] }] } }] };
    expect(() => renderHtml(odd)).not.toThrow();
  });

  it('says "No findings." when there are none', () => {
    expect(renderHtml(emptyReport)).toContain('<p>No findings.</p>');
  });

  it('shows evidence in its surrounding text when the articles are given', () => {
    const withText = renderHtml(report, { articles: [{ id: 'a', text: ARTICLE_A }, { id: 'b', text: ARTICLE_B }] });
    expect(withText).toContain('<mark>Olaf Scholtz</mark> reiste am Montag');
    expect(withText).toContain('Bundeskanzler <mark>Olaf Scholz</mark>');
  });

  it.each([
    ['https://example.org/a', true],
    ['http://example.org/a', true],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
  ])('links the title to %s only when it is a web URL (%s)', (url, linked) => {
    const page = renderHtml(report, { articles: [{ id: 'a', text: ARTICLE_A, url }] });
    expect(page.includes('<a href=')).toBe(linked);
    expect(page).not.toMatch(/<script|javascript:/);
  });

  it('is deterministic', () => {
    expect(renderHtml(report)).toBe(out);
  });
});

describe('HTML escaping', () => {
  it.each([
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['&', '&amp;'],
    ['"', '&quot;'],
    ["'", '&#39;'],
    ['<a href="x">\'y\'</a>', '&lt;a href=&quot;x&quot;&gt;&#39;y&#39;&lt;/a&gt;'],
  ])('escapes %j as %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it.each(HOSTILE)('leaves no raw tag of %j in the page, from report text or article text', (payload) => {
    const page = renderHtml(hostileReport(payload), {
      articles: [
        { id: `a${payload}`, text: `${payload} ${ARTICLE_A}`, url: `https://x.org/${payload}` },
        { id: `b${payload}`, text: `${ARTICLE_B} ${payload}` },
      ],
    });
    expect(page).not.toMatch(/<script|<img|<b>|onerror=alert\(1\)>/i);
    expect(page).not.toMatch(/<[^>]*onerror/i);
    expect(page).toContain(escapeHtml(payload));
  });
});
