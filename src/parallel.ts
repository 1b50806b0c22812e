import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import { ClaimdiffError } from './errors.js';
import type { ArticleInput, Report } from './model/schema.js';
import type { ArticleClaims } from './extract/types.js';
import { compareExtracted, extractClaims, MAX_ARTICLES, validateArticles, validateCompareOptions, type CompareOptions } from './pipeline.js';
import { MAX_ARTICLE_LENGTH } from './normalize/index.js';
import { unpackBatch, unpackError, type ExtractTask, type PackedBatch, type PackedError } from './workers/transfer.js';

/** Options of `compareParallel`: those of `compare` plus the number of extraction threads. */
export interface ParallelCompareOptions extends CompareOptions {
  /** Worker threads; defaults to one less than the available cores, at least 1. With fewer workers than cores the caller's thread extracts too. */
  workers?: number;
}

/** Most threads one call may start; more than this is a typo, not a machine. */
export const MAX_WORKERS = 256;
// A batch is a few articles, so thousands of tiny ones do not pay one message each, yet big ones still spread out.
const MIN_BATCH_CHARS = 4096;
const MAX_BATCH_CHARS = 1 << 20;
const MAX_BATCH_ARTICLES = 200;
const BATCHES_PER_WORKER = 8;
// Batches sent to one thread at a time: the one it works on and the next.
const TASKS_PER_WORKER = 2;

/** Threads used when the caller does not say: every core but the one the caller runs on (which extracts beside them). */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

// The worker is a built file next to the bundle; from source (the test runner) the built one in dist is used.
function workerUrl(): URL {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return new URL('../dist/worker.js', here);
  if (/\/cli\/[^/]*\.js$/.test(here)) return new URL('../worker.js', here);
  return new URL('./worker.js', here);
}

function checkWorkers(value: unknown): number {
  if (value === undefined) return defaultWorkers();
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_WORKERS) {
    throw new ClaimdiffError('E_INVALID_OPTIONS', `Invalid options: \`workers\` must be a whole number from 1 to ${MAX_WORKERS}, got ${String(value)}`, {
      option: 'workers',
      value,
    });
  }
  return value;
}

