import { z } from 'zod';
import { ClaimdiffError } from './errors.js';
import { ArticleInputSchema, FormatSchema, LanguageSchema, ReportSchema, type ArticleInput, type Language, type Report, type Severity, type SkippedBlock, type Claim, type Finding } from './model/schema.js';
import { getPack, packs as builtinPacks } from './lang/index.js';
import { checkWords, packsWithWords, type PackSet, type WordsOption } from './lang/extend.js';
import { isTrustedDomain, normalizeDomain } from './config.js';
import { articleTooLarge, MAX_ARTICLE_LENGTH, normalizeArticle } from './normalize/index.js';
import { segmentDocument } from './segment/index.js';
import { extractClaimRecords } from './extract/index.js';
import type { ArticleClaims } from './extract/types.js';
import { alignClaims, alignOwnedClaims, type ClusterCache } from './align/index.js';
import { builtinDetectors, runDetectors } from './detect/index.js';
import type { Detector } from './detect/types.js';
import { splitStories, splitsInto, storyAnchors, StoryGraph, type StoryMode } from './stories/index.js';
import { mergeReports } from './stories/merge.js';

/** Options of `extractClaims`. */
export interface ExtractOptions {
  /** Language assumed for articles that do not name one; detected from the text when absent. */
  language?: Language;
  /** Longest article `text` (and `title`) accepted, in UTF-16 units; defaults to `MAX_ARTICLE_LENGTH` (8 Mi). */
  maxArticleLength?: number;
  /**
   * Extra words per language and pack list, appended to the built-in lists: `{ de: { 'extract.vagueSources': ['Beobachter'] } }`.
   * List names are `stopwords` and `<stage>.<field>` for every string list of the normalize, segment, extract and names packs.
   */
  words?: WordsOption;
}

/** Most articles one `compare` call accepts unless the caller raises `maxArticles`: a server's guard against a runaway batch. */
export const MAX_ARTICLES = 10_000;

/** Options of `compare`. */
export interface CompareOptions extends ExtractOptions {
  /** Most articles accepted in one call; defaults to `MAX_ARTICLES` (10,000). */
  maxArticles?: number;
  /** Detectors to run; defaults to `builtinDetectors`. */
  detectors?: readonly Detector[];
  /** Known correct spellings of names ("Sanae Takaichi"); they win when choosing a canonical form. */
  gazetteer?: readonly string[];
  /** Language of finding messages; defaults to English. */
  locale?: Language;
  /** Per detector id: `'off'` drops it, a severity overrides the severity of all its findings (ESLint's rule levels). */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** Called after each article is taken apart, so a caller can show progress on large batches. */
  onProgress?: (done: number, total: number, articleId: string) => void;
  /** Scores (0-1) at or above which two claims state the same thing (`claimSimilarity`) or two spellings name one person (`nameSimilarity`). */
  thresholds?: Thresholds;
  /**
   * Domains whose citation markers back a claim ("radioenneperuhr.de" also trusts "www.radioenneperuhr.de"): a claim
   * whose paragraph cites one is not reported as `single-source`, since that outlet is its second source.
   */
  trustedDomains?: readonly string[];
  /**
   * How the set is split into stories before alignment: `'one'` compares every article with every other, `'split'`
   * first groups articles that share at least two names, figures or dates and compares each group on its own (an
   * article that shares nothing is checked alone), `'auto'` (the default) splits sets of more than 50 articles.
   */
  stories?: StoryMode;
}

/** Similarity thresholds of the alignment, each between 0 and 1; a higher value merges less. */
export interface Thresholds {
  claimSimilarity?: number;
  nameSimilarity?: number;
}

/** What a rule can set for one detector: turn it off or force the severity of its findings. */
export type RuleSetting = 'off' | Severity;

const DetectorShape = z.custom<Detector>(
  (v) => typeof v === 'object' && v !== null && typeof (v as Detector).id === 'string' && typeof (v as Detector).detect === 'function',
  { message: 'must be a detector object with an `id` and a `detect` function' },
);

