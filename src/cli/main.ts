#!/usr/bin/env node
// The only module that touches fs, process and the console: everything else in claimdiff is pure.
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { compare, compareStories, extractClaims, isClaimdiffError, reportJsonSchema } from '../index.js';
import type { ArticleInput, CompareOptions, Language, Report, Severity, StoryMode } from '../index.js';
import { compareParallel, MAX_WORKERS } from '../parallel.js';
import { configToOptions, parseConfig, type ClaimdiffConfig, type FailOn } from '../config.js';
import { formatClaimsText } from './claims-text.js';
import { collectInputs, readAllArticles, readArticles, UsageError, type InputFile } from './inputs.js';
import { createProgress, type Progress } from './progress.js';
import { FORMATS, renderReport, type OutputFormat } from './render.js';

const FAIL_LEVELS: readonly FailOn[] = ['info', 'warning', 'error', 'none'];
const STORY_MODES: readonly StoryMode[] = ['auto', 'one', 'split'];
const SEVERITIES: readonly Severity[] = ['info', 'warning', 'error'];
const LANGUAGES: readonly Language[] = ['de', 'en'];
/** Above this many articles a terminal gets a progress bar; below it the run is over before one would help. */
const PROGRESS_MIN_ARTICLES = 6;

const HELP_MAIN = `claimdiff: compare news articles about the same event across sources

Usage:
  claimdiff compare <inputs...> [options]  compare articles and report findings
  claimdiff claims <input> [options]       print one article's claim records
  claimdiff schema                         print the report's JSON Schema

Inputs are files, directories (read recursively), globs ("news/**/*.txt") or - for stdin.

Options:
  -h, --help       show help (also: claimdiff <command> --help)
  -v, --version    print the version

Example:
  claimdiff compare spiegel.txt zeit.txt --format markdown --fail-on warning
`;

const HELP_COMPARE = `Usage: claimdiff compare <inputs...> [options]

Inputs:
  file.txt | .md | .html | .htm | .json   one article per file; a .json file holds one
                         article object ({ "id", "text", ... }), an array of them, or ninjs
  directory              every article file below it (hidden entries skipped); ids are
                         paths relative to the directory, without the extension
  "glob"                 * and ? within a name, ** across directories; quote it so the
                         shell does not expand it first
  -                      one article from stdin (JSON, HTML or plain text, sniffed)
A file's article id is its name without the extension; JSON articles may set their own.

Options:
  -f, --format <fmt>     ${FORMATS.join(' | ')} (default: text); ndjson prints
                         one JSON report per story, each as soon as it is made, so memory
                         holds one story at a time (one thread; not with --workers)
  -o, --out <file>       write the report to <file> and print nothing else
  -l, --lang <lang>      de | en: language of articles that do not name one
      --locale <lang>    de | en: language of finding messages (default: en)
  -c, --config <file>    settings from a JSON file or the default export of a .js/.mjs file:
                         { "detectors": { "<id>": "off" | "info" | "warning" | "error" },
                           "gazetteer": ["Known Name"], "failOn": "warning",
                           "language": "de", "locale": "de" }
      --fail-on <level>  exit 1 when a finding is at least info | warning | error;
                         none never fails (default: none, or the config's failOn)
  -q, --quiet            print no report; the exit code tells
  -w, --workers <n>      work in <n> threads (0: one per core but one): extraction, and
                         whole stories when the set is split; the same report as one thread
      --stories <mode>   one | split | auto: check every article against every other,
                         or each story (articles sharing two names or figures) on its
                         own; auto splits more than 50 articles (default: auto)
      --confirm <ids>    finding ids an editor confirmed (comma-separated, or the flag
                         repeated); --format claimreview prints one ClaimReview for each
  -h, --help             show this help

A progress bar is drawn on stderr for more than 5 articles when stderr is a terminal
(never with --quiet).
Exit codes: 0 ok, 1 a finding reached --fail-on, 2 usage, input or config error, 3 internal error.

Examples:
  claimdiff compare a.txt b.txt --format html --out report.html
  claimdiff compare "stories/**/*.json" --config claimdiff.json --fail-on warning --quiet
  curl -s https://example.org/story.html | claimdiff compare - other.txt --format markdown
`;

