import { describe, expect, it } from 'vitest';
import '../../src/vitest/index.js';
import { claimdiffMatchers } from '../../src/vitest/index.js';
import { compare } from '../../src/pipeline.js';
import { A, B, C } from './fixtures.js';

function failure(fn: () => void): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the assertion to fail');
}

describe('toBeConsistent', () => {
  it('passes for articles that agree', () => {
    expect([A, B]).toBeConsistent();
  });

  it('fails with the findings listed like the terminal renderer', () => {
    const message = failure(() => expect([A, B, C]).toBeConsistent());
    expect(message).toContain('expected the articles to be consistent, but 2 findings reached warning');
    expect(message).toContain('WARNING name-variant/spelling');
    expect(message).toContain('c:30-42  "Anna Bergner"');
    expect(message).toContain('WARNING unsourced-claim/vague-source');
  });

  it.each([
    [{ minSeverity: 'error' as const }, true],
    [{ minSeverity: 'warning' as const }, false],
    [{ rules: { 'name-variant': 'off', 'unsourced-claim': 'off' } as const }, true],
    [{ rules: { 'name-variant': 'off' } as const }, false],
  ])('honours %j (passes: %s)', (options, passes) => {
    expect(claimdiffMatchers.toBeConsistent([A, B, C], options).pass).toBe(passes);
  });

  it('works negated', () => {
    expect([A, C]).not.toBeConsistent();
    expect(failure(() => expect([A, B]).not.toBeConsistent())).toContain('not to be consistent');
  });

  it.each([
    ['a report', () => compare([A, B])],
    ['a string', () => 'a'],
  ])('rejects %s instead of an array of articles', (_name, value) => {
    expect(() => expect(value()).toBeConsistent()).toThrow(/expects an array of articles/);
  });

  it('rejects a misspelt severity instead of never matching', () => {
    expect(() => expect([A, B]).toBeConsistent({ minSeverity: 'warn' as never })).toThrow(/minSeverity/);
  });
});

describe('toHaveNoFindings', () => {
  const clean = compare([A, B]);
  const dirty = compare([A, B, C], { rules: { 'unsourced-claim': 'info' } });

  it.each([
    ['clean, any severity', clean, undefined, true],
    ['dirty, any severity', dirty, undefined, false],
    ['dirty, at least warning', dirty, { minSeverity: 'warning' as const }, false],
    ['dirty, at least error', dirty, { minSeverity: 'error' as const }, true],
  ])('%s → pass %s', (_name, report, options, passes) => {
    expect(claimdiffMatchers.toHaveNoFindings(report, options).pass).toBe(passes);
  });

  it('lists only the findings at or above the level', () => {
    const message = failure(() => expect(dirty).toHaveNoFindings({ minSeverity: 'warning' }));
    expect(message).toContain('1 finding:');
    expect(message).toContain('name-variant/spelling');
    expect(message).not.toContain('unsourced-claim');
    expect(clean).toHaveNoFindings();
  });

  it('rejects something that is not a report', () => {
    expect(() => expect([A]).toHaveNoFindings()).toThrow(/expects a claimdiff report/);
  });
});

describe('toHaveFinding', () => {
  const report = compare([A, B, C]);

  it.each([
    [{ detector: 'name-variant' }, true],
    [{ detector: 'name-variant', code: 'spelling' }, true],
    [{ detector: 'name-variant', code: 'nope' }, false],
    [{ detector: 'single-source' }, false],
  ])('%j → pass %s', (expected, passes) => {
    expect(claimdiffMatchers.toHaveFinding(report, expected).pass).toBe(passes);
  });

  it('reads as a normal assertion, and its failure lists what the report has', () => {
    expect(report).toHaveFinding({ detector: 'unsourced-claim', code: 'vague-source' });
    expect(report).not.toHaveFinding({ detector: 'single-source' });
    const message = failure(() => expect(report).toHaveFinding({ detector: 'single-source' }));
    expect(message).toContain('expected the report to have a single-source finding; it has 2 findings');
    expect(message).toContain('name-variant/spelling');
    expect(failure(() => expect(compare([A, B])).toHaveFinding({ detector: 'name-variant' }))).toContain('no findings at all');
  });
});
