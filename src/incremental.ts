import { z } from 'zod';
import { ClaimdiffError } from './errors.js';
import type { ArticleInput, Finding, Report } from './model/schema.js';
import type { ArticleClaims } from './extract/types.js';
import { ClusterCache } from './align/index.js';
import { compareExtracted, extractClaims, validateArticle, validateCompareOptions, type CompareOptions, type ExtractOptions } from './pipeline.js';

/** A growing set of articles whose report is kept up to date as articles arrive and leave. */
export interface ClaimIndex {
  /** Extracts one article and adds it; throws `E_DUPLICATE_ID` when an article with that id is already in. */
  add(article: ArticleInput): void;
  /** Removes an article by id; returns whether it was there. */
  remove(id: string): boolean;
  /** Whether an article with this id is in the index. */
  has(id: string): boolean;
  /** Number of articles in the index. */
  readonly size: number;
  /** The full report over the current articles, equal to `compare()` on the same set. */
  report(): Report;
  /** The findings of `report()`. */
  findings(): Finding[];
  /** A plain JSON value that `fromJSON` turns back into an equal index. */
  toJSON(): IndexSnapshot;
}

/** What `ClaimIndex.toJSON()` returns: the articles as given, so a restored index re-extracts them identically. */
export interface IndexSnapshot {
  version: 1;
  articles: ArticleInput[];
}

const SnapshotSchema = z.object({ version: z.literal(1), articles: z.array(z.unknown()) }).strict();

/**
 * Creates an incremental index. Extraction, the costly per-article stage, runs once per `add`; the alignment and
 * detectors run when a report is asked for and are cached until the next change, so a stream of additions with
 * an occasional `findings()` pays extraction per article plus one alignment per read. The per-claim work of that
 * alignment (blocking keys, MinHash signatures, signature templates) is kept between reports.
 */
export function createIndex(options: CompareOptions = {}): ClaimIndex {
  const opts = validateCompareOptions(options);
  // The extraction options of `compare`, so an article added here is taken apart exactly as `compare` would.
  const extractOptions: ExtractOptions = {
    ...(opts.language !== undefined ? { language: opts.language } : {}),
    ...(opts.maxArticleLength !== undefined ? { maxArticleLength: opts.maxArticleLength } : {}),
    ...(opts.words !== undefined ? { words: opts.words } : {}),
  };
  const inputs = new Map<string, ArticleInput>();
  const extracted = new Map<string, ArticleClaims>();
  let cached: Report | undefined;
  // Blocking keys, MinHash signatures and signature templates of every claim, kept between reports: a report
  // after one `add` reads only the new article's claims anew (entity resolution and detectors still run on all).
  const clusterCache = new ClusterCache();

  const index: ClaimIndex = {
    add(article) {
      const valid = validateArticle(article, inputs.size);
      if (inputs.has(valid.id)) {
        throw new ClaimdiffError('E_DUPLICATE_ID', `The index already holds an article with the id "${valid.id}"`, { id: valid.id });
      }
      extracted.set(valid.id, extractClaims(valid, extractOptions));
      inputs.set(valid.id, valid);
      cached = undefined;
    },
    remove(id) {
      const had = inputs.delete(id);
      extracted.delete(id);
      clusterCache.forget(id);
      if (had) cached = undefined;
      return had;
    },
    has: (id) => inputs.has(id),
    get size() {
      return inputs.size;
    },
    report() {
      if (cached === undefined) cached = compareExtracted([...extracted.values()], opts, clusterCache);
      return cached;
    },
    findings() {
      return index.report().findings;
    },
    toJSON() {
      const ids = [...inputs.keys()].sort();
      return { version: 1, articles: ids.map((id) => inputs.get(id) as ArticleInput) };
    },
  };
  return index;
}

/** Restores an index from `toJSON()` output; the options are not part of the snapshot and are passed again. */
export function indexFromJSON(snapshot: unknown, options: CompareOptions = {}): ClaimIndex {
  const parsed = SnapshotSchema.safeParse(snapshot);
  if (!parsed.success) {
    throw new ClaimdiffError('E_INVALID_INPUT', `Invalid index snapshot:\n${z.prettifyError(parsed.error)}`);
  }
  const index = createIndex(options);
  for (const article of parsed.data.articles) index.add(article as ArticleInput);
  return index;
}
