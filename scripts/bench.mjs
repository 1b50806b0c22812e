// `npm run bench`: throughput and scaling as ratios measured in one run against a floor on the same text.
// Absolute times on shared machines are noise; the ratios are what to compare between commits.
// Usage: node --expose-gc scripts/bench.mjs [--runs 5] [--mb 1] [--full] [--lib dist/index.js] [--clock wall|cpu]
//   --full adds the 10 and 50 MB corpora, 100,000 claims and the stress inputs (slow: minutes).
//   --lib benchmarks another build of the library (a bundle of a work in progress) instead of dist/index.js.
//   --clock cpu times single-threaded steps in CPU time of this process (user + system), steadier than wall-clock
//   time on a busy machine; the worker-pool step is always wall-clock.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { availableParallelism } from 'node:os';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import stringSimilarity from 'string-similarity';
import { buildCorpus, rng } from './bench/corpus.mjs';
import { peakRss, resetPeakRss } from './bench/memory.mjs';
import { hugeArticle, tinyArticles } from './bench/stress.mjs';
import { loadWink } from './bench/wink.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    mb: { type: 'string', default: '1' },
    full: { type: 'boolean', default: false },
    lib: { type: 'string', default: join(root, 'dist/index.js') },
    clock: { type: 'string', default: 'wall' },
    // Internal: one alignment alone in a fresh process, so its peak memory is not mixed with the rest of the bench.
    'align-child': { type: 'string' },
    // Internal: one stress input (tiny:<count>, huge, corpus:<MB>) in a fresh process, for the same reason.
    'stress-child': { type: 'string' },
  },
});
const libPath = resolve(values.lib);
const lib = await import(pathToFileURL(libPath).href);
const runs = Number(values.runs);
const gc = globalThis.gc ?? (() => {});
if (values.clock !== 'wall' && values.clock !== 'cpu') throw new Error(`--clock must be wall or cpu, got ${values.clock}`);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const now = values.clock === 'cpu' ? cpuMs : () => performance.now();
// The children measure what the parent asked for, with the same library build and clock.
const childArgs = (...args) => ['--expose-gc', fileURLToPath(import.meta.url), '--lib', libPath, '--clock', values.clock, ...args];
// A child that dies (out of memory, say) is a result to print, not a reason to stop the bench.
function runChild(...args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, childArgs(...args), { encoding: 'utf8', maxBuffer: 1 << 24 });
  // Each stdout line is a JSON object with part of the result, so what came before a crash is kept.
  const out = Object.assign({}, ...r.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l)));
  if (r.status === 0) return out;
  const why = /heap out of memory/.test(r.stderr) ? 'JavaScript heap out of memory' : (r.stderr.trim().split('\n').find((l) => /Error/.test(l)) ?? `exit ${r.status ?? r.signal}`);
  return { ...out, failed: `${why} after ${((performance.now() - t0) / 1000).toFixed(0)} s (wall-clock)` };
}

function measure(fn, times = runs, warm = 1) {
  for (let i = 0; i < warm; i++) fn();
  const out = [];
  for (let i = 0; i < times; i++) {
    const t0 = now();
    fn();
    out.push(now() - t0);
  }
  return spread(out);
}
// Median, min and max of some timings (the list is left as it was).
function spread(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
}
const fmt = (t) => `median ${t.median.toFixed(0)} ms (min ${t.min.toFixed(0)}, max ${t.max.toFixed(0)})`;
const goal = (ok) => (ok ? 'ok' : 'MISSED');
const rows = [];
const row = (name, value, target, ok) => rows.push({ name, value, target, ok: ok === undefined ? '' : goal(ok) });

if (values['align-child']) {
  const { extracted, bytes } = extractedWithClaims(Number(values['align-child']), 11);
  gc();
  gc();
  // The extraction before has its own peak; only the alignment's counts here.
  resetPeakRss();
  const rss0 = process.memoryUsage().rss;
  const heap0 = process.memoryUsage().heapUsed;
  const alignment = lib.alignClaims(extracted);
  const heapAfter = process.memoryUsage().heapUsed;
  const peak = peakRss();
  const claims = alignment.claims.length;
  gc();
  const retained = process.memoryUsage().heapUsed - heap0;
  console.log(JSON.stringify({ claims, bytes, rss0, peakRssAbove: peak - rss0, heapAllocated: heapAfter - heap0, retained }));
  process.exit(0);
}
if (values['stress-child']) {
  console.log(JSON.stringify(stressChild(values['stress-child'])));
  process.exit(0);
}

