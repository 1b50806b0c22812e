import type { Evidence, Severity } from '../model/schema.js';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Orders severities so that thresholds such as `--fail-on warning` can be compared. */
export function severityRank(severity: Severity): number {
  return RANK[severity];
}

/** FNV-1a over a string, as 8 hex digits: short, stable ids without a crypto dependency in the browser. */
export function hash32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A finding id that depends only on what was found and where, never on input order. */
export function findingId(detector: string, code: string, evidence: readonly Evidence[]): string {
  const where = evidence.map((e) => `${e.articleId}:${e.span.start}-${e.span.end}`).join('|');
  return `${detector}-${hash32(`${detector}/${code}/${where}`)}`;
}

/** Fills `{name}` placeholders; arrays are joined with ", " and missing values left visible. */
export function fillTemplate(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = params[key];
    if (v === undefined || v === null) return whole;
    if (Array.isArray(v)) return v.map(String).join(', ');
    return String(v);
  });
}

/** Compares by UTF-16 code units: unlike `localeCompare`, the order never depends on the machine's locale. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
