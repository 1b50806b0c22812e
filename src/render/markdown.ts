import type { Report } from '../model/schema.js';

/** Options of `renderMarkdown`. */
export interface MarkdownRenderOptions {
  color?: boolean;
}

/** PLACEHOLDER: replaced by the render stage. */
export function renderMarkdown(report: Report, options: MarkdownRenderOptions = {}): string {
  void options;
  return report.findings.map((f) => `${f.severity} ${f.detector} ${f.message}`).join('\n') + '\n';
}
