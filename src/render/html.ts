import type { Report } from '../model/schema.js';

/** Options of `renderHtml`. */
export interface HtmlRenderOptions {
  color?: boolean;
}

/** PLACEHOLDER: replaced by the render stage. */
export function renderHtml(report: Report, options: HtmlRenderOptions = {}): string {
  void options;
  return report.findings.map((f) => `${f.severity} ${f.detector} ${f.message}`).join('\n') + '\n';
}