// Runs `fn` once after a collection and reports its time and the peak RSS it added above the RSS at its start.
function once(fn) {
  gc();
  gc();
  resetPeakRss();
  const rss0 = process.memoryUsage().rss;
  const t0 = now();
  const result = fn();
  const ms = now() - t0;
  return { ms, rss0, peakRssAbove: peakRss() - rss0, result };
}

// How long the library takes to refuse an input over a limit, and what it says.
function refusal(fn) {
  const t0 = now();
  try {
    fn();
  } catch (e) {
    return { ms: now() - t0, code: e.code ?? e.name, message: String(e.message).split('\n')[0] };
  }
  return { ms: now() - t0, code: 'none', message: 'accepted (no limit hit)' };
}

// One stress input of the issue in this fresh process: the refusal at the default limit, then the run with it raised.
function stressChild(kind) {
  const [name, param] = kind.split(':');
  if (name === 'tiny') {
    const tiny = tinyArticles(articlesFrom(42, 10e6), Number(param), 3);
    const bytes = tiny.reduce((s, a) => s + a.text.length, 0);
    if (tiny.length > lib.MAX_ARTICLES) console.log(JSON.stringify({ refused: refusal(() => lib.compare(tiny)) }));
    const run = once(() => lib.compare(tiny, { maxArticles: tiny.length }).claims.length);
    return { articles: tiny.length, bytes, ms: run.ms, rss0: run.rss0, peakRssAbove: run.peakRssAbove, claims: run.result };
  }
  if (kind === 'huge') {
    // Grown from a corpus as large as the article itself: repeated paragraphs would be skipped as boilerplate.
    const article = hugeArticle(articlesFrom(42, 50e6), 50e6);
    const bytes = article.text.length;
    console.log(JSON.stringify({ refused: refusal(() => lib.extractClaims(article)) }));
    const run = once(() => lib.extractClaims(article, { maxArticleLength: bytes }).claims.length);
    return { articles: 1, bytes, ms: run.ms, rss0: run.rss0, peakRssAbove: run.peakRssAbove, claims: run.result };
  }
  if (name === 'copies') {
    const text = articlesFrom(42, 1e4)[0].text;
    const copies = Array.from({ length: Number(param) }, (_, i) => ({ id: `copy${i}`, text }));
    const run = once(() => lib.compare(copies, { maxArticles: copies.length }).claims.length);
    return { articles: copies.length, bytes: text.length * copies.length, ms: run.ms, rss0: run.rss0, peakRssAbove: run.peakRssAbove, claims: run.result };
  }
  if (name === 'corpus') {
    const big = buildCorpus(root, { bytes: Number(param) * 1e6, seed: 5 });
    const run = once(() => lib.compare(big.articles, { maxArticles: big.articles.length }).claims.length);
    return { articles: big.articles.length, bytes: big.size, ms: run.ms, rss0: run.rss0, peakRssAbove: run.peakRssAbove, claims: run.result };
  }
  if (name === 'stream') {
    // A caller that writes each story's report away (here: counts its claims) and keeps nothing of it.
    const big = buildCorpus(root, { bytes: Number(param) * 1e6, seed: 5 });
    const run = once(() => {
      let claims = 0;
      for (const r of lib.compareStories(big.articles, { maxArticles: big.articles.length })) claims += r.claims.length;
      return claims;
    });
    return { articles: big.articles.length, bytes: big.size, ms: run.ms, rss0: run.rss0, peakRssAbove: run.peakRssAbove, claims: run.result };
  }
  throw new Error(`unknown --stress-child ${kind}`);
}

function articlesFrom(seed, bytes) {
  return buildCorpus(root, { bytes, seed }).articles;
}

