// Compares the example articles through the library API and prints the Markdown report.
// Run: npm run build && node examples/compare-articles.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare, renderMarkdown } from '../dist/index.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'articles');
const articles = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ id: basename(f, '.txt'), text: readFileSync(join(dir, f), 'utf8') }));

const report = compare(articles, { locale: 'de' });
console.log(renderMarkdown(report));

// The structured data behind the prose: what a newsroom tool would highlight.
for (const f of report.findings.filter((x) => x.severity !== 'info')) {
  for (const e of f.evidence) console.log(`${f.detector}\t${e.articleId}\t${e.span.start}-${e.span.end}\t${e.text}`);
}
