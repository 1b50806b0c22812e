#!/usr/bin/env node
// The only module that touches fs, process and the console: everything else in claimdiff is pure.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, extname } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  compare,
  extractClaims,
  isClaimdiffError,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderText,
  reportJsonSchema,
  validateArticle,
} from '../index.js';
import type { ArticleInput, Format, Language, Report, Severity } from '../index.js';

/** A mistake in how the CLI was called or in the files it was given: exit 2 with one line on stderr. */
class UsageError extends Error {}

const FORMATS = ['json', 'markdown', 'text', 'html'] as const;
type OutputFormat = (typeof FORMATS)[number];
const SEVERITIES: readonly Severity[] = ['info', 'warning', 'error'];
const LANGUAGES: readonly Language[] = ['de', 'en'];

const HELP_MAIN = `claimdiff: compare news articles about the same event across sources

Usage:
  claimdiff compare <files...> [options]   compare articles and report findings
  claimdiff claims <file> [--lang de|en]   print one article's claim records as JSON
  claimdiff schema                         print the report's JSON Schema

Options:
  -h, --help       show help (also: claimdiff <command> --help)
  -v, --version    print the version

Example:
  claimdiff compare spiegel.txt zeit.txt --format markdown --fail-on warning
`;

const HELP_COMPARE = `Usage: claimdiff compare <files...> [options]

Reads each file as one article (.txt text, .md Markdown, .html/.htm HTML,
.json one article object or an array of them) and compares them.
The article id is the file name without its extension.

Options:
  -f, --format <fmt>     json | markdown | text | html (default: text)
      --fail-on <sev>    exit 1 when a finding is at least info | warning | error
                         (default: never fail on findings)
  -l, --lang <lang>      de | en: language of articles that do not name one
  -o, --out <file>       write the report to <file> instead of stdout
  -q, --quiet            print nothing on stdout; the exit code tells
  -h, --help             show this help

Exit codes: 0 ok, 1 a finding reached --fail-on, 2 usage or input error, 3 internal error.

Example:
  claimdiff compare a.txt b.txt --format html --out report.html
`;

const HELP_CLAIMS = `Usage: claimdiff claims <file> [--lang de|en]

Prints the sentences and claim records of one article as JSON.

Options:
  -l, --lang <lang>   de | en: language when the article does not name one
  -h, --help          show this help

Example:
  claimdiff claims article.txt --lang de
`;

const HELP_SCHEMA = `Usage: claimdiff schema

Prints the JSON Schema (draft 2020-12) of the report that --format json emits.

Example:
  claimdiff schema > claimdiff-report.schema.json
`;

const HELP: Record<string, string> = { compare: HELP_COMPARE, claims: HELP_CLAIMS, schema: HELP_SCHEMA };

function version(): string {
  // Resolved from this file's location so it works from dist/cli/ and from src/cli/ alike.
  const pkg = createRequire(import.meta.url)('../../package.json') as { version?: string };
  return pkg.version ?? '0.0.0';
}

/** Turns parseArgs' long messages into one short line that points to the help. */
function parseOrThrow<T extends ParseArgsConfig>(config: T, command: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    if (unknown) throw new UsageError(`unknown option "${unknown[1]}" (see claimdiff ${command} --help)`);
    throw new UsageError(`${message.split('\n')[0]} (see claimdiff ${command} --help)`);
  }
}

function pickFormat(file: string): Format {
  const ext = extname(file).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.html' || ext === '.htm') return 'html';
  return 'text';
}

function fileId(file: string): string {
  return basename(file, extname(file));
}

