// Shared checks of the property suite: where every span of a report points, and how many cases each property runs.
import type { Report, Span } from '../../src/index.js';

/**
 * Generated cases per property. CI runs them all on every `npm test` (at least 10,000 in total); each property
 * counts its runs and the last test checks the sum, so lowering one number below the floor fails loudly.
 */
export const RUNS = {
  noCrashText: 2500,
  noCrashNested: 40,
  arbitraryJson: 2500,
  arbitraryOptions: 1500,
  spans: 1000,
  nothingLost: 1000,
  deterministic: 600,
  idempotent: 1500,
} as const;

/** Every (text, span) pair a report holds, with where it came from. */
export interface Located {
  where: string;
  articleId: string;
  text: string;
  span: Span;
  /** Span of the claim the item belongs to, when it belongs to one. */
  within?: Span;
}

/** Collects claim, mention, cue, evidence and skipped spans of a report. */
export function locatedSpans(report: Report): Located[] {
  const out: Located[] = [];
  for (const c of report.claims) {
    out.push({ where: 'claim', articleId: c.articleId, text: c.text, span: c.span });
    const parts = [
      ['entity', c.entities],
      ['quantity', c.quantities],
      ['date', c.dates],
      ['quote', c.quotes],
      ['hedge', c.hedges],
    ] as const;
    for (const [where, list] of parts) for (const x of list) out.push({ where, articleId: c.articleId, text: x.text, span: x.span, within: c.span });
    // A citation cue is the paragraph's marker, which may stand outside the sentence it sources.
    if (c.attribution.cue !== undefined && c.attribution.cueSpan !== undefined && c.attribution.kind !== 'citation') {
      out.push({ where: 'cue', articleId: c.articleId, text: c.attribution.cue, span: c.attribution.cueSpan, within: c.span });
    }
  }
  for (const f of report.findings) for (const e of f.evidence) out.push({ where: `evidence of ${f.detector}`, articleId: e.articleId, text: e.text, span: e.span });
  for (const s of report.skipped ?? []) out.push({ where: 'skipped', articleId: s.articleId, text: s.text, span: s.span });
  return out;
}

// Citation markers ("[ndr.de]", "[1]") are lifted out of the text into `citations`; brackets go on both sides alike.
const BRACKETED = /\[[^\]\s]{0,80}\]/g;
// Normalization collapses whitespace and drops control and format characters (NUL, bidi marks, zero-width joiners).
const INVISIBLE = /[\s\p{Cc}\p{Cf}]/gu;

/** What plain-text normalization keeps of a string: its visible characters, citation markers aside. */
export function visibleKey(s: string): string {
  return s.normalize('NFC').replace(BRACKETED, '').replace(INVISIBLE, '');
}

/** True when the letters and digits of `inner` occur in order among those of `outer` (markup may only add). */
export function lettersInOrder(inner: string, outer: string): boolean {
  const want = inner.normalize('NFC').match(/[\p{L}\p{N}]/gu) ?? [];
  const have = outer.normalize('NFC').match(/[\p{L}\p{N}]/gu) ?? [];
  let k = 0;
  for (const ch of have) if (k < want.length && ch === want[k]) k++;
  return k === want.length;
}