const LimitSchema = z.number().int().positive();

// Built once: `.strict()` makes a new schema each call, which cost more than the parse itself on small articles.
const StrictArticleSchema = ArticleInputSchema.strict();

// The shape only; list names are checked by `checkWords`, whose message names the language and the list.
const WordsSchema = z.record(z.string(), z.record(z.string(), z.array(z.string())));

const ExtractOptionsSchema = z
  .object({ language: LanguageSchema.optional(), maxArticleLength: LimitSchema.optional(), words: WordsSchema.optional() })
  .strict();

const ShareSchema = z.number().min(0).max(1);
const ThresholdsSchema = z.object({ claimSimilarity: ShareSchema.optional(), nameSimilarity: ShareSchema.optional() }).strict();

// Checked label by label, without a pattern over the whole name, so no input can make the check slow.
const DomainSchema = z.string().refine((d) => normalizeDomain(d) !== undefined, { message: 'must be a domain name like "example.org"' });


const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const CompareOptionsSchema = ExtractOptionsSchema.extend({
  locale: LanguageSchema.optional(),
  maxArticles: LimitSchema.optional(),
  detectors: z
    .array(DetectorShape)
    .optional()
    .superRefine((detectors, ctx) => {
      const seen = new Set<string>();
      for (const [i, d] of (detectors ?? []).entries()) {
        if (!KEBAB.test(d.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `detector id "${d.id}" must be kebab-case` });
        if (seen.has(d.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `detector id "${d.id}" is used twice` });
        seen.add(d.id);
      }
    }),
  gazetteer: z.array(z.string()).optional(),
  thresholds: ThresholdsSchema.optional(),
  trustedDomains: z.array(DomainSchema).optional(),
  stories: z.enum(['auto', 'one', 'split']).optional(),
  rules: z.record(z.string(), z.enum(['off', 'info', 'warning', 'error'])).optional(),
  onProgress: z
    .custom<NonNullable<CompareOptions['onProgress']>>((v) => typeof v === 'function', { message: 'must be a function' })
    .optional(),
})
  .strict()
  .superRefine((options, ctx) => {
    // A misspelt detector id would otherwise silently leave the detector on.
    const known = new Set((options.detectors ?? builtinDetectors).map((d) => d.id));
    for (const id of Object.keys(options.rules ?? {})) {
      if (!known.has(id)) {
        ctx.addIssue({ code: 'custom', path: ['rules', id], message: `unknown detector id "${id}" (known: ${[...known].join(', ')})` });
      }
    }
  });

// Wrapping keeps detector objects untouched, so callers can reuse them across calls with different rules.
function applyRules(detectors: readonly Detector[], rules: Readonly<Record<string, RuleSetting>> | undefined): readonly Detector[] {
  if (rules === undefined) return detectors;
  const out: Detector[] = [];
  for (const detector of detectors) {
    const rule = rules[detector.id];
    if (rule === 'off') continue;
    if (rule === undefined) {
      out.push(detector);
      continue;
    }
    out.push({
      ...detector,
      severity: rule,
      detect: (alignment, context) => detector.detect(alignment, context).map((draft) => ({ ...draft, severity: rule })),
    });
  }
  return out;
}

