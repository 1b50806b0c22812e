import type { Report } from '../model/schema.js';

/** The report as pretty-printed JSON with a trailing newline; byte-identical for identical reports. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
