import { execSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../src/pipeline.js';
import { builtinDetectors, defineDetector } from '../src/detect/index.js';
import { closeWorkers, compareParallel, defaultWorkers, extractParallel } from '../src/parallel.js';
import { extractClaims } from '../src/pipeline.js';
import type { ArticleInput } from '../src/model/schema.js';
import { packBatch, unpackBatch } from '../src/workers/transfer.js';
import { mapperRuns } from '../src/normalize/offsets.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const worker = join(root, 'dist/worker.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function folder(dir: string, prefix = ''): ArticleInput[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: prefix + f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8') }));
}

const examples = folder(join(root, 'examples/articles'));
const storiesDir = join(root, 'tests/fixtures/stories');
const stories = ['council-vote', 'bvg-warnstreik', 'eastmere-flood', 'celdra-battery-plant'].filter((s) => existsSync(join(storiesDir, s)));

// My own small articles: a name spelt two ways, a changed number, an unsourced claim, in both languages.
const own: ArticleInput[] = [
  { id: 'de-a', text: 'Bürgermeisterin Karin Vogt sagte am Montag, der Neubau koste 12 Millionen Euro.\n\nKritiker halten das für zu teuer.' },
  { id: 'de-b', text: 'Der Neubau kostet nach Angaben von Bürgermeisterin Karin Voigt 14 Millionen Euro.\n\nExperten warnen vor Verzögerungen.' },
  { id: 'en-a', text: 'Mayor Dana Whitfield said on Tuesday that 300 homes were flooded.\n\nIt is widely believed the levee failed.' },
  { id: 'en-b', text: 'About 350 homes were flooded, Mayor Dana Whitfeld told reporters.', publishedAt: '2025-03-04' },
];

describe('compareParallel', () => {
  beforeAll(() => {
    // The worker thread loads the built file: build it when it is missing or older than the sources.
    if (!existsSync(worker) || statSync(worker).mtimeMs < newestSource(join(root, 'src'))) {
      execSync('npx tsup --silent', { cwd: root, stdio: 'ignore' });
    }
  }, 180_000);
  afterAll(() => closeWorkers());

  const equalCases: Array<[string, ArticleInput[], number]> = [
    ['the example articles, 2 workers', examples, 2],
    ['the example articles, 1 worker', examples, 1],
    ['own German and English articles, 3 workers', own, 3],
    ...stories.map((s): [string, ArticleInput[], number] => [`story ${s}, 2 workers`, folder(join(storiesDir, s)), 2]),
  ];
  it.each(equalCases)('gives the same report as compare: %s', async (_name, articles, workers) => {
    const single = compare([...articles]);
    const parallel = await compareParallel([...articles], { workers });
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(single));
    expect(parallel.claims.length).toBeGreaterThan(0);
  }, 60_000);

  it('gives the same report for all stories at once, passed in reverse order, with many small batches', async () => {
    const all = stories.flatMap((s) => folder(join(storiesDir, s), `${s}/`));
    const tiny = Array.from({ length: 250 }, (_, i) => ({ id: `tiny-${String(i).padStart(3, '0')}`, text: `Der Stadtrat beschloss ${i} neue Stellen.` }));
    const articles = [...examples, ...all, ...tiny];
    const single = compare(articles);
    const parallel = await compareParallel([...articles].reverse(), { workers: 2 });
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(single));
  }, 120_000);

  it.each([
    ['German messages', { locale: 'de' as const }],
    ['a rule that turns a detector off', { rules: { 'single-source': 'off' as const } }],
    ['a gazetteer', { gazetteer: ['Karin Vogt', 'Dana Whitfield'] }],
    ['an assumed language', { language: 'en' as const }],
    ['extra word lists', { words: { de: { 'extract.vagueSources': ['Stammtischbrüder'] }, en: { 'extract.vagueSources': ['pundits'] } } }],
  ])('passes the options of compare through: %s', async (_name, options) => {
    const single = compare(own, options);
    const parallel = await compareParallel(own, { ...options, workers: 2 });
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(single));
    // Story by story, the options cross to the threads that compare the stories.
    const split = { ...options, stories: 'split' as const };
    expect(JSON.stringify(await compareParallel(own, { ...split, workers: 2 }))).toBe(JSON.stringify(compare(own, split)));
  }, 60_000);

  it('compares stories in the pool, and runs a detector of the caller\'s in this thread', async () => {
    const all = stories.flatMap((s) => folder(join(storiesDir, s), `${s}/`));
    const split = { stories: 'split' as const };
    expect(JSON.stringify(await compareParallel(all, { ...split, workers: 1 }))).toBe(JSON.stringify(compare(all, split)));
    // A function cannot cross to a thread: with a custom detector the stories are compared here, with the same result.
    const seen: string[] = [];
    const counting = defineDetector({
      id: 'count-articles',
      description: 'Counts the articles of each run.',
      severity: 'info',
      detect: (alignment) => {
        seen.push(alignment.articles.map((a) => a.id).join(','));
        return [];
      },
    });
    const withOwn = { ...split, detectors: [...builtinDetectors, counting] };
    expect(JSON.stringify(await compareParallel(all, { ...withOwn, workers: 2 }))).toBe(JSON.stringify(compare(all, withOwn)));
    expect(seen.length).toBeGreaterThan(2);
  }, 120_000);

  it('reports progress once per article, ending at the total', async () => {
    const seen: Array<[number, number, string]> = [];
    await compareParallel(own, { workers: 2, onProgress: (done, total, id) => seen.push([done, total, id]) });
    expect(seen.map(([d]) => d)).toEqual([1, 2, 3, 4]);
    expect(seen.every(([, t]) => t === 4)).toBe(true);
    expect(seen.map(([, , id]) => id).sort()).toEqual(own.map((a) => a.id).sort());
  }, 60_000);

  it.each([1, 2])('reports progress once per article over many batches with %i worker(s) (and the caller thread when a core is free)', async (workers) => {
    const many = Array.from({ length: 120 }, (_, i) => ({ id: `m-${String(i).padStart(3, '0')}`, text: `Der Stadtrat beschloss am Montag ${i + 2} neue Stellen, sagte Karin Vogt.\n\n`.repeat(12) }));
    const seen: string[] = [];
    const done: number[] = [];
    const results = await extractParallel(many, { workers, onProgress: (d, _total, id) => (done.push(d), seen.push(id)) });
    expect(done).toEqual(many.map((_, i) => i + 1));
    expect(seen.sort()).toEqual(many.map((a) => a.id));
    expect(results.map((r) => JSON.stringify(r.claims))).toEqual(many.map((a) => JSON.stringify(extractClaims(a).claims)));
  }, 60_000);

  it('maps spans of the rebuilt documents back to the original text', async () => {
    const report = await compareParallel(own, { workers: 2 });
    for (const claim of report.claims) {
      const text = own.find((a) => a.id === claim.articleId)!.text;
      for (const e of claim.entities) expect(text.slice(e.span.start, e.span.end)).toBe(e.text);
    }
  }, 60_000);

  it.each([
    ['zero', 0],
    ['negative', -2],
    ['a fraction', 1.5],
    ['a string', '2'],
    ['too many', 10_000],
  ])('rejects a worker count that is %s', async (_name, workers) => {
    await expect(compareParallel(own, { workers: workers as number })).rejects.toMatchObject({ code: 'E_INVALID_OPTIONS', message: expect.stringContaining('workers') });
  });

  it.each([
    ['an unknown option', { colour: true }, 'E_INVALID_OPTIONS'],
    ['an unknown detector in rules', { rules: { 'no-such-detector': 'off' } }, 'E_INVALID_OPTIONS'],
  ])('rejects %s as compare does', async (_name, options, code) => {
    await expect(compareParallel(own, { workers: 1, ...(options as object) })).rejects.toMatchObject({ code });
  });

  it.each([
    ['an article without text', [{ id: 'x' }], 'E_INVALID_INPUT'],
    ['two articles with one id', [own[0], { ...own[1], id: 'de-a' }], 'E_DUPLICATE_ID'],
    ['an article longer than the limit', [{ id: 'long', text: 'Wort '.repeat(50) }], 'E_INPUT_TOO_LARGE'],
  ])('rejects %s before starting any thread', async (_name, articles, code) => {
    const options = code === 'E_INPUT_TOO_LARGE' ? { workers: 1, maxArticleLength: 100 } : { workers: 1 };
    await expect(compareParallel(articles as ArticleInput[], options)).rejects.toMatchObject({ code });
  });

  it('extracts articles as extractClaims does, sorted by id', async () => {
    const results = await extractParallel([...own].reverse(), { workers: 2 });
    expect(results.map((r) => r.id)).toEqual(own.map((a) => a.id).sort());
    for (const r of results) {
      const single = extractClaims(own.find((a) => a.id === r.id)!);
      expect(JSON.stringify([r.sentences, r.claims, r.document.text, r.document.blocks])).toBe(
        JSON.stringify([single.sentences, single.claims, single.document.text, single.document.blocks]),
      );
      expect(r.document.toOriginal({ start: 0, end: r.document.text.length })).toEqual(single.document.toOriginal({ start: 0, end: single.document.text.length }));
    }
  }, 60_000);

  it.each([
    ['an option of compare only', { workers: 1, locale: 'de' }],
    ['a language that is not supported', { workers: 1, language: 'fr' }],
  ])('extractParallel rejects %s', async (_name, options) => {
    await expect(extractParallel(own, options as never)).rejects.toMatchObject({ code: 'E_INVALID_OPTIONS' });
  });

  it.each([['2'], ['0']])('the CLI prints the same report with --workers %s', (workers) => {
    const cli = join(root, 'dist/cli/main.js');
    const files = readdirSync(join(root, 'examples/articles')).filter((f) => f.endsWith('.txt')).map((f) => join(root, 'examples/articles', f));
    const single = spawnSync(process.execPath, [cli, 'compare', ...files, '--format', 'json'], { encoding: 'utf8' });
    const parallel = spawnSync(process.execPath, [cli, 'compare', ...files, '--format', 'json', '--workers', workers], { encoding: 'utf8' });
    expect(parallel.status).toBe(0);
    expect(parallel.stdout).toBe(single.stdout);
    expect(parallel.stdout.length).toBeGreaterThan(100);
  }, 60_000);

  it.each([['x'], ['-1'], ['1.5'], ['9999']])('the CLI refuses --workers %s with a usage error', (workers) => {
    const cli = join(root, 'dist/cli/main.js');
    const run = spawnSync(process.execPath, [cli, 'compare', join(root, 'examples/articles'), '--workers', workers], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--workers');
  }, 60_000);

  it('starts new threads after closeWorkers and still gives the same report', async () => {
    const first = await compareParallel(own, { workers: 2 });
    await closeWorkers();
    const again = await compareParallel(own, { workers: 2 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
  }, 60_000);

  it('rejects, without ending the process, when the bundle lacks its worker script', () => {
    // A bundler that copies the library but not dist/worker.js: the call must fail as a rejected promise.
    const dir = mkdtempSync(join(root, '.noworker-'));
    try {
      for (const f of readdirSync(join(root, 'dist'))) if (f.endsWith('.js') && f !== 'worker.js') copyFileSync(join(root, 'dist', f), join(dir, f));
      const script = [
        `const lib = await import(${JSON.stringify(pathToFileURL(join(dir, 'index.js')).href)});`,
        `const articles = Array.from({ length: 40 }, (_, i) => ({ id: 'a' + i, text: 'Mayor Dana Whitfield said 300 homes were flooded. '.repeat(100) }));`,
        'let outcome = "resolved";',
        'try { await lib.extractParallel(articles, { workers: 2 }); } catch { outcome = "rejected"; }',
        'await new Promise((r) => setTimeout(r, 500));',
        'await lib.extractParallel(articles, { workers: 2 }).catch(() => undefined);',
        'await lib.closeWorkers();',
        'console.log(outcome);',
      ].join('\n');
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
      expect(run.stderr).not.toContain('Node.js v');
      expect(run.stdout.trim()).toBe('rejected');
      expect(run.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('defaults to one thread less than the cores, at least one', () => {
    expect(defaultWorkers()).toBeGreaterThanOrEqual(1);
  });
});

// The packed form alone, without threads: what crosses must come back as the worker had it.
describe('packBatch / unpackBatch', () => {
  const roundTrip = (articles: ArticleInput[]) => {
    const extracted = articles.map((a) => extractClaims(a));
    const back = unpackBatch(structuredClone(packBatch(extracted)), articles);
    return { extracted, back };
  };
  it.each([
    ['own articles', own],
    ['text rewritten by normalization (markup, entities, spaces)', [{ id: 'html', format: 'html' as const, text: '<p>Der Rat&nbsp;beschloss   am <b>Montag</b> 12 Stellen.</p><p>„Gut“, sagte Karin Vogt.</p>' }]],
    ['an empty article and a tiny one', [{ id: 'e', text: '' }, { id: 't', text: 'Ja.' }]],
  ])('gives back the same records and offset map: %s', (_name, articles) => {
    const { extracted, back } = roundTrip(articles);
    back.forEach((b, i) => {
      const a = extracted[i]!;
      expect(JSON.stringify([b.id, b.sentences, b.claims, b.document.text, b.document.blocks, b.document.title, b.document.language])).toBe(
        JSON.stringify([a.id, a.sentences, a.claims, a.document.text, a.document.blocks, a.document.title, a.document.language]),
      );
      expect(b.document.input).toBe(articles[i]);
      const n = a.document.text.length;
      for (let k = 0; k <= n; k++) expect(b.document.toOriginal({ start: k, end: Math.min(n, k + 1) })).toEqual(a.document.toOriginal({ start: k, end: Math.min(n, k + 1) }));
    });
  });
  it.each([
    ['a copied text', own[2]!],
    ['spaces collapsed and markup removed', { id: 'md', format: 'markdown' as const, text: '# Titel\n\nDer   Rat **beschloss** am [Montag](https://x.de) 12\tStellen.' }],
    ['an empty article', { id: 'e', text: '' }],
    ['a map kept dense (an entity every few characters)', { id: 'dense', format: 'html' as const, text: `<p>${'a&amp;b&nbsp;'.repeat(40)}</p>` }],
  ])('reads the runs a document map holds, answering as the map does: %s', (_name, article) => {
    const doc = extractClaims(article).document;
    const n = doc.text.length;
    const runs = mapperRuns(doc.toOriginal, n)!;
    expect(runs.at.length).toBeLessThanOrEqual(Math.max(1, n));
    for (let k = 0; k < n; k++) {
      let r = runs.at.length - 1;
      while (runs.at[r]! > k) r--;
      const copied = runs.end[r] === -1;
      const start = copied ? runs.first[r]! + k - runs.at[r]! : runs.first[r]!;
      expect({ start, end: copied ? start + 1 : runs.end[r]! }).toEqual(doc.toOriginal({ start: k, end: k + 1 }));
    }
  });

  it('reads no runs out of a map that offsetMapper did not build', () => {
    expect(mapperRuns((span) => span, 3)).toBeUndefined();
  });

  it('still sends a document whose map is a function of its own, probing it character by character', () => {
    const input = { id: 'own-map', text: 'Der Rat tagte.  Er beschloss 12 Stellen.' };
    const a = extractClaims(input);
    const shifted = { ...a, document: { ...a.document, toOriginal: (span: { start: number; end: number }) => ({ start: span.start * 2, end: span.end * 2 }) } };
    const [b] = unpackBatch(structuredClone(packBatch([shifted])), [input]);
    const n = a.document.text.length;
    for (let k = 0; k < n; k++) expect(b!.document.toOriginal({ start: k, end: k + 1 })).toEqual({ start: 2 * k, end: 2 * k + 2 });
  });

  it.each([
    ['infinity', Infinity],
    ['minus zero', -0],
    ['not a number', NaN],
  ])('keeps a quantity JSON would change: %s', (_name, value) => {
    const a = extractClaims(own[0]!);
    const claim = a.claims.find((c) => c.quantities.length > 0)!;
    claim.quantities[0]!.max = value;
    const [b] = unpackBatch(structuredClone(packBatch([a])), [own[0]!]);
    expect(Object.is(b!.claims.find((c) => c.id === claim.id)!.quantities[0]!.max, value)).toBe(true);
  });
});
