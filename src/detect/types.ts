import type { Finding, Severity } from '../model/schema.js';
import type { Alignment } from '../align/types.js';
import type { LanguagePack } from '../lang/types.js';

/** What a detector returns: a finding without the fields the runner fills in (id, message). */
export interface FindingDraft {
  code: string;
  severity?: Severity;
  claimIds: string[];
  evidence: Finding['evidence'];
  /** Structured values; also the parameters of the message template. */
  data: Record<string, unknown>;
  /** The message, for detectors whose codes have no template in the language packs (user detectors). */
  message?: string;
  /** Extra message parameters that are prose, not data (a joined list of forms); never stored in the report. */
  params?: Record<string, unknown>;
}

/** What a detector may read besides the alignment. */
export interface DetectorContext {
  /** The pack whose messages the report is written in. */
  messagesPack: LanguagePack;
  /** Pack of a given article (by id). */
  packOf(articleId: string): LanguagePack;
  /** Known correct spellings of names, given by the caller. */
  gazetteer: readonly string[];
}

/** A detector: metadata plus a pure function from the alignment to findings (ESLint's rule shape). */
export interface Detector {
  id: string;
  description: string;
  /** Default severity of its findings; a draft may override it. */
  severity: Severity;
  detect(alignment: Alignment, context: DetectorContext): FindingDraft[];
}

/** Declares a detector; an identity function that gives users type checking for their own. */
export function defineDetector(detector: Detector): Detector {
  return detector;
}
