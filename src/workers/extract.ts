// The worker of the thread pool: built as its own file (dist/worker.js) so a pool of threads can load it. It extracts
// batches of articles, or only their story anchors, or compares whole stories.
import { compareStory, extractClaims, extractionOptions, type CompareOptions } from '../pipeline.js';
import { storyAnchors } from '../stories/index.js';
import {
  packBatch,
  packError,
  packReports,
  type ExtractTask,
  type PackedAnchors,
  type PackedBatch,
  type PackedError,
  type PackedReports,
  type StoriesTask,
} from './transfer.js';

/** Runs one task of `compareParallel` / `extractParallel` and returns its result in a form that can cross threads. */
export default function runTask(task: ExtractTask | StoriesTask): PackedBatch | PackedAnchors | PackedReports | PackedError {
  try {
    if (task.kind === 'stories') {
      const options = task.options as CompareOptions;
      const extractOptions = extractionOptions(options);
      return packReports(task.stories.map((story) => compareStory(story.map((a) => extractClaims(a, extractOptions)), options, undefined, true)));
    }
    const options = extractionOptions(task);
    const extracted = task.articles.map((article) => extractClaims(article, options));
    if (task.kind === 'anchors') return { anchors: extracted.map(storyAnchors) };
    return packBatch(extracted);
  } catch (error) {
    return packError(error);
  }
}
