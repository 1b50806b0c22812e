import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import { ClaimdiffError } from './errors.js';
import type { ArticleInput, Report } from './model/schema.js';
import type { ArticleClaims } from './extract/types.js';
import { compareExtracted, compareStory, extractClaims, extractionOptions, MAX_ARTICLES, validateArticles, validateCompareOptions, type CompareOptions, type ExtractOptions } from './pipeline.js';
import { StoryGraph, splitsInto, storyAnchors } from './stories/index.js';
import { mergeReports } from './stories/merge.js';
import { MAX_ARTICLE_LENGTH } from './normalize/index.js';
import {
  unpackBatch,
  unpackError,
  type ExtractTask,
  type PackedAnchors,
  type PackedBatch,
  type PackedError,
  type PackedReports,
  type StoriesTask,
} from './workers/transfer.js';

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

// Hands tasks out in order to whichever lane is free first (the pool's lanes, and the caller's thread when it helps),
// so a slow task never holds the others up. `local` runs a task in the caller's thread and may call `pause` between
// pieces of work, which lets finished workers be handed their next task; it returns false once the run has failed.
async function runLanes<T, R>(
  workers: number,
  tasks: readonly T[],
  remote: (task: T) => Promise<R>,
  local: ((task: T, pause: () => Promise<boolean>) => Promise<R>) | undefined,
  done: (index: number, result: R) => void,
): Promise<void> {
  let next = 0;
  let failed = false;
  const pause = async (): Promise<boolean> => {
    await yieldToLoop();
    return !failed;
  };
  const poolLane = async (): Promise<void> => {
    while (!failed && next < tasks.length) {
      const i = next++;
      done(i, await remote(tasks[i] as T));
    }
  };
  const callerLane = async (run: NonNullable<typeof local>): Promise<void> => {
    // The pool lanes take their first tasks before this thread starts on one.
    await yieldToLoop();
    while (!failed && next < tasks.length) {
      const i = next++;
      const result = await run(tasks[i] as T, pause);
      if (failed) return;
      done(i, result);
      await yieldToLoop();
    }
  };
  // Two lanes per worker: its next task already waits in the thread when it finishes one, so it never idles
  // while the caller's thread is busy working or unpacking.
  const lanes: Array<Promise<void>> = [];
  for (let i = 0; i < workers * TASKS_PER_WORKER; i++) lanes.push(poolLane());
  if (local) lanes.push(callerLane(local));
  try {
    await Promise.all(lanes);
  } catch (error) {
    failed = true;
    throw error;
  }
}

// Runs `task` in the pool and throws a caller mistake the worker reported as the same error here.
async function inPool<R>(pool: Tinypool, task: ExtractTask | StoriesTask): Promise<R> {
  const result = (await pool.run(task)) as R | PackedError;
  working.add(pool);
  if (result !== null && typeof result === 'object' && 'error' in result) throw unpackError(result as PackedError);
  return result as R;
}

// Extracts batch by batch in the caller's thread, pausing every few thousand characters for the workers.
async function extractLocally<R>(batch: readonly ArticleInput[], options: ExtractOptions, pause: () => Promise<boolean>, each: (x: ArticleClaims) => R): Promise<R[]> {
  const out: R[] = [];
  let since = 0;
  for (const a of batch) {
    out.push(each(extractClaims(a, options)));
    since += a.text.length;
    // A worker that finished waits for this thread to hand it the next batch: never keep it waiting long.
    if (since >= CALLER_SLICE_CHARS) {
      since = 0;
      if (!(await pause())) break;
    }
  }
  return out;
}

async function extractInPool(inputs: readonly ArticleInput[], workers: number, opts: ParallelExtractOptions): Promise<ArticleClaims[]> {
  const helps = callerHelps(workers);
  const work = batches(inputs, workers + (helps ? 1 : 0));
  if (work.length === 0) return [];
  const pool = poolFor(workers);
  const extracted: ArticleClaims[][] = new Array(work.length);
  const extractOptions = extractionOptions(opts);
  let done = 0;
  await runLanes(
    workers,
    work,
    async (batch) => unpackBatch(await inPool<PackedBatch>(pool, { articles: batch, ...extractOptions }), batch),
    helps ? (batch, pause) => extractLocally(batch, extractOptions, pause, (x) => x) : undefined,
    (b, result) => {
      extracted[b] = result;
      for (const a of work[b] as ArticleInput[]) opts.onProgress?.(++done, inputs.length, a.id);
    },
  );
  return extracted.flat();
}

// Stories whose texts add up to less than this travel to a worker together, so a feed of one-article stories does
// not pay one message per article.
const MIN_STORY_TASK_CHARS = 16384;

