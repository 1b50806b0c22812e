import { describe, expect, it } from 'vitest';
import { assertConsistent } from '../../src/assert.js';
import { ClaimdiffError, isClaimdiffError } from '../../src/errors.js';
import { A, B, C } from './fixtures.js';

function thrown(fn: () => unknown): ClaimdiffError {
  try {
    fn();
  } catch (error) {
    if (isClaimdiffError(error)) return error;
    throw error;
  }
  throw new Error('expected assertConsistent to throw');
}

describe('assertConsistent', () => {
  it('returns the report when nothing reaches warning', () => {
    const report = assertConsistent([A, B]);
    expect(report.articles.map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('throws E_INCONSISTENT listing every finding the way the terminal renderer does', () => {
    const error = thrown(() => assertConsistent([A, B, C]));
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('E_INCONSISTENT');
    expect(error.message).toContain('2 findings reached warning');
    expect(error.message).toContain('WARNING name-variant/spelling');
    expect(error.message).toContain('c:86-127  "Experts say the bridge cost far too much."');
    expect((error.details['findings'] as unknown[]).length).toBe(2);
  });

  it.each([
    [{ minSeverity: 'error' as const }, false],
    [{ minSeverity: 'info' as const }, true],
    [{ rules: { 'name-variant': 'error' } as const, minSeverity: 'error' as const }, true],
    [{ rules: { 'name-variant': 'off', 'unsourced-claim': 'off' } as const }, false],
  ])('with %j throws: %s', (options, throws) => {
    if (throws) expect(() => assertConsistent([A, B, C], options)).toThrow(/E_INCONSISTENT|reached/);
    else expect(() => assertConsistent([A, B, C], options)).not.toThrow();
  });

  it.each([
    ['a misspelt severity', () => assertConsistent([A, B], { minSeverity: 'warn' as never }), 'E_INVALID_OPTIONS'],
    ['an unknown option', () => assertConsistent([A, B], { colour: true } as never), 'E_INVALID_OPTIONS'],
    ['articles that are not an array', () => assertConsistent('x' as never), 'E_INVALID_INPUT'],
  ])('reports %s as a caller mistake', (_name, fn, code) => {
    expect(thrown(fn).code).toBe(code);
  });
});
