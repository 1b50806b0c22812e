// `npm run bench`: throughput and scaling as ratios measured in one run against a floor on the same text.
// Absolute times on shared machines are noise; the ratios are what to compare between commits.
// Usage: node --expose-gc scripts/bench.mjs [--runs 5] [--mb 1] [--full]
//   --full adds the 10 and 50 MB corpora, 100,000 claims and the stress inputs (slow: minutes).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { availableParallelism } from 'node:os';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import stringSimilarity from 'string-similarity';
import { buildCorpus, rng } from './bench/corpus.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const lib = await import(pathToFileURL(join(root, 'dist/index.js')).href);
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    mb: { type: 'string', default: '1' },
    full: { type: 'boolean', default: false },
    // Internal: one alignment alone in a fresh process, so its peak memory is not mixed with the rest of the bench.
    'align-child': { type: 'string' },
  },
});
const runs = Number(values.runs);
const gc = globalThis.gc ?? (() => {});

function measure(fn, times = runs) {
  fn();
  const out = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  out.sort((a, b) => a - b);
  return { median: out[Math.floor(out.length / 2)], min: out[0], max: out[out.length - 1] };
}
const fmt = (t) => `median ${t.median.toFixed(0)} ms (min ${t.min.toFixed(0)}, max ${t.max.toFixed(0)})`;
const goal = (ok) => (ok ? 'ok' : 'MISSED');
const rows = [];
const row = (name, value, target, ok) => rows.push({ name, value, target, ok: ok === undefined ? '' : goal(ok) });

if (values['align-child']) {
  const { extracted, bytes } = extractedWithClaims(Number(values['align-child']), 11);
  gc();
  gc();
  const rss0 = process.memoryUsage().rss;
  const heap0 = process.memoryUsage().heapUsed;
  const alignment = lib.alignClaims(extracted);
  const heapAfter = process.memoryUsage().heapUsed;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const claims = alignment.claims.length;
  gc();
  const retained = process.memoryUsage().heapUsed - heap0;
  console.log(JSON.stringify({ claims, bytes, peakRssAbove: peakRss - rss0, heapAllocated: heapAfter - heap0, retained }));
  process.exit(0);
}

// ---- 1. Throughput against the Intl.Segmenter floor ----------------------------------------------------------
const { articles, size } = buildCorpus(root, { bytes: Number(values.mb) * 1e6 });
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
const segmentOnly = measure(() => {
  for (const a of articles) lib.segmentSentences(a.text, { language: lib.detectLanguage(a.text) });
});
const extract = measure(() => {
  for (const a of articles) lib.extractClaims(a);
});
const rate = (t, m = mb) => m / (t.median / 1000);
console.log(`corpus: ${articles.length} articles in multi-source stories, ${mb.toFixed(2)} MB of the project's own articles, perturbed (seed 42); ${runs} runs each\n`);
console.log(`Intl.Segmenter sentence pass (floor)   ${fmt(floor)}  ${rate(floor).toFixed(1)} MB/s`);
console.log(`segmentSentences                       ${fmt(segmentOnly)}  ${rate(segmentOnly).toFixed(1)} MB/s`);
console.log(`extractClaims (normalize+segment+all)  ${fmt(extract)}  ${rate(extract).toFixed(1)} MB/s`);
row('segmentSentences / Intl.Segmenter floor, throughput', (floor.median / segmentOnly.median).toFixed(2), '', undefined);
row('extractClaims / Intl.Segmenter floor, throughput', (floor.median / extract.median).toFixed(2), '>= 0.25', floor.median / extract.median >= 0.25);

// ---- 1b. Extraction in a pool of worker threads (one per core; the main thread only waits) ------------------
if (typeof lib.extractParallel === 'function') {
  const workers = availableParallelism();
  const times = [];
  await lib.extractParallel(articles, { workers });
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await lib.extractParallel(articles, { workers });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const par = { median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1] };
  console.log(`extractParallel, ${workers} workers               ${fmt(par)}  ${rate(par).toFixed(1)} MB/s`);
  row(`extraction with ${workers} workers / single thread, speed-up (${workers} cores)`, `${(extract.median / par.median).toFixed(2)}x`, '', undefined);
}

