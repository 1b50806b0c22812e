import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import { renderHtml, escapeHtml } from '../../src/render/html.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { renderJson } from '../../src/render/json.js';
import { ReportSchema, type Report } from '../../src/model/schema.js';
import { toAnnotations } from '../../src/render/annotations.js';
import { toSarif } from '../../src/render/sarif.js';

const dir = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

describe.skipIf(!existsSync(dir))('renderers on a real comparison of the seed articles', () => {
  const articles = existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith('.txt'))
        .sort()
        .map((n) => ({ id: n.replace(/\.txt$/, ''), text: readFileSync(dir + n, 'utf8') }))
    : [];
  let report: Report;
  // Inside beforeAll so that a pipeline failure shows up as a failing test, not a broken file.
  beforeAll(() => {
    report = compare(articles);
  });

  it('renders every format without throwing and round-trips the JSON', () => {
    expect(ReportSchema.parse(JSON.parse(renderJson(report)))).toEqual(report);
    for (const out of [renderText(report), renderText(report, { color: true }), renderMarkdown(report), renderHtml(report, { articles })]) {
      expect(out.length).toBeGreaterThan(0);
      expect(out.endsWith('\n')).toBe(true);
    }
  });

  it('names every article in every human-readable format', () => {
    const html = renderHtml(report);
    for (const a of report.articles) {
      expect(renderText(report)).toContain(a.id);
      expect(renderMarkdown(report)).toContain(`| ${a.id} |`);
      expect(html).toContain(`<td>${escapeHtml(a.id)}</td>`);
    }
  });

  it('puts one HTML card per finding', () => {
    const cards = renderHtml(report).match(/<article class="finding /g) ?? [];
    expect(cards.length).toBe(report.findings.length);
  });

  it('points SARIF regions and annotation selectors at the exact evidence text', () => {
    const texts = new Map(articles.map((a) => [a.id, a.text] as const));
    const spans = report.findings.flatMap((f) => f.evidence.map((e) => ({ id: e.articleId, ...e.span, text: e.text })));
    const annotations = toAnnotations(report, { articles }) as Array<{ target: { source: string; selector: [{ exact: string }, { start: number; end: number }] } }>;
    expect(annotations.map((a) => texts.get(a.target.source)!.slice(a.target.selector[1].start, a.target.selector[1].end))).toEqual(spans.map((s) => s.text));
    const run = (toSarif(report, { articles }) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { region: { startLine: number; startColumn: number; charOffset: number } } }> }> }> }).runs[0]!;
    const regions = run.results.flatMap((r) => r.locations.map((l) => l.physicalLocation.region));
    regions.forEach((r, i) => {
      const text = texts.get(spans[i]!.id)!;
      const lines = text.split(/\r\n|\r|\n/);
      const offset = lines.slice(0, r.startLine - 1).reduce((n, l) => n + l.length + 1, 0) + r.startColumn - 1;
      expect(offset).toBe(r.charOffset);
    });
  });
});
