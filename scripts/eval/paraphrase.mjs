// Claim similarity on sentence pairs: PAWS-X German (paraphrase vs word-swap non-paraphrase, ROC AUC) and STS-B
// German (graded similarity, Spearman), each beside the lexical floor (character-bigram Dice alone) computed here
// on the same pairs. STS-B also carries the English originals, so German sentence 1 against English sentence 2
// measures the cross-language anchors. Reads ../shared/data at run time; nothing of it is copied into the project.
// SemEval-2022 Task 8 ships URLs and gold scores only (no article text), so it cannot be scored offline.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const readJsonl = (file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

/** Character-bigram Dice with whitespace removed, as string-similarity computes it: the lexical floor. */
function dice(a, b) {
  const s = a.replace(/\s+/g, '');
  const t = b.replace(/\s+/g, '');
  if (s === t) return 1;
  if (s.length < 2 || t.length < 2) return 0;
  const grams = new Map();
  for (let i = 0; i < s.length - 1; i++) grams.set(s.slice(i, i + 2), (grams.get(s.slice(i, i + 2)) ?? 0) + 1);
  let shared = 0;
  for (let i = 0; i < t.length - 1; i++) {
    const g = t.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      grams.set(g, n - 1);
      shared++;
    }
  }
  return (2 * shared) / (s.length + t.length - 2);
}

/** Average ranks (1-based), ties sharing their mean rank. */
function ranks(values) {
  const order = values.map((v, i) => [v, i]).sort((x, y) => x[0] - y[0]);
  const out = new Array(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    for (let k = i; k <= j; k++) out[order[k][1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

function pearson(x, y) {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx && syy ? sxy / Math.sqrt(sxx * syy) : 0;
}

const spearman = (x, y) => pearson(ranks(x), ranks(y));

/** ROC AUC as the Mann-Whitney statistic: the chance a positive pair outscores a negative one (ties count half). */
function auc(scores, labels) {
  const r = ranks(scores);
  let pos = 0;
  let sum = 0;
  labels.forEach((l, i) => {
    if (l) {
      pos++;
      sum += r[i];
    }
  });
  const neg = labels.length - pos;
  return pos && neg ? (sum - (pos * (pos + 1)) / 2) / (pos * neg) : 0;
}

/** One sentence as one claim record: its claims' mentions merged, so a pair compares whole sentences. */
function sentenceClaim(lib, id, text, language) {
  const { claims } = lib.extractClaims({ id, text, language });
  const first = claims[0];
  return {
    ...(first ?? { id: `${id}#0`, articleId: id, index: 0, section: 'body', kind: 'fact', quotes: [], attribution: { kind: 'none' }, hedges: [], citations: [] }),
    text,
    span: { start: 0, end: text.length },
    entities: claims.flatMap((c) => c.entities),
    quantities: claims.flatMap((c) => c.quantities),
    dates: claims.flatMap((c) => c.dates),
  };
}

/** Scores PAWS-X (AUC) and STS-B (Spearman) with claimSimilarity and with the bigram-Dice floor. */
export async function run({ lib, dataDir }) {
  const paws = join(dataDir, 'paws-x-de/pawsx_de_dev_sample.jsonl');
  const sts = join(dataDir, 'stsb-multi-mt-de/stsb_de_test_sample.jsonl');
  if (!existsSync(paws) && !existsSync(sts)) return null;
  const similarity = typeof lib.claimSimilarity === 'function' ? lib.claimSimilarity : null;
  if (!similarity) return { title: 'Claim similarity (PAWS-X de, STS-B de)', skipped: 'no claimSimilarity export' };
  const score = (id, s1, l1, s2, l2) => similarity(sentenceClaim(lib, `${id}a`, s1, l1), sentenceClaim(lib, `${id}b`, s2, l2)).score;
  const rows = [];
  if (existsSync(paws)) {
    const data = readJsonl(paws);
    const labels = data.map((r) => r.label === 1);
    const ours = data.map((r) => score(r.id, r.sentence1, 'de', r.sentence2, 'de'));
    const floor = data.map((r) => dice(r.sentence1.toLowerCase(), r.sentence2.toLowerCase()));
    const set = `PAWS-X de dev sample (n=${data.length})`;
    rows.push({ set, metric: 'ROC AUC', value: auc(ours, labels), peer: `bigram Dice ${auc(floor, labels).toFixed(3)}; token-Jaccard 0.519 (README)` });
  }
  if (existsSync(sts)) {
    const data = readJsonl(sts);
    const gold = data.map((r) => r.score);
    const ours = data.map((r) => score(r.id, r.sentence1, 'de', r.sentence2, 'de'));
    const floor = data.map((r) => dice(r.sentence1.toLowerCase(), r.sentence2.toLowerCase()));
    rows.push({
      set: `STS-B de test sample (n=${data.length})`,
      metric: 'Spearman',
      value: spearman(ours, gold),
      peer: `bigram Dice ${spearman(floor, gold).toFixed(3)}; token-Jaccard 0.612 (README)`,
    });
    const cross = data.map((r) => score(`${r.id}x`, r.sentence1, 'de', r.sentence2_en, 'en'));
    const crossFloor = data.map((r) => dice(r.sentence1.toLowerCase(), r.sentence2_en.toLowerCase()));
    rows.push({
      set: `STS-B de s1 vs en s2 (n=${data.length})`,
      metric: 'Spearman',
      value: spearman(cross, gold),
      peer: `bigram Dice ${spearman(crossFloor, gold).toFixed(3)}`,
    });
  }
  rows.push({ set: 'SemEval-2022 Task 8 de-en', metric: 'not scored', value: '-', peer: 'sample has URLs and gold only, no article text' });
  return { title: 'Claim similarity: paraphrase vs role swap (PAWS-X de), graded similarity (STS-B de, de-en)', rows };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const lib = await import(pathToFileURL(join(root, 'dist/index.js')).href);
  console.log(await run({ lib, dataDir: join(root, '../shared/data') }));
}
