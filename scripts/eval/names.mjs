// Name variants: precision / recall / F1 of `compareNames` on third-party labelled pairs (read at run time, never copied).
// Usage (after a build): node scripts/eval/names.mjs [--failures] [--lib path/to/index.js]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HAND_MADE = new Set(['nk_checks', 'nk_unit_tests', 'cust_cases', 'cluster_align']);
const LATIN_OR_CYRILLIC = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{M}\p{N}\p{P}\p{Z}\p{S}]*$/u;

function readJsonl(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

function score(lib, pairs) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const misses = [];
  for (const p of pairs) {
    const r = lib.compareNames(p.name1, p.name2);
    if (r.same && p.is_match) tp++;
    else if (r.same) fp++;
    else if (p.is_match) fn++;
    else tn++;
    if (r.same !== p.is_match) misses.push({ ...p, got: r });
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { n: pairs.length, tp, fp, fn, tn, precision, recall, f1, misses };
}

function loadSets(dataDir) {
  const dir = join(dataDir, 'name-variants');
  const os = join(dir, 'opensanctions_person_name_pairs.jsonl');
  const acl = join(dir, 'acl_anthology_name_variant_pairs.jsonl');
  if (!existsSync(os) || !existsSync(acl)) return null;
  const osPairs = readJsonl(os);
  return [
    { set: 'OpenSanctions hand-made', pairs: osPairs.filter((p) => HAND_MADE.has(p.case_group)), peer: { precision: 0.961, recall: 0.803, f1: 0.875 } },
    // Latin and Cyrillic only: the figure without the pairs that depend on the small script tables (Greek, Armenian,
    // Georgian, Arabic, Khmer, kana); Chinese characters are not covered.
    {
      set: 'OpenSanctions hand-made, Latin/Cyrillic only',
      pairs: osPairs.filter((p) => HAND_MADE.has(p.case_group) && LATIN_OR_CYRILLIC.test(p.name1 + p.name2)),
      peer: {},
    },
    { set: 'OpenSanctions synthetic (LLM-proposed)', pairs: osPairs.filter((p) => p.case_group === 'synth_people'), peer: { precision: 0.544, recall: 0.744, f1: 0.628 } },
    { set: 'ACL Anthology', pairs: readJsonl(acl), peer: { precision: 0.948, recall: 0.753, f1: 0.839 } },
  ];
}

/** Scores `lib.compareNames` on the name-variant pairs; null when the data directory is absent. */
export async function run({ lib, dataDir }) {
  const sets = loadSets(dataDir);
  if (!sets) return null;
  const rows = [];
  for (const s of sets) {
    const r = score(lib, s.pairs);
    for (const metric of ['precision', 'recall', 'f1']) {
      rows.push({ set: `${s.set} (n=${r.n})`, metric, value: r[metric], peer: s.peer[metric] ?? null });
    }
  }
  return { title: 'Name variants (compareNames)', rows };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const libArg = process.argv.indexOf('--lib');
  const libPath = libArg > 0 ? resolve(process.argv[libArg + 1]) : join(root, 'dist/index.js');
  const lib = await import(pathToFileURL(libPath).href);
  const dataDir = resolve(root, '../shared/data');
  const sets = loadSets(dataDir);
  if (!sets) {
    console.log('skipped: no name-variants data');
  } else {
    for (const s of sets) {
      const r = score(lib, s.pairs);
      console.log(`${s.set}: n=${r.n} P=${r.precision.toFixed(3)} R=${r.recall.toFixed(3)} F1=${r.f1.toFixed(3)} (peer F1 ${s.peer.f1 ?? '-'})`);
      if (process.argv.includes('--failures')) {
        for (const m of r.misses) console.log(`  ${m.is_match ? 'FN' : 'FP'} ${m.name1} | ${m.name2} -> ${m.got.score} ${m.got.reasons.join(',')}`);
      }
    }
  }
}
