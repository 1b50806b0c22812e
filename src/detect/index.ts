import type { Finding } from '../model/schema.js';
import type { Alignment } from '../align/types.js';
import type { Detector, DetectorContext, FindingDraft } from './types.js';
import { byCodeUnit, fillTemplate, findingId, severityRank } from './util.js';
import { detectors } from './detectors/index.js';
import { inDetectorRun } from './compare-values.js';

export type { Detector, DetectorContext, FindingDraft } from './types.js';
export { defineDetector } from './types.js';

/** The detectors `compare` runs by default, in a plain array users can extend or filter. */
export const builtinDetectors: readonly Detector[] = [...detectors];

/** Runs each detector, fills in ids and messages, and returns the findings in a stable order. */
export function runDetectors(alignment: Alignment, detectors: readonly Detector[], context: DetectorContext): Finding[] {
  const originals = new Map(alignment.articles.map((a) => [a.id, a.document.original] as const));
  const findings: Finding[] = [];
  inDetectorRun(alignment, context, () => {
    for (const detector of detectors) {
      for (const draft of detector.detect(alignment, context)) {
        findings.push(toFinding(detector, draft, withOriginalText(draft, originals), context));
      }
    }
  });
  return sortFindings(dedupe(findings));
}

// Evidence text is always the exact slice of the original input, so a tool that highlights spans shows what we quote.
// A new array: the finding's own, which `toFinding` sorts in place.
function withOriginalText(draft: FindingDraft, originals: ReadonlyMap<string, string>): Finding['evidence'] {
  return draft.evidence.map((e) => {
    const original = originals.get(e.articleId);
    return original === undefined ? e : { ...e, text: original.slice(e.span.start, e.span.end) };
  });
}

function toFinding(detector: Detector, draft: FindingDraft, evidence: Finding['evidence'], context: DetectorContext): Finding {
  const template = context.messagesPack.messages[detector.id]?.[draft.code];
  evidence.sort((a, b) => byCodeUnit(a.articleId, b.articleId) || a.span.start - b.span.start || a.span.end - b.span.end);
  return {
    id: findingId(detector.id, draft.code, evidence),
    detector: detector.id,
    code: draft.code,
    severity: draft.severity ?? detector.severity,
    message: template ? fillTemplate(template, { ...draft.data, ...draft.params }) : (draft.message ?? `${detector.id}/${draft.code}`),
    claimIds: [...new Set(draft.claimIds)].sort(),
    evidence,
    data: draft.data,
  };
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const f of findings) if (!seen.has(f.id)) seen.set(f.id, f);
  return [...seen.values()];
}

/** Most severe first, then by detector, first evidence and id, so reports can be snapshotted. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(findingOrder);
}

/** The order of `sortFindings` for one pair, for callers that insert findings into a sorted list. */
export function findingOrder(a: Finding, b: Finding): number {
  const ea = a.evidence[0];
  const eb = b.evidence[0];
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    byCodeUnit(a.detector, b.detector) ||
    (ea && eb ? byCodeUnit(ea.articleId, eb.articleId) || ea.span.start - eb.span.start : 0) ||
    byCodeUnit(a.id, b.id)
  );
}
