// Speech representation in German non-fiction (Corpus REDEWIEDERGABE sample): does a claim record notice direct speech
// (a full quote) and indirect or reported speech (an attribution to someone or something)?
// Reads ../shared/data/redewiedergabe-de-attribution at run time; nothing of it is copied into the project.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const UNATTRIBUTED = new Set(['none', 'citation']);

/** Precision and recall of one binary decision from its counts. */
function pr({ tp, fp, fn }) {
  return { p: tp / (tp + fp || 1), r: tp / (tp + fn || 1) };
}

/** Scores sentence-level detection of direct speech, indirect speech and any speech representation against the gold types. */
export async function run({ lib, dataDir }) {
  const file = join(dataDir, 'redewiedergabe-de-attribution/stwr_nonfiction_sample.jsonl');
  if (!existsSync(file)) return null;
  const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const counts = {
    direct: { tp: 0, fp: 0, fn: 0 },
    indirect: { tp: 0, fp: 0, fn: 0 },
    indirectSpoken: { tp: 0, fp: 0, fn: 0 },
    any: { tp: 0, fp: 0, fn: 0 },
  };
  let spoken = 0;
  const tally = (key, predicted, gold) => {
    if (predicted && gold) counts[key].tp++;
    else if (predicted) counts[key].fp++;
    else if (gold) counts[key].fn++;
  };
  for (const row of rows) {
    const { claims } = lib.extractClaims({ id: row.id, text: row.text, language: 'de' });
    const direct = claims.some((c) => c.quotes.some((q) => !q.partial));
    const attributed = claims.some((c) => !UNATTRIBUTED.has(c.attribution.kind));
    const types = new Set(row.stwr_types);
    tally('direct', direct, types.has('direct'));
    tally('indirect', attributed, types.has('indirect'));
    tally('any', direct || attributed, types.size > 0);
    // Thought ("Man kann sich denken, …") is not an attribution of a claim: score indirect speech and writing apart.
    if (row.stwr_media.length === 0 || row.stwr_media.some((m) => /speech|writing/.test(m))) {
      spoken++;
      tally('indirectSpoken', attributed, types.has('indirect'));
    }
  }
  const n = `(n=${rows.length})`;
  const rowsOut = [];
  const sets = [
    ['direct', `direct speech (full quote) ${n}`],
    ['indirect', `indirect (attribution) ${n}`],
    ['indirectSpoken', `indirect, speech/writing only (n=${spoken})`],
    ['any', `any speech/thought/writing ${n}`],
  ];
  for (const [key, label] of sets) {
    const { p, r } = pr(counts[key]);
    rowsOut.push({ set: label, metric: 'precision', value: p, peer: '' });
    rowsOut.push({ set: label, metric: 'recall', value: r, peer: key === 'direct' || key === 'indirect' ? 'BERT taggers ~0.7-0.9 token F1 (unverified)' : '' });
  }
  return { title: 'Speech representation, Corpus REDEWIEDERGABE non-fiction sample (German, 1840-1919)', rows: rowsOut };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { pathToFileURL, fileURLToPath } = await import('node:url');
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const lib = await import(pathToFileURL(join(root, 'dist/index.js')).href);
  console.log(await run({ lib, dataDir: join(root, '../shared/data') }));
}
