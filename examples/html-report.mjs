// Writes the HTML report of the example articles: one self-contained file to open in a browser or attach to a mail.
// Run: npm run build && node examples/html-report.mjs [out.html]   (default: claimdiff-report.html)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare, renderHtml } from '../dist/index.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'articles');
const out = resolve(process.argv[2] ?? 'claimdiff-report.html');

const articles = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: basename(f, '.txt'), text: readFileSync(join(dir, f), 'utf8') }));

const report = compare(articles);
// The articles go in too: the page shows the sources side by side with every finding highlighted at its span.
writeFileSync(out, renderHtml(report, { articles }));
console.log(`${report.findings.length} findings in ${articles.length} articles: ${out}`);
