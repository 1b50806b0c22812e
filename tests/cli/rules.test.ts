import { describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import { builtinDetectors, defineDetector } from '../../src/detect/index.js';
import { ClaimdiffError } from '../../src/errors.js';
import { A, B, C } from '../vitest/fixtures.js';

const detectorsOf = (r: ReturnType<typeof compare>) => [...new Set(r.findings.map((f) => f.detector))].sort();

describe('compare({ rules })', () => {
  const base = compare([A, B, C]);

  it('finds a name variant and a vague source without rules (fixture check)', () => {
    expect(detectorsOf(base)).toEqual(['name-variant', 'unsourced-claim']);
  });

  it.each([
    [{ 'name-variant': 'off' }, ['unsourced-claim']],
    [{ 'unsourced-claim': 'off' }, ['name-variant']],
    [{ 'name-variant': 'off', 'unsourced-claim': 'off' }, []],
    [{ 'single-source': 'off' }, ['name-variant', 'unsourced-claim']],
  ] as const)('%j leaves findings of %j', (rules, left) => {
    expect(detectorsOf(compare([A, B, C], { rules }))).toEqual(left);
  });

  it.each(['info', 'warning', 'error'] as const)('overrides the severity of every finding of a detector to %s', (level) => {
    const report = compare([A, B, C], { rules: { 'name-variant': level } });
    const named = report.findings.filter((f) => f.detector === 'name-variant');
    expect(named.length).toBeGreaterThan(0);
    for (const f of named) expect(f.severity).toBe(level);
    // Other detectors keep their own severity.
    const other = (r: typeof report) => r.findings.filter((f) => f.detector !== 'name-variant').map((f) => f.severity);
    expect(other(report)).toEqual(other(base));
  });

  it('does not change the detector objects it wraps', () => {
    const before = builtinDetectors.map((d) => d.severity);
    compare([A, C], { rules: { 'name-variant': 'error' } });
    expect(builtinDetectors.map((d) => d.severity)).toEqual(before);
    expect(compare([A, C]).findings.find((f) => f.detector === 'name-variant')?.severity).toBe('warning');
  });

  it('applies to user detectors passed in `detectors`', () => {
    const mine = defineDetector({
      id: 'always',
      description: 'one finding per run',
      severity: 'info',
      detect: () => [{ code: 'x', claimIds: [], evidence: [], data: {}, message: 'always' }],
    });
    const report = compare([A, B], { detectors: [mine], rules: { always: 'error' } });
    expect(report.findings.map((f) => [f.detector, f.severity])).toEqual([['always', 'error']]);
    expect(compare([A, B], { detectors: [mine], rules: { always: 'off' } }).findings).toEqual([]);
  });

  it.each([
    ['an unknown detector id', { rules: { 'name-varient': 'off' } }, 'unknown detector id "name-varient"'],
    ['a builtin id when only user detectors run', { detectors: [], rules: { 'name-variant': 'off' } }, '"name-variant"'],
    ['an unknown level', { rules: { 'name-variant': 'loud' } }, 'rules'],
    ['rules that are not an object', { rules: ['name-variant'] }, 'rules'],
  ])('rejects %s with E_INVALID_OPTIONS naming it', (_name, options, needle) => {
    let error: unknown;
    try {
      compare([A, B], options as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ClaimdiffError);
    expect((error as ClaimdiffError).code).toBe('E_INVALID_OPTIONS');
    expect((error as ClaimdiffError).message).toContain(needle);
  });
});

describe('compare({ onProgress })', () => {
  it('reports each article once, in id order, with the total', () => {
    const calls: [number, number, string][] = [];
    compare([C, A, B], { onProgress: (done, total, id) => calls.push([done, total, id]) });
    expect(calls).toEqual([
      [1, 3, 'a'],
      [2, 3, 'b'],
      [3, 3, 'c'],
    ]);
  });

  it('rejects a value that is not a function', () => {
    expect(() => compare([A, B], { onProgress: 5 } as never)).toThrow(/onProgress/);
  });
});