function validateOptions<T>(schema: z.ZodType<T>, options: unknown): T {
  const parsed = schema.safeParse(options ?? {});
  if (!parsed.success) {
    // Threads need an asynchronous call: a caller who asks for them here is told which function has them.
    const threads = typeof options === 'object' && options !== null && 'workers' in options;
    const hint = threads ? '\n`workers` is an option of compareParallel and extractParallel, which run in worker threads; this call runs in the calling thread.' : '';
    throw new ClaimdiffError('E_INVALID_OPTIONS', `Invalid options:\n${z.prettifyError(parsed.error)}${hint}`);
  }
  return parsed.data;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** One problem of one article, as collected before anything is thrown. */
interface ArticleProblem {
  index: number;
  id?: string;
  field: string;
  message: string;
}

function labelOf(article: unknown, position: number): { label: string; id?: string } {
  const id = typeof article === 'object' && article !== null ? (article as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id !== '' ? { label: `"${id}"`, id } : { label: `at index ${position}` };
}

// The fields of ArticleInputSchema in its order (zod's output order), with the values each accepts (null: any string).
const ARTICLE_FIELDS: ReadonlyArray<readonly [keyof ArticleInput, ReadonlySet<string> | null]> = [
  ['id', null],
  ['text', null],
  ['title', null],
  ['language', new Set(LanguageSchema.options)],
  ['url', null],
  ['source', null],
  ['publishedAt', null],
  ['format', new Set(FormatSchema.options)],
];
const ARTICLE_KEYS: ReadonlySet<string> = new Set(ARTICLE_FIELDS.map(([k]) => k));

// The strict schema's result for a plain object whose fields are all present and valid, without zod: its run was a
// measurable share of extracting a short article. Anything unusual (another prototype, an unknown key, a wrong
// type, an explicit undefined) returns undefined and goes through zod, so errors are zod's, word for word.
function plainArticle(article: object): ArticleInput | undefined {
  const proto = Object.getPrototypeOf(article) as unknown;
  if (proto !== Object.prototype && proto !== null) return undefined;
  for (const key of Object.keys(article)) if (!ARTICLE_KEYS.has(key)) return undefined;
  const source = article as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const [key, values] of ARTICLE_FIELDS) {
    const value = source[key];
    if (value === undefined) {
      if (key === 'id' || key === 'text' || key in article) return undefined;
      continue;
    }
    if (typeof value !== 'string' || (values !== null && !values.has(value))) return undefined;
    out[key] = value;
  }
  return out.id === '' ? undefined : (out as unknown as ArticleInput);
}

// A plain object without own keys (or no object at all, as `validateOptions` reads undefined as {}).
function isEmptyObject(value: unknown): boolean {
  if (value === undefined) return true;
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.keys(value).length === 0;
}

// Collects every problem of one article instead of stopping at the first, so a caller fixes a batch in one go.
function checkArticle(article: unknown, position: number): { data?: ArticleInput; problems: ArticleProblem[] } {
  const { label, id } = labelOf(article, position);
  const who = id !== undefined ? { id } : {};
  if (typeof article !== 'object' || article === null || Array.isArray(article)) {
    return {
      problems: [{ index: position, field: '(article)', message: `Expected article ${label} to be an object, got ${describe(article)}` }],
    };
  }
  const plain = plainArticle(article);
  if (plain !== undefined) return { data: plain, problems: [] };
  const parsed = StrictArticleSchema.safeParse(article);
  if (parsed.success) return { data: parsed.data, problems: [] };
  const problems = parsed.error.issues.map((issue): ArticleProblem => {
    const field = issue.path.map(String).join('.') || '(article)';
    const got = issue.path.length ? describe((article as Record<string, unknown>)[String(issue.path[0])]) : describe(article);
    const what = issue.code === 'invalid_type' ? `expected ${issue.expected}, got ${got}` : issue.message;
    return { index: position, ...who, field, message: `article ${label}, \`${field}\`: ${what}` };
  });
  return { problems };
}

// z.prettifyError's layout: one "✖ message" line per problem, then where it is.
function prettify(problems: readonly ArticleProblem[]): string {
  return problems.map((p) => `✖ ${p.message}\n  → at articles[${p.index}]${p.field === '(article)' ? '' : `.${p.field}`}`).join('\n');
}

function invalidInput(problems: readonly ArticleProblem[]): ClaimdiffError {
  const articles = new Set(problems.map((p) => p.index)).size;
  const head = `Invalid input: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}`;
  const first = problems[0]!;
  return new ClaimdiffError('E_INVALID_INPUT', `${head}\n${prettify(problems)}`, {
    index: first.index,
    ...(first.id !== undefined ? { id: first.id } : {}),
    problems: problems.map((p) => ({ ...p })),
  });
}

/** Validates one article and names the article and the field in every problem, all at once. */
export function validateArticle(article: unknown, position = 0): ArticleInput {
  const { data, problems } = checkArticle(article, position);
  if (data === undefined) throw invalidInput(problems);
  return data;
}

// Title and text are the only fields read at length; both count against the limit.
function checkLength(article: ArticleInput, limit: number): ClaimdiffError | undefined {
  const length = Math.max(article.text.length, article.title?.length ?? 0);
  return length > limit ? articleTooLarge(article.id, length, limit) : undefined;
}

/** Validates a batch of articles as `compare` does (count, fields, duplicate ids, lengths); `compareParallel` shares it. */
export function validateArticles(articles: unknown, limits: { maxArticles: number; maxArticleLength: number }): ArticleInput[] {
  if (!Array.isArray(articles)) {
    throw new ClaimdiffError('E_INVALID_INPUT', `Expected \`articles\` to be an array, got ${describe(articles)}`);
  }
  if (articles.length > limits.maxArticles) {
    throw new ClaimdiffError(
      'E_INPUT_TOO_LARGE',
      `Got ${articles.length} articles; claimdiff compares at most ${limits.maxArticles} per call (option maxArticles)`,
      { count: articles.length, limit: limits.maxArticles },
    );
  }
  const valid: ArticleInput[] = [];
  const problems: ArticleProblem[] = [];
  articles.forEach((a, i) => {
    const checked = checkArticle(a, i);
    if (checked.data !== undefined) valid.push(checked.data);
    problems.push(...checked.problems);
  });
  if (problems.length > 0) throw invalidInput(problems);
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const a of valid) {
    if (seen.has(a.id)) twice.add(a.id);
    seen.add(a.id);
  }
  if (twice.size > 0) {
    const ids = [...twice];
    const list = ids.map((id) => `"${id}"`).join(', ');
    throw new ClaimdiffError(
      'E_DUPLICATE_ID',
      ids.length === 1 ? `Two articles share the id ${list}` : `Articles share the ids ${list}`,
      { id: ids[0], ids },
    );
  }
  const tooLarge = valid.map((a) => checkLength(a, limits.maxArticleLength)).filter((e) => e !== undefined);
  if (tooLarge.length === 1) throw tooLarge[0]!;
  if (tooLarge.length > 1) {
    throw new ClaimdiffError('E_INPUT_TOO_LARGE', tooLarge.map((e) => `✖ ${e.message}`).join('\n'), {
      ...tooLarge[0]!.details,
      articles: tooLarge.map((e) => e.details),
    });
  }
  return valid;
}

