import { builtinDetectors } from '../detect/index.js';
import type { Finding, Report, Severity } from '../model/schema.js';
import { articleMap, articleUri, type ArticleRef } from './articles.js';
import { lineColumn, lineStarts, spanFits } from './shared.js';

/** Options of `renderSarif`. */
export interface SarifRenderOptions {
  /** The compared articles: `url` becomes the artifact URI (else the id), `text` gives line and column numbers. */
  articles?: readonly ArticleRef[];
  /** Version of claimdiff to name in `tool.driver.version`, when the caller knows it. */
  toolVersion?: string;
}

// SARIF has no "info" level; "note" is its equivalent for findings that need no action.
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

const ruleId = (f: Pick<Finding, 'detector' | 'code'>): string => `${f.detector}/${f.code}`;

/** The SARIF 2.1.0 log as a plain object; `renderSarif` serialises it. */
export function toSarif(report: Report, options: SarifRenderOptions = {}): Record<string, unknown> {
  const articles = articleMap(options.articles);
  const descriptions = new Map(builtinDetectors.map((d) => [d.id, d.description] as const));
  const rules: Array<Record<string, unknown>> = [];
  const ruleIndex = new Map<string, number>();
  // Rules in first-seen order of the (already sorted) findings, so the log is as stable as the report.
  for (const f of report.findings) {
    const id = ruleId(f);
    if (ruleIndex.has(id)) continue;
    ruleIndex.set(id, rules.length);
    const description = descriptions.get(f.detector) ?? `claimdiff detector ${f.detector}`;
    rules.push({
      id,
      name: id.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : '')),
      shortDescription: { text: `${description} (${f.code})` },
      defaultConfiguration: { level: LEVEL[f.severity] },
      properties: { detector: f.detector, code: f.code },
    });
  }
  const artifactIndex = new Map<string, number>();
  const artifacts = report.articles.map((a, i) => {
    artifactIndex.set(a.id, i);
    const ref = articles.get(a.id);
    return {
      location: { uri: articleUri(a.id, ref?.url) },
      ...(ref?.text !== undefined ? { length: ref.text.length } : {}),
      ...(a.title ? { description: { text: a.title } } : {}),
      properties: { articleId: a.id, language: a.language },
    };
  });
  const starts = new Map<string, number[]>();
  const linesOf = (id: string, text: string): number[] => {
    let s = starts.get(id);
    if (!s) starts.set(id, (s = lineStarts(text)));
    return s;
  };
  const results = report.findings.map((f) => ({
    ruleId: ruleId(f),
    ruleIndex: ruleIndex.get(ruleId(f))!,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: f.evidence.map((e) => {
      const ref = articles.get(e.articleId);
      const text = ref?.text;
      const region: Record<string, unknown> = { charOffset: e.span.start, charLength: e.span.end - e.span.start };
      if (text !== undefined && spanFits(e.span, text.length)) {
        const lines = linesOf(e.articleId, text);
        const from = lineColumn(lines, e.span.start);
        const to = lineColumn(lines, e.span.end);
        Object.assign(region, { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column });
      }
      region['snippet'] = { text: e.text };
      const index = artifactIndex.get(e.articleId);
      return {
        physicalLocation: {
          artifactLocation: { uri: articleUri(e.articleId, ref?.url), ...(index !== undefined ? { index } : {}) },
          region,
        },
      };
    }),
    partialFingerprints: { 'claimdiffFindingId/v1': f.id },
    properties: { findingId: f.id, detector: f.detector, code: f.code, severity: f.severity, claimIds: f.claimIds },
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'claimdiff',
            informationUri: 'https://www.npmjs.com/package/claimdiff',
            ...(options.toolVersion ? { version: options.toolVersion } : {}),
            rules,
          },
        },
        // Report spans are UTF-16 offsets; saying so keeps columns right for text outside the Basic Multilingual Plane.
        columnKind: 'utf16CodeUnits',
        artifacts,
        results,
      },
    ],
  };
}

/** The report as a SARIF 2.1.0 log (one run), so code-hosting platforms and SARIF viewers show findings inline. */
export function renderSarif(report: Report, options: SarifRenderOptions = {}): string {
  return `${JSON.stringify(toSarif(report, options), null, 2)}\n`;
}
