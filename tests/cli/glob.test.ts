import { describe, expect, it } from 'vitest';
import { hasGlobMagic, matchPath, matchSegment, splitGlob } from '../../src/cli/glob.js';

describe('matchSegment', () => {
  it.each([
    ['*.txt', 'a.txt', true],
    ['*.txt', '.txt', false],
    ['*.txt', 'a.txt.bak', false],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['*', 'anything', true],
    ['*', '.hidden', false],
    ['.*', '.hidden', true],
    ['s*gel*', 'spiegel-online', true],
    ['*a*b', 'aaab', true],
    ['*a*b', 'aaa', false],
    ['', '', true],
    ['x', '', false],
  ])('%j vs %j → %s', (pattern, name, want) => {
    expect(matchSegment(pattern, name)).toBe(want);
  });

  it('stays fast on a pattern that makes a backtracking regex blow up', () => {
    const name = 'a'.repeat(5000);
    const start = performance.now();
    expect(matchSegment('*a*a*a*a*a*a*b', name)).toBe(false);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('matchPath', () => {
  it.each([
    [['**', '*.txt'], ['a.txt'], true],
    [['**', '*.txt'], ['x', 'y', 'a.txt'], true],
    [['**', '*.txt'], ['x', 'y', 'a.md'], false],
    [['**', '*.txt'], ['.git', 'a.txt'], false],
    [['*', '*.json'], ['de', 'a.json'], true],
    [['*', '*.json'], ['a.json'], false],
    [['*', '*.json'], ['de', 'x', 'a.json'], false],
    [['de', '**'], ['de', 'x', 'y.txt'], true],
    [['de', '**'], ['en', 'y.txt'], false],
    [['a', '**', 'b', '*.txt'], ['a', 'b', 'c.txt'], true],
    [['a', '**', 'b', '*.txt'], ['a', 'x', 'b', 'c.txt'], true],
    [['a', '**', 'b', '*.txt'], ['a', 'x', 'c.txt'], false],
  ])('%j matches %j → %s', (pattern, path, want) => {
    expect(matchPath(pattern, path)).toBe(want);
  });
});

describe('splitGlob', () => {
  it.each([
    ['news/**/*.txt', { base: 'news', segments: ['**', '*.txt'], maxDepth: Infinity }],
    ['*.txt', { base: '.', segments: ['*.txt'], maxDepth: 1 }],
    ['a/b/c?.md', { base: 'a/b', segments: ['c?.md'], maxDepth: 1 }],
    ['/data/*/x.json', { base: '/data', segments: ['*', 'x.json'], maxDepth: 2 }],
    ['a/**/**/*.txt', { base: 'a', segments: ['**', '*.txt'], maxDepth: Infinity }],
  ])('%s', (pattern, want) => {
    expect(splitGlob(pattern)).toEqual(want);
  });

  it.each([
    ['a.txt', false],
    ['*.txt', true],
    ['a?.txt', true],
    ['dir/sub', false],
  ])('hasGlobMagic(%j) is %s', (arg, want) => {
    expect(hasGlobMagic(arg)).toBe(want);
  });
});
