import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ReportSchema } from '../../src/model/schema.js';
import { renderSarif, toSarif } from '../../src/render/sarif.js';
import { ARTICLE_A, ARTICLE_B, at, emptyReport, report } from './fixtures.js';

// The parts of SARIF 2.1.0 (OASIS standard, sections 3.13-3.30) a consumer relies on, written down as a schema.
const Region = z
  .object({
    charOffset: z.number().int().nonnegative(),
    charLength: z.number().int().nonnegative(),
    startLine: z.number().int().min(1).optional(),
    startColumn: z.number().int().min(1).optional(),
    endLine: z.number().int().min(1).optional(),
    endColumn: z.number().int().min(1).optional(),
    snippet: z.object({ text: z.string() }).optional(),
  })
  .refine((r) => (r.startLine === undefined) === (r.startColumn === undefined), 'line and column come together');
const Result = z.object({
  ruleId: z.string().min(1),
  ruleIndex: z.number().int().nonnegative(),
  level: z.enum(['none', 'note', 'warning', 'error']),
  message: z.object({ text: z.string().min(1) }),
  locations: z
    .array(
      z.object({
        physicalLocation: z.object({
          artifactLocation: z.object({ uri: z.string().min(1), index: z.number().int().nonnegative().optional() }),
          region: Region,
        }),
      }),
    )
    .min(1),
});
const SarifLog = z.object({
  $schema: z.string().url(),
  version: z.literal('2.1.0'),
  runs: z
    .array(
      z.object({
        tool: z.object({
          driver: z.object({
            name: z.literal('claimdiff'),
            rules: z.array(
              z.object({ id: z.string().min(1), shortDescription: z.object({ text: z.string().min(1) }), defaultConfiguration: z.object({ level: z.string() }) }),
            ),
          }),
        }),
        columnKind: z.enum(['utf16CodeUnits', 'unicodeCodePoints']).optional(),
        artifacts: z.array(z.object({ location: z.object({ uri: z.string() }) })).optional(),
        results: z.array(Result),
      }),
    )
    .length(1),
});

const articles = [
  { id: 'a', text: ARTICLE_A, url: 'https://example.org/news/a' },
  { id: 'b', text: ARTICLE_B },
];

describe('renderSarif', () => {
  const log = SarifLog.parse(JSON.parse(renderSarif(report, { articles })));
  const run = log.runs[0]!;

  it('is a SARIF 2.1.0 log with one run and one result per finding', () => {
    expect(run.results.length).toBe(report.findings.length);
    expect(SarifLog.safeParse(JSON.parse(renderSarif(emptyReport))).success).toBe(true);
  });

  it('declares one rule per detector and code, and every result points at its rule', () => {
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['name-variant/spelling', 'unsourced-claim/vague-group', 'single-source/only-one-source']);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
  });

  it.each([
    ['name-variant/spelling', 'error'],
    ['unsourced-claim/vague-group', 'warning'],
    ['single-source/only-one-source', 'note'],
  ])('maps %s to level %s', (rule, level) => {
    expect(run.results.find((r) => r.ruleId === rule)!.level).toBe(level);
  });

  it('uses the article url as artifact uri, else the id', () => {
    const uris = run.results.flatMap((r) => r.locations.map((l) => l.physicalLocation.artifactLocation.uri));
    expect(new Set(uris)).toEqual(new Set(['https://example.org/news/a', 'b']));
  });

  it.each([
    // Olaf Scholtz: line 3 of article b, columns counted from 1 and end exclusive.
    ['b', 'Olaf Scholtz', { startLine: 3, startColumn: 9, endLine: 3, endColumn: 21 }],
    ['a', 'Olaf Scholz', { startLine: 3, startColumn: 15, endLine: 3, endColumn: 26 }],
    ['b', 'Beide Regierungen wollen 2 Milliarden Euro in gemeinsame Projekte stecken.', { startLine: 5, startColumn: 1, endLine: 5, endColumn: 75 }],
  ])('computes lines and columns of %s "%s" from the original text', (id, needle, expected) => {
    const text = id === 'a' ? ARTICLE_A : ARTICLE_B;
    const start = text.indexOf(needle);
    const region = run.results
      .flatMap((r) => r.locations)
      .map((l) => l.physicalLocation.region)
      .find((r) => r.charOffset === start && r.charLength === needle.length);
    expect(region).toMatchObject(expected);
    expect(region!.snippet!.text).toBe(needle);
  });

  it.each([
    ['LF', 'x\ny\nZiel', 3],
    ['CRLF', 'x\r\ny\r\nZiel', 3],
    ['CR', 'x\ry\rZiel', 3],
    ['blank lines', '\n\n\nZiel', 4],
  ])('counts %s line ends as SARIF does', (_, text, line) => {
    const r = ReportSchema.parse({ ...report, findings: [{ ...report.findings[3]!, evidence: [at('b', text, 'Ziel')] }] });
    const region = (toSarif(r, { articles: [{ id: 'b', text }] }) as z.infer<typeof SarifLog>).runs[0]!.results[0]!.locations[0]!.physicalLocation.region;
    expect(region).toMatchObject({ startLine: line, startColumn: 1, endColumn: 5 });
  });

  it('gives only character offsets when the article text is not supplied', () => {
    const bare = SarifLog.parse(JSON.parse(renderSarif(report)));
    const region = bare.runs[0]!.results[0]!.locations[0]!.physicalLocation.region;
    expect(region.startLine).toBeUndefined();
    expect(region.charLength).toBeGreaterThan(0);
  });

  it('is deterministic', () => {
    expect(renderSarif(report, { articles })).toBe(renderSarif(report, { articles }));
  });
});
