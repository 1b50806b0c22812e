import { segmentSentences } from '../../src/segment/index.js';
import type { Language } from '../../src/model/schema.js';

/** The sentence texts of `text`, for table-driven expectations. */
export function split(text: string, language: Language): string[] {
  return segmentSentences(text, { language }).map((s) => s.text);
}
