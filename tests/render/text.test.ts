import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/render/text.js';
import { ReportSchema } from '../../src/model/schema.js';
import { emptyReport, report } from './fixtures.js';

const ESC = '\u001b';

describe('renderText', () => {
  const out = renderText(report);

  it('opens with a header naming the articles and counting findings by severity', () => {
    const first = out.split('\n')[0];
    expect(first).toContain('2 articles compared (a, b)');
    expect(first).toContain('4 findings: 1 error, 2 warnings, 1 info');
  });

  it.each([
    ['ERROR  ', 'name-variant/spelling', 'The name is spelled differently across sources'],
    ['WARNING', 'unsourced-claim/vague-group', 'Attributed only to an unnamed group ("Experten zufolge")'],
    ['INFO   ', 'single-source/only-one-source', 'Only one source makes this claim'],
  ])('shows a %s block for %s with its message', (tag, rule, message) => {
    const line = out.split('\n').find((l) => l.includes(rule));
    expect(line).toBeDefined();
    expect(line?.startsWith(tag)).toBe(true);
    expect(line).toContain(message);
  });

  it.each(report.findings.flatMap((f) => f.evidence))('lists evidence $articleId:$span.start-$span.end with its text', (e) => {
    expect(out).toContain(`  ${e.articleId}:${e.span.start}-${e.span.end}  "${e.text}"`);
  });

  it('ends with a summary line', () => {
    expect(out.trimEnd().split('\n').at(-1)).toBe('4 findings: 1 error, 2 warnings, 1 info');
  });

  it('says "No findings." for a clean report', () => {
    const clean = renderText(emptyReport);
    expect(clean).toContain('No findings.');
    expect(clean).not.toContain('WARNING');
  });

  it.each([
    ['long evidence', 'x'.repeat(300), (l: string) => l.endsWith('…"') && l.length < 130],
    ['evidence with newlines', 'erste Zeile\nzweite Zeile', (l: string) => l.includes('"erste Zeile zweite Zeile"')],
    ['evidence with an ANSI escape', `rot ${ESC}[31mfalsch`, (l: string) => !l.includes(ESC) && l.includes('\ufffd[31m')],
    ['an emoji at the cut', `${'y'.repeat(99)}😀tail`, (l: string) => !/[\ud800-\udbff](?![\udc00-\udfff])/.test(l)],
  ])('keeps each evidence on one readable line: %s', (_name, text, check) => {
    const r = ReportSchema.parse({
      ...report,
      findings: [{ ...report.findings[1]!, evidence: [{ articleId: 'a', text, span: { start: 0, end: 1 } }] }],
    });
    const line = renderText(r).split('\n').find((l) => l.startsWith('  a:0-1'));
    expect(line).toBeDefined();
    expect(check(line as string)).toBe(true);
  });

  it.each([
    ['error', `${ESC}[31m`],
    ['warning', `${ESC}[33m`],
    ['info', `${ESC}[36m`],
    ['span', `${ESC}[2m`],
  ])('colours %s only when asked', (_what, code) => {
    expect(renderText(report, { color: true })).toContain(code);
    expect(renderText(report, { color: false })).not.toContain(code);
  });

  it('is deterministic', () => {
    expect(renderText(report)).toBe(out);
    expect(renderText(report, { color: true })).toBe(renderText(report, { color: true }));
  });
});
