import { describe, expect, it } from 'vitest';
import type { ArticleInput, Format } from '../../src/model/schema.js';
import { compare, extractClaims, parseReport } from '../../src/pipeline.js';
import { isClaimdiffError } from '../../src/errors.js';
import { MAX_ARTICLE_LENGTH, normalizeArticle } from '../../src/normalize/index.js';
import { segmentDocument } from '../../src/segment/index.js';
import { describeDoubling, doublingRatio, median3 } from '../timing.js';

const FORMATS: Format[] = ['text', 'markdown', 'html'];
const other: ArticleInput = { id: 'ok', text: 'Der Stadtrat von Lindenau hat am Montag einen neuen Hafenplan beschlossen.' };

// Whatever the input, compare gives a valid report whose spans lie inside the original text.
function reportFor(text: string, format: Format) {
  const report = compare([{ id: 'bad', text, format }, other]);
  expect(parseReport(JSON.parse(JSON.stringify(report)))).toEqual(report);
  for (const c of report.claims.filter((x) => x.articleId === 'bad')) {
    expect(c.span.start).toBeGreaterThanOrEqual(0);
    expect(c.span.end).toBeLessThanOrEqual(text.length);
    expect(c.text).not.toContain('\u0000');
  }
  return report;
}

describe('bad input through compare: a report, never a throw or a hang', () => {
  it.each(
    FORMATS.flatMap((format) => [
      ['empty text', format, '', 0],
      ['whitespace only', format, ' \n\t\r\n\u00A0\u2003\u200B\uFEFF \n', 0],
      ['a NUL byte', format, 'Die Halle\u0000 brannte am Montag vollständig aus.', 1],
      ['NUL bytes only', format, '\u0000\u0000\u0000', 0],
      ['lone surrogates', format, 'Die Halle \uD800brannte am Montag aus. Niemand \uDC00wurde verletzt.', 2],
    ] as const),
  )('%s (%s)', (_name, format, text, claims) => {
    const report = reportFor(text, format);
    expect(report.claims.filter((c) => c.articleId === 'bad')).toHaveLength(claims);
    expect(report.articles.find((a) => a.id === 'bad')).toBeDefined();
  });

  it('a single 1 MB line without punctuation is one sentence, in seconds', () => {
    const text = 'der Hafen von Lindenau wird neu geplant '.repeat(25000);
    const t0 = performance.now();
    const a = extractClaims({ id: 'line', text });
    expect(performance.now() - t0).toBeLessThan(20000);
    expect(a.sentences).toHaveLength(1);
    expect(a.claims[0]!.span).toEqual({ start: 0, end: text.trimEnd().length });
  }, 30000);

  it('HTML nested 10,000 deep gives its text', () => {
    const report = reportFor('<div>'.repeat(10000) + '<p>Die Halle brannte am Montag aus.</p>' + '</div>'.repeat(10000), 'html');
    expect(report.claims.filter((c) => c.articleId === 'bad').map((c) => c.text)).toEqual(['Die Halle brannte am Montag aus.']);
    const inline = reportFor('<b><i><span>'.repeat(10000) + 'Die Halle brannte am Montag aus.', 'html');
    expect(inline.claims.filter((c) => c.articleId === 'bad').map((c) => c.text)).toEqual(['Die Halle brannte am Montag aus.']);
  });

  it('a 20 MB article is refused at once with E_INPUT_TOO_LARGE naming the article and the limit', () => {
    const text = 'Die Halle brannte am Montag aus. '.repeat(Math.ceil(20_000_000 / 33));
    expect(text.length).toBeGreaterThan(MAX_ARTICLE_LENGTH);
    const t0 = performance.now();
    let error: unknown;
    try {
      compare([{ id: 'huge.txt', text }, other]);
    } catch (e) {
      error = e;
    }
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(isClaimdiffError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'E_INPUT_TOO_LARGE' });
    expect((error as Error).message).toMatch(/"huge\.txt".*at most 8388608 characters/);
  });
});

// Realistic copy: paragraphs of German news prose with abbreviations, quotes, numbers and a citation marker.
function copy(paragraphs: number, format: Format): string {
  const parts: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const p = `Laut Dr. Anna Berg stieg die Zahl am 9. November um ca. ${i} Prozent. „Wir sind zufrieden“, sagte sie. Der Rat tagt u. a. in Nr. ${i % 40}.[example.org]`;
    parts.push(format === 'html' ? `<p>${p.replace('„', '&bdquo;')}</p>` : format === 'markdown' ? `- **${i}** ${p}` : p);
  }
  return parts.join('\n\n');
}

describe('normalize + segment run in linear time', () => {
  it.each(FORMATS)('doubling the input roughly doubles the time (%s)', (format) => {
    const time = (n: number): number => {
      const text = copy(n, format);
      return median3(() => {
        const t0 = performance.now();
        segmentDocument(normalizeArticle({ id: 't', text, format }, { language: 'de' }));
        return performance.now() - t0;
      });
    };
    // A quadratic stage would give about 4; machine noise stays under 3.
    const m = doublingRatio(time, 1000, 3);
    expect(m.ratio, describeDoubling(m)).toBeLessThan(3);
  }, 60_000);
});
