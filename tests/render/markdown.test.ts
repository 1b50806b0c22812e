import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderMarkdown } from '../../src/render/markdown.js';
import { emptyReport, hostileReport, report } from './fixtures.js';

describe('renderMarkdown', () => {
  const out = renderMarkdown(report);

  it('has a title and a table row per article', () => {
    expect(out.startsWith('# claimdiff report\n')).toBe(true);
    expect(out).toContain('| Article | Title | Language | Sentences | Claims |');
    expect(out).toContain('| a | Scholz trifft Macron in Paris | de | 2 | 2 |');
    expect(out).toContain('| b | Kanzler Scholtz in Paris | de | 3 | 3 |');
  });

  it('groups findings by severity, most severe first', () => {
    const errors = out.indexOf('## Errors');
    const warnings = out.indexOf('## Warnings');
    const info = out.indexOf('## Info');
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(errors);
    expect(info).toBeGreaterThan(warnings);
    expect(out.indexOf('name-variant')).toBeGreaterThan(errors);
    expect(out.indexOf('name-variant')).toBeLessThan(warnings);
  });

  it('quotes each evidence under its article id and span', () => {
    for (const f of report.findings) {
      for (const e of f.evidence) {
        expect(out).toContain(`**${e.articleId}** (${e.span.start}–${e.span.end}):\n\n> ${escapeMarkdown(e.text)}\n`);
      }
    }
  });

  it('shows the cue and the character diff of a name variant', () => {
    expect(out).toContain('- cue: Experten zufolge');
    expect(out).toContain('Olaf Scholtz (vs. Olaf Scholz): Olaf Schol{+t+}z');
  });

  it('omits severity sections that have no findings and says "No findings." when there are none', () => {
    const clean = renderMarkdown(emptyReport);
    expect(clean).toContain('No findings.');
    expect(clean).not.toMatch(/^## /m);
    const noErrors = renderMarkdown({ ...report, findings: report.findings.slice(1) });
    expect(noErrors).not.toContain('## Errors');
    expect(noErrors).toContain('## Warnings');
  });

  it('is deterministic', () => {
    expect(renderMarkdown(report)).toBe(out);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['a | b', 'a \\| b'],
    ['*fett* und _kursiv_', '\\*fett\\* und \\_kursiv\\_'],
    ['[Link](https://example.org)', '\\[Link\\](https://example.org)'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['`code`', '\\`code\\`'],
    ['# Überschrift', '\\# Überschrift'],
    ['- Liste', '\\- Liste'],
    ['+ Liste', '\\+ Liste'],
    ['> Zitat', '\\> Zitat'],
    ['1. Punkt', '1\\. Punkt'],
    ['2) Punkt', '2\\) Punkt'],
    ['Zeile eins\n\n## zwei', 'Zeile eins ## zwei'],
    ['~~weg~~ &amp;', '\\~\\~weg\\~\\~ \\&amp;'],
    ['C:\\Pfad', 'C:\\\\Pfad'],
    ['000_bb8d_x', '000_bb8d_x'],
    ['_a_ und b__', '\\_a\\_ und b\\_\\_'],
    ['Der 28. Oktober', 'Der 28. Oktober'],
  ])('%j renders literally as %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('keeps hostile evidence from opening raw HTML or breaking the table', () => {
    const out = renderMarkdown(hostileReport('<script>alert(1)</script> | x'));
    expect(out).not.toMatch(/(?<!\\)<script/);
    const row = out.split('\n').find((l) => l.startsWith('| a'));
    expect(row?.split(/(?<!\\)\|/).length).toBe(7);
  });
});

describe('renderMarkdown: wordings', () => {
  it.each([
    [{ quotes: [{ articleId: 'a', text: 'Wir stehen fest zusammen' }, { articleId: 'b', text: 'Wir stehen eng zusammen' }] }, '- wording (a → b): Wir stehen \\[-fest-\\]{+eng+} zusammen'],
    [{ diffs: [{ from: 'b', to: 'a', parts: [{ value: 'gut', removed: true }, { value: 'schlecht', added: true }] }] }, '- wording (b → a): \\[-gut-\\]{+schlecht+}'],
  ])('shows the word diff of %j in wdiff notation', (data, line) => {
    expect(renderMarkdown({ ...report, findings: [{ ...report.findings[1]!, data }] })).toContain(line);
  });
});
