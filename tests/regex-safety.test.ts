// Every regular expression in src/ is checked for catastrophic backtracking with recheck: the literals found by
// parsing the source, and the patterns built at run time from word lists, recorded as the pipeline constructs them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { check, type Diagnostics } from 'recheck';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'src');

interface Found {
  file: string;
  line: number;
  source: string;
  flags: string;
}

/**
 * Patterns recheck calls polynomial that stay linear in practice because the string they see is bounded by the
 * code around them. Keyed by file and pattern source; each needs a reason. A fix is still welcome for each.
 */
const EXCEPTIONS: Record<string, string> = {
  'src/normalize/clean.ts /\\[([^[\\]]{1,100})\\]/':
    'each attempt scans at most 101 characters (the class excludes both brackets), so the scan is linear; the fuzzer can time a long run of "[" as polynomial',
  'src/align/entities.ts /^[\\s,;:–—-]+|[\\s,;:–—-]+$/':
    'trims the edges of one entity mention (a name of a few words, whitespace already collapsed), never a sentence',
  'src/extract/dates.ts /(\\p{L}+)\\.$/': 'runs on the text of one date match ("28. Okt."), bounded by the date patterns',
  'src/extract/dates.ts /([\\p{L}]+)[\\s,]*$/': 'runs on the 30 characters before a year only (text.slice(index - 30, index))',
  'src/extract/tokens.ts /^[\\p{Lu}\\d]*\\p{Lu}[\\p{Lu}\\d]*$/': 'tested only on tokens of at most 8 characters (the length check runs first)',
  'src/normalize/boilerplate.ts /[\\s:.]+$/': 'runs only on line keys of at most 60 characters (checked just before)',
  'src/detect/detectors/name-variant.ts /\\s*[-‐‑]\\s*/':
    "folds the given names of one person mention (a few words), never running text",
  // recheck's fuzzer reports these two, but each repetition starts with a character the previous part cannot match,
  // and V8 runs recheck's own attack strings on them in linear time (80,000 characters: under 2 ms).
  'src/extract/quantities.ts /(?<![\\d.,])\\d+(?:[ \\u00a0\\u202f]\\d+)+/':
    'digit groups each start with one separator character; measured linear on the reported attack',
  'src/normalize/markdown.ts /^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$/':
    'anchored at the line start, blanks and the marker character are disjoint; measured linear on the reported attack',
  // Built from the pack's currency signs; a key ending in "…" matches every pattern that starts with it.
  'src/extract/quantities.ts /^\\.?\\s*(?:…':
    'tests the gap between an approximator and its number; normalization collapses whitespace runs to one space, so the gap is a few characters',
};

