// Consistency as an assertion, for any test runner: the vitest matchers are thin wrappers around these functions.
import { severityRank } from './detect/util.js';
import { ClaimdiffError } from './errors.js';
import type { ArticleInput, Finding, Report, Severity } from './model/schema.js';
import { SeveritySchema } from './model/schema.js';
import { compare, type CompareOptions } from './pipeline.js';
import { renderText } from './render/text.js';

/** Options of `assertConsistent`: the options of `compare` plus the lowest severity that counts as inconsistent. */
export interface ConsistencyOptions extends CompareOptions {
  /** Findings at or above this severity make the articles inconsistent; defaults to `warning`. */
  minSeverity?: Severity;
}

/** Checks a severity given by a caller, so a typo ("warn") is an error rather than a threshold that never matches. */
export function checkSeverity(value: unknown, field = 'minSeverity'): Severity {
  const parsed = SeveritySchema.safeParse(value);
  if (!parsed.success) {
    throw new ClaimdiffError('E_INVALID_OPTIONS', `Expected \`${field}\` to be info, warning or error, got ${JSON.stringify(value)}`);
  }
  return parsed.data;
}

/** The findings of a report at or above a severity, in report order. */
export function findingsAtLeast(report: Report, minSeverity: Severity): Finding[] {
  const rank = severityRank(minSeverity);
  return report.findings.filter((f) => severityRank(f.severity) >= rank);
}

/** Lists findings the way the terminal renderer does, so a failing test reads like `claimdiff compare`. */
export function formatFindings(report: Report, findings: readonly Finding[]): string {
  return renderText({ ...report, findings: [...findings] }).trimEnd();
}

/** Compares the articles and throws a `ClaimdiffError` (`E_INCONSISTENT`) listing every finding at or above `minSeverity`. */
export function assertConsistent(articles: ArticleInput[], options: ConsistencyOptions = {}): Report {
  const { minSeverity, ...compareOptions } = options;
  const level = checkSeverity(minSeverity ?? 'warning');
  const report = compare(articles, compareOptions);
  const found = findingsAtLeast(report, level);
  if (found.length > 0) {
    throw new ClaimdiffError(
      'E_INCONSISTENT',
      `Expected the articles to be consistent, but ${found.length} finding${found.length === 1 ? '' : 's'} reached ${level}:\n${formatFindings(report, found)}`,
      { findings: found },
    );
  }
  return report;
}
