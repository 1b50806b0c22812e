// Subjectivity of German news sentences (CheckThat! 2025 Task 1, dev-test): a sentence counts as SUBJ when one of its
// claim records has kind `opinion`. Macro-F1 over SUBJ/OBJ, printed beside the organisers' baseline.
// Reads ../shared/data/checkthat2025-subjectivity-de at run time; nothing of it is copied into the project.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Precision, recall and F1 of one class from its counts. */
function prf(tp, fp, fn) {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Scores `opinion` vs every other claim kind against the SUBJ/OBJ labels. */
export async function run({ lib, dataDir }) {
  const file = join(dataDir, 'checkthat2025-subjectivity-de/dev_test_de.jsonl');
  if (!existsSync(file)) return null;
  const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const row of rows) {
    const { claims } = lib.extractClaims({ id: row.id, text: row.sentence, language: 'de' });
    const subj = claims.some((x) => x.kind === 'opinion');
    const gold = row.label === 'SUBJ';
    if (subj && gold) c.tp++;
    else if (subj) c.fp++;
    else if (gold) c.fn++;
    else c.tn++;
  }
  const s = prf(c.tp, c.fp, c.fn);
  const o = prf(c.tn, c.fn, c.fp);
  const n = `(n=${rows.length})`;
  return {
    title: 'Subjectivity, CheckThat! 2025 German dev-test (claim kind `opinion` = SUBJ)',
    rows: [
      { set: `SUBJ class ${n}`, metric: 'precision', value: s.p, peer: '' },
      { set: `SUBJ class ${n}`, metric: 'recall', value: s.r, peer: '' },
      { set: `SUBJ class ${n}`, metric: 'f1', value: s.f1, peer: '' },
      { set: `OBJ class ${n}`, metric: 'f1', value: o.f1, peer: '' },
      { set: `SUBJ/OBJ ${n}`, metric: 'macro-f1', value: (s.f1 + o.f1) / 2, peer: 'organisers baseline 0.69' },
    ],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { pathToFileURL, fileURLToPath } = await import('node:url');
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const lib = await import(pathToFileURL(join(root, 'dist/index.js')).href);
  console.log(await run({ lib, dataDir: join(root, '../shared/data') }));
}
