import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src/model/schema.js';

// The CLI is tested as users run it: the built file, in a child process, from the repo root.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/cli/main.js');
let dir = '';

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const f = (name: string): string => path.join(dir, name);

const EN = `Storm closes ports along the North Sea coast

A storm forced the ports of Hamburg and Bremerhaven to close on Tuesday, the harbour authority said.
Experts say more than 200 ships were delayed. Officials expect the ports to reopen on Thursday.
`;
const DE = `Sturm legt Häfen an der Nordsee lahm

Ein Sturm hat am Dienstag die Häfen in Hamburg und Bremerhaven geschlossen, teilte die Hafenbehörde mit.
Experten zufolge wurden mehr als 200 Schiffe aufgehalten. Die Behörden rechnen mit einer Öffnung am Donnerstag.
`;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'claimdiff-cli-'));
  writeFileSync(f('en.txt'), EN);
  writeFileSync(f('de.txt'), DE);
  writeFileSync(f('de2.md'), `# Sturm an der Küste\n\nEin **Sturm** hat am Dienstag die Häfen geschlossen.\n`);
  writeFileSync(f('page.html'), `<html><body><h1>Sturm</h1><p>Ein Sturm hat am Dienstag die Häfen geschlossen.</p></body></html>`);
  writeFileSync(f('one.json'), JSON.stringify({ text: DE, language: 'de' }));
  writeFileSync(f('many.json'), JSON.stringify([{ id: 'x1', text: EN }, { id: 'x2', text: DE, language: 'de' }]));
  writeFileSync(f('empty.txt'), '');
  writeFileSync(f('blank.txt'), '  \n\t\n');
  writeFileSync(f('binary.txt'), Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02]));
  writeFileSync(f('latin1.txt'), Buffer.from([0x48, 0xe4, 0x75, 0x73, 0x65, 0x72]));
  writeFileSync(f('broken.json'), '{"id": "a", "text": ');
  writeFileSync(f('invalid.json'), JSON.stringify({ id: 'bad', text: 5 }));
  writeFileSync(f('dup.json'), JSON.stringify({ id: 'en', text: EN }));
  mkdirSync(f('sub'));
  writeFileSync(f('sub/en.txt'), EN);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('claimdiff CLI (built)', () => {
  it('is built (run `npx tsup` or `npm run build` first)', () => {
    expect(existsSync(cli)).toBe(true);
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('compares text files and prints plain text when stdout is not a terminal', () => {
    const r = run(['compare', f('en.txt'), f('de.txt')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('2 articles compared (de, en)');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('emits a JSON report that validates, with spans inside the original file content', () => {
    const r = run(['compare', f('en.txt'), f('de.txt'), '--format', 'json']);
    expect(r.status).toBe(0);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.articles.map((a) => a.id)).toEqual(['de', 'en']);
    const lengths: Record<string, number> = { de: DE.length, en: EN.length };
    for (const c of report.claims) expect(c.span.end).toBeLessThanOrEqual(lengths[c.articleId] ?? -1);
    for (const finding of report.findings) {
      for (const e of finding.evidence) expect(e.span.end).toBeLessThanOrEqual(lengths[e.articleId] ?? -1);
    }
  });

  it.each([
    ['markdown', (s: string) => s.startsWith('# claimdiff report\n') && s.includes('| de |')],
    ['html', (s: string) => s.startsWith('<!DOCTYPE html>') && s.includes('</html>')],
    ['text', (s: string) => s.startsWith('claimdiff: 2 articles compared')],
  ])('renders --format %s', (format, check) => {
    const r = run(['compare', f('en.txt'), f('de.txt'), '--format', format]);
    expect(r.status).toBe(0);
    expect(check(r.stdout)).toBe(true);
  });

  it.each([
    [['de2.md', 'page.html'], ['de2', 'page']],
    [['one.json', 'en.txt'], ['en', 'one']],
    [['many.json'], ['x1', 'x2']],
  ])('reads %j as articles %j', (files, ids) => {
    const r = run(['compare', ...files.map(f), '--format', 'json', '--lang', 'de']);
    expect(r.status).toBe(0);
    expect(ReportSchema.parse(JSON.parse(r.stdout)).articles.map((a) => a.id)).toEqual(ids);
  });

  it.each(['info', 'warning', 'error'])('exits 1 exactly when a finding reaches --fail-on %s', (level) => {
    const rank = ['info', 'warning', 'error'];
    const r = run(['compare', f('en.txt'), f('de.txt'), '--format', 'json', '--fail-on', level]);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    const reaches = report.findings.some((x) => rank.indexOf(x.severity) >= rank.indexOf(level));
    expect(r.status).toBe(reaches ? 1 : 0);
  });

  it('exits 0 without --fail-on, whatever it finds', () => {
    expect(run(['compare', f('en.txt'), f('de.txt'), f('many.json')]).status).toBe(0);
  });

  it('writes the report to --out and nothing to stdout', () => {
    const out = f('report.md');
    const r = run(['compare', f('en.txt'), f('de.txt'), '--format', 'markdown', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8').startsWith('# claimdiff report')).toBe(true);
  });

  it('prints nothing with --quiet', () => {
    const r = run(['compare', f('en.txt'), f('de.txt'), '--quiet']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
  });

  it.each([
    ['a missing file', () => ['compare', f('nope.txt'), f('en.txt')], 'nope.txt'],
    ['an empty file', () => ['compare', f('empty.txt'), f('en.txt')], 'empty.txt'],
    ['a whitespace-only file', () => ['compare', f('blank.txt'), f('en.txt')], 'blank.txt'],
    ['a binary file', () => ['compare', f('binary.txt'), f('en.txt')], 'binary.txt'],
    ['a file that is not UTF-8', () => ['compare', f('latin1.txt'), f('en.txt')], 'latin1.txt'],
    ['a directory', () => ['compare', f('sub'), f('en.txt')], 'sub'],
    ['invalid JSON', () => ['compare', f('broken.json')], 'broken.json'],
    ['a JSON article that fails validation', () => ['compare', f('invalid.json')], '`text`: expected string, got number'],
    ['duplicate ids', () => ['compare', f('en.txt'), f('sub/en.txt')], 'duplicate article id "en"'],
    ['duplicate ids across JSON and text', () => ['compare', f('dup.json'), f('en.txt')], 'duplicate article id "en"'],
    ['no files', () => ['compare'], 'no files'],
    ['no command', () => [], 'no command'],
    ['an unknown command', () => ['diff', f('en.txt')], 'unknown command "diff"'],
    ['an unknown flag', () => ['compare', f('en.txt'), '--colour'], 'unknown option "--colour"'],
    ['an unknown format', () => ['compare', f('en.txt'), '--format', 'pdf'], 'unknown format "pdf"'],
    ['a missing format value', () => ['compare', f('en.txt'), '--format'], '--format'],
    ['an unknown --fail-on level', () => ['compare', f('en.txt'), '--fail-on', 'fatal'], '"fatal"'],
    ['an unknown language', () => ['compare', f('en.txt'), '--lang', 'fr'], 'unknown language "fr"'],
    ['claims with two files', () => ['claims', f('en.txt'), f('de.txt')], 'exactly one file'],
  ])('exits 2 with one line on stderr for %s', (_name, args, needle) => {
    const r = run(args());
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.endsWith('\n')).toBe(true);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.startsWith('claimdiff: ')).toBe(true);
    expect(lines[0]).toContain(needle);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints the claim records of one article as JSON', () => {
    const r = run(['claims', f('de.txt'), '--lang', 'de']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(out['id']).toBe('de');
    expect(out['language']).toBe('de');
    expect(Array.isArray(out['sentences'])).toBe(true);
    expect(Array.isArray(out['claims'])).toBe(true);
    expect(out).not.toHaveProperty('document');
  });

  it('prints the report JSON Schema', () => {
    const r = run(['schema']);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout) as { $schema?: string; properties?: Record<string, unknown> };
    expect(schema.$schema).toContain('2020-12');
    expect(Object.keys(schema.properties ?? {})).toEqual(expect.arrayContaining(['articles', 'claims', 'findings']));
  });

  it.each([
    [['--help'], 'claimdiff compare'],
    [['-h'], 'claimdiff compare'],
    [['compare', '--help'], '--fail-on'],
    [['claims', '-h'], 'claimdiff claims'],
    [['schema', '--help'], 'JSON Schema'],
    [['help', 'compare'], '--format'],
  ])('shows help for %j with an example', (args, needle) => {
    const r = run(args);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage');
    expect(r.stdout).toContain('Example');
    expect(r.stdout).toContain(needle);
  });

  it('prints the package version', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    const r = run(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });
});
