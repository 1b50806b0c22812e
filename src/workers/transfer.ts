import type { WordsOption } from '../lang/extend.js';
import { COPIED_RUN, mapperRuns, offsetMapper, runsMapper } from '../normalize/offsets.js';
import { ClaimdiffError } from '../errors.js';
import type { ArticleInput, Claim, Language, Span } from '../model/schema.js';
import type { ArticleClaims, Sentence } from '../extract/types.js';
import type { Block, NormalizedDocument } from '../normalize/types.js';
import type { OffsetRuns } from '../normalize/offsets.js';
import { isClaimdiffError } from '../errors.js';

/**
 * A batch of extracted articles as it crosses a thread. Structured cloning of the plain objects cost more on the
 * receiving side than extracting them did (every key written and read again per object, every text copied four
 * times: document, block, sentence, claim), so the batch travels as one JSON string, which the receiving thread
 * parses on V8's fast path (a fifth of the time), and the offset maps as runs in one typed array.
 */
export interface PackedBatch {
  /** JSON of one `PackedEntry` per article, in batch order. */
  json: string;
  /** Per article: the normalized text, or null when it is the input text itself. */
  texts: Array<string | null>;
  /** Offset maps of all articles one after another, each as a run count and then its `at`, `first` and `end` columns. */
  runs: Int32Array;
  /** Articles JSON cannot carry exactly (a number JSON would change), as the plain objects, by batch position. */
  raw?: Record<number, RawEntry>;
}

/** `[language, title or null, sentences, claims, blocks]`; 0 when the article is in `PackedBatch.raw`. */
type PackedEntry = [Language, string | null, Sentence[], Claim[], Block[]] | 0;

/** An article sent as plain objects (structured clone) instead of JSON. */
interface RawEntry {
  language: Language;
  title?: string;
  sentences: Sentence[];
  claims: Claim[];
  blocks: Block[];
}

/** A caller mistake raised in a worker, kept with its code so the main thread can throw the same error. */
export interface PackedError {
  error: { code: ClaimdiffError['code']; message: string; details: Record<string, unknown> } | { message: string };
}

/** One task of the extraction worker: a batch of validated articles and the language option. */
export interface ExtractTask {
  /** `extract` (the default): the articles' extractions; `anchors`: only their story anchors. */
  kind?: 'extract' | 'anchors';
  articles: ArticleInput[];
  language?: Language;
  maxArticleLength?: number;
  /** The caller's extra word lists: plain data, so it crosses threads as is. */
  words?: WordsOption;
}

/** Marks a run of characters copied one to one: character k of the run sits at `first + k` and is one unit long. */
const COPIED = COPIED_RUN;

// A growable Int32Array: the offset runs of a batch, written without a JS array of boxed numbers in between.
class IntWriter {
  buf = new Int32Array(1024);
  length = 0;
  push(a: number): void {
    if (this.length === this.buf.length) this.grow();
    this.buf[this.length++] = a;
  }
  pushAll(a: Int32Array): void {
    if (this.length + a.length > this.buf.length) this.grow(this.length + a.length);
    this.buf.set(a, this.length);
    this.length += a.length;
  }
  private grow(least = 0): void {
    const next = new Int32Array(Math.max(least, this.buf.length * 2));
    next.set(this.buf);
    this.buf = next;
  }
}

// The offset map as runs: copied from the mapper's own runs (three typed-array copies), or for a document whose
// `toOriginal` did not come from `offsetMapper`, read out of it one character at a time.
function writeRuns(doc: NormalizedDocument, out: IntWriter): void {
  const n = doc.text.length;
  const runs = mapperRuns(doc.toOriginal, n) ?? probeRuns(doc, n);
  out.push(runs.at.length);
  out.pushAll(runs.at);
  out.pushAll(runs.first);
  out.pushAll(runs.end);
}

// A run is a stretch copied one to one, or a single character with its own start and end.
function probeRuns(doc: NormalizedDocument, n: number): OffsetRuns {
  const at: number[] = [];
  const first: number[] = [];
  const end: number[] = [];
  let prevStart = -2;
  let prevEnd = -2;
  let inCopied = false;
  for (let k = 0; k < n; k++) {
    const span = doc.toOriginal({ start: k, end: k + 1 });
    const copied = span.end === span.start + 1;
    // Same test as the normalizer's own run builder: a copied character continues a copied run that ends just before it.
    if (!(copied && inCopied && prevEnd === span.start && prevStart === span.start - 1)) {
      at.push(k);
      first.push(span.start);
      end.push(copied ? COPIED : span.end);
      inCopied = copied;
    }
    prevStart = span.start;
    prevEnd = span.end;
  }
  return { at: Int32Array.from(at), first: Int32Array.from(first), end: Int32Array.from(end) };
}

// JSON turns NaN and the infinities into null and -0 into 0; an article with such a number travels as plain objects.
function jsonSafe(claims: readonly Claim[]): boolean {
  for (const c of claims) {
    for (const q of c.quantities) {
      if (!exact(q.value) || !exact(q.min) || !exact(q.max) || (q.scale !== undefined && !exact(q.scale))) return false;
    }
  }
  return true;
}

function exact(x: number): boolean {
  return Number.isFinite(x) && !Object.is(x, -0);
}

/**
 * Packs a batch of extractions. The texts of blocks, sentences and claims stay in the JSON: leaving them out (to be
 * sliced again from the document) saved under a tenth of the JSON time on either side, less than finding them cost
 * (re-measured: with every `text` left out, JSON.parse took as long; its cost is the objects, not the characters).
 * What JSON does not keep is what the report's own JSON does not show either: keys holding undefined, and the one
 * span object some claims share (spans are never changed in place, so copies answer alike).
 */
