// Sentence segmentation scored on third-party test sets read at run time from ../shared/data/sentence-segmentation.
// `run({ lib, dataDir })` is called by scripts/eval.mjs; run directly for a table and, with --failures, every miss:
//   node scripts/eval/segmentation.mjs [--failures] [--lib path/to/index.js]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const squash = (s) => s.trim().replace(/\s+/g, ' ');

function readJsonl(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

// Upstream ran these with text cleaning or PDF/DOCX handling; a pure splitter cannot reproduce their output.
function needsCleaning(row) {
  const o = row.upstream_options ?? row.options ?? null;
  if (!o) return false;
  const clean = o.clean === true || o.clean === 'true';
  return clean || o.doc_type !== undefined;
}

function exactSet(lib, rows, failures, set) {
  let ok = 0;
  for (const r of rows) {
    const got = lib.segmentSentences(r.input, { language: r.lang }).map((s) => squash(s.text));
    const want = r.expected.map(squash).filter(Boolean);
    if (got.length === want.length && got.every((g, i) => g === want[i])) ok++;
    else failures.push({ set, id: r.id, input: r.input, expected: want, got });
  }
  return rows.length === 0 ? 0 : (100 * ok) / rows.length;
}

// Boundary offsets counted in non-space characters, so spacing differences never matter.
function boundaries(sentences) {
  const out = new Set();
  let n = 0;
  for (let i = 0; i < sentences.length - 1; i++) {
    n += sentences[i].replace(/\s+/g, '').length;
    out.add(n);
  }
  return out;
}

function boundarySet(lib, rows, failures, set) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of rows) {
    const gotTexts = lib.segmentSentences(r.input, { language: r.lang }).map((s) => s.text);
    const got = boundaries(gotTexts);
    const want = boundaries(r.expected);
    let rowMiss = false;
    for (const b of got) if (want.has(b)) tp++; else { fp++; rowMiss = true; }
    for (const b of want) if (!got.has(b)) { fn++; rowMiss = true; }
    if (rowMiss) failures.push({ set, id: r.id, input: r.input, expected: r.expected.map(squash), got: gotTexts.map(squash) });
  }
  const p = tp / (tp + fp || 1);
  const rec = tp / (tp + fn || 1);
  return { f1: p + rec === 0 ? 0 : (200 * p * rec) / (p + rec), p: 100 * p, r: 100 * rec };
}

/** Scores `lib.segmentSentences` on the sentence segmentation sets; null when the data folder is absent. */
export async function run({ lib, dataDir, failures = [] }) {
  const dir = join(dataDir, 'sentence-segmentation');
  if (!existsSync(dir)) return null;
  const gr = readJsonl(join(dir, 'pragmatic_segmenter_golden_rules.jsonl'));
  const ext = readJsonl(join(dir, 'pragmatic_segmenter_extended.jsonl'));
  const pysbd = readJsonl(join(dir, 'pysbd_tests.jsonl'));
  const udDe = readJsonl(join(dir, 'ud_german_gsd_news_concat.jsonl'));
  const udEn = readJsonl(join(dir, 'ud_english_ewt_paragraphs.jsonl'));

  const psEn = gr.filter((r) => r.lang === 'en');
  const psEnKept = psEn.filter((r) => !needsCleaning(r));
  const pyEn = pysbd.filter((r) => r.lang === 'en' && /GOLDEN_EN_RULES/.test(r.suite ?? ''));
  const pyEnKept = pyEn.filter((r) => !needsCleaning(r));

  // German: pragmatic_segmenter golden rules + extended + pySBD German, the same input counted once.
  const deAll = [...gr, ...ext, ...pysbd].filter((r) => r.lang === 'de');
  const seen = new Set();
  let deSkipped = 0;
  const deKept = [];
  for (const r of deAll) {
    if (needsCleaning(r)) {
      deSkipped++;
      continue;
    }
    if (seen.has(r.input)) continue;
    seen.add(r.input);
    deKept.push(r);
  }
  const extEn = ext.filter((r) => r.lang === 'en');
  const extEnKept = extEn.filter((r) => !needsCleaning(r));

  const rows = [];
  const psScore = exactSet(lib, psEnKept, failures, 'ps-en-gr');
  const pyScore = exactSet(lib, pyEnKept, failures, 'pysbd-en-gr');
  const n = psEnKept.length + pyEnKept.length;
  rows.push({
    set: `English golden rules, both (n=${n}, ${psEn.length + pyEn.length - n} skipped: cleaning/pdf)`,
    metric: 'exact %',
    value: (psScore * psEnKept.length + pyScore * pyEnKept.length) / (n || 1),
    peer: 'pragmatic_segmenter 98.08 %, pySBD 97.92 %',
  });
  rows.push({ set: `  pragmatic_segmenter GR en (n=${psEnKept.length})`, metric: 'exact %', value: psScore, peer: 'pragmatic_segmenter 98.08 %' });
  rows.push({ set: `  pySBD GOLDEN_EN_RULES (n=${pyEnKept.length})`, metric: 'exact %', value: pyScore, peer: 'pySBD 97.92 %' });
  rows.push({
    set: `German cases, deduplicated (n=${deKept.length}, ${deSkipped} skipped: cleaning/pdf/docx)`,
    metric: 'exact %',
    value: exactSet(lib, deKept, failures, 'de-cases'),
    peer: 'compromise@14 57.6 % (extended de)',
  });
  rows.push({
    set: `pragmatic_segmenter extended en (n=${extEnKept.length}, ${extEn.length - extEnKept.length} skipped)`,
    metric: 'exact %',
    value: exactSet(lib, extEnKept, failures, 'ps-en-ext'),
    peer: 'sentence-splitter@5 48.8 %',
  });
  const de = boundarySet(lib, udDe, failures, 'ud-de');
  rows.push({ set: `UD German GSD news (n=${udDe.length} paragraphs)`, metric: 'boundary F1', value: de.f1, peer: 'sentence-splitter@5 99.0' });
  const en = boundarySet(lib, udEn, failures, 'ud-en');
  rows.push({ set: `UD English EWT (n=${udEn.length} paragraphs)`, metric: 'boundary F1', value: en.f1, peer: 'naive regex 85.7, sentence-splitter@5 82.7' });
  return { title: 'Sentence segmentation', rows };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const li = process.argv.indexOf('--lib');
  const libPath = li > 0 ? resolve(process.argv[li + 1]) : join(root, 'dist/index.js');
  const lib = await import(pathToFileURL(libPath).href);
  const failures = [];
  const result = await run({ lib, dataDir: resolve(root, '../shared/data'), failures });
  if (!result) {
    console.log('skipped: no ../shared/data/sentence-segmentation');
  } else {
    for (const r of result.rows) console.log(`${r.set.padEnd(70)} ${r.metric.padEnd(12)} ${r.value.toFixed(2).padStart(7)}   ${r.peer}`);
    if (process.argv.includes('--failures')) {
      for (const f of failures) {
        console.log(`\n[${f.set}] ${f.id}\n  input:    ${JSON.stringify(f.input).slice(0, 600)}`);
        console.log(`  expected: ${JSON.stringify(f.expected).slice(0, 800)}\n  got:      ${JSON.stringify(f.got).slice(0, 800)}`);
      }
    }
  }
}