/**
 * `compare` of a set that splits into stories, with all of it in the pool: the workers first extract every article
 * and send back only its anchors (a few strings, not the claims), the caller's thread splits the set into stories,
 * and then the workers compare whole stories, largest first, each extracting its own articles again, and send back
 * the story reports, which are joined. Extraction is paid twice, but it is the small part of a comparison; what is
 * gained is that alignment and detectors, most of the time, run on every core.
 */
async function compareStoriesInPool(inputs: readonly ArticleInput[], workers: number, opts: CompareOptions): Promise<Report> {
  const helps = callerHelps(workers);
  const pool = poolFor(workers);
  const extractOptions = extractionOptions(opts);
  // 1. Anchors, batch by batch.
  const work = batches(inputs, workers + (helps ? 1 : 0));
  const anchors: string[][][] = new Array(work.length);
  let done = 0;
  await runLanes(
    workers,
    work,
    async (batch) => (await inPool<PackedAnchors>(pool, { kind: 'anchors', articles: batch, ...extractOptions })).anchors,
    helps ? (batch, pause) => extractLocally(batch, extractOptions, pause, storyAnchors) : undefined,
    (b, result) => {
      anchors[b] = result;
      for (const a of work[b] as ArticleInput[]) opts.onProgress?.(++done, inputs.length, a.id);
    },
  );
  // 2. Stories, as `compare` finds them.
  const graph = new StoryGraph();
  work.forEach((batch, b) => batch.forEach((a, k) => graph.add(a.id, (anchors[b] as string[][])[k] as string[])));
  const byId = new Map(inputs.map((a) => [a.id, a] as const));
  const stories = graph.stories().map((ids) => ids.map((id) => byId.get(id) as ArticleInput));
  // 3. Whole stories, largest first (the longest task starts first, so no lane is left with it at the end).
  const sizeOf = (story: readonly ArticleInput[]) => story.reduce((n, a) => n + a.text.length, 0);
  const order = stories.map((s, i) => [sizeOf(s), i] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  const tasks: ArticleInput[][][] = [];
  let small: ArticleInput[][] = [];
  let smallSize = 0;
  for (const [size, i] of order) {
    if (size >= MIN_STORY_TASK_CHARS) {
      tasks.push([stories[i] as ArticleInput[]]);
      continue;
    }
    small.push(stories[i] as ArticleInput[]);
    smallSize += size;
    if (smallSize >= MIN_STORY_TASK_CHARS) {
      tasks.push(small);
      small = [];
      smallSize = 0;
    }
  }
  if (small.length > 0) tasks.push(small);
  const reports: Report[] = [];
  const plain = plainOptions(opts);
  await runLanes(
    workers,
    tasks,
    async (group) => {
      const packed = await inPool<PackedReports>(pool, { kind: 'stories', stories: group, options: plain });
      return ('json' in packed ? JSON.parse(packed.json) : packed.raw) as Report[];
    },
    helps
      ? async (group, pause) => {
          const out: Report[] = [];
          for (const story of group) {
            out.push(compareStory(story.map((a) => extractClaims(a, extractOptions)), opts, undefined, true));
            if (!(await pause())) break;
          }
          return out;
        }
      : undefined,
    (_t, result) => {
      for (const r of result) reports.push(r);
    },
  );
  return reports.length === 1 ? (reports[0] as Report) : mergeReports(reports);
}

// The options a worker compares with: plain data only (custom detectors and the progress callback stay here).
function plainOptions(opts: CompareOptions): Record<string, unknown> {
  const { onProgress: _progress, detectors: _detectors, ...rest } = opts;
  return rest;
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
 * `compare` in a pool of worker threads; the report is the same as `compare` gives. A set that splits into stories
 * is compared story by story in the pool; otherwise extraction is spread and alignment and detectors run in the
 * caller's thread (they need all articles at once and may hold functions).
 */
export async function compareParallel(articles: ArticleInput[], options: ParallelCompareOptions = {}): Promise<Report> {
  const { workers, rest } = checkOptions(options);
  const opts = validateCompareOptions(rest);
  const inputs = validInputs(articles, opts);
  // A set compared story by story compares its stories in the pool too, unless a detector of the caller's (a
  // function, which cannot cross to a thread) must run; then, as for one story, only extraction is spread.
  if (opts.detectors === undefined && splitsInto(opts.stories, inputs.length)) return compareStoriesInPool(inputs, workers, opts);
  // The extractions are fresh from the workers and seen by nobody else: alignment may fill them in place.
  return compareExtracted(await extractInPool(inputs, workers, opts), opts, undefined, true);
}