// ---- 2. One long article without blank lines ----------------------------------------------------------------
// Intl.Segmenter slows sharply once one call passes 65,536 characters; claimdiff must not inherit that.
{
  let text = '';
  for (const a of articles) {
    if (text.length >= 1e6) break;
    text += a.text.replace(/\s*\n\s*/g, ' ') + ' ';
  }
  const long = { id: 'long', text };
  const longT = measure(() => lib.extractClaims(long), Math.min(runs, 3));
  const perMbLong = longT.median / (text.length / 1e6);
  const perMb = extract.median / mb;
  console.log(`extractClaims, one ${(text.length / 1e6).toFixed(2)} MB article without blank lines  ${fmt(longT)}`);
  row('time per MB: one article without blank lines / normal articles', (perMbLong / perMb).toFixed(2), '<= 1.5', perMbLong / perMb <= 1.5);
}

// ---- 3. Alignment: blocking vs all pairs ---------------------------------------------------------------------
function extractedWithClaims(target, seed) {
  const { articles: pool } = buildCorpus(root, { bytes: target * 160, seed });
  const out = [];
  let claims = 0;
  for (const a of pool) {
    if (claims >= target) break;
    const x = lib.extractClaims(a);
    out.push(x);
    claims += x.claims.length;
  }
  return { extracted: out, claims, bytes: out.reduce((s, x) => s + x.document.original.length, 0) };
}

// The all-pairs baseline: string-similarity's compareTwoStrings per pair, timed on a sample and scaled up.
function allPairsEstimateMs(claims) {
  const random = rng(7);
  const n = claims.length;
  const sample = 20000;
  const t0 = performance.now();
  let sink = 0;
  for (let k = 0; k < sample; k++) {
    const a = claims[Math.floor(random() * n)].text;
    const b = claims[Math.floor(random() * n)].text;
    sink += stringSimilarity.compareTwoStrings(a, b);
  }
  const perPair = (performance.now() - t0) / sample;
  return { ms: perPair * ((n * (n - 1)) / 2), sink };
}

const sizes = values.full ? [1000, 10000, 100000] : [1000, 10000];
const align = {};
for (const target of sizes) {
  const { extracted, claims, bytes } = extractedWithClaims(target, 11);
  let alignment;
  const t = measure(() => {
    alignment = lib.alignClaims(extracted);
  }, target >= 100000 ? 1 : 3);
  // Memory in a fresh process that only extracts and aligns: peak RSS above the RSS right before the alignment,
  // and heap per claim of that one run (allocated, and still held with the result after a collection).
  const child = JSON.parse(
    execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--align-child', String(target)], { encoding: 'utf8', maxBuffer: 1 << 20 }),
  );
  const all = alignment.claims;
  const candidates = lib.claimCandidates(all).length;
  const pairs = (all.length * (all.length - 1)) / 2;
  const baseline = allPairsEstimateMs(all);
  align[target] = { t, claims: all.length, candidates, pairs, baseline, child, bytes };
  console.log(
    `alignClaims, ${all.length} claims (${extracted.length} articles)  ${fmt(t)}; candidates ${candidates} of ${pairs} pairs; all pairs with compareTwoStrings ~${(baseline.ms / 1000).toFixed(1)} s (estimated from 20,000 timed pairs)`,
  );
}
for (const target of sizes) {
  const a = align[target];
  const speedup = a.baseline.ms / a.t.median;
  row(`alignment of ${a.claims} claims: speed-up over all pairs`, `${speedup.toFixed(0)}x`, target >= 10000 ? '>= 20x' : '', target >= 10000 ? speedup >= 20 : undefined);
  row(`alignment of ${a.claims} claims: candidate pairs / all pairs`, `${((100 * a.candidates) / a.pairs).toFixed(2)} %`, '', undefined);
  row(`alignment of ${a.claims} claims: heap allocated per claim (one run, before collection)`, `${(a.child.heapAllocated / a.claims / 1024).toFixed(1)} KB`, 'constant across sizes', undefined);
  row(`alignment of ${a.claims} claims: heap held with the result per claim`, `${(a.child.retained / a.claims / 1024).toFixed(2)} KB`, '', undefined);
  const rssRatio = a.child.peakRssAbove / a.child.bytes;
  row(`alignment of ${a.claims} claims alone: peak RSS above start / input size`, rssRatio.toFixed(1), '<= 20', rssRatio <= 20);
}
for (let k = 1; k < sizes.length; k++) {
  const a = align[sizes[k - 1]];
  const b = align[sizes[k]];
  const growth = b.t.median / a.t.median;
  const factor = b.claims / a.claims;
  row(`alignment time growth for ${factor.toFixed(1)}x the claims`, `${growth.toFixed(1)}x`, '<= 12x for 10x', growth <= 12 * (factor / 10));
}

