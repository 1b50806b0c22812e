// The CLI never shows a stack trace: a user mistake is one line and exit 2, an internal error one line and exit 3.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/cli/main.js');
let dir = '';

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', ...(input !== undefined ? { input } : {}) });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const STACK_FRAME = /^\s+at .+[:(]/m;

describe.skipIf(!existsSync(cli))('CLI errors (built dist/)', () => {
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'claimdiff-fuzz-'));
    writeFileSync(path.join(dir, 'a.txt'), 'Die Stadt meldete am Montag einen Brand im Hafen.\n');
    writeFileSync(path.join(dir, 'b.json'), JSON.stringify([{ id: 'b', text: 42 }, { id: 'c', language: 'fr', text: 'x' }]));
    writeFileSync(path.join(dir, 'bad.json'), '{ "id": ');
    writeFileSync(path.join(dir, 'cfg.json'), JSON.stringify({ detectors: { 'no-such-rule': 'off' } }));
    // A config whose getter throws a plain TypeError: the one clean way to make the CLI meet an error it did not expect.
    writeFileSync(path.join(dir, 'boom.mjs'), 'export default { get failOn() { throw new TypeError("undefined is not a function"); } };\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports an internal error in one line with a hint to report it, exit 3', () => {
    const r = run(['compare', 'a.txt', '--config', 'boom.mjs']);
    expect(r.status).toBe(3);
    expect(r.stderr).toBe('claimdiff: internal error: undefined is not a function (please report this)\n');
    expect(r.stdout).toBe('');
  });

  it.each([
    // One bad article gives one line naming the file, the article and the field (several would all be listed).
    ['an invalid article, naming the file, article and field', ['compare', 'b.json'], /b\.json.*article "b", `text`: expected string, got number/],
    ['broken JSON', ['compare', 'bad.json'], /bad\.json/],
    ['an unknown detector in the config', ['compare', 'a.txt', '--config', 'cfg.json'], /no-such-rule/],
  ])('reports %s in one line, exit 2', (_name, args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it('never prints a stack trace for arbitrary arguments (20 cases)', () => {
    const word = fc.constantFrom(
      'compare', 'claims', 'schema', 'help', 'a.txt', 'b.json', 'bad.json', 'missing.txt', '-', '--format', 'json', 'sarif',
      'pdf', '--lang', 'de', 'fr', '--locale', '--fail-on', 'warning', 'loud', '--config', 'cfg.json', 'boom.json', '--out',
      '/no/such/dir/x', '-q', '--quiet', '-h', '--colour', '**/*.txt', '',
    );
    let cases = 0;
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), fc.string({ maxLength: 20 }), (args, stdin) => {
        cases++;
        const r = run(args, stdin);
        expect([0, 1, 2]).toContain(r.status);
        expect(r.stderr).not.toMatch(STACK_FRAME);
        if (r.status === 2) expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      }),
      { numRuns: 20 },
    );
    expect(cases).toBe(20);
  }, 120_000);
});
