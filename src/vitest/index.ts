// `claimdiff/vitest`: importing this module registers the matchers (a side effect, like jest-dom's entry).
import { expect } from 'vitest';
import { checkSeverity, findingsAtLeast, formatFindings, type ConsistencyOptions } from '../assert.js';
import { ClaimdiffError } from '../errors.js';
import type { ArticleInput, Report, Severity } from '../model/schema.js';
import { compare } from '../pipeline.js';

/** What `toHaveFinding` looks for: a detector id and, optionally, one of its codes. */
export interface ExpectedFinding {
  detector: string;
  code?: string;
}

/** Options of `toHaveNoFindings`. */
export interface NoFindingsOptions {
  /** Only findings at or above this severity count; defaults to `info` (any finding). */
  minSeverity?: Severity;
}

/** The matchers claimdiff adds to `expect`. */
export interface ClaimdiffMatchers<R = unknown> {
  /** Compares the articles and passes when no finding reaches `minSeverity` (default `warning`). */
  toBeConsistent(options?: ConsistencyOptions): R;
  /** Passes when the report has no finding at or above `minSeverity` (default `info`). */
  toHaveNoFindings(options?: NoFindingsOptions): R;
  /** Passes when the report has a finding of this detector (and code, when given). */
  toHaveFinding(expected: ExpectedFinding): R;
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-empty-object-type
  interface Matchers<T = any> extends ClaimdiffMatchers<T> {}
}

function asReport(received: unknown, matcher: string): Report {
  const r = received as Partial<Report> | null;
  if (typeof r !== 'object' || r === null || !Array.isArray(r.findings) || !Array.isArray(r.articles)) {
    throw new ClaimdiffError('E_INVALID_INPUT', `${matcher} expects a claimdiff report (the result of compare()), got ${describe(received)}`);
  }
  return r as Report;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

function plural(n: number): string {
  return `${n} finding${n === 1 ? '' : 's'}`;
}

/** The matcher implementations, exported for runners with a jest-compatible `expect.extend`. */
export const claimdiffMatchers = {
  toBeConsistent(received: unknown, options: ConsistencyOptions = {}) {
    if (!Array.isArray(received)) {
      throw new ClaimdiffError('E_INVALID_INPUT', `toBeConsistent expects an array of articles, got ${describe(received)}`);
    }
    const { minSeverity, ...compareOptions } = options;
    const level = checkSeverity(minSeverity ?? 'warning');
    const report = compare(received as ArticleInput[], compareOptions);
    const found = findingsAtLeast(report, level);
    return {
      pass: found.length === 0,
      message: () =>
        found.length === 0
          ? `expected the articles not to be consistent, but no finding reached ${level}`
          : `expected the articles to be consistent, but ${plural(found.length)} reached ${level}:\n${formatFindings(report, found)}`,
    };
  },

  toHaveNoFindings(received: unknown, options: NoFindingsOptions = {}) {
    const report = asReport(received, 'toHaveNoFindings');
    const level = checkSeverity(options.minSeverity ?? 'info');
    const found = findingsAtLeast(report, level);
    return {
      pass: found.length === 0,
      message: () =>
        found.length === 0
          ? `expected the report to have findings at or above ${level}, but it has none`
          : `expected the report to have no findings at or above ${level}, but it has ${plural(found.length)}:\n${formatFindings(report, found)}`,
    };
  },

  toHaveFinding(received: unknown, expected: ExpectedFinding) {
    const report = asReport(received, 'toHaveFinding');
    if (typeof expected !== 'object' || expected === null || typeof expected.detector !== 'string') {
      throw new ClaimdiffError('E_INVALID_OPTIONS', 'toHaveFinding expects { detector, code? } with a detector id string');
    }
    const wanted = expected.code === undefined ? expected.detector : `${expected.detector}/${expected.code}`;
    const matches = report.findings.filter(
      (f) => f.detector === expected.detector && (expected.code === undefined || f.code === expected.code),
    );
    return {
      pass: matches.length > 0,
      message: () =>
        matches.length > 0
          ? `expected the report to have no ${wanted} finding, but it has ${plural(matches.length)}:\n${formatFindings(report, matches)}`
          : report.findings.length === 0
            ? `expected the report to have a ${wanted} finding, but it has no findings at all`
            : `expected the report to have a ${wanted} finding; it has ${plural(report.findings.length)}:\n${formatFindings(report, report.findings)}`,
    };
  },
};

expect.extend(claimdiffMatchers);
