// The extraction worker: built as its own file (dist/worker.js) so a pool of threads can load it.
import { extractClaims } from '../pipeline.js';
import { packBatch, packError, type ExtractTask, type PackedBatch, type PackedError } from './transfer.js';

/** Extracts a batch of articles and returns them in a form that can cross threads. */
export default function extractBatch(task: ExtractTask): PackedBatch | PackedError {
  try {
    const options = {
      ...(task.language !== undefined ? { language: task.language } : {}),
      ...(task.maxArticleLength !== undefined ? { maxArticleLength: task.maxArticleLength } : {}),
      ...(task.words !== undefined ? { words: task.words } : {}),
    };
    return packBatch(task.articles.map((article) => extractClaims(article, options)));
  } catch (error) {
    return packError(error);
  }
}