export function packBatch(articles: readonly ArticleClaims[]): PackedBatch {
  const entries: PackedEntry[] = [];
  const texts: Array<string | null> = [];
  const runs = new IntWriter();
  const raw: Record<number, RawEntry> = {};
  let hasRaw = false;
  for (let i = 0; i < articles.length; i++) {
    const { document: doc, sentences, claims } = articles[i]!;
    texts.push(doc.text === doc.original ? null : doc.text);
    writeRuns(doc, runs);
    if (jsonSafe(claims)) {
      entries.push([doc.language, doc.title ?? null, sentences, claims, doc.blocks]);
    } else {
      raw[i] = { language: doc.language, ...(doc.title !== undefined ? { title: doc.title } : {}), sentences, claims, blocks: doc.blocks };
      hasRaw = true;
      entries.push(0);
    }
  }
  const packed: PackedBatch = { json: JSON.stringify(entries), texts, runs: runs.buf.slice(0, runs.length) };
  if (hasRaw) packed.raw = raw;
  return packed;
}

/** Rebuilds a batch's articles with the caller's own input objects and `toOriginal` maps that answer as the worker's did. */
export function unpackBatch(packed: PackedBatch, inputs: readonly ArticleInput[]): ArticleClaims[] {
  const entries = JSON.parse(packed.json) as PackedEntry[];
  const { texts, runs } = packed;
  const out: ArticleClaims[] = new Array(entries.length);
  let r = 0;
  for (let i = 0; i < entries.length; i++) {
    const input = inputs[i]!;
    const original = input.text;
    const text = texts[i] ?? original;
    const mapped = readMapper(runs, r, text.length, input.id);
    r = mapped.next;
    const entry = entries[i]!;
    const e: RawEntry =
      entry === 0 ? packed.raw![i]! : { language: entry[0], ...(entry[1] !== null ? { title: entry[1] } : {}), sentences: entry[2], claims: entry[3], blocks: entry[4] };
    const document: NormalizedDocument = {
      id: input.id,
      input,
      language: e.language,
      original,
      text,
      blocks: e.blocks,
      ...(e.title !== undefined ? { title: e.title } : {}),
      toOriginal: mapped.toOriginal,
    };
    out[i] = { id: input.id, document, sentences: e.sentences, claims: e.claims };
  }
  return out;
}

// One article's `toOriginal`, straight from its runs (views into the batch's array, which its documents share);
// a map whose runs are not smaller than dense arrays is expanded, and `offsetMapper` keeps it dense as the worker did.
function readMapper(runs: Int32Array, r: number, n: number, id: string): { toOriginal: (span: Span) => Span; next: number } {
  const count = runs[r]!;
  const atCol = r + 1;
  const firstCol = atCol + count;
  const endCol = firstCol + count;
  const next = endCol + count;
  if (count * 3 < n * 2) {
    const columns = { at: runs.subarray(atCol, firstCol), first: runs.subarray(firstCol, endCol), end: runs.subarray(endCol, next) };
    return { toOriginal: runsMapper(id, n, columns), next };
  }
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let j = 0; j < count; j++) {
    const at = runs[atCol + j]!;
    const first = runs[firstCol + j]!;
    const end = runs[endCol + j]!;
    if (end !== COPIED) {
      starts[at] = first;
      ends[at] = end;
      continue;
    }
    const stop = j + 1 < count ? runs[atCol + j + 1]! : n;
    for (let k = at, s = first; k < stop; k++, s++) {
      starts[k] = s;
      ends[k] = s + 1;
    }
  }
  return { toOriginal: offsetMapper(id, starts, ends), next };
}

/** A task of the story worker: whole stories, each compared on its own with the caller's plain-data options. */
export interface StoriesTask {
  kind: 'stories';
  /** Per story, its articles sorted by id. */
  stories: ArticleInput[][];
  /** `compare` options without functions (no custom detectors, no progress callback). */
  options: Record<string, unknown>;
}

/** The story reports of a `StoriesTask`: JSON of the array when JSON carries them exactly, else the objects. */
export type PackedReports = { json: string } | { raw: unknown[] };

/** Story anchors per article of an `anchors` task, in batch order. */
export interface PackedAnchors {
  anchors: string[][];
}

/** Story reports for the trip across threads: JSON changes -0, NaN, the infinities and holes, so such reports cross as objects. */
export function packReports(reports: unknown[]): PackedReports {
  let exact = true;
  const json = JSON.stringify(reports, function (this: unknown, _key, value: unknown) {
    if (typeof value === 'number' ? !Number.isFinite(value) || Object.is(value, -0) : value === undefined && Array.isArray(this)) exact = false;
    return value;
  });
  return exact ? { json } : { raw: reports };
}

/** Turns an error thrown in a worker into plain data; structured cloning would drop `code` and `details`. */
export function packError(error: unknown): PackedError {
  if (isClaimdiffError(error)) return { error: { code: error.code, message: error.message, details: { ...error.details } } };
  return { error: { message: error instanceof Error ? error.message : String(error) } };
}

/** The error a worker reported, thrown again in the caller's thread. */
export function unpackError(packed: PackedError): Error {
  const e = packed.error;
  return 'code' in e ? new ClaimdiffError(e.code, e.message, e.details) : new Error(e.message);
}