// ---- 1. Throughput against the Intl.Segmenter floor ----------------------------------------------------------
const { articles, size } = buildCorpus(root, { bytes: Number(values.mb) * 1e6 });
const mb = size / 1e6;
const segmenters = { de: new Intl.Segmenter('de', { granularity: 'sentence' }), en: new Intl.Segmenter('en', { granularity: 'sentence' }) };
// Languages are detected once, outside every timed loop: the floor must be the bare segmenter pass, or the
// detection's cost would flatter the ratio of extraction (which detects the language itself) to the floor.
const languages = articles.map((a) => lib.detectLanguage(a.text));
// The floor: one Intl.Segmenter sentence pass per paragraph, the least any splitter pays.
const floor = measure(() => {
  let n = 0;
  for (let i = 0; i < articles.length; i++) {
    const seg = segmenters[languages[i]];
    for (const p of articles[i].text.split('\n\n')) for (const _ of seg.segment(p)) n++;
  }
  return n;
});
const segmentOnly = measure(() => {
  for (let i = 0; i < articles.length; i++) lib.segmentSentences(articles[i].text, { language: languages[i] });
});
// Steady state, as in a long-running service: V8 keeps optimising the extractors over the first passes (the first
// pass over this corpus in a fresh process costs about 5x a warm one, the second about 2x; section 1b prints the
// cold figure), so extraction gets three warm-up passes before it is timed.
const WARM_PASSES = 3;
const extract = measure(() => {
  for (const a of articles) lib.extractClaims(a);
}, runs, WARM_PASSES);
const rate = (t, m = mb) => m / (t.median / 1000);
console.log(`corpus: ${articles.length} articles in multi-source stories, ${mb.toFixed(2)} MB of the project's own articles, perturbed, each later round of them retold as new events (seed 42); ${runs} runs each\n`);
console.log(`Intl.Segmenter sentence pass (floor)   ${fmt(floor)}  ${rate(floor).toFixed(1)} MB/s`);
console.log(`segmentSentences                       ${fmt(segmentOnly)}  ${rate(segmentOnly).toFixed(1)} MB/s`);
console.log(`extractClaims (normalize+segment+all)  ${fmt(extract)}  ${rate(extract).toFixed(1)} MB/s`);
row('segmentSentences / Intl.Segmenter floor, throughput', (floor.median / segmentOnly.median).toFixed(2), '', undefined);
row('extractClaims / Intl.Segmenter floor, throughput', (floor.median / extract.median).toFixed(2), '>= 0.25', floor.median / extract.median >= 0.25);

// ---- 1a. Against wink-nlp's default English pipeline on the English articles ----------------------------------
// wink-nlp is a fast rule-and-model NLP library for JavaScript; its default pipeline (sentences, tokens, POS tags,
// entities, negation, sentiment) does about what extraction does, so it is the reference point an outside reader knows.
{
  const wink = await loadWink();
  if (!wink) {
    console.log('wink-nlp default pipeline                skipped: wink-nlp not installed');
    row('extractClaims / wink-nlp readDoc, throughput (English articles)', 'skipped', '>= 3', undefined);
  } else {
    const english = articles.filter((_, i) => languages[i] === 'en');
    const enMb = english.reduce((s, a) => s + a.text.length, 0) / 1e6;
    // Only readDoc is timed: it runs the whole pipeline; reading results out of the document is extra work.
    let doc;
    const winkT = measure(() => {
      for (const a of english) doc = wink.readDoc(a.text);
    }, runs, WARM_PASSES);
    if (doc.sentences().length() === 0) throw new Error('wink-nlp read no sentence');
    const oursT = measure(() => {
      for (const a of english) lib.extractClaims(a);
    });
    console.log(`wink-nlp readDoc, ${english.length} English articles     ${fmt(winkT)}  ${rate(winkT, enMb).toFixed(1)} MB/s`);
    console.log(`extractClaims, the same articles        ${fmt(oursT)}  ${rate(oursT, enMb).toFixed(1)} MB/s`);
    const ratio = winkT.median / oursT.median;
    row(`extractClaims / wink-nlp readDoc, throughput (${english.length} English articles, ${enMb.toFixed(2)} MB)`, `${ratio.toFixed(2)}x`, '>= 3x', ratio >= 3);
  }
}

