// Turns command-line arguments (files, directories, globs, `-`) into validated articles.
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { isClaimdiffError, validateArticle } from '../index.js';
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

/** Reads one input into articles; JSON holds one article, an array of them, or ninjs items. */
export function readArticles(input: InputFile): ArticleInput[] {
  const name = input.path === '-' ? 'stdin' : input.path;
  const text = readText(input.path);
  const kind = sniffKind(input.path, text);
  if (kind !== 'json') return [{ id: input.id, text, format: kind }];
  const value = parseJson(name, text);
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) throw new UsageError(`"${name}" holds an empty array, expected at least one article`);
  return list.map((item, i) => {
    try {
      // A missing id falls back to the file name (numbered inside an array) so files need not repeat themselves;
      // ninjs items always take it, as their `uri` is usually a long URN nobody wants as a column header.
      const fallback = list.length === 1 ? input.id : `${input.id}-${i + 1}`;
      const raw: unknown = isNinjs(item) ? articleFromNinjs(item, { id: fallback }) : item;
      const withId =
        typeof raw === 'object' && raw !== null && !Array.isArray(raw) && (raw as { id?: unknown }).id === undefined
          ? { ...raw, id: fallback }
          : raw;
      return validateArticle(withId, i);
    } catch (error) {
      if (isClaimdiffError(error)) throw new UsageError(`${name}: ${error.message}`);
      throw error;
    }
  });
}