const HELP_CLAIMS = `Usage: claimdiff claims <input> [options]

Prints the sentences and claim records (entities, quantities, dates, quotes,
attribution, hedges) of one article. The input is a file or - for stdin.

Options:
  -f, --format <fmt>  json | text (default: json)
  -l, --lang <lang>   de | en: language when the article does not name one
  -c, --config <file> read language and extra word lists (words) from a config
  -h, --help          show this help

Examples:
  claimdiff claims article.txt --lang de
  claimdiff claims article.html --format text
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

function checkLang(value: string | undefined, flag: string): Language | undefined {
  if (value === undefined) return undefined;
  if (!LANGUAGES.includes(value as Language)) throw new UsageError(`unknown ${flag} "${value}" (expected ${LANGUAGES.join(', ')})`);
  return value as Language;
}

/** Loads and validates a config file; every problem becomes one line naming the file and the field. */
async function loadConfig(file: string): Promise<ClaimdiffConfig> {
  const ext = extname(file).toLowerCase();
  let value: unknown;
  if (ext === '.js' || ext === '.mjs') {
    try {
      const mod = (await import(pathToFileURL(resolve(file)).href)) as { default?: unknown };
      value = mod.default;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ERR_MODULE_NOT_FOUND') throw new UsageError(`cannot read config "${file}": no such file`);
      throw new UsageError(`cannot load config "${file}": ${(error as Error).message}`);
    }
    if (value === undefined) throw new UsageError(`config "${file}" has no default export`);
  } else {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(`cannot read config "${file}": ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    }
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`invalid JSON in config "${file}": ${(error as Error).message}`);
    }
  }
  return parseConfig(value, `"${file}"`);
}

function wantsColor(): boolean {
  const noColor = process.env['NO_COLOR'];
  return process.stdout.isTTY === true && (noColor === undefined || noColor === '');
}

/** Reads every input and names every unreadable file, bad article or field and duplicate id in one message. */
function readAll(inputs: readonly InputFile[]): ArticleInput[] {
  return readAllArticles(inputs);
}

// --workers: a whole number of threads, 0 for the default (one per core but one).
function checkWorkers(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
  if (!(n >= 0 && n <= MAX_WORKERS)) throw new UsageError(`--workers must be a whole number from 0 to ${MAX_WORKERS}, got "${value}"`);
  return n;
}

