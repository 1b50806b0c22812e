import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ReportSchema } from '../../src/model/schema.js';
import { renderAnnotations, toAnnotations } from '../../src/render/annotations.js';
import { ARTICLE_A, ARTICLE_B, at, emptyReport, report } from './fixtures.js';

// The Web Annotation Data Model essentials: context, type, body with purpose, target with source and two selectors.
const Annotation = z.object({
  '@context': z.literal('http://www.w3.org/ns/anno.jsonld'),
  id: z.string().regex(/^urn:claimdiff:/),
  type: z.literal('Annotation'),
  body: z.array(z.object({ type: z.literal('TextualBody'), value: z.string(), purpose: z.string() }).loose()).min(1),
  target: z.object({
    source: z.string().min(1),
    selector: z.tuple([
      z.object({ type: z.literal('TextQuoteSelector'), exact: z.string(), prefix: z.string().max(32).optional(), suffix: z.string().max(32).optional() }),
      z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
    ]),
  }),
});

const articles = [
  { id: 'a', text: ARTICLE_A, url: 'https://example.org/a' },
  { id: 'b', text: ARTICLE_B },
];

describe('renderAnnotations', () => {
  const list = z.array(Annotation).parse(JSON.parse(renderAnnotations(report, { articles, locale: 'en' })));

  it('writes one annotation per evidence span', () => {
    expect(list.length).toBe(report.findings.reduce((n, f) => n + f.evidence.length, 0));
    expect(new Set(list.map((a) => a.id)).size).toBe(list.length);
    expect(JSON.parse(renderAnnotations(emptyReport))).toEqual([]);
  });

  it('carries the finding message as an assessing body, and the rule as a tag', () => {
    const first = list[0]!;
    expect(first.body[0]).toMatchObject({ purpose: 'assessing', value: report.findings[0]!.message, language: 'en' });
    expect(first.body[1]).toMatchObject({ purpose: 'tagging', value: 'name-variant/spelling' });
  });

  it.each(
    report.findings.flatMap((f) => f.evidence.map((e) => [e.articleId, e.text, e.span.start, e.span.end] as const)),
  )('%s "%s": the selectors find the span again in the original text', (id, exact, start, end) => {
    const text = id === 'a' ? ARTICLE_A : ARTICLE_B;
    const ann = list.find((a) => a.target.selector[1].start === start && a.target.selector[1].end === end)!;
    const [quote, position] = ann.target.selector;
    expect(ann.target.source).toBe(id === 'a' ? 'https://example.org/a' : 'b');
    expect(quote.exact).toBe(exact);
    expect(text.slice(position.start, position.end)).toBe(exact);
    expect(text.slice(Math.max(0, start - 32), start)).toBe(quote.prefix ?? '');
    expect(text.slice(end, end + 32)).toBe(quote.suffix ?? '');
  });

  it('counts positions in code points, as the Web Annotation model does', () => {
    const text = '😀😀 Olaf Scholz sagt';
    const r = ReportSchema.parse({ ...report, findings: [{ ...report.findings[0]!, evidence: [at('a', text, 'Olaf Scholz')] }] });
    const [ann] = toAnnotations(r, { articles: [{ id: 'a', text }] }) as Array<z.infer<typeof Annotation>>;
    expect(ann!.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 3, end: 14 });
    expect([...text].slice(3, 14).join('')).toBe('Olaf Scholz');
    expect(ann!.target.selector[0].prefix).toBe('😀😀 ');
  });

  it('falls back to the evidence text and report offsets without the article text', () => {
    const [ann] = toAnnotations(report) as Array<z.infer<typeof Annotation>>;
    const e = report.findings[0]!.evidence[0]!;
    expect(ann!.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: e.text },
      { type: 'TextPositionSelector', start: e.span.start, end: e.span.end },
    ]);
  });
});