function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`cannot read "${file}": no such file`);
    if (code === 'EISDIR') throw new UsageError(`cannot read "${file}": it is a directory`);
    if (code === 'EACCES') throw new UsageError(`cannot read "${file}": permission denied`);
    throw new UsageError(`cannot read "${file}": ${(error as Error).message}`);
  }
  if (bytes.includes(0)) throw new UsageError(`"${file}" is a binary file, not UTF-8 text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`"${file}" is not valid UTF-8 text`);
  }
  if (text.trim() === '') throw new UsageError(`"${file}" is empty`);
  return text;
}

/** Reads one file into articles; JSON files may hold one article or an array of them. */
function readArticles(file: string): ArticleInput[] {
  const text = readText(file);
  if (extname(file).toLowerCase() !== '.json') return [{ id: fileId(file), text, format: pickFormat(file) }];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`invalid JSON in "${file}": ${(error as Error).message}`);
  }
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) throw new UsageError(`"${file}" holds an empty array, expected at least one article`);
  return list.map((item, i) => {
    // A missing id falls back to the file name (numbered inside an array) so files need not repeat themselves.
    const withId =
      typeof item === 'object' && item !== null && !Array.isArray(item) && !('id' in item)
        ? { ...item, id: list.length === 1 ? fileId(file) : `${fileId(file)}-${i + 1}` }
        : item;
    try {
      return validateArticle(withId, i);
    } catch (error) {
      if (isClaimdiffError(error)) throw new UsageError(`${file}: ${error.message}`);
      throw error;
    }
  });
}

function render(report: Report, format: OutputFormat, color: boolean, articles: readonly ArticleInput[]): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'markdown':
      return renderMarkdown(report);
    case 'html':
      return renderHtml(report, { articles });
    case 'text':
      return renderText(report, { color });
  }
}

function wantsColor(): boolean {
  const noColor = process.env['NO_COLOR'];
  return process.stdout.isTTY === true && (noColor === undefined || noColor === '');
}

function runCompare(args: string[]): number {
  const { values, positionals } = parseOrThrow(
    {
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'fail-on': { type: 'string' },
        lang: { type: 'string', short: 'l' },
        out: { type: 'string', short: 'o' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    },
    'compare',
  );
  if (values.help) {
    process.stdout.write(HELP_COMPARE);
    return 0;
  }
  const format = (values.format ?? 'text') as OutputFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}" (expected ${FORMATS.join(', ')})`);
  const failOn = values['fail-on'] as Severity | undefined;
  if (failOn !== undefined && !SEVERITIES.includes(failOn)) {
    throw new UsageError(`unknown --fail-on level "${failOn}" (expected ${SEVERITIES.join(', ')})`);
  }
  const lang = checkLang(values.lang);
  if (positionals.length === 0) throw new UsageError('no files given (see claimdiff compare --help)');
  const articles: ArticleInput[] = [];
  const origin = new Map<string, string>();
  for (const file of positionals) {
    for (const article of readArticles(file)) {
      const first = origin.get(article.id);
      if (first !== undefined) {
        throw new UsageError(`duplicate article id "${article.id}" (from "${first}" and "${file}")`);
      }
      origin.set(article.id, file);
      articles.push(article);
    }
  }
  const report = compare(articles, lang ? { language: lang } : {});
  const color = values.out === undefined && format === 'text' && wantsColor();
  const output = render(report, format, color, articles);
  if (values.out !== undefined) {
    try {
      writeFileSync(values.out, output);
    } catch (error) {
      throw new UsageError(`cannot write "${values.out}": ${(error as Error).message}`);
    }
  } else if (!values.quiet) {
    process.stdout.write(output);
  }
  if (failOn === undefined) return 0;
  const threshold = SEVERITIES.indexOf(failOn);
  return report.findings.some((f) => SEVERITIES.indexOf(f.severity) >= threshold) ? 1 : 0;
}

function checkLang(lang: string | undefined): Language | undefined {
  if (lang === undefined) return undefined;
  if (!LANGUAGES.includes(lang as Language)) throw new UsageError(`unknown language "${lang}" (expected ${LANGUAGES.join(', ')})`);
  return lang as Language;
}

function runClaims(args: string[]): number {
  const { values, positionals } = parseOrThrow(
    {
      args,
      allowPositionals: true,
      strict: true,
      options: { lang: { type: 'string', short: 'l' }, help: { type: 'boolean', short: 'h' } },
    },
    'claims',
  );
  if (values.help) {
    process.stdout.write(HELP_CLAIMS);
    return 0;
  }
  const lang = checkLang(values.lang);
  if (positionals.length !== 1) throw new UsageError(`claims takes exactly one file, got ${positionals.length}`);
  const file = positionals[0] as string;
  const articles = readArticles(file);
  if (articles.length !== 1) throw new UsageError(`claims takes one article; "${file}" holds ${articles.length}`);
  const result = extractClaims(articles[0] as ArticleInput, lang ? { language: lang } : {});
  // The document carries a function (toOriginal) and the whole input: print only the serialisable records.
  const out = {
    id: result.id,
    language: result.document.language,
    ...(result.document.title !== undefined ? { title: result.document.title } : {}),
    sentences: result.sentences,
    claims: result.claims,
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return 0;
}

function runSchema(args: string[]): number {
  const { values, positionals } = parseOrThrow(
    { args, allowPositionals: true, strict: true, options: { help: { type: 'boolean', short: 'h' } } },
    'schema',
  );
  if (values.help) {
    process.stdout.write(HELP_SCHEMA);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`schema takes no arguments, got "${positionals[0]}"`);
  process.stdout.write(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
  return 0;
}

function run(argv: string[]): number {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('no command given (expected compare, claims or schema; see claimdiff --help)');
  if (first === '--help' || first === '-h') {
    process.stdout.write(HELP_MAIN);
    return 0;
  }
  if (first === '--version' || first === '-v') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (first === 'help') {
    const topic = rest[0];
    process.stdout.write(topic !== undefined && HELP[topic] ? HELP[topic] : HELP_MAIN);
    return 0;
  }
  if (first === 'compare') return runCompare(rest);
  if (first === 'claims') return runClaims(rest);
  if (first === 'schema') return runSchema(rest);
  if (first.startsWith('-')) throw new UsageError(`unknown option "${first}" (see claimdiff --help)`);
  throw new UsageError(`unknown command "${first}" (expected compare, claims or schema)`);
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

function main(): void {
  // A closed pipe (claimdiff … | head) is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  try {
    // exitCode instead of process.exit() lets a large report finish flushing to a pipe.
    process.exitCode = run(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError || isClaimdiffError(error)) {
      process.stderr.write(`claimdiff: ${oneLine(error.message)}\n`);
      process.exitCode = 2;
    } else {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`claimdiff: internal error: ${oneLine(message)} (please report this)\n`);
      process.exitCode = 3;
    }
  }
}

main();
