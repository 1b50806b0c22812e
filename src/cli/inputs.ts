// Turns command-line arguments (files, directories, globs, `-`) into validated articles.
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { isClaimdiffError } from '../index.js';
import { validateArticles } from '../pipeline.js';
import type { ArticleInput, Format } from '../index.js';
import { hasGlobMagic, matchPath, splitGlob } from './glob.js';
import { articleFromNinjs, isNinjs } from '../normalize/ninjs.js';

/** A mistake in how the CLI was called or in the files it was given: exit 2 with one line on stderr. */
export class UsageError extends Error {}

/** Extensions read from directories and globs; a file named explicitly is read whatever its extension. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.html', '.htm', '.json'];

/** One file to read, with the article id it gets when the file does not name one. */
export interface InputFile {
  /** Path as given or found; `-` for stdin. */
  path: string;
  id: string;
}

function stripExt(path: string): string {
  const ext = extname(path);
  return ext ? path.slice(0, -ext.length) : path;
}

function isArticleFile(name: string): boolean {
  return ARTICLE_EXTENSIONS.includes(extname(name).toLowerCase());
}

/** Walks a directory tree, skipping hidden entries and node_modules; symlinked directories are not followed (no loops). */
function walk(root: string, maxDepth: number, visit: (rel: string[], full: string) => void): void {
  const stack: { dir: string; rel: string[] }[] = [{ dir: root, rel: [] }];
  while (stack.length > 0) {
    const { dir, rel } = stack.pop() as { dir: string; rel: string[] };
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      throw new UsageError(`cannot read directory "${dir}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = join(dir, entry.name);
      const path = [...rel, entry.name];
      if (entry.isDirectory()) {
        if (path.length < maxDepth) stack.push({ dir: full, rel: path });
      } else if (entry.isFile() || (entry.isSymbolicLink() && isFileQuietly(full))) {
        visit(path, full);
      }
    }
  }
}

function isFileQuietly(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function byPath(a: InputFile, b: InputFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Expands the positional arguments into files, in a stable order (arguments in order, each expansion sorted). */
export function collectInputs(args: readonly string[]): InputFile[] {
  const out: InputFile[] = [];
  let stdin = false;
  for (const arg of args) {
    if (arg === '-') {
      if (stdin) throw new UsageError('"-" (stdin) given twice');
      stdin = true;
      out.push({ path: '-', id: 'stdin' });
      continue;
    }
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(arg);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const found: InputFile[] = [];
      // Ids are paths relative to the directory, so "spiegel/a.txt" and "zeit/a.txt" stay apart.
      walk(arg, Infinity, (rel, full) => {
        if (isArticleFile(full)) found.push({ path: full, id: stripExt(rel.join('/')) });
      });
      if (found.length === 0) throw new UsageError(`no article files (${ARTICLE_EXTENSIONS.join(' ')}) in directory "${arg}"`);
      out.push(...found.sort(byPath));
    } else if (stat === undefined && hasGlobMagic(arg)) {
      out.push(...expandGlob(arg));
    } else {
      out.push({ path: arg, id: basename(stripExt(arg)) });
    }
  }
  return out;
}

function expandGlob(pattern: string): InputFile[] {
  const { base, segments, maxDepth } = splitGlob(pattern);
  let baseIsDir = false;
  try {
    baseIsDir = statSync(base).isDirectory();
  } catch {
    baseIsDir = false;
  }
  const found: InputFile[] = [];
  if (baseIsDir) {
    walk(base, maxDepth, (rel, full) => {
      if (isArticleFile(full) && matchPath(segments, rel)) {
        // The id is the path below the fixed part of the pattern, or just the name for one-level patterns.
        found.push({ path: full, id: stripExt(maxDepth === 1 ? (rel[rel.length - 1] as string) : rel.join('/')) });
      }
    });
  }
  if (found.length === 0) throw new UsageError(`no article files match "${pattern}"`);
  return found.sort(byPath);
}

/** Reads a file (or stdin for `-`) as strict UTF-8; empty, binary and undecodable input is a usage error. */
export function readText(file: string): string {
  let bytes: Buffer;
  const name = file === '-' ? 'stdin' : file;
  try {
    // File descriptor 0 reads all of a piped stdin synchronously.
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`cannot read "${name}": no such file`);
    if (code === 'EISDIR') throw new UsageError(`cannot read "${name}": it is a directory`);
    if (code === 'EACCES') throw new UsageError(`cannot read "${name}": permission denied`);
    if (code === 'EAGAIN') throw new UsageError('cannot read stdin: nothing is piped in');
    throw new UsageError(`cannot read "${name}": ${(error as Error).message}`);
  }
  if (bytes.includes(0)) throw new UsageError(`"${name}" is a binary file, not UTF-8 text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`"${name}" is not valid UTF-8 text`);
  }
  if (text.trim() === '') throw new UsageError(`"${name}" is empty`);
  return text;
}

type Kind = Format | 'json';