function extractValidated(article: ArticleInput, options: ExtractOptions, set: PackSet = builtinPacks): ArticleClaims {
  const document = normalizeArticle(article, {
    language: options.language,
    maxLength: options.maxArticleLength ?? MAX_ARTICLE_LENGTH,
    ...(set !== builtinPacks ? { packs: set } : {}),
  });
  const pack = set[document.language];
  const sentences = segmentDocument(document, pack);
  const claims = extractClaimRecords(document, sentences, pack);
  return { id: article.id, document, sentences, claims };
}

/** Takes one article apart: its normalized document, its sentences and one claim record per sentence. */
export function extractClaims(article: ArticleInput, options: ExtractOptions = {}): ArticleClaims {
  // No options (the usual call) need no schema run: zod would return an empty object for them too.
  const opts = isEmptyObject(options) ? {} : (validateOptions(ExtractOptionsSchema, options) as ExtractOptions);
  const set = packsWithWords(opts.words);
  const valid = validateArticle(article);
  const tooLarge = checkLength(valid, opts.maxArticleLength ?? MAX_ARTICLE_LENGTH);
  if (tooLarge) throw tooLarge;
  return extractValidated(valid, opts, set);
}

/** Compares articles about one event and reports name variants, unsourced and single-source claims, with evidence. */
export function compare(articles: ArticleInput[], options: CompareOptions = {}): Report {
  const opts = validateOptions(CompareOptionsSchema, options) as CompareOptions;
  return compareExtracted(extractAll(articles, opts), opts, undefined, true);
}

