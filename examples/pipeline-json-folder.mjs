// A pipeline step: compare every JSON article in a folder and emit one JSON line per finding (JSON Lines),
// ready for jq, a queue or a log shipper. The exit code is 1 when a finding is an error, so CI can stop on it.
// Run: npm run build && node examples/pipeline-json-folder.mjs [folder]   (default: examples/json)
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare, validateArticle } from '../dist/index.js';

const folder = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), 'json');

// Each file holds one article object or an array of them; a missing id falls back to the file name.
const articles = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .flatMap((name) => {
    const value = JSON.parse(readFileSync(join(folder, name), 'utf8'));
    const list = Array.isArray(value) ? value : [value];
    const id = basename(name, '.json');
    return list.map((item, i) => validateArticle({ id: list.length === 1 ? id : `${id}-${i + 1}`, ...item }, i));
  });

const report = compare(articles, {
  // House style: a misspelt name is an error here, and claims only one source makes are not worth a line.
  rules: { 'name-variant': 'error', 'single-source': 'off' },
  locale: 'en',
});

for (const f of report.findings) {
  const evidence = f.evidence.map((e) => ({ articleId: e.articleId, start: e.span.start, end: e.span.end, text: e.text }));
  process.stdout.write(`${JSON.stringify({ severity: f.severity, detector: f.detector, code: f.code, message: f.message, evidence })}\n`);
}
process.stderr.write(`${articles.length} articles, ${report.findings.length} findings\n`);
process.exitCode = report.findings.some((f) => f.severity === 'error') ? 1 : 0;