// ---- 4. Blocking recall against exhaustive Dice ---------------------------------------------------------------
{
  const { extracted } = extractedWithClaims(1500, 23);
  const claims = lib.alignClaims(extracted).claims;
  const found = new Set(lib.claimCandidates(claims).map(([i, j]) => i * claims.length + j));
  const hits = { 0.7: [0, 0], 0.6: [0, 0] };
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      if (claims[i].articleId === claims[j].articleId) continue;
      const d = stringSimilarity.compareTwoStrings(claims[i].text, claims[j].text);
      for (const th of [0.7, 0.6]) {
        if (d < th) continue;
        hits[th][1]++;
        if (found.has(i * claims.length + j)) hits[th][0]++;
      }
    }
  }
  for (const [th, target] of [[0.7, 0.99], [0.6, 0.95]]) {
    const [got, all] = hits[th];
    const recall = all ? got / all : 1;
    row(`blocking recall at Dice >= ${th} (${claims.length} claims, ${all} such pairs)`, recall.toFixed(3), `>= ${target}`, recall >= target);
  }
}

// ---- 5. Whole comparisons -----------------------------------------------------------------------------------
{
  const small = articles.slice(0, Math.max(2, Math.floor(articles.length / 4)));
  const compareSmall = measure(() => lib.compare(small), 3);
  const compareAll = measure(() => lib.compare(articles), 3);
  console.log(`compare, ${small.length} articles   ${fmt(compareSmall)}`);
  console.log(`compare, ${articles.length} articles   ${fmt(compareAll)}`);
  row('compare time / extraction time (all articles)', (compareAll.median / extract.median).toFixed(2), '', undefined);
  row(`compare time growth for ${(articles.length / small.length).toFixed(1)}x the articles`, `${(compareAll.median / compareSmall.median).toFixed(2)}x`, '', undefined);
  const copies = Array.from({ length: values.full ? 10000 : 1000 }, (_, i) => ({ id: `copy${i}`, text: articles[0].text }));
  const copiesT = measure(() => lib.compare(copies), 1);
  console.log(`compare, ${copies.length} copies of one article   ${fmt(copiesT)}`);
  row(`${copies.length} copies of one article: time per article / normal compare per article`, (copiesT.median / copies.length / (compareAll.median / articles.length)).toFixed(2), 'bounded (no quadratic blow-up)', undefined);
}
// ---- 6. Incremental index: one more article into an index of 1,000 --------------------------------------------
{
  const base = articles.slice(0, Math.min(1000, articles.length - 5));
  const extra = articles.slice(base.length, base.length + 5);
  const index = lib.createIndex();
  for (const a of base) index.add(a);
  index.report();
  // Each timed step adds one new article and asks for the report; the index keeps the per-claim alignment work.
  const steps = [];
  for (const a of extra) {
    const t0 = performance.now();
    index.add(a);
    index.report();
    steps.push(performance.now() - t0);
  }
  steps.sort((x, y) => x - y);
  const addT = { median: steps[Math.floor(steps.length / 2)], min: steps[0], max: steps[steps.length - 1] };
  const all = [...base, ...extra];
  const full = measure(() => lib.compare(all), Math.min(runs, 3));
  console.log(`createIndex: add + report, one article into ${base.length}   ${fmt(addT)}`);
  console.log(`compare, the same ${all.length} articles from scratch   ${fmt(full)}`);
  row(`index of ${base.length} articles: add + report / compare() of all`, (addT.median / full.median).toFixed(2), '', undefined);
}

if (values.full) {
  for (const mbTarget of [10, 50]) {
    const big = buildCorpus(root, { bytes: mbTarget * 1e6, seed: 5 });
    const t = measure(() => lib.compare(big.articles), 1);
    const rss = process.memoryUsage().rss / 1e6;
    console.log(`compare, ${mbTarget} MB (${big.articles.length} articles)   ${fmt(t)}   RSS ${rss.toFixed(0)} MB`);
    row(`compare of ${mbTarget} MB: RSS / input size`, (rss / (big.size / 1e6)).toFixed(1), '<= 20', rss / (big.size / 1e6) <= 20);
  }
}

const rss = process.memoryUsage().rss / 1e6;
row('RSS at the end / MB of the main corpus', (rss / mb).toFixed(0), '', undefined);
console.log('\nratios (same run)            value        goal');
for (const r of rows) console.log(`  ${r.name.padEnd(84)} ${String(r.value).padEnd(10)} ${r.target.padEnd(30)} ${r.ok}`);