/**
 * `compare` one story at a time: yields the report of each story (ordered by first article id) as soon as it is
 * made. The reports are the parts `compare` joins: `mergeReports([...compareStories(a, o)])` equals `compare(a, o)`.
 * Input and options are checked, and every article extracted, in the call itself, so a caller's mistake throws
 * there, not at the first step. When the set is split, only each article's story anchors are kept from that first
 * extraction, and a story's articles are extracted again when its turn comes: memory then holds one story's
 * extractions at a time, not the whole set's, for about one more extraction of every article.
 */
export function compareStories(articles: ArticleInput[], options: CompareOptions = {}): IterableIterator<Report> {
  const opts = validateOptions(CompareOptionsSchema, options) as CompareOptions;
  const inputs = validatedInputs(articles, opts);
  const set = packsWithWords(opts.words);
  if (!splitsInto(opts.stories, inputs.length)) {
    const extracted = extractInputs(inputs, opts, set);
    return (function* () {
      yield compareStory(extracted, opts, undefined, true);
    })();
  }
  const graph = new StoryGraph();
  const byId = new Map<string, ArticleInput>();
  inputs.forEach((a, i) => {
    graph.add(a.id, storyAnchors(extractValidated(a, opts, set)));
    byId.set(a.id, a);
    opts.onProgress?.(i + 1, inputs.length, a.id);
  });
  const stories: Array<readonly string[] | undefined> = graph.stories();
  return (function* () {
    for (let i = 0; i < stories.length; i++) {
      const ids = stories[i] as readonly string[];
      // Dropped before the report is handed out: once the caller lets go of it, the story's claims can be collected.
      stories[i] = undefined;
      yield compareStory(
        ids.map((id) => extractValidated(byId.get(id) as ArticleInput, opts, set)),
        opts,
        undefined,
        true,
      );
    }
  })();
}

// Validated, sorted by id (so reports do not depend on the order given) and extracted, with progress reported.
function extractAll(articles: ArticleInput[], opts: CompareOptions): ArticleClaims[] {
  return extractInputs(validatedInputs(articles, opts), opts, packsWithWords(opts.words));
}

