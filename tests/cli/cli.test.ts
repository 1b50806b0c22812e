import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src/model/schema.js';
import { mergeReports } from '../../src/stories/merge.js';

// The CLI is tested as users run it: the built file, in a child process, from the repo root.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/cli/main.js');
let dir = '';

function run(args: string[], env: Record<string, string> = {}, input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    ...(input !== undefined ? { input } : {}),
  });
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
  // IPTC ninjs as news agencies ship it: the reader picks body and headline, the file name gives the id.
  const ninjs = (body: string) => ({ uri: 'urn:example:storm', headline: 'Storm', body_text: body, language: 'en-GB' });
  writeFileSync(f('ninjs.json'), JSON.stringify(ninjs(EN)));
  writeFileSync(f('ninjs-list.json'), JSON.stringify([ninjs(EN), { ...ninjs(DE), language: 'de' }]));
  writeFileSync(f('empty.txt'), '');
  writeFileSync(f('blank.txt'), '  \n\t\n');
  writeFileSync(f('binary.txt'), Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02]));
  writeFileSync(f('latin1.txt'), Buffer.from([0x48, 0xe4, 0x75, 0x73, 0x65, 0x72]));
  writeFileSync(f('broken.json'), '{"id": "a", "text": ');
  writeFileSync(f('invalid.json'), JSON.stringify({ id: 'bad', text: 5 }));
  writeFileSync(f('dup.json'), JSON.stringify({ id: 'en', text: EN }));
  mkdirSync(f('sub'));
  writeFileSync(f('sub/en.txt'), EN);
  mkdirSync(f('void'));
  writeFileSync(f('void/notes.pdf'), 'not an article');
  // A tree of sources: ids are paths relative to the directory; hidden folders and other extensions are skipped.
  for (const [name, text] of [
    ['tree/de/zeitung.txt', DE],
    ['tree/de/blatt.md', `# Sturm\n\n${DE}`],
    ['tree/en/paper.txt', EN],
    ['tree/en/deep/wire.json', JSON.stringify({ text: EN, language: 'en' })],
    ['tree/en/skip.pdf', 'x'],
    ['tree/.cache/hidden.txt', EN],
  ] as const) {
    mkdirSync(path.dirname(f(name)), { recursive: true });
    writeFileSync(f(name), text);
  }
  writeFileSync(f('cfg-off.json'), JSON.stringify({ detectors: { 'unsourced-claim': 'off', 'single-source': 'off' } }));
  writeFileSync(f('cfg-fail.json'), JSON.stringify({ failOn: 'info' }));
  writeFileSync(f('cfg-cjs.js'), `module.exports = { failOn: 'info' };\n`);
  writeFileSync(f('cfg-key.json'), JSON.stringify({ colour: true }));
  writeFileSync(f('cfg-id.json'), JSON.stringify({ detectors: { 'name-varient': 'off' } }));
  writeFileSync(f('cfg-error.mjs'), `export default { detectors: { 'unsourced-claim': 'error' }, locale: 'de' };\n`);
  writeFileSync(f('cfg-level.mjs'), `export default { detectors: { 'unsourced-claim': 'loud' } };\n`);
  writeFileSync(f('cfg-none.mjs'), `export const config = {};\n`);
  writeFileSync(f('cfg-throws.mjs'), `throw new Error('boom');\n`);
  mkdirSync(f('many'));
  for (let i = 1; i <= 6; i++) writeFileSync(f(`many/${i}.txt`), i % 2 ? EN : DE);
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
    ['sarif', (s: string) => (JSON.parse(s) as { version?: string }).version === '2.1.0'],
    ['annotations', (s: string) => Array.isArray(JSON.parse(s)) && s.includes('TextQuoteSelector')],
    ['claimreview', (s: string) => Array.isArray(JSON.parse(s))],
  ])('renders --format %s', (format, check) => {
    const r = run(['compare', f('en.txt'), f('de.txt'), '--format', format]);
    expect(r.status).toBe(0);
    expect(check(r.stdout)).toBe(true);
  });

  it('prints a ClaimReview for each finding given to --confirm, and refuses an id the report lacks', () => {
    const json = run(['compare', f('en.txt'), f('de.txt'), '--format', 'json']);
    const ids = (JSON.parse(json.stdout) as { findings: Array<{ id: string }> }).findings.map((x) => x.id);
    expect(ids.length).toBeGreaterThan(1);
    const r = run(['compare', f('en.txt'), f('de.txt'), '--format', 'claimreview', '--confirm', `${ids[0]},${ids[1]}`]);
    expect(r.status).toBe(0);
    const reviews = JSON.parse(r.stdout) as Array<{ '@type': string }>;
    expect(reviews.map((x) => x['@type'])).toEqual(['ClaimReview', 'ClaimReview']);
    const typo = run(['compare', f('en.txt'), f('de.txt'), '--format', 'claimreview', '--confirm', 'no-such-finding']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('no-such-finding');
    const wrongFormat = run(['compare', f('en.txt'), f('de.txt'), '--format', 'json', '--confirm', ids[0]!]);
    expect(wrongFormat.status).toBe(2);
    expect(wrongFormat.stderr).toContain('--confirm');
  });

  it.each([
    [['de2.md', 'page.html'], ['de2', 'page']],
    [['one.json', 'en.txt'], ['en', 'one']],
    [['many.json'], ['x1', 'x2']],
    [['ninjs.json', 'en.txt'], ['en', 'ninjs']],
    [['ninjs-list.json'], ['ninjs-list-1', 'ninjs-list-2']],
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

  it('passes --stories to compare: split, two unrelated articles are checked apart', () => {
    writeFileSync(f('ferry.txt'), 'Die Fähre „Nordlicht“ ist am Dienstag im Hafen von Sassnitz auf Grund gelaufen. Alle 212 Passagiere blieben unverletzt, teilte die Reederei Baltic Lines mit.');
    writeFileSync(f('choir.txt'), 'Der Kammerchor Lübeck hat den Landeschorwettbewerb in Kiel gewonnen. Der Preis ist mit 5000 Euro dotiert, teilte der Chorverband mit.');
    const singleSource = (mode: string) => {
      const r = JSON.parse(run(['compare', f('ferry.txt'), f('choir.txt'), '--format', 'json', '--stories', mode]).stdout);
      return r.findings.filter((x: { detector: string }) => x.detector === 'single-source').length;
    };
    // Checked together, each article's statements are ones the other does not make; apart, there is no other source.
    expect(singleSource('one')).toBeGreaterThan(0);
    expect(singleSource('split')).toBe(0);
  });

  it('streams one JSON report per story with --format ndjson, which join into the json report', () => {
    writeFileSync(f('ferry2.txt'), 'Die Reederei Baltic Lines meldet: Die Fähre „Nordlicht“ liegt seit Dienstag vor Sassnitz fest. Alle 212 Passagiere sind an Land, sagte Kapitän Jens Albrecht.');
    writeFileSync(f('ferry3.txt'), 'Vor Sassnitz ist die Fähre „Nordlicht“ der Reederei Baltic Lines auf Grund gelaufen. Kapitän Jens Albrecht zufolge wurden alle 221 Passagiere an Land gebracht.');
    writeFileSync(f('choir2.txt'), 'Der Kammerchor Lübeck gewinnt in Kiel den Landeschorwettbewerb und 5000 Euro Preisgeld.');
    const inputs = [f('ferry2.txt'), f('ferry3.txt'), f('choir2.txt'), f('en.txt')];
    const r = run(['compare', ...inputs, '--format', 'ndjson', '--stories', 'split']);
    expect(r.status).toBe(0);
    expect(r.stdout.endsWith('\n')).toBe(true);
    const lines = r.stdout.trimEnd().split('\n');
    // The two ferry reports are one story; the choir and the storm are stories of their own.
    expect(lines).toHaveLength(3);
    const parts = lines.map((l) => ReportSchema.parse(JSON.parse(l)));
    expect(parts.map((p) => p.articles.map((a) => a.id))).toEqual([['choir2'], ['en'], ['ferry2', 'ferry3']]);
    // Within a story the sources are still checked against each other: the ferry reports disagree on the count.
    expect(parts[2]?.findings.some((x) => x.detector === 'numeric-mismatch')).toBe(true);
    const whole = JSON.parse(run(['compare', ...inputs, '--format', 'json', '--stories', 'split']).stdout);
    expect(mergeReports(parts)).toEqual(whole);
    // To a file, the same lines and nothing on stdout; the exit code follows --fail-on as with one report.
    const out = f('stories.ndjson');
    const toFile = run(['compare', ...inputs, '--format', 'ndjson', '--stories', 'split', '--out', out, '--fail-on', 'info']);
    expect(toFile.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(r.stdout);
    expect(toFile.status).toBe(run(['compare', ...inputs, '--format', 'json', '--stories', 'split', '--fail-on', 'info']).status);
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
    ['a directory without article files', () => ['compare', f('void'), f('en.txt')], 'no article files'],
    ['a glob that matches nothing', () => ['compare', f('*.pdf')], 'no article files match'],
    ['a directory given to claims', () => ['claims', f('tree')], 'claims takes one article'],
    ['stdin given twice', () => ['compare', '-', '-'], '"-" (stdin) given twice'],
    ['an unknown locale', () => ['compare', f('en.txt'), '--locale', 'fr'], 'unknown locale "fr"'],
    ['an unknown claims format', () => ['claims', f('en.txt'), '--format', 'html'], 'unknown format "html" for claims'],
    ['a missing config file', () => ['compare', f('en.txt'), '--config', f('nope.json')], 'nope.json'],
    ['a config that is not JSON', () => ['compare', f('en.txt'), '--config', f('broken.json')], 'invalid JSON in config'],
    ['a config with an unknown key', () => ['compare', f('en.txt'), '--config', f('cfg-key.json')], 'Unrecognized key: "colour"'],
    ['a config with an unknown detector', () => ['compare', f('en.txt'), '--config', f('cfg-id.json')], 'unknown detector id "name-varient"'],
    ['a config with a bad level', () => ['compare', f('en.txt'), '--config', f('cfg-level.mjs')], 'cfg-level.mjs'],
    ['a JS config without a default export', () => ['compare', f('en.txt'), '--config', f('cfg-none.mjs')], 'no default export'],
    ['a JS config that throws', () => ['compare', f('en.txt'), '--config', f('cfg-throws.mjs')], 'cannot load config'],
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
    ['an unknown --stories mode', () => ['compare', f('en.txt'), '--stories', 'topics'], 'unknown --stories mode "topics"'],
    ['ndjson with --workers', () => ['compare', f('en.txt'), '--format', 'ndjson', '--workers', '2'], 'drop --workers'],
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

const ids = (stdout: string): string[] => ReportSchema.parse(JSON.parse(stdout)).articles.map((a) => a.id);

describe('claimdiff compare inputs (built)', () => {
  it('reads a directory recursively, with ids relative to it, skipping hidden folders and other extensions', () => {
    const r = run(['compare', f('tree'), '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(ids(r.stdout)).toEqual(['de/blatt', 'de/zeitung', 'en/deep/wire', 'en/paper']);
  });

  it.each([
    ['tree/**/*.txt', ['de/zeitung', 'en/paper']],
    ['tree/*/*.md', ['de/blatt']],
    ['tree/en/**', ['deep/wire', 'paper']],
    ['tree/de/z?itung.*', ['zeitung']],
    ['many/?.txt', ['1', '2', '3', '4', '5', '6']],
  ])('expands the glob %s itself (no shell involved)', (pattern, want) => {
    const r = run(['compare', f(pattern), '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(ids(r.stdout)).toEqual(want);
  });

  it.each([
    ['plain text', EN, 'text'],
    ['HTML', `<!doctype html><html><body><h1>Storm</h1><p>${EN}</p></body></html>`, 'html'],
    ['a JSON article', JSON.stringify({ id: 'wire', text: EN }), 'json'],
    ['a JSON array', JSON.stringify([{ id: 'w1', text: EN }, { id: 'w2', text: DE }]), 'json'],
  ])('reads %s from stdin with -', (_name, input, kind) => {
    const r = run(['compare', '-', f('de.txt'), '--format', 'json'], {}, input);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const got = ids(r.stdout);
    if (kind === 'json') expect(got.some((id) => id.startsWith('w'))).toBe(true);
    else expect(got).toEqual(['de', 'stdin']);
    if (kind === 'html') {
      const report = ReportSchema.parse(JSON.parse(r.stdout));
      expect(report.claims.filter((c) => c.articleId === 'stdin').every((c) => !c.text.includes('<'))).toBe(true);
    }
  });

  it.each([
    ['empty stdin', '', 'stdin" is empty'],
    ['broken JSON on stdin', '{"text": ', 'invalid JSON in "stdin"'],
  ])('exits 2 for %s', (_name, input, needle) => {
    const r = run(['compare', '-', f('de.txt')], {}, input);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(needle);
  });
});

describe('claimdiff compare --config (built)', () => {
  const findings = (stdout: string) => ReportSchema.parse(JSON.parse(stdout)).findings;

  it('turns detectors off from a JSON config', () => {
    const all = findings(run(['compare', f('en.txt'), f('de.txt'), '--format', 'json']).stdout);
    expect(all.some((x) => x.detector === 'unsourced-claim')).toBe(true);
    const r = run(['compare', f('en.txt'), f('de.txt'), '--format', 'json', '--config', f('cfg-off.json')]);
    expect(r.status).toBe(0);
    const left = findings(r.stdout);
    expect(left.some((x) => x.detector === 'unsourced-claim' || x.detector === 'single-source')).toBe(false);
    expect(left.length).toBeLessThan(all.length);
  });

  it('overrides severities and the message language from the default export of an .mjs config', () => {
    const r = run(['compare', f('en.txt'), f('de.txt'), '--format', 'json', '--config', f('cfg-error.mjs')]);
    expect(r.status).toBe(0);
    const unsourced = findings(r.stdout).filter((x) => x.detector === 'unsourced-claim');
    expect(unsourced.length).toBeGreaterThan(0);
    for (const x of unsourced) expect(x.severity).toBe('error');
    const english = findings(run(['compare', f('en.txt'), f('de.txt'), '--format', 'json']).stdout);
    expect(unsourced[0]?.message).not.toBe(english.find((x) => x.id === unsourced[0]?.id)?.message);
  });

  it('takes failOn from the config, and --fail-on wins over it', () => {
    expect(run(['compare', f('en.txt'), f('de.txt'), '--quiet', '--config', f('cfg-fail.json')]).status).toBe(1);
    expect(run(['compare', f('en.txt'), f('de.txt'), '--quiet', '--config', f('cfg-cjs.js')]).status).toBe(1);
    expect(run(['compare', f('en.txt'), f('de.txt'), '--quiet', '--config', f('cfg-fail.json'), '--fail-on', 'none']).status).toBe(0);
  });

  it('prints a config error as one line naming the file and the field', () => {
    const r = run(['compare', f('en.txt'), '--config', f('cfg-level.mjs')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('cfg-level.mjs');
    expect(r.stderr).toContain('detectors["unsourced-claim"]');
  });
});

describe('claimdiff claims (built)', () => {
  it('prints readable text with --format text', () => {
    const r = run(['claims', f('en.txt'), '--format', 'text']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toContain('en (en)');
    expect(r.stdout).toContain('attribution: vague-group');
    expect(r.stdout).toMatch(/quantities: "more than 200" = /);
  });

  it('reads the article from stdin', () => {
    const r = run(['claims', '-'], {}, DE);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 'stdin', language: 'de' });
  });
});

// `script` (util-linux) runs the CLI on a pseudo-terminal, the only honest way to see what a terminal user sees.
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

describe('claimdiff progress bar (built)', () => {
  // A function: the temp dir only exists once beforeAll has run.
  const six = (): string[] => Array.from({ length: 6 }, (_, i) => f(`many/${i + 1}.txt`));

  it('writes nothing to stderr when stderr is piped, even for many files', () => {
    const r = run(['compare', ...six(), '--format', 'json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });

  it.skipIf(!hasScript).each([
    [6, [], true],
    [5, [], false],
    [6, ['--quiet'], false],
  ])('on a terminal with %i files and %j draws a bar: %s', (count, extra, drawn) => {
    const out = f(`tty-${count}.json`);
    const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    const command = [process.execPath, cli, 'compare', ...six().slice(0, count), '--format', 'json', '--out', out, ...extra].map(quote).join(' ');
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.includes('\r6/6 [####')).toBe(drawn);
    if (drawn) expect(r.stdout).toContain('\u001b[K');
    // The report itself is untouched by the bar.
    expect(ids(readFileSync(out, 'utf8'))).toHaveLength(count);
  });
});