// ---- 1b. Extraction in a pool of worker threads (and the caller's thread) ------------------------------------
// Always wall-clock: the CPU time of this process would add up every worker's time. The pool gets as many warm-up
// calls as the single thread it is compared with (a fresh thread runs cold code for its first megabytes), and the
// two are timed alternately, so both see the same load of the machine.
const WARM_CALLS = 3;
const COMPARE_WARM_CALLS = 8;
async function wallPair(single, parallel, times = runs, warm = WARM_CALLS) {
  for (let i = 0; i < warm; i++) {
    single();
    await parallel();
  }
  const a = [];
  const b = [];
  for (let i = 0; i < times; i++) {
    let t0 = performance.now();
    single();
    a.push(performance.now() - t0);
    t0 = performance.now();
    await parallel();
    b.push(performance.now() - t0);
  }
  return { single: spread(a), par: spread(b) };
}
// What a CLI user sees first: one extraction of the corpus in a fresh process, cold (wall-clock and peak RSS).
function coldExtract(workers) {
  // Plain -e (not --input-type=module): worker threads inherit the flags, and that one would stop them loading.
  const script = [
    '(async () => {',
    `const lib = await import(${JSON.stringify(pathToFileURL(libPath).href)});`,
    `const { buildCorpus } = await import(${JSON.stringify(pathToFileURL(join(root, 'scripts/bench/corpus.mjs')).href)});`,
    `const { articles } = buildCorpus(${JSON.stringify(root)}, { bytes: ${Number(values.mb) * 1e6} });`,
    'const t0 = performance.now();',
    workers === 0 ? 'for (const a of articles) lib.extractClaims(a);' : `await lib.extractParallel(articles, { workers: ${workers} });`,
    'const ms = performance.now() - t0;',
    'await lib.closeWorkers?.();',
    'console.log(JSON.stringify({ ms, rss: process.resourceUsage().maxRSS * 1024 }));',
    '})();',
  ].join('\n');
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const line = r.stdout.split('\n').find((l) => l.startsWith('{'));
  return r.status === 0 && line ? JSON.parse(line) : undefined;
}
if (typeof lib.extractParallel === 'function') {
  const cores = availableParallelism();
  const singleLoop = () => articles.forEach((a) => lib.extractClaims(a));
  // Workers as many as cores, and the default (one less, the caller's thread extracting beside them).
  const counts = [...new Set([cores, lib.defaultWorkers?.() ?? cores])];
  let skipped = false;
  for (const workers of counts) {
    let pair;
    try {
      pair = await wallPair(singleLoop, () => lib.extractParallel(articles, { workers }));
    } catch (e) {
      // A private bundle given with --lib may not carry the worker script.
      console.log(`extractParallel                         skipped: ${String(e.message).split('\n')[0]}`);
      skipped = true;
      break;
    }
    console.log(`extractParallel, ${workers} worker${workers === 1 ? ' ' : 's'}               ${fmt(pair.par)} (wall-clock)  ${rate(pair.par).toFixed(1)} MB/s; single thread alternating with it ${fmt(pair.single)}`);
    row(`extraction with ${workers} worker${workers === 1 ? '' : 's'} / single thread, speed-up (${cores} cores, wall-clock, warm)`, `${(pair.single.median / pair.par.median).toFixed(2)}x`, '', undefined);
  }
  await lib.closeWorkers?.();
  const coldSingle = skipped ? undefined : coldExtract(0);
  const mbOf = (b) => `${(b / 1e6).toFixed(0)} MB`;
  if (coldSingle) console.log(`cold extraction in a fresh process      single thread ${coldSingle.ms.toFixed(0)} ms, peak RSS ${mbOf(coldSingle.rss)}`);
  for (const workers of counts) {
    const cold = coldSingle && coldExtract(workers);
    if (!cold) continue;
    console.log(`cold extraction in a fresh process      ${workers} worker${workers === 1 ? ' ' : 's'} ${cold.ms.toFixed(0)} ms, peak RSS ${mbOf(cold.rss)}`);
    row(`cold extraction with ${workers} worker${workers === 1 ? '' : 's'} / single thread, speed-up (fresh process, wall-clock)`, `${(coldSingle.ms / cold.ms).toFixed(2)}x`, '', undefined);
  }
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
  const child = runChild('--align-child', String(target));
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
  if (a.child.failed) {
    row(`alignment of ${a.claims} claims alone, in a fresh process: completes`, 'failed', 'bounded memory', false);
    console.log(`alignClaims, ${a.claims} claims alone in a fresh process   FAILED: ${a.child.failed}`);
    continue;
  }
  row(`alignment of ${a.claims} claims: heap allocated per claim (one run, before collection)`, `${(a.child.heapAllocated / a.claims / 1024).toFixed(1)} KB`, 'constant across sizes', undefined);
  row(`alignment of ${a.claims} claims: heap held with the result per claim`, `${(a.child.retained / a.claims / 1024).toFixed(2)} KB`, '', undefined);
  const rssRatio = a.child.peakRssAbove / a.child.bytes;
  // At 1,000 claims the input is 0.1 MB and V8's own young generation (tens of MB) is most of the peak: the goal is
  // judged from 10,000 claims on, and the slope below says what grows with the input.
  const judged = target >= 10000;
  row(`alignment of ${a.claims} claims alone: peak RSS above start / input size`, rssRatio.toFixed(1), judged ? '<= 20' : '(mostly fixed V8 overhead)', judged ? rssRatio <= 20 : undefined);
}
// What grows with the input, apart from V8's constant overhead (young generation, compiled code) that dominates the
// ratio above at small sizes: the extra peak RSS per extra MB of input between the two largest sizes, and whether
// the heap held per claim stays the same from the smallest to the largest size.
if (sizes.every((n) => !align[n].child.failed)) {
  const a = align[sizes[sizes.length - 2]];
  const b = align[sizes[sizes.length - 1]];
  const slope = (b.child.peakRssAbove - a.child.peakRssAbove) / (b.child.bytes - a.child.bytes);
  row(`alignment alone, ${a.claims} -> ${b.claims} claims: extra peak RSS / extra input size (slope)`, slope.toFixed(1), '<= 20', slope <= 20);
  const s = align[sizes[0]];
  const held = b.child.retained / b.claims / (s.child.retained / s.claims);
  row(`alignment alone: heap held per claim at ${b.claims} / at ${s.claims} claims`, held.toFixed(2), '<= 1.5 (constant per claim)', held <= 1.5);
}
for (let k = 1; k < sizes.length; k++) {
  const a = align[sizes[k - 1]];
  const b = align[sizes[k]];
  const growth = b.t.median / a.t.median;
  const factor = b.claims / a.claims;
  row(`alignment time growth, ${a.claims} -> ${b.claims} claims (${factor.toFixed(1)}x)`, `${growth.toFixed(1)}x`, '<= 12x for 10x', growth <= 12 * (factor / 10));
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
let normalPerArticle;
let compareAllPerMb;
{
  const small = articles.slice(0, Math.max(2, Math.floor(articles.length / 4)));
  const compareSmall = measure(() => lib.compare(small), 3);
  const compareAll = measure(() => lib.compare(articles), 3);
  console.log(`compare, ${small.length} articles   ${fmt(compareSmall)}`);
  console.log(`compare, ${articles.length} articles   ${fmt(compareAll)}`);
  compareAllPerMb = compareAll.median / mb;
  row('compare time / extraction time (all articles)', (compareAll.median / extract.median).toFixed(2), '', undefined);
  row(`compare time growth for ${(articles.length / small.length).toFixed(1)}x the articles`, `${(compareAll.median / compareSmall.median).toFixed(2)}x`, '', undefined);
  normalPerArticle = compareAll.median / articles.length;
  // Copies of one article make every claim agree with thousands of others: the worst case for cluster sizes.
  const perCopy = {};
  const copies = Array.from({ length: 1000 }, (_, i) => ({ id: `copy${i}`, text: articles[0].text }));
  const copiesT = measure(() => lib.compare(copies), 1);
  perCopy[1000] = copiesT.median / copies.length;
  console.log(`compare, ${copies.length} copies of one article   ${fmt(copiesT)}`);
  row(`${copies.length} copies of one article: time per article / normal compare per article`, (perCopy[1000] / normalPerArticle).toFixed(2), '', undefined);
  if (values.full) {
    // In a fresh process: a blow-up here must not take the rest of the bench down with it.
    const big = runChild('--stress-child', 'copies:10000');
    if (big.failed) {
      console.log(`compare, 10000 copies of one article   FAILED: ${big.failed}`);
      row('compare of 10000 copies of one article: completes', 'failed', 'bounded memory', false);
    } else {
      perCopy[10000] = big.ms / big.articles;
      console.log(`compare, 10000 copies of one article   ${big.ms.toFixed(0)} ms   peak RSS ${(big.peakRssAbove / 1e6).toFixed(0)} MB above start`);
      row('10000 copies of one article: time per article / normal compare per article', (perCopy[10000] / normalPerArticle).toFixed(2), '', undefined);
      const growth = perCopy[10000] / perCopy[1000];
      row('copies of one article: time per article at 10,000 / at 1,000', growth.toFixed(2), '<= 1.5 (no quadratic blow-up)', growth <= 1.5);
      row('10000 copies of one article: peak RSS above start / input size', (big.peakRssAbove / big.bytes).toFixed(1), '<= 20', big.peakRssAbove / big.bytes <= 20);
    }
  }
}
// ---- 5b. Stories: how the corpus is split, and what the split costs -------------------------------------------
// Above 50 articles `compare` first splits the set into stories and checks each on its own; the split reads each
// article's anchors and counts shared ones through postings, so it must stay a small share of extraction.
{
  const extracted = articles.map((a) => lib.extractClaims(a));
  const split = measure(() => lib.splitStories(extracted), runs);
  const stories = lib.splitStories(extracted).map((s) => s.length).sort((x, y) => y - x);
  console.log(
    `splitStories, ${articles.length} articles   ${fmt(split)}: ${stories.length} stories, largest ${stories.slice(0, 3).join(', ')} articles, ${stories.filter((n) => n === 1).length} alone`,
  );
  row('splitStories / extraction of the same articles', (split.median / extract.median).toFixed(3), '', undefined);
  const one = measure(() => lib.compare(articles, { stories: 'one' }), Math.min(runs, 3));
  const byStory = measure(() => lib.compare(articles, { stories: 'split' }), Math.min(runs, 3));
  console.log(`compare, ${articles.length} articles, stories: 'one'   ${fmt(one)}; stories: 'split' (the default above 50)   ${fmt(byStory)}`);
  row("compare time, stories: 'split' / 'one'", (byStory.median / one.median).toFixed(2), '', undefined);
  // Story by story, compareParallel compares the stories themselves in the pool, not only the extraction.
  if (typeof lib.compareParallel === 'function') {
    const cores = availableParallelism();
    for (const workers of [...new Set([cores, lib.defaultWorkers?.() ?? cores])]) {
      try {
        // Each thread sees only part of the work, so the pool's threads need more calls than the caller's to run
        // optimised code for alignment and detectors: about eight calls of this corpus before times stop falling.
        const pair = await wallPair(() => lib.compare(articles), () => lib.compareParallel(articles, { workers }), Math.min(runs, 3), COMPARE_WARM_CALLS);
        console.log(`compareParallel, ${workers} worker${workers === 1 ? ' ' : 's'}   ${fmt(pair.par)} (wall-clock); compare alternating with it ${fmt(pair.single)}`);
        row(`compare with ${workers} worker${workers === 1 ? '' : 's'} / single thread, speed-up (${cores} cores, wall-clock, warm)`, `${(pair.single.median / pair.par.median).toFixed(2)}x`, '', undefined);
      } catch (e) {
        console.log(`compareParallel                         skipped: ${String(e.message).split('\n')[0]}`);
        break;
      }
    }
    await lib.closeWorkers?.();
  }
}

// ---- 6. Incremental index: one more article into an index of 1,000 --------------------------------------------
// `add` extracts the article and nothing else; the alignment and detectors run when a report is read, once per
// batch of changes, and only for the stories that changed (the index splits as `compare` does). Both are timed:
// add alone against extracting the same articles, and add plus a report read against `compare()` of the whole set,
// and the same step in an index that checks every article against every other (`stories: 'one'`).
let stepAt1000;
{
  const base = articles.slice(0, Math.min(1000, articles.length - 10));
  const extra = articles.slice(base.length, base.length + 10);
  const index = lib.createIndex();
  for (const a of base) index.add(a);
  index.report();
  // add alone, timed over all extra articles at once (one article takes well under a millisecond), then removed again
  // so the next run adds them anew; extracting the same articles is timed the same way, alternating with it.
  const addAll = () => {
    for (const a of extra) index.add(a);
  };
  const extractAll = () => {
    for (const a of extra) lib.extractClaims(a);
  };
  const addOnly = [];
  const extractOnly = [];
  for (let r = 0; r < Math.max(5, runs); r++) {
    let t0 = now();
    extractAll();
    extractOnly.push(now() - t0);
    t0 = now();
    addAll();
    addOnly.push(now() - t0);
    for (const a of extra) index.remove(a.id);
  }
  // A step a desk would take: one article in, the report read.
  const withReport = [];
  for (const a of extra) {
    const t0 = now();
    index.add(a);
    index.report();
    withReport.push(now() - t0);
  }
  const addT = spread(addOnly);
  const exT = spread(extractOnly);
  const stepT = spread(withReport);
  const all = [...base, ...extra];
  const full = measure(() => lib.compare(all), Math.min(runs, 3));
  console.log(`createIndex: add ${extra.length} articles into ${base.length}    ${fmt(addT)}; extractClaims of the same articles ${fmt(exT)}`);
  console.log(`createIndex: add + report, one article into ${base.length}   ${fmt(stepT)}`);
  console.log(`compare, the same ${all.length} articles from scratch   ${fmt(full)}`);
  const addRatio = addT.median / exT.median;
  row(`index of ${base.length} articles: add alone / extracting the same articles`, addRatio.toFixed(2), 'about 1', addRatio <= 1.5);
  row(`index of ${base.length} articles: add + report read / compare() of all`, (stepT.median / full.median).toFixed(3), '', undefined);
  row(`index of ${base.length} articles: add + report read / extracting that article`, (stepT.median / (exT.median / extra.length)).toFixed(0), 'about 1', stepT.median / (exT.median / extra.length) <= 2);
  // The same steps with every article checked against every other: the whole alignment runs on each read.
  const flat = lib.createIndex({ stories: 'one' });
  for (const a of base) flat.add(a);
  flat.report();
  const flatSteps = [];
  for (const a of extra.slice(0, 3)) {
    const t0 = now();
    flat.add(a);
    flat.report();
    flatSteps.push(now() - t0);
  }
  const flatT = spread(flatSteps);
  console.log(`createIndex({ stories: 'one' }): add + report, one article into ${base.length}   ${fmt(flatT)}`);
  row(`index of ${base.length} articles, stories: 'one': add + report read / compare() of all`, (flatT.median / full.median).toFixed(2), '', undefined);
  stepAt1000 = { ...stepT, articles: base.length };
}

// ---- 6b. (--full) The same step in an index of 5,000 articles: does a step grow with the index? ---------------
// 31 articles go in one by one, each followed by a report read; the 31 are also extracted alone, alternating.
if (values.full) {
  const pool = buildCorpus(root, { bytes: 8e6, seed: 7 }).articles;
  const base = pool.slice(0, 5000);
  const extra = pool.slice(5000, 5031);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const index = lib.createIndex();
  for (const a of base) index.add(a);
  index.report();
  gc();
  // What the index holds with its report read: extractions, story reports, the joined report, kept per-claim work.
  const heldPerInput = (process.memoryUsage().heapUsed - heapBefore) / base.reduce((n, a) => n + a.text.length, 0);
  const steps = [];
  const extractions = [];
  for (const a of extra) {
    let t0 = now();
    lib.extractClaims(a);
    extractions.push(now() - t0);
    t0 = now();
    index.add(a);
    index.report();
    steps.push(now() - t0);
  }
  const stepT = spread(steps);
  // Per-article extraction times are a fraction of a millisecond: the mean of the 31 is steadier than their median.
  const exPer = extractions.reduce((x, y) => x + y, 0) / extractions.length;
  console.log(`createIndex: add + report, one article into ${base.length}   ${fmt(stepT)}; extracting one of them ${exPer.toFixed(2)} ms on average`);
  row(`index of ${base.length} articles: add + report read / extracting that article`, (stepT.median / exPer).toFixed(0), 'about 1', stepT.median / exPer <= 2);
  if (stepAt1000) row(`index step, ${stepAt1000.articles} -> ${base.length} articles: growth`, `${(stepT.median / stepAt1000.median).toFixed(2)}x`, '', undefined);
  row(`index of ${base.length} articles, report read: heap held / input size`, heldPerInput.toFixed(1), '<= 20', heldPerInput <= 20);
}

// ---- 7. Stress inputs (--full), each in a fresh process so its peak memory is its own ------------------------
if (values.full) {
  const mbOf = (x) => x.bytes / 1e6;
  const peakPerMb = (x) => x.peakRssAbove / x.bytes;
  const normalPerMb = extract.median / mb;
  const refusedLine = (x) => `refused in ${x.refused.ms.toFixed(1)} ms with ${x.refused.code}: ${x.refused.message}`;
  const refusedRow = (what, x) =>
    row(`${what}, default limit: ms to E_INPUT_TOO_LARGE`, x.refused.ms.toFixed(1), 'E_INPUT_TOO_LARGE in < 100 ms', x.refused.code === 'E_INPUT_TOO_LARGE' && x.refused.ms < 100);
  const failedRow = (what, x) => {
    console.log(`${what}   FAILED: ${x.failed}`);
    row(`${what}: completes`, 'failed', 'bounded memory', false);
  };
  const done = (x) => x.failed === undefined;
  const runLine = (what, x) =>
    console.log(`${what}   ${x.ms.toFixed(0)} ms   ${x.claims} claims   peak RSS ${((x.rss0 + x.peakRssAbove) / 1e6).toFixed(0)} MB (${(x.peakRssAbove / 1e6).toFixed(0)} MB above start)`);

  // (d) 10 and 50 MB corpora through compare: peak memory per MB, and what the extra 40 MB add (the slope).
  const corpora = {};
  for (const mbTarget of [10, 50]) {
    const c = runChild('--stress-child', `corpus:${mbTarget}`);
    corpora[mbTarget] = c;
    if (!done(c)) {
      failedRow(`compare of ${mbTarget} MB`, c);
      continue;
    }
    runLine(`compare, ${mbTarget} MB (${c.articles} articles)`, c);
    row(`compare of ${mbTarget} MB: peak RSS above start / input size`, peakPerMb(c).toFixed(1), '<= 20', peakPerMb(c) <= 20);
    // The same corpus story by story, each report dropped once read: what a caller that streams the report holds.
    const st = runChild('--stress-child', `stream:${mbTarget}`);
    if (!done(st)) {
      failedRow(`compareStories of ${mbTarget} MB`, st);
      continue;
    }
    runLine(`compareStories, ${mbTarget} MB, each story's report dropped once read`, st);
    row(`compareStories of ${mbTarget} MB (streamed): peak RSS above start / input size`, peakPerMb(st).toFixed(1), '<= 20', peakPerMb(st) <= 20);
  }
  if (done(corpora[10]) && done(corpora[50])) {
    const [a, b] = [corpora[10], corpora[50]];
    const slope = (b.peakRssAbove - a.peakRssAbove) / (b.bytes - a.bytes);
    row('compare, 10 -> 50 MB: extra peak RSS / extra input size (slope)', slope.toFixed(1), '<= 20', slope <= 20);
    const growth = b.ms / a.ms;
    const factor = b.bytes / a.bytes;
    row(`compare time growth for ${factor.toFixed(1)}x the input (10 -> 50 MB)`, `${growth.toFixed(1)}x`, `<= ${(1.2 * factor).toFixed(1)}x`, growth <= 1.2 * factor);
  }

  // (a) tiny articles of one or two sentences: 10,000 (the default maxArticles) and 100,000, which the default
  // limit must refuse at once before the run with the limit raised.
  const tiny = {};
  for (const n of [10_000, 100_000]) {
    const x = runChild('--stress-child', `tiny:${n}`);
    tiny[n] = x;
    const what = `compare, ${n} tiny articles`;
    if (x.refused) {
      console.log(`${what}, default maxArticles: ${refusedLine(x)}`);
      refusedRow(`${n} tiny articles`, x);
    }
    if (!done(x)) {
      failedRow(`${what}, maxArticles ${n}`, x);
      continue;
    }
    runLine(`${what} (${mbOf(x).toFixed(1)} MB)`, x);
    const perArticle = x.ms / x.articles / normalPerArticle;
    row(`${n} tiny articles: compare time per article / normal compare per article`, perArticle.toFixed(2), '<= 1 (bounded)', perArticle <= 1);
    row(`${n} tiny articles: compare time per MB / normal compare per MB`, (x.ms / mbOf(x) / compareAllPerMb).toFixed(2), '', undefined);
    row(`${n} tiny articles: peak RSS above start / input size`, peakPerMb(x).toFixed(1), '<= 20', peakPerMb(x) <= 20);
  }
  if (done(tiny[10_000]) && done(tiny[100_000])) {
    const [a, b] = [tiny[10_000], tiny[100_000]];
    const slope = (b.peakRssAbove - a.peakRssAbove) / (b.bytes - a.bytes);
    row('tiny articles, 10,000 -> 100,000: extra peak RSS / extra input size (slope)', slope.toFixed(1), '<= 20', slope <= 20);
    const growth = b.ms / a.ms;
    row('tiny articles: compare time growth for 10x the articles', `${growth.toFixed(1)}x`, '<= 12x', growth <= 12);
  }

  // (b) one 50 MB article: refused at once by the default maxArticleLength, then extracted with the limit raised.
  const huge = runChild('--stress-child', 'huge');
  if (huge.refused) {
    console.log(`extractClaims, one 50 MB article, default maxArticleLength: ${refusedLine(huge)}`);
    refusedRow('one 50 MB article', huge);
  }
  if (!done(huge)) failedRow('extractClaims, one 50 MB article, limit raised', huge);
  else {
    runLine('extractClaims, one 50 MB article, limit raised', huge);
    const perMb = huge.ms / mbOf(huge) / normalPerMb;
    row('one 50 MB article: extraction time per MB / normal articles', perMb.toFixed(2), '<= 1.5', perMb <= 1.5);
    row('one 50 MB article: peak RSS above start / input size', peakPerMb(huge).toFixed(1), '<= 20', peakPerMb(huge) <= 20);
  }
}

const rss = process.memoryUsage().rss / 1e6;
row('RSS at the end / MB of the main corpus', (rss / mb).toFixed(0), '', undefined);
console.log('\nratios (same run)            value        goal');
for (const r of rows) console.log(`  ${r.name.padEnd(84)} ${String(r.value).padEnd(10)} ${r.target.padEnd(30)} ${r.ok}`);
