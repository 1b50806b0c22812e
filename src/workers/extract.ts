// The extraction worker: built as its own file (dist/worker.js) so a pool of threads can load it.
import { extractClaims } from '../pipeline.js';
import { packArticle, packError, type ExtractTask, type PackedArticle, type PackedError } from './transfer.js';

/** Extracts a batch of articles and returns them in a form that can cross threads. */
export default function extractBatch(task: ExtractTask): PackedArticle[] | PackedError {
  try {
    const options = {
      ...(task.language !== undefined ? { language: task.language } : {}),
      ...(task.maxArticleLength !== undefined ? { maxArticleLength: task.maxArticleLength } : {}),
      ...(task.words !== undefined ? { words: task.words } : {}),
    };
    return task.articles.map((article) => packArticle(extractClaims(article, options)));
  } catch (error) {
    return packError(error);
  }
}