function exception(file: string, source: string): string | undefined {
  const key = `${file} /${source}/`;
  if (EXCEPTIONS[key] !== undefined) return EXCEPTIONS[key];
  return Object.entries(EXCEPTIONS).find(([k]) => k.endsWith('…') && key.startsWith(k.slice(0, -1)))?.[1];
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

function collect(): { literals: Found[]; dynamicSites: Found[] } {
  const literals: Found[] = [];
  const dynamicSites: Found[] = [];
  for (const path of tsFiles(SRC)) {
    const file = relative(ROOT, path).split('\\').join('/');
    const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
    const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart()).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const slash = text.lastIndexOf('/');
        literals.push({ file, line: lineOf(node), source: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [first, second] = node.arguments ?? [];
        const flags = second && ts.isStringLiteralLike(second) ? second.text : '';
        // A constant string argument is checked like a literal; anything else is only known at run time.
        if (first && ts.isStringLiteralLike(first)) literals.push({ file, line: lineOf(node), source: first.text, flags });
        else dynamicSites.push({ file, line: lineOf(node), source: first?.getText(sf) ?? '', flags });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literals, dynamicSites };
}

const { literals, dynamicSites } = collect();

async function verdicts(patterns: readonly Found[]): Promise<Array<Found & { result: Diagnostics }>> {
  // The automaton checker decides in milliseconds; the timeout only guards against a pathological pattern.
  // A fixed seed: for patterns too large for the automaton, recheck falls back to a random fuzzer; the verdict must not vary by run.
  return Promise.all(patterns.map(async (p) => ({ ...p, result: await check(p.source, p.flags, { timeout: 20_000, randomSeed: 42 }) })));
}

function problems(checked: ReadonlyArray<Found & { result: Diagnostics }>): string[] {
  return checked
    .filter((c) => c.result.status !== 'safe' && exception(c.file, c.source) === undefined)
    .map((c) => {
      const r = c.result;
      const why = r.status === 'vulnerable' ? `${r.complexity.type}, attack ${r.attack.pattern.slice(0, 80)}` : r.status === 'unknown' ? r.error.kind : '';
      return `${c.file}:${c.line} /${c.source}/${c.flags} is ${r.status} (${why})`;
    });
}

describe('regular expression literals in src/', () => {
  it('are found by parsing the source', () => {
    // Guards the collector itself: the code base has hundreds of literals; finding none would make the next test vacuous.
    expect(literals.length).toBeGreaterThan(100);
    expect(dynamicSites.length).toBeGreaterThan(0);
  });

  it('are all safe from catastrophic backtracking (or a documented exception)', async () => {
    expect(problems(await verdicts(literals))).toEqual([]);
  }, 180_000);

  it('keeps no stale exception', () => {
    const present = new Set(literals.map((l) => `${l.file} /${l.source}/`));
    const files = new Set(dynamicSites.map((d) => d.file));
    // Prefix keys name run-time patterns: they stay as long as their file still builds patterns.
    const stale = Object.keys(EXCEPTIONS).filter((k) => (k.endsWith('…') ? !files.has(k.split(' ')[0]!) : !present.has(k)));
    expect(stale).toEqual([]);
  });
});

describe('regular expressions built at run time from word lists', () => {
  const built: Found[] = [];
  const Original = globalThis.RegExp;

  beforeAll(async () => {
    // Record every pattern constructed by src/ while the pipeline loads and runs in both languages.
    globalThis.RegExp = new Proxy(Original, {
      construct(target, args: [string | RegExp, string?], newTarget) {
        const made = Reflect.construct(target, args, newTarget) as RegExp;
        const frame = (new Error().stack ?? '').split('\n').find((l) => l.includes('/src/') && !l.includes('node_modules'));
        const at = frame ? /((?:^|[\s(])[^\s(]*\/src\/[^\s:)]+\.ts)/.exec(frame)?.[1]?.trim() : undefined;
        if (at) built.push({ file: `src/${at.split('/src/').pop()}`, line: 0, source: made.source, flags: made.flags });
        return made;
      },
    });
    const api = await import('../src/index.js');
    const articles = [
      {
        id: 'de',
        language: 'de' as const,
        publishedAt: '2025-10-30',
        text:
          'Brand in Lindenau\n\nAm 28. Okt. 2025 um 14.30 Uhr brannte laut Feuerwehr eine Halle. Dr. Anna Berg sagte: „Rund 1,5 Mio. Euro Schaden.“ ' +
          'Experten zufolge könnten es 12.000 Tonnen sein. Mehr lesen: Hier\n\nDieser Text wurde automatisch übersetzt.',
      },
      {
        id: 'en',
        language: 'en' as const,
        publishedAt: '2025-10-30',
        text:
          'Fire in Lindenau\n\nOn Oct. 28, 2025 at 2:30 p.m. a warehouse burned, police said. Dr. Anna Berg said: "About $1.5 million in damage." ' +
          'Analysts say it could be 12,000 tons. Read more: here\n\nThis article was translated automatically.',
      },
    ];
    api.compare(articles);
    for (const a of articles) api.extractClaims({ ...a, format: 'markdown', text: `# ${a.text}` });
  });

  afterAll(() => {
    globalThis.RegExp = Original;
  });

  it('are recorded from every file that builds one', () => {
    const files = new Set(built.map((b) => b.file));
    expect(dynamicSites.map((s) => s.file).filter((f) => !files.has(f))).toEqual([]);
  });

  it('are all safe from catastrophic backtracking', async () => {
    const unique = [...new Map(built.map((b) => [`${b.file} /${b.source}/${b.flags}`, b])).values()];
    expect(unique.length).toBeGreaterThan(0);
    expect(problems(await verdicts(unique))).toEqual([]);
  }, 180_000);
});
