// Weasel sentences (CoNLL-2010 Wikipedia, English): a sentence counts as flagged when its claim record says
// the statement rests on a vague group, nobody, an anonymous source, or carries a hedge.
// Reads ../shared/data/conll2010-wikipedia-weasel at run time; nothing of it is copied into the project.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FLAGGED = new Set(['vague-group', 'agentless', 'anonymous']);

/** Scores one sentence per row as flagged/not flagged against the uncertain/certain labels. */
export async function run({ lib, dataDir }) {
  const file = join(dataDir, 'conll2010-wikipedia-weasel/weasel_test_sample.jsonl');
  if (!existsSync(file)) return null;
  const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const count = { tp: 0, fp: 0, fn: 0, tn: 0, attributionOnly: { tp: 0, fp: 0 } };
  // Kept for reading (standalone run with --misses), to generalise from categories, never to copy sentences.
  const misses = [];
  const falseAlarms = [];
  for (const row of rows) {
    const { claims } = lib.extractClaims({ id: row.id, text: row.text, language: 'en' });
    const vague = claims.some((c) => FLAGGED.has(c.attribution.kind));
    const flagged = vague || claims.some((c) => c.hedges.length > 0);
    const gold = row.label === 'uncertain';
    if (flagged && gold) count.tp++;
    else if (flagged) {
      count.fp++;
      const why = claims.flatMap((c) => [...(FLAGGED.has(c.attribution.kind) ? [`${c.attribution.kind}: ${c.attribution.cue}`] : []), ...c.hedges.map((h) => `hedge: ${h.text}`)]);
      falseAlarms.push(`${why.join(' | ')}  ##  ${row.text}`);
    } else if (gold) {
      count.fn++;
      misses.push(row.text);
    } else count.tn++;
    if (vague) count.attributionOnly[gold ? 'tp' : 'fp']++;
  }
  const p = count.tp / (count.tp + count.fp || 1);
  const r = count.tp / (count.tp + count.fn || 1);
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  const n = `(n=${rows.length})`;
  return {
    title: 'Weasel sentences, CoNLL-2010 Wikipedia sample (vague/agentless/anonymous attribution or hedge)',
    misses,
    falseAlarms,
    rows: [
      { set: `uncertain class ${n}`, metric: 'precision', value: p, peer: '' },
      { set: `uncertain class ${n}`, metric: 'recall', value: r, peer: '' },
      { set: `uncertain class ${n}`, metric: 'f1', value: f1, peer: 'retext-intensify 0.758, write-good 0.617' },
      { set: `attribution only ${n}`, metric: 'flagged tp/fp', value: `${count.attributionOnly.tp}/${count.attributionOnly.fp}`, peer: '' },
    ],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { pathToFileURL, fileURLToPath } = await import('node:url');
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const lib = await import(pathToFileURL(join(root, 'dist/index.js')).href);
  const { misses, falseAlarms, ...result } = await run({ lib, dataDir: join(root, '../shared/data') });
  console.log(result);
  if (process.argv.includes('--misses')) {
    console.log('\nmissed (uncertain, not flagged):');
    for (const m of misses) console.log(`- ${m}`);
    console.log('\nfalse alarms (certain, flagged):');
    for (const f of falseAlarms) console.log(`+ ${f}`);
  }
}
