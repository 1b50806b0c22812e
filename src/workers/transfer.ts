import type { WordsOption } from '../lang/extend.js';
import { offsetMapper } from '../normalize/offsets.js';
import { ClaimdiffError } from '../errors.js';
import type { ArticleInput, Claim, Language } from '../model/schema.js';
import type { ArticleClaims, Sentence } from '../extract/types.js';
import type { Block, NormalizedDocument } from '../normalize/types.js';
import { isClaimdiffError } from '../errors.js';

/**
 * An extracted article as it crosses a thread: `toOriginal` is a closure, so the offset map it reads travels as
 * two typed arrays instead, and the input (which the main thread already holds) stays behind.
 */
export interface PackedArticle {
  id: string;
  language: Language;
  text: string;
  blocks: Block[];
  title?: string;
  sentences: Sentence[];
  claims: Claim[];
  /** Per normalized character: where it starts and ends in the original text. */
  starts: Int32Array;
  ends: Int32Array;
}

/** A caller mistake raised in a worker, kept with its code so the main thread can throw the same error. */
export interface PackedError {
  error: { code: ClaimdiffError['code']; message: string; details: Record<string, unknown> } | { message: string };
}

/** One task of the extraction worker: a batch of validated articles and the language option. */
export interface ExtractTask {
  articles: ArticleInput[];
  language?: Language;
  maxArticleLength?: number;
  /** The caller's extra word lists: plain data, so it crosses threads as is. */
  words?: WordsOption;
}

/** Reads the offset map back out of `toOriginal`, one character at a time (linear in the text). */
export function packArticle(article: ArticleClaims): PackedArticle {
  const doc = article.document;
  const n = doc.text.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const span = doc.toOriginal({ start: k, end: k + 1 });
    starts[k] = span.start;
    ends[k] = span.end;
  }
  const packed: PackedArticle = {
    id: article.id,
    language: doc.language,
    text: doc.text,
    blocks: doc.blocks,
    sentences: article.sentences,
    claims: article.claims,
    starts,
    ends,
  };
  if (doc.title !== undefined) packed.title = doc.title;
  return packed;
}

/** Rebuilds the article with the caller's own input object and a `toOriginal` that answers as the worker's did. */
export function unpackArticle(packed: PackedArticle, input: ArticleInput): ArticleClaims {
  const { text, starts, ends } = packed;
  // Same checks and same answers as the map built by `normalizeArticle`.
  const toOriginal = offsetMapper(input.id, starts, ends);
  const document: NormalizedDocument = {
    id: packed.id,
    input,
    language: packed.language,
    original: input.text,
    text,
    blocks: packed.blocks,
    ...(packed.title !== undefined ? { title: packed.title } : {}),
    toOriginal,
  };
  return { id: packed.id, document, sentences: packed.sentences, claims: packed.claims };
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