function batches(inputs: readonly ArticleInput[], workers: number): ArticleInput[][] {
  let total = 0;
  for (const a of inputs) total += a.text.length;
  const target = Math.min(MAX_BATCH_CHARS, Math.max(MIN_BATCH_CHARS, Math.ceil(total / (workers * BATCHES_PER_WORKER))));
  const out: ArticleInput[][] = [];
  let current: ArticleInput[] = [];
  let size = 0;
  for (const a of inputs) {
    current.push(a);
    size += a.text.length;
    if (size >= target || current.length >= MAX_BATCH_ARTICLES) {
      out.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length) out.push(current);
  return out;
}

/** Options of `extractParallel`: the number of threads, the language and length limit of `extractClaims`, progress. */
export interface ParallelExtractOptions {
  workers?: number;
  language?: CompareOptions['language'];
  maxArticleLength?: number;
  words?: CompareOptions['words'];
  onProgress?: CompareOptions['onProgress'];
}

// One pool per thread count, kept between calls: a fresh thread runs cold (unoptimised) code for its first
// megabytes, which cost more than the threads saved. Idle threads are unref'd, so they never keep a process alive.
const pools = new Map<number, Tinypool>();

function poolFor(workers: number): Tinypool {
  let pool = pools.get(workers);
  if (!pool) {
    const created = new Tinypool({ filename: workerUrl().href, minThreads: workers, maxThreads: workers, concurrentTasksPerWorker: TASKS_PER_WORKER });
    // A thread that cannot start (its script missing from a bundle) fails the call's tasks, which reject the call;
    // the pool also emits the error as an event, and an event nobody listens to would end the caller's process.
    // The broken pool is dropped, so the next call tries afresh.
    created.on('error', () => {
      if (pools.get(workers) === created) pools.delete(workers);
    });
    pools.set(workers, created);
    pool = created;
  }
  return pool;
}

/** Stops the threads kept by `compareParallel` and `extractParallel`; the next call starts new ones. */
export async function closeWorkers(): Promise<void> {
  // Only pools that have finished a task are destroyed: Tinypool's destroy crashes the process when a thread that
  // failed to start reports its error during it, and a pool that never ran a task has no live thread to stop.
  const all = [...pools.values()].filter((p) => working.has(p));
  pools.clear();
  await Promise.all(all.map((p) => p.destroy()));
}

// Pools that have returned a result, so their threads started.
const working = new WeakSet<Tinypool>();

// The caller's thread extracts batches too while it waits, when a core is left for it and unpacking the workers'
// results leaves it time: receiving a batch costs about a fifth of extracting it, so past a few workers it has none.
const CALLER_HELPS_UP_TO = 3;

function callerHelps(workers: number): boolean {
  return workers < availableParallelism() && workers <= CALLER_HELPS_UP_TO;
}

// Characters the caller's thread extracts between two looks at the workers' results (a few milliseconds of work).
const CALLER_SLICE_CHARS = 8192;

// Lets queued worker results be received (and their workers handed new batches) between the caller's own batches.
const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function extractInPool(inputs: readonly ArticleInput[], workers: number, opts: ParallelExtractOptions): Promise<ArticleClaims[]> {
  const helps = callerHelps(workers);
  const work = batches(inputs, workers + (helps ? 1 : 0));
  if (work.length === 0) return [];
  const pool = poolFor(workers);
  const extracted: ArticleClaims[][] = new Array(work.length);
  const extractOptions = {
    ...(opts.language !== undefined ? { language: opts.language } : {}),
    ...(opts.maxArticleLength !== undefined ? { maxArticleLength: opts.maxArticleLength } : {}),
    ...(opts.words !== undefined ? { words: opts.words } : {}),
  };
  // Batches are handed out in order to whichever lane is free first, so a slow batch never holds the others up.
  let next = 0;
  let failed = false;
  let done = 0;
  const finished = (batch: readonly ArticleInput[]): void => {
    for (const a of batch) opts.onProgress?.(++done, inputs.length, a.id);
  };
  const poolLane = async (): Promise<void> => {
    while (!failed && next < work.length) {
      const b = next++;
      const batch = work[b]!;
      const result = (await pool.run({ articles: batch, ...extractOptions } satisfies ExtractTask)) as PackedBatch | PackedError;
      working.add(pool);
      if ('error' in result) throw unpackError(result);
      extracted[b] = unpackBatch(result, batch);
      finished(batch);
    }
  };
  const callerLane = async (): Promise<void> => {
    // The pool lanes take their first batches before this thread starts on one.
    await yieldToLoop();
    while (!failed && next < work.length) {
      const b = next++;
      const batch = work[b]!;
      const out: ArticleClaims[] = [];
      let since = 0;
      for (const a of batch) {
        out.push(extractClaims(a, extractOptions));
        since += a.text.length;
        // A worker that finished waits for this thread to hand it the next batch: never keep it waiting long.
        if (since >= CALLER_SLICE_CHARS) {
          since = 0;
          await yieldToLoop();
          if (failed) return;
        }
      }
      extracted[b] = out;
      finished(batch);
      await yieldToLoop();
    }
  };
  // Two lanes per worker: its next batch already waits in the thread when it finishes one, so it never idles
  // while the caller's thread is busy extracting or unpacking.
  const lanes: Array<Promise<void>> = [];
  for (let i = 0; i < workers * TASKS_PER_WORKER; i++) lanes.push(poolLane());
  if (helps) lanes.push(callerLane());
  try {
    await Promise.all(lanes);
  } catch (error) {
    failed = true;
    throw error;
  }
  return extracted.flat();
}

function checkOptions(options: unknown): { workers: number; rest: CompareOptions } {
  if (options === null || typeof options !== 'object') {
    throw new ClaimdiffError('E_INVALID_OPTIONS', `Invalid options: expected an object, got ${options === null ? 'null' : typeof options}`);
  }
  const { workers, ...rest } = options as ParallelCompareOptions;
  return { workers: checkWorkers(workers), rest };
}

// Sorted as `compare` sorts them, so batches, progress and the report come in the same order.
function validInputs(articles: unknown, opts: CompareOptions): ArticleInput[] {
  return validateArticles(articles, {
    maxArticles: opts.maxArticles ?? MAX_ARTICLES,
    maxArticleLength: opts.maxArticleLength ?? MAX_ARTICLE_LENGTH,
  }).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** `extractClaims` for many articles in a pool of worker threads; the results come sorted by article id. */
export async function extractParallel(articles: ArticleInput[], options: ParallelExtractOptions = {}): Promise<ArticleClaims[]> {
  const { workers, rest } = checkOptions(options);
  // Only extraction options are allowed here; the compare schema checks their types.
  const unknown = Object.keys(rest).filter((k) => !['language', 'maxArticleLength', 'words', 'onProgress'].includes(k));
  if (unknown.length > 0) throw new ClaimdiffError('E_INVALID_OPTIONS', `Invalid options: unknown option ${unknown.map((k) => `\`${k}\``).join(', ')}`);
  const opts = validateCompareOptions(rest);
  return extractInPool(validInputs(articles, { ...opts, maxArticles: Number.MAX_SAFE_INTEGER }), workers, opts);
}

/**
 * `compare` with extraction spread over a pool of worker threads; the report is the same as `compare` gives.
 * Alignment and detectors run in the caller's thread (they need all articles at once and may hold functions).
 */
export async function compareParallel(articles: ArticleInput[], options: ParallelCompareOptions = {}): Promise<Report> {
  const { workers, rest } = checkOptions(options);
  const opts = validateCompareOptions(rest);
  // The extractions are fresh from the workers and seen by nobody else: alignment may fill them in place.
  return compareExtracted(await extractInPool(validInputs(articles, opts), workers, opts), opts, undefined, true);
}
