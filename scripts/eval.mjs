// `npm run eval`: precision/recall per detector on the annotated stories, then the third-party sets in ../shared/data.
// Usage: node scripts/eval.mjs [--json]
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadStory, scoreStory, storyPaths } from './eval/stories.mjs';
import { runFeed } from './eval/feed.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const lib = await import(pathToFileURL(join(root, 'dist/index.js')).href);
const asJson = process.argv.includes('--json');

const pct = (n, d) => (d === 0 ? '-' : ((100 * n) / d).toFixed(1));
const out = { stories: [], datasets: [] };

for (const { name, path, holdout } of storyPaths(root)) {
  const { gold, articles } = loadStory(path);
  const report = lib.compare(articles);
  const rows = scoreStory(report, gold).map((r) => ({
    ...r,
    precision: r.fp === null ? null : pct(r.tp, r.tp + r.fp),
    recall: pct(r.tp, r.tp + r.fn),
  }));
  out.stories.push({ name, holdout, rows });
}

// All annotated stories in one feed (one `compare` of every article): how they are split into stories, and what
// checking each story inside the feed costs or gains against checking it alone.
out.feed = runFeed(lib, storyPaths(root));

const dataDir = resolve(root, '../shared/data');
const evalDir = join(root, 'scripts/eval');
for (const file of readdirSync(evalDir).filter((f) => f.endsWith('.mjs') && f !== 'stories.mjs').sort()) {
  const mod = await import(pathToFileURL(join(evalDir, file)).href);
  if (typeof mod.run !== 'function') continue;
  if (!existsSync(dataDir)) {
    out.datasets.push({ title: file, skipped: 'no ../shared/data' });
    continue;
  }
  const started = performance.now();
  const result = await mod.run({ lib, dataDir });
  if (result) out.datasets.push({ ...result, ms: Math.round(performance.now() - started) });
}

// Totals per check, tuned-on stories and held-out stories apart: only the held-out figures say how rules generalise.
for (const holdout of [false, true]) {
  const totals = new Map();
  for (const st of out.stories.filter((x) => x.holdout === holdout)) {
    for (const r of st.rows) {
      const t = totals.get(r.detector) ?? { detector: r.detector, tp: 0, fp: 0, fn: 0, noPrecision: r.fp === null };
      t.tp += r.tp;
      t.fp += r.fp ?? 0;
      t.fn += r.fn;
      totals.set(r.detector, t);
    }
  }
  out[holdout ? 'holdoutTotals' : 'totals'] = [...totals.values()].map((t) => ({
    ...t,
    precision: t.noPrecision ? null : pct(t.tp, t.tp + t.fp),
    recall: pct(t.tp, t.tp + t.fn),
  }));
}

if (asJson) {
  console.log(JSON.stringify(out, null, 2));
} else {
  const pad = (s, n) => String(s ?? '').padEnd(n);
  const lpad = (s, n) => String(s ?? '').padStart(n);
  console.log('Annotated stories (gold.json): precision / recall per detector\n');
  console.log(`${pad('story', 34)} ${pad('check', 48)} ${lpad('P %', 6)} ${lpad('R %', 6)} ${lpad('TP', 4)} ${lpad('FP', 4)} ${lpad('FN', 4)}`);
  for (const s of out.stories) {
    for (const r of s.rows) {
      console.log(
        `${pad(s.name, 34)} ${pad(r.detector, 48)} ${lpad(r.precision ?? '', 6)} ${lpad(r.recall, 6)} ${lpad(r.tp, 4)} ${lpad(r.fp ?? '', 4)} ${lpad(r.fn, 4)}`,
      );
    }
  }
  for (const [title, rows] of [['Totals, stories the rules were developed on (seeds + tests/fixtures/stories)', out.totals], ['Totals, held-out stories (tests/fixtures/holdout*: written blind, not asserted by tests; see the README for what was tuned after measuring)', out.holdoutTotals]]) {
    if (!rows.length) continue;
    console.log(`\n${title}`);
    console.log(`  ${pad('check', 48)} ${lpad('P %', 6)} ${lpad('R %', 6)} ${lpad('TP', 4)} ${lpad('FP', 4)} ${lpad('FN', 4)}`);
    for (const r of rows) console.log(`  ${pad(r.detector, 48)} ${lpad(r.precision ?? '', 6)} ${lpad(r.recall, 6)} ${lpad(r.tp, 4)} ${lpad(r.noPrecision ? '' : r.fp, 4)} ${lpad(r.fn, 4)}`);
  }
  {
    const f = out.feed;
    const s = f.split;
    console.log(`\nFeed: all ${s.stories} annotated stories (${s.articles} articles) in one compare()`);
    console.log(
      `  splitStories: ${s.groups} stories found (largest ${s.largest} articles); article pairs put together: precision ${s.pairPrecision.toFixed(3)}, recall ${s.pairRecall.toFixed(3)}; stories kept whole ${s.storiesKeptWhole}/${s.stories}`,
    );
    const cell = (t) => `${lpad(t.noPrecision ? '' : pct(t.tp, t.tp + t.fp), 6)} ${lpad(pct(t.tp, t.tp + t.fn), 6)}`;
    console.log(`  ${pad('check', 48)} ${pad('each story alone', 14)} ${pad("feed, stories: 'one'", 21)} ${pad("feed, stories: 'split'", 21)}`);
    console.log(`  ${pad('', 48)} ${pad('   P %    R %', 14)} ${pad('   P %    R %', 21)} ${pad('   P %    R %', 21)}`);
    for (const r of f.rows) console.log(`  ${pad(r.detector, 48)} ${pad(cell(r.alone), 14)} ${pad(cell(r.one), 21)} ${pad(cell(r.split), 21)}`);
  }
  for (const d of out.datasets) {
    console.log(`\n${d.title}${d.ms !== undefined ? ` (${d.ms} ms)` : ''}`);
    if (d.skipped) {
      console.log(`  skipped: ${d.skipped}`);
      continue;
    }
    console.log(`  ${pad('set', 44)} ${pad('metric', 16)} ${lpad('value', 8)}   peer`);
    for (const r of d.rows) {
      const v = typeof r.value === 'number' ? r.value.toFixed(r.value > 1 ? 1 : 3) : r.value;
      console.log(`  ${pad(r.set, 44)} ${pad(r.metric, 16)} ${lpad(v, 8)}   ${r.peer ?? ''}`);
    }
  }
}
