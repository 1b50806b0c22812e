import type { Finding, Report, Severity } from '../model/schema.js';

/** Severities from most to least severe: the order every renderer groups and counts in. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Counts findings per severity so headers and summaries agree across formats. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** "1 error", "2 warnings": English plurals for the fixed severity words of the summaries. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`;
}

/** One-line summary of the finding counts, shared by every human-readable format. */
export function summaryLine(report: Report): string {
  const c = countBySeverity(report.findings);
  return `${plural(report.findings.length, 'finding')}: ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.info, 'info')}`;
}

// C0/C1 controls (minus tab and newline, which oneLine folds) could drive a terminal; we show them as U+FFFD.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const SPACE_RUN = /\s+/g;

/** Folds whitespace runs to one space and neutralises control characters, keeping edge spaces (for text around a mark). */
export function foldSpace(text: string): string {
  return text.replace(CONTROL, '\ufffd').replace(SPACE_RUN, ' ');
}

/** Folds whitespace runs to one space and neutralises control characters, so article text stays on one line. */
export function oneLine(text: string): string {
  return foldSpace(text).trim();
}

/** Cuts text to at most `max` UTF-16 units plus an ellipsis, never between the halves of a surrogate pair. */
export function truncate(text: string, max = 100): string {
  if (text.length <= max) return text;
  let cut = max;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** One part of a character diff between a name variant and its canonical form. */
export interface DiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

/** A name variant with its character diff from the canonical spelling (`added` = letters only the variant has). */
export interface NameDiff {
  variant: string;
  canonical: string;
  parts: DiffPart[];
}

/** Reads `data.diffs` defensively: finding data is open-ended, so anything malformed is skipped, never thrown on. */
export function readDiffs(data: Record<string, unknown>): NameDiff[] {
  const raw = data['diffs'];
  if (!Array.isArray(raw)) return [];
  const out: NameDiff[] = [];
  for (const d of raw) {
    if (typeof d !== 'object' || d === null) continue;
    const { variant, canonical, parts } = d as Record<string, unknown>;
    if (typeof variant !== 'string' || typeof canonical !== 'string' || !Array.isArray(parts)) continue;
    const clean: DiffPart[] = [];
    for (const p of parts) {
      if (typeof p !== 'object' || p === null || typeof (p as DiffPart).value !== 'string') continue;
      const part = p as DiffPart;
      clean.push({ value: part.value, ...(part.added ? { added: true } : {}), ...(part.removed ? { removed: true } : {}) });
    }
    out.push({ variant, canonical, parts: clean });
  }
  return out;
}

/** Scalar finding data (and lists of scalars) as label/value pairs; nested structures are left to the JSON output. */
export function scalarData(data: Record<string, unknown>, skip: readonly string[] = ['diffs']): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  for (const key of Object.keys(data).sort()) {
    if (skip.includes(key)) continue;
    const v = data[key];
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') rows.push([key, String(v)]);
    else if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' || typeof x === 'number')) {
      rows.push([key, v.map(String).join(', ')]);
    }
  }
  return rows;
}