async function runCompare(args: string[]): Promise<number> {
  const { values, positionals } = parseOrThrow(
    {
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'fail-on': { type: 'string' },
        lang: { type: 'string', short: 'l' },
        locale: { type: 'string' },
        config: { type: 'string', short: 'c' },
        out: { type: 'string', short: 'o' },
        quiet: { type: 'boolean', short: 'q' },
        workers: { type: 'string', short: 'w' },
        stories: { type: 'string' },
        confirm: { type: 'string', multiple: true },
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
  const failFlag = values['fail-on'] as FailOn | undefined;
  if (failFlag !== undefined && !FAIL_LEVELS.includes(failFlag)) {
    throw new UsageError(`unknown --fail-on level "${failFlag}" (expected ${FAIL_LEVELS.join(', ')})`);
  }
  const lang = checkLang(values.lang, 'language');
  const locale = checkLang(values.locale, 'locale');
  const workers = checkWorkers(values.workers);
  const stories = values.stories as StoryMode | undefined;
  if (stories !== undefined && !STORY_MODES.includes(stories)) throw new UsageError(`unknown --stories mode "${stories}" (expected ${STORY_MODES.join(', ')})`);
  // Ids of findings an editor confirmed, comma-separated or the flag repeated; only claimreview reads them.
  const confirmed = (values.confirm ?? []).flatMap((v) => v.split(',')).map((id) => id.trim()).filter((id) => id !== '');
  if (confirmed.length > 0 && format !== 'claimreview') throw new UsageError('--confirm only applies to --format claimreview');
  if (positionals.length === 0) throw new UsageError('no files given (see claimdiff compare --help)');
  const config = values.config !== undefined ? await loadConfig(values.config) : {};
  const articles = readAll(collectInputs(positionals));

  // Flags win over the config file, which wins over the defaults.
  const options: CompareOptions = {
    ...configToOptions(config),
    ...(lang ? { language: lang } : {}),
    ...(locale ? { locale } : {}),
    ...(stories ? { stories } : {}),
  };
  let progress: Progress | undefined;
  // --quiet promises silence; a bar in a log file (stderr not a TTY) would only be noise.
  if (!values.quiet && articles.length >= PROGRESS_MIN_ARTICLES && process.stderr.isTTY === true) {
    const bar = createProgress(process.stderr);
    progress = bar;
    options.onProgress = (done, total, id) => bar.update(done, total, id);
  }
  const failOn = failFlag ?? config.failOn ?? 'none';
  const fails = (report: Report): boolean => failOn !== 'none' && report.findings.some((f) => SEVERITIES.indexOf(f.severity) >= SEVERITIES.indexOf(failOn));
  if (format === 'ndjson') {
    if (workers !== undefined) throw new UsageError('--format ndjson compares story by story in this thread; drop --workers');
    let failed = false;
    streamLines(values.out, values.quiet === true, (write) => {
      try {
        // The first story's report comes once every article is extracted, so the bar is cleared before the first line.
        const stories = compareStories(articles, options);
        progress?.clear();
        for (const report of stories) {
          failed ||= fails(report);
          write(`${JSON.stringify(report)}\n`);
        }
      } finally {
        progress?.clear();
      }
    });
    return failed ? 1 : 0;
  }
  let report;
  try {
    // 0 asks for the library's default thread count; no flag keeps the single-threaded path.
    report = workers === undefined ? compare(articles, options) : await compareParallel(articles, { ...options, ...(workers > 0 ? { workers } : {}) });
  } finally {
    progress?.clear();
  }

  const color = values.out === undefined && format === 'text' && wantsColor();
  // A confirmed id missing from the report throws E_INVALID_OPTIONS, told in one line with exit 2 like any input error.
  const output = renderReport(report, format, { color, articles, locale: options.locale, toolVersion: version(), confirmed });
  if (values.out !== undefined) {
    try {
      writeFileSync(values.out, output);
    } catch (error) {
      throw new UsageError(`cannot write "${values.out}": ${(error as Error).message}`);
    }
  } else if (!values.quiet) {
    process.stdout.write(output);
  }
  return fails(report) ? 1 : 0;
}

// Lines to --out (created or emptied first), to stdout, or nowhere with --quiet; each is written as it comes.
function streamLines(out: string | undefined, quiet: boolean, produce: (write: (line: string) => void) => void): void {
  if (out === undefined) {
    produce(quiet ? () => {} : (line) => process.stdout.write(line));
    return;
  }
  let fd: number;
  try {
    fd = openSync(out, 'w');
  } catch (error) {
    throw new UsageError(`cannot write "${out}": ${(error as Error).message}`);
  }
  try {
    produce((line) => {
      writeSync(fd, line);
    });
  } finally {
    closeSync(fd);
  }
}

async function runClaims(args: string[]): Promise<number> {
  const { values, positionals } = parseOrThrow(
    {
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        lang: { type: 'string', short: 'l' },
        config: { type: 'string', short: 'c' },
        help: { type: 'boolean', short: 'h' },
      },
    },
    'claims',
  );
  if (values.help) {
    process.stdout.write(HELP_CLAIMS);
    return 0;
  }
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'text') throw new UsageError(`unknown format "${format}" for claims (expected json, text)`);
  const lang = checkLang(values.lang, 'language');
  if (positionals.length !== 1) throw new UsageError(`claims takes exactly one file, got ${positionals.length}`);
  const inputs = collectInputs(positionals);
  if (inputs.length !== 1) throw new UsageError(`claims takes one article; "${positionals[0]}" holds ${inputs.length} files`);
  const articles = readArticles(inputs[0] as InputFile);
  if (articles.length !== 1) throw new UsageError(`claims takes one article; "${positionals[0]}" holds ${articles.length}`);
  // Only the settings that shape extraction apply here: the language and the extra word lists.
  const config = values.config !== undefined ? await loadConfig(values.config) : {};
  const language = lang ?? config.language;
  const result = extractClaims(articles[0] as ArticleInput, {
    ...(language ? { language } : {}),
    ...(config.words !== undefined ? { words: config.words } : {}),
  });
  if (format === 'text') {
    process.stdout.write(formatClaimsText(result));
    return 0;
  }
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

async function run(argv: string[]): Promise<number> {
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
  return message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}

async function main(): Promise<void> {
  // A closed pipe (claimdiff … | head) is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  try {
    // exitCode instead of process.exit() lets a large report finish flushing to a pipe.
    process.exitCode = await run(process.argv.slice(2));
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

void main();