/** Picks the reader by extension; stdin (no extension) is sniffed from its first characters. */
export function sniffKind(path: string, text: string): Kind {
  const ext = extname(path).toLowerCase();
  if (path !== '-') {
    if (ext === '.json') return 'json';
    if (ext === '.md' || ext === '.markdown') return 'markdown';
    if (ext === '.html' || ext === '.htm') return 'html';
    return 'text';
  }
  const head = text.replace(/^\ufeff/, '').trimStart().slice(0, 200);
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  if (/^<(?:!doctype|html|head|body|article|main|div|p|h[1-6]|section|meta|title)\b/i.test(head)) return 'html';
  return 'text';
}

function parseJson(name: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`invalid JSON in "${name}": ${(error as Error).message}`);
  }
}

/** One article as read from a file, before validation, with where it came from for messages. */
interface Candidate {
  value: unknown;
  /** Which input (in argument order) and which item of it, to list problems in reading order. */
  input: number;
  item: number;
  /** The file quoted, and the item's position when the file holds an array. */
  where: string;
}

/** One thing wrong with the inputs, placed by input and item so the list reads like the files. */
interface Problem {
  input: number;
  item: number;
  text: string;
}

function describeValue(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** Reads one input into unvalidated articles; a problem that spoils the whole file (unreadable, bad JSON) throws. */
function readCandidates(input: InputFile, at: number, problems: Problem[]): Candidate[] {
  const name = input.path === '-' ? 'stdin' : input.path;
  const text = readText(input.path);
  const kind = sniffKind(input.path, text);
  if (kind !== 'json') return [{ value: { id: input.id, text, format: kind }, input: at, item: 0, where: `"${name}"` }];
  const value = parseJson(name, text);
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) throw new UsageError(`"${name}" holds an empty array, expected at least one article`);
  const out: Candidate[] = [];
  list.forEach((item, i) => {
    const where = Array.isArray(value) ? `"${name}" [${i}]` : `"${name}"`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.push({ input: at, item: i, text: `${where}: expected an article object, got ${describeValue(item)}` });
      return;
    }
    try {
      // A missing id falls back to the file name (numbered inside an array) so files need not repeat themselves;
      // ninjs items always take it, as their `uri` is usually a long URN nobody wants as a column header.
      const fallback = list.length === 1 ? input.id : `${input.id}-${i + 1}`;
      const raw = isNinjs(item) ? articleFromNinjs(item, { id: fallback }) : item;
      out.push({ value: (raw as { id?: unknown }).id === undefined ? { ...raw, id: fallback } : raw, input: at, item: i, where });
    } catch (error) {
      if (!isClaimdiffError(error)) throw error;
      problems.push({ input: at, item: i, text: `${where}: ${error.message}` });
    }
  });
  return out;
}

/** One usage error for all problems: a single one as a plain line, several as a count and one "✖" line each. */
function invalid(problems: readonly Problem[]): UsageError {
  // Stable: problems of one item keep the order the checks found them in.
  const sorted = [...problems].sort((a, b) => a.input - b.input || a.item - b.item);
  if (sorted.length === 1) return new UsageError(sorted[0]!.text);
  const files = new Set(sorted.map((p) => p.input)).size;
  const head = `invalid input: ${sorted.length} problems in ${files} file${files === 1 ? '' : 's'}`;
  return new UsageError(`${head}\n${sorted.map((p) => `✖ ${p.text}`).join('\n')}`);
}

/**
 * Reads and validates every input, collecting every unreadable file, bad article and bad field, and every id used
 * twice, into one usage error, so a batch is fixed in one go instead of one rerun per mistake.
 */
export function readAllArticles(inputs: readonly InputFile[]): ArticleInput[] {
  const problems: Problem[] = [];
  const candidates: Candidate[] = [];
  inputs.forEach((input, at) => {
    try {
      candidates.push(...readCandidates(input, at, problems));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      problems.push({ input: at, item: -1, text: error.message });
    }
  });
  // The library's batch check collects every field problem of every article; its limits are checked later by compare.
  let valid: ArticleInput[] = [];
  try {
    valid = validateArticles(
      candidates.map((c) => c.value),
      { maxArticles: Infinity, maxArticleLength: Infinity },
    );
  } catch (error) {
    if (!isClaimdiffError(error)) throw error;
    // Duplicate ids are listed below with both files; anything else is a field problem of one article.
    if (error.code !== 'E_DUPLICATE_ID') {
      const listed = (error.details as { problems?: { index: number; message: string }[] } | undefined)?.problems;
      for (const p of listed ?? [{ index: -1, message: error.message }]) {
        const from = candidates[p.index];
        problems.push(from ? { input: from.input, item: from.item, text: `${from.where}: ${p.message}` } : { input: inputs.length, item: 0, text: p.message });
      }
    }
  }
  // Ids clash across files as well as inside one: name both places of each clash.
  const origin = new Map<string, string>();
  for (const c of candidates) {
    const id = (c.value as { id?: unknown }).id;
    if (typeof id !== 'string') continue;
    const first = origin.get(id);
    if (first === undefined) origin.set(id, c.where);
    else problems.push({ input: c.input, item: c.item, text: `duplicate article id "${id}" (from ${first} and ${c.where})` });
  }
  if (problems.length > 0) throw invalid(problems);
  return valid;
}

/** Reads one input into articles; JSON holds one article, an array of them, or ninjs items. Every problem of the file is named at once. */
export function readArticles(input: InputFile): ArticleInput[] {
  return readAllArticles([input]);
}
