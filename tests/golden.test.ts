import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compare, renderJson, renderMarkdown } from '../src/index.js';

// The example articles a newcomer meets first: their full report is reviewed as a diff whenever it changes.
const dir = fileURLToPath(new URL('../examples/articles/', import.meta.url));
const articles = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(dir + f, 'utf8') }));

describe('golden report of examples/articles', () => {
  const report = compare(articles);

  it('matches the reviewed JSON report', async () => {
    await expect(renderJson(report)).toMatchFileSnapshot('./golden/examples.report.json');
  });

  it('matches the reviewed Markdown report', async () => {
    await expect(renderMarkdown(report)).toMatchFileSnapshot('./golden/examples.report.md');
  });

  it('shows the kinds of problems the seeds have: a misspelt name and an unnamed poll', () => {
    const nv = report.findings.filter((f) => f.detector === 'name-variant');
    expect(nv).toHaveLength(1);
    expect(nv[0]!.severity).toBe('error');
    expect(nv[0]!.data.inconsistentArticles).toEqual(['nachrichten-nord']);
    const unsourced = report.findings.filter((f) => f.detector === 'unsourced-claim').map((f) => f.evidence[0]!.text);
    expect(unsourced.some((t) => t.startsWith('Umfragen zeigen'))).toBe(true);
  });
});