function validatedInputs(articles: ArticleInput[], opts: CompareOptions): ArticleInput[] {
  return validateArticles(articles, {
    maxArticles: opts.maxArticles ?? MAX_ARTICLES,
    maxArticleLength: opts.maxArticleLength ?? MAX_ARTICLE_LENGTH,
  }).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function extractInputs(inputs: readonly ArticleInput[], opts: CompareOptions, set: PackSet): ArticleClaims[] {
  return inputs.map((a, i) => {
    const claims = extractValidated(a, opts, set);
    opts.onProgress?.(i + 1, inputs.length, a.id);
    return claims;
  });
}

/** The extraction options among `compare`'s (or any options object), so every path takes an article apart alike. */
export function extractionOptions(opts: ExtractOptions): ExtractOptions {
  return {
    ...(opts.language !== undefined ? { language: opts.language } : {}),
    ...(opts.maxArticleLength !== undefined ? { maxArticleLength: opts.maxArticleLength } : {}),
    ...(opts.words !== undefined ? { words: opts.words } : {}),
  };
}

/** Validates `compare` options once, for callers (the incremental index) that compare many times with the same options. */
export function validateCompareOptions(options: CompareOptions = {}): CompareOptions {
  const opts = validateOptions(CompareOptionsSchema, options) as CompareOptions;
  if (opts.words !== undefined) checkWords(opts.words);
  return opts;
}

/**
 * Aligns already extracted articles and runs the detectors: the part of `compare` after extraction. `owned` says the
 * extractions are the caller's own fresh ones, which alignment may then fill in place instead of copying every claim.
 */
export function compareExtracted(extractedInput: readonly ArticleClaims[], opts: CompareOptions, cache?: ClusterCache, owned = false): Report {
  const extracted = [...extractedInput].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (!splitsInto(opts.stories, extracted.length)) return compareStory(extracted, opts, cache, owned);
  const stories = splitStories(extracted);
  if (stories.length === 1) return compareStory(extracted, opts, cache, owned);
  // A cluster cache spans one alignment call; stories are separate calls, each of which would drop the others' entries.
  return mergeReports(stories.map((story) => compareStory(story, opts, undefined, owned)));
}

/** The report of one story: `extracted` sorted by id, compared as one set. */
export function compareStory(extracted: readonly ArticleClaims[], opts: CompareOptions, cache?: ClusterCache, owned = false): Report {
  const set = packsWithWords(opts.words);
  const alignment = (owned ? alignOwnedClaims : alignClaims)(extracted as ArticleClaims[], {
    gazetteer: opts.gazetteer,
    ...(cache ? { cache } : {}),
    ...(set !== builtinPacks ? { packs: set } : {}),
    ...(opts.thresholds?.claimSimilarity !== undefined ? { claimThreshold: opts.thresholds.claimSimilarity } : {}),
    ...(opts.thresholds?.nameSimilarity !== undefined ? { nameThreshold: opts.thresholds.nameSimilarity } : {}),
  });
  const byId = new Map(extracted.map((a) => [a.id, a.document.language] as const));
  const found = runDetectors(alignment, applyRules(opts.detectors ?? builtinDetectors, opts.rules), {
    messagesPack: getPack(opts.locale ?? 'en'),
    packOf: (id) => set[byId.get(id) ?? 'en'],
    gazetteer: opts.gazetteer ?? [],
  });
  const findings = opts.trustedDomains?.length ? dropTrustedSingleSource(found, alignment.claims, opts.trustedDomains) : found;
  const report: Report = {
    version: 1,
    articles: extracted.map((a) => ({
      id: a.id,
      ...(a.document.title !== undefined ? { title: a.document.title } : {}),
      language: a.document.language,
      sentenceCount: a.sentences.filter((s) => s.section === 'body').length,
      claimCount: a.claims.length,
    })),
    claims: alignment.claims,
    entities: alignment.entities,
    clusters: alignment.clusters,
    findings,
  };
  const skipped = extracted.flatMap(skippedBlocks);
  // Present only when something was set aside, so reports of articles without headings stay as they were.
  if (skipped.length > 0) report.skipped = skipped;
  return report;
}

// A claim whose paragraph cites a trusted outlet has that outlet as a second source; the rest stays as the detector found it.
function dropTrustedSingleSource(findings: Finding[], claims: readonly Claim[], domains: readonly string[]): Finding[] {
  const trusted = new Set(domains.map((d) => normalizeDomain(d)).filter((d) => d !== undefined));
  const backed = new Set(claims.filter((c) => c.citations.some((label) => isTrustedDomain(label, trusted))).map((c) => c.id));
  if (backed.size === 0) return findings;
  return findings.filter((f) => f.detector !== 'single-source' || f.claimIds.length === 0 || !f.claimIds.every((id) => backed.has(id)));
}

// Headings yield no claims (they label a section, they state nothing); listing them keeps every word of the article accounted for.
function skippedBlocks(article: ArticleClaims): SkippedBlock[] {
  const doc = article.document;
  const out: SkippedBlock[] = [];
  for (const block of doc.blocks) {
    if (block.kind !== 'heading') continue;
    out.push({ articleId: article.id, text: block.text, span: doc.toOriginal({ start: block.start, end: block.start + block.text.length }), reason: 'heading' });
  }
  return out;
}

/** Checks a report against the schema; for consumers that read reports from disk or the network. */
export function parseReport(value: unknown): Report {
  const parsed = ReportSchema.safeParse(value);
  if (!parsed.success) throw new ClaimdiffError('E_INVALID_INPUT', `Invalid report:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
