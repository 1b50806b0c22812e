import type { Report, Severity } from '../model/schema.js';
import { oneLine, plural, summaryLine, truncate } from './shared.js';

/** Options of `renderText`. */
export interface TextRenderOptions {
  /** ANSI colours for a terminal; off by default so piped output stays plain. */
  color?: boolean;
}

const ESC = '\u001b[';
const RESET = `${ESC}0m`;
const SEVERITY_COLOR: Record<Severity, string> = { error: `${ESC}31m`, warning: `${ESC}33m`, info: `${ESC}36m` };
const DIM = `${ESC}2m`;
const BOLD = `${ESC}1m`;
// Fixed-width tags keep the detector column aligned in a terminal.
const TAG: Record<Severity, string> = { error: 'ERROR  ', warning: 'WARNING', info: 'INFO   ' };

/** The report as compact terminal text: a header, one block per finding with its evidence, and a summary line. */
export function renderText(report: Report, options: TextRenderOptions = {}): string {
  const color = options.color === true;
  const paint = (code: string, s: string): string => (color ? `${code}${s}${RESET}` : s);
  const lines: string[] = [];
  const ids = report.articles.map((a) => oneLine(a.id)).join(', ');
  lines.push(
    paint(BOLD, `claimdiff: ${plural(report.articles.length, 'article')} compared`) +
      (ids ? ` (${ids})` : '') +
      ` · ${summaryLine(report)}`,
  );
  for (const f of report.findings) {
    lines.push('');
    lines.push(`${paint(SEVERITY_COLOR[f.severity], TAG[f.severity])} ${f.detector}/${oneLine(f.code)}  ${oneLine(f.message)}`);
    for (const e of f.evidence) {
      const where = paint(DIM, `${oneLine(e.articleId)}:${e.span.start}-${e.span.end}`);
      lines.push(`  ${where}  "${truncate(oneLine(e.text))}"`);
    }
  }
  lines.push('');
  lines.push(report.findings.length === 0 ? 'No findings.' : summaryLine(report));
  return `${lines.join('\n')}\n`;
}
