import type { Finding, Report, Severity } from '../model/schema.js';
import { diffChars, diffWords } from 'diff';

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

/** One side of a two-text comparison found in finding data (a quote, a figure as worded). */
export interface PairSide {
  text: string;
  articleId?: string;
}

// Keys whose lists are names, not wordings: the character diff already covers them.
const PAIR_SKIP = new Set(['diffs', 'forms', 'anchors', 'inconsistentArticles']);
// Wordings are short; a longer pair is shown without a word diff so rendering stays linear in practice.
const PAIR_MAX = 4000;

function pairSide(v: unknown): PairSide | undefined {
  if (typeof v === 'string') return { text: v };
  if (typeof v !== 'object' || v === null) return undefined;
  const { text, articleId } = v as Record<string, unknown>;
  if (typeof text !== 'string') return undefined;
  return typeof articleId === 'string' ? { text, articleId } : { text };
}

/**
 * The first list in finding data holding exactly two different texts (strings or `{ text, articleId? }`), `quotes` first:
 * what detectors such as a quote comparison hand over to be shown as a word diff.
 */
export function readTextPair(data: Record<string, unknown>): [PairSide, PairSide] | undefined {
  const keys = Object.keys(data).sort((a, b) => Number(b === 'quotes') - Number(a === 'quotes') || (a < b ? -1 : a > b ? 1 : 0));
  for (const key of keys) {
    if (PAIR_SKIP.has(key)) continue;
    const v = data[key];
    if (!Array.isArray(v) || v.length !== 2) continue;
    const a = pairSide(v[0]);
    const b = pairSide(v[1]);
    if (!a || !b || a.text === b.text || a.text.length > PAIR_MAX || b.text.length > PAIR_MAX) continue;
    return [a, b];
  }
  return undefined;
}

const SEGMENTERS = new Map<string, Intl.Segmenter>();

/** Word diff from the first text to the second, with a word segmenter for the locale so "12.000" stays one word. */
export function wordDiff(a: string, b: string, locale: string): DiffPart[] {
  let segmenter = SEGMENTERS.get(locale);
  // Building a segmenter costs far more than diffing one short quote; one per locale is enough.
  if (!segmenter) SEGMENTERS.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'word' })));
  return diffWords(a, b, { intlSegmenter: segmenter }).map((p) => ({
    value: p.value,
    ...(p.added ? { added: true } : {}),
    ...(p.removed ? { removed: true } : {}),
  }));
}

/** Start offsets of every line (CR, LF and CRLF end a line, as SARIF counts them), built once per text. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line and UTF-16 column of an offset, by binary search over `lineStarts`. */
export function lineColumn(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/** Whether a span lies inside a text of that length (evidence of a stale or foreign report may not). */
export function spanFits(span: { start: number; end: number }, length: number): boolean {
  return span.start <= span.end && span.end <= length;
}

/** Moves an offset off the middle of a surrogate pair (towards `dir`), so slices never split a character. */
export function snap(text: string, offset: number, dir: -1 | 1): number {
  if (offset <= 0 || offset >= text.length) return offset;
  const prev = text.charCodeAt(offset - 1);
  const next = text.charCodeAt(offset);
  const inside = prev >= 0xd800 && prev <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
  return inside ? offset + (dir === 1 ? 1 : -1) : offset;
}

/** A word diff a detector computed itself, from one article's wording to another's. */
export interface WordingDiff {
  from?: string;
  to?: string;
  parts: DiffPart[];
}

function cleanParts(parts: readonly unknown[]): DiffPart[] {
  const clean: DiffPart[] = [];
  for (const p of parts) {
    if (typeof p !== 'object' || p === null || typeof (p as DiffPart).value !== 'string') continue;
    const part = p as DiffPart;
    clean.push({ value: part.value, ...(part.added ? { added: true } : {}), ...(part.removed ? { removed: true } : {}) });
  }
  return clean;
}

/**
 * Wording diffs to show for a finding: the detector's own `data.diffs` entries of the form `{ from, to, parts }` when
 * present, else a word diff of the two texts `readTextPair` finds; name diffs (`variant`/`canonical`) are not wordings.
 */
export function readWordings(data: Record<string, unknown>, locale: string): WordingDiff[] {
  const raw = data['diffs'];
  const own: WordingDiff[] = [];
  if (Array.isArray(raw)) {
    for (const d of raw) {
      if (typeof d !== 'object' || d === null) continue;
      const { from, to, parts, variant } = d as Record<string, unknown>;
      if (typeof variant === 'string' || !Array.isArray(parts)) continue;
      own.push({ ...(typeof from === 'string' ? { from } : {}), ...(typeof to === 'string' ? { to } : {}), parts: cleanParts(parts) });
    }
  }
  if (own.length > 0) return own;
  const pair = readTextPair(data);
  if (!pair) return [];
  const [a, b] = pair;
  const sides = a.articleId !== undefined && b.articleId !== undefined ? { from: a.articleId, to: b.articleId } : {};
  return [{ ...sides, parts: wordDiff(oneLine(a.text), oneLine(b.text), locale) }];
}

// Names are short; anything longer is not a name form and is not diffed.
const NAME_MAX = 200;

/**
 * Name diffs to show: the detector's own `data.diffs` when present, else a character diff of every other spelling in
 * `data.forms` (strings or `{ text }`) against `data.canonical`, so reports from other detectors still show the letters.
 */
export function readNameDiffs(data: Record<string, unknown>): NameDiff[] {
  const own = readDiffs(data);
  if (own.length > 0) return own;
  const canonical = data['canonical'];
  const forms = data['forms'];
  if (typeof canonical !== 'string' || !Array.isArray(forms) || canonical.length > NAME_MAX) return [];
  const out: NameDiff[] = [];
  for (const f of forms) {
    const text = typeof f === 'string' ? f : typeof f === 'object' && f !== null ? (f as { text?: unknown }).text : undefined;
    if (typeof text !== 'string' || text === canonical || text.length > NAME_MAX || out.some((d) => d.variant === text)) continue;
    // Diff against the canonical form's own words when the variant is only a surname ("Scholtz" vs "Olaf Scholz").
    const words = canonical.split(' ');
    const base = text.includes(' ') || words.length === 1 ? canonical : words[words.length - 1]!;
    out.push({ variant: text, canonical: base, parts: cleanParts(diffChars(base, text)) });
  }
  return out;
}
