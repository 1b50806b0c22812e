// `npm run bench`: throughput as ratios measured in one run against a floor on the same text.
// Absolute times on shared machines are noise; the ratios are what to compare between commits.
// Usage: node scripts/bench.mjs [--runs 5] [--mb 1]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const lib = await import(pathToFileURL(join(root, 'dist/index.js')).href);
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, mb: { type: 'string', default: '1' } } });
const runs = Number(values.runs);
const targetBytes = Number(values.mb) * 1e6;

// The corpus: the project's own example and fixture articles (never third-party text), grown to the target size
// by seeded perturbations (numbers changed, sentences shuffled) so that no two copies are identical.
function ownArticles() {
  const dirs = [join(root, 'examples/articles')];
  const stories = join(root, 'tests/fixtures/stories');
  for (const d of readdirSync(stories)) dirs.push(join(stories, d));
  const out = [];
  for (const d of dirs) {
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).filter((x) => x.endsWith('.txt')).sort()) out.push(readFileSync(join(d, f), 'utf8'));
  }
  return out;
}

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function corpus(bytes, seed = 42) {
  const random = rng(seed);
  const base = ownArticles();
  const articles = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const text = base[i % base.length];
    const paragraphs = text.split('\n\n');
    const [head, ...body] = paragraphs;
    for (let k = body.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [body[k], body[j]] = [body[j], body[k]];
    }
    const changed = [head, ...body].join('\n\n').replace(/\d+/g, (d) => String(Number(d) + Math.floor(random() * 3)));
    articles.push({ id: `a${String(i).padStart(5, '0')}`, text: changed });
    size += changed.length;
  }
  return { articles, size };
}

function measure(fn) {
  fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1] };
}

const { articles, size } = corpus(targetBytes);
const mb = size / 1e6;
const segmenters = { de: new Intl.Segmenter('de', { granularity: 'sentence' }), en: new Intl.Segmenter('en', { granularity: 'sentence' }) };

// The floor: one Intl.Segmenter sentence pass per paragraph, the least any splitter pays.
const floor = measure(() => {
  let n = 0;
  for (const a of articles) {
    const seg = segmenters[lib.detectLanguage(a.text)];
    for (const p of a.text.split('\n\n')) for (const _ of seg.segment(p)) n++;
  }
  return n;
});
const extract = measure(() => {
  for (const a of articles) lib.extractClaims(a);
});
const segmentOnly = measure(() => {
  for (const a of articles) lib.segmentSentences(a.text, { language: lib.detectLanguage(a.text) });
});
const small = articles.slice(0, Math.max(2, Math.floor(articles.length / 4)));
const compareSmall = measure(() => lib.compare(small));
const compareAll = measure(() => lib.compare(articles));

const rate = (t) => mb / (t.median / 1000);
const fmt = (t) => `median ${t.median.toFixed(0)} ms (min ${t.min.toFixed(0)}, max ${t.max.toFixed(0)})`;
console.log(`corpus: ${articles.length} articles, ${mb.toFixed(2)} MB of the project's own articles, perturbed (seed 42); ${runs} runs each\n`);
console.log(`Intl.Segmenter sentence pass (floor)   ${fmt(floor)}  ${rate(floor).toFixed(1)} MB/s`);
console.log(`segmentSentences                       ${fmt(segmentOnly)}  ${rate(segmentOnly).toFixed(1)} MB/s`);
console.log(`extractClaims (normalize+segment+all)  ${fmt(extract)}  ${rate(extract).toFixed(1)} MB/s`);
console.log(`compare, ${small.length} articles                   ${fmt(compareSmall)}`);
console.log(`compare, ${articles.length} articles                   ${fmt(compareAll)}`);
console.log('\nratios (same run)');
console.log(`  segmentSentences / Intl.Segmenter floor, throughput   ${(floor.median / segmentOnly.median).toFixed(2)}`);
console.log(`  extractClaims / Intl.Segmenter floor, throughput      ${(floor.median / extract.median).toFixed(2)}   goal >= 0.25`);
console.log(`  compare time / extraction time (all articles)         ${(compareAll.median / extract.median).toFixed(2)}`);
console.log(`  compare time growth for ${(articles.length / small.length).toFixed(1)}x the articles          ${(compareAll.median / compareSmall.median).toFixed(2)}x`);
const rss = process.memoryUsage().rss / 1e6;
console.log(`  peak-ish RSS / MB of input                            ${(rss / mb).toFixed(0)}   (RSS ${rss.toFixed(0)} MB at the end)`);
