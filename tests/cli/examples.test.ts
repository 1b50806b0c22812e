import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The examples are run the way a newcomer runs them: node on the .mjs file, against the built package.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = mkdtempSync(path.join(tmpdir(), 'claimdiff-examples-'));

// A vitest child must not think it is a worker of this run.
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_OPTIONS' && k !== 'FORCE_COLOR')),
  NO_COLOR: '1',
};

function node(args: string[]) {
  return spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env, timeout: 60000 });
}

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('examples (built)', () => {
  it('pipeline-json-folder.mjs prints one JSON line per finding and exits 1 on an error', () => {
    const r = node(['examples/pipeline-json-folder.mjs']);
    expect(r.stderr).toContain('3 articles');
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const names = lines.find((l) => l['detector'] === 'name-variant');
    expect(names?.['severity']).toBe('error');
    // Evidence offsets point into the text of the JSON file they came from.
    const texts: Record<string, string> = {};
    for (const id of ['abendpost', 'valley-herald', 'talradio']) {
      texts[id] = (JSON.parse(readFileSync(path.join(root, 'examples/json', `${id}.json`), 'utf8')) as { text: string }).text;
    }
    for (const e of names?.['evidence'] as { articleId: string; start: number; end: number; text: string }[]) {
      expect(texts[e.articleId]?.slice(e.start, e.end)).toBe(e.text);
    }
    expect(lines.some((l) => l['detector'] === 'single-source')).toBe(false);
  });

  it('html-report.mjs writes one self-contained HTML file', () => {
    const file = path.join(out, 'report.html');
    const r = node(['examples/html-report.mjs', file]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(file);
    const html = readFileSync(file, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    for (const id of ['harbour-times', 'lindenau-kurier', 'nachrichten-nord']) expect(html).toContain(id);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="https?:/);
  });

  it('compare-articles.mjs still prints the Markdown report', () => {
    const r = node(['examples/compare-articles.mjs']);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('# claimdiff report')).toBe(true);
  });

  it('consistency.test.ts passes under its own vitest config, using the claimdiff/vitest matchers', () => {
    const r = node([path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'examples/vitest.config.mjs']);
    const output = r.stdout + r.stderr;
    expect(output).toContain('consistency.test.ts');
    expect(output).toMatch(/Tests\s+\S*3 passed/);
    expect(r.status).toBe(0);
  });
});
