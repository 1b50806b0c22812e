import { describe, expect, it } from 'vitest';
import { isClaimdiffError } from '../../src/errors.js';
import { RENDER_FORMATS, render, renderHtml, renderJson, renderMarkdown, renderText } from '../../src/render/index.js';
import { ARTICLE_A, ARTICLE_B, report } from './fixtures.js';

const articles = [
  { id: 'a', text: ARTICLE_A },
  { id: 'b', text: ARTICLE_B },
];

function errorOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('render', () => {
  it.each([
    ['json', renderJson(report)],
    ['markdown', renderMarkdown(report)],
    ['text', renderText(report, { color: true })],
    ['html', renderHtml(report, { articles, locale: 'de' })],
  ] as const)('%s gives the same output as its renderer', (format, expected) => {
    expect(render(report, format, { articles, color: true, locale: 'de' })).toBe(expected);
  });

  it.each(RENDER_FORMATS.map((f) => [f]))('%s renders the report and ends with a newline', (format) => {
    const out = render(report, format, { articles, confirmed: [report.findings[0]!.id] });
    expect(out.endsWith('\n')).toBe(true);
    expect(out).toContain(format === 'sarif' || format === 'annotations' || format === 'claimreview' ? '"' : 'Scholtz');
  });

  it.each([
    ['an unknown format', 'pdf', {}, /Unknown render format "pdf"/],
    ['an unknown option', 'text', { colour: true }, /colour/],
    ['a wrongly typed option', 'text', { color: 'yes' }, /color/],
    ['an unknown locale', 'html', { locale: 'fr' }, /locale/],
  ])('rejects %s as a caller mistake', (_, format, options, message) => {
    const err = errorOf(() => render(report, format as never, options as never));
    expect(isClaimdiffError(err) && err.code === 'E_INVALID_OPTIONS').toBe(true);
    expect((err as Error).message).toMatch(message);
  });
});
