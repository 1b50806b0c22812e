import { z } from 'zod';
import { ClaimdiffError } from './errors.js';
import { ArticleInputSchema, LanguageSchema, ReportSchema, type ArticleInput, type Language, type Report, type Severity } from './model/schema.js';
import { getPack } from './lang/index.js';
import { normalizeArticle } from './normalize/index.js';
import { segmentDocument } from './segment/index.js';
import { extractClaimRecords } from './extract/index.js';
import type { ArticleClaims } from './extract/types.js';
import { alignClaims } from './align/index.js';
import { builtinDetectors, runDetectors } from './detect/index.js';
import type { Detector } from './detect/types.js';

/** Options of `extractClaims`. */
export interface ExtractOptions {
  /** Language assumed for articles that do not name one; detected from the text when absent. */
  language?: Language;
}

/** Options of `compare`. */
export interface CompareOptions extends ExtractOptions {
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
}

/** What a rule can set for one detector: turn it off or force the severity of its findings. */
export type RuleSetting = 'off' | Severity;

const DetectorShape = z.custom<Detector>(
  (v) => typeof v === 'object' && v !== null && typeof (v as Detector).id === 'string' && typeof (v as Detector).detect === 'function',
  { message: 'must be a detector object with an `id` and a `detect` function' },
);

const ExtractOptionsSchema = z.object({ language: LanguageSchema.optional() }).strict();

const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const CompareOptionsSchema = ExtractOptionsSchema.extend({
  locale: LanguageSchema.optional(),
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
    throw new ClaimdiffError('E_INVALID_OPTIONS', `Invalid options:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Validates one article and names the article and the field in every problem. */
export function validateArticle(article: unknown, position = 0): ArticleInput {
  const parsed = ArticleInputSchema.strict().safeParse(article);
  if (parsed.success) return parsed.data;
  const id =
    typeof article === 'object' && article !== null && typeof (article as { id?: unknown }).id === 'string'
      ? `"${(article as { id: string }).id}"`
      : `at index ${position}`;
  if (typeof article !== 'object' || article === null || Array.isArray(article)) {
    throw new ClaimdiffError('E_INVALID_INPUT', `Expected article ${id} to be an object, got ${describe(article)}`, {
      index: position,
    });
  }
  const problems = parsed.error.issues.map((issue) => {
    const field = issue.path.join('.') || '(article)';
    const got = issue.path.length ? describe((article as Record<string, unknown>)[String(issue.path[0])]) : describe(article);
    return issue.code === 'invalid_type'
      ? `\`${field}\`: expected ${issue.expected}, got ${got}`
      : `\`${field}\`: ${issue.message}`;
  });
  throw new ClaimdiffError('E_INVALID_INPUT', `Invalid article ${id}: ${problems.join('; ')}`, {
    index: position,
    issues: parsed.error.issues,
  });
}

function validateArticles(articles: unknown): ArticleInput[] {
  if (!Array.isArray(articles)) {
    throw new ClaimdiffError('E_INVALID_INPUT', `Expected \`articles\` to be an array, got ${describe(articles)}`);
  }
  const valid = articles.map((a, i) => validateArticle(a, i));
  const seen = new Set<string>();
  for (const a of valid) {
    if (seen.has(a.id)) throw new ClaimdiffError('E_DUPLICATE_ID', `Two articles share the id "${a.id}"`, { id: a.id });
    seen.add(a.id);
  }
  return valid;
}

function extractValidated(article: ArticleInput, options: ExtractOptions): ArticleClaims {
  const document = normalizeArticle(article, { language: options.language });
  const sentences = segmentDocument(document);
  const claims = extractClaimRecords(document, sentences);
  return { id: article.id, document, sentences, claims };
}

/** Takes one article apart: its normalized document, its sentences and one claim record per sentence. */
export function extractClaims(article: ArticleInput, options: ExtractOptions = {}): ArticleClaims {
  const opts = validateOptions(ExtractOptionsSchema, options) as ExtractOptions;
  return extractValidated(validateArticle(article), opts);
}

/** Compares articles about one event and reports name variants, unsourced and single-source claims, with evidence. */
export function compare(articles: ArticleInput[], options: CompareOptions = {}): Report {
  const opts = validateOptions(CompareOptionsSchema, options) as CompareOptions;
  // Sorting by id first makes the report independent of the order the caller passed the articles in.
  const inputs = validateArticles(articles).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const extracted = inputs.map((a, i) => {
    const claims = extractValidated(a, opts);
    opts.onProgress?.(i + 1, inputs.length, a.id);
    return claims;
  });
  return compareExtracted(extracted, opts);
}

/** Validates `compare` options once, for callers (the incremental index) that compare many times with the same options. */
export function validateCompareOptions(options: CompareOptions = {}): CompareOptions {
  return validateOptions(CompareOptionsSchema, options) as CompareOptions;
}

/** Aligns already extracted articles and runs the detectors: the part of `compare` after extraction. */
export function compareExtracted(extractedInput: readonly ArticleClaims[], opts: CompareOptions): Report {
  const extracted = [...extractedInput].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const alignment = alignClaims(extracted, { gazetteer: opts.gazetteer });
  const byId = new Map(extracted.map((a) => [a.id, a.document.language] as const));
  const findings = runDetectors(alignment, applyRules(opts.detectors ?? builtinDetectors, opts.rules), {
    messagesPack: getPack(opts.locale ?? 'en'),
    packOf: (id) => getPack(byId.get(id) ?? 'en'),
    gazetteer: opts.gazetteer ?? [],
  });
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
  return report;
}

/** Checks a report against the schema; for consumers that read reports from disk or the network. */
export function parseReport(value: unknown): Report {
  const parsed = ReportSchema.safeParse(value);
  if (!parsed.success) throw new ClaimdiffError('E_INVALID_INPUT', `Invalid report:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
