import type { Report } from '../model/schema.js';

/** Options of `renderText`. */
export interface TextRenderOptions {
  color?: boolean;
}

/** PLACEHOLDER: replaced by the render stage. */
export function renderText(report: Report, options: TextRenderOptions = {}): string {
  void options;
  return report.findings.map((f) => `${f.severity} ${f.detector} ${f.message}`).join('\n') + '\n';
}
