import { ClaimdiffError } from '../errors.js';
import type { Span } from '../model/schema.js';

/**
 * The `toOriginal` of a normalized document, from per-character start/end offsets into the original input.
 * One builder for the normalizer and for documents rebuilt after crossing a worker thread, so both answer alike.
 */
export function offsetMapper(articleId: string, starts: Int32Array, ends: Int32Array): (span: Span) => Span {
  const total = starts.length;
  return (span: Span): Span => {
    const { start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > total) {
      throw new ClaimdiffError(
        'E_INVALID_INPUT',
        `Span {start: ${start}, end: ${end}} is outside the normalized text of article "${articleId}" (length ${total})`,
        { id: articleId, span },
      );
    }
    if (total === 0) return { start: 0, end: 0 };
    if (start === end) {
      const at = start < total ? starts[start]! : ends[total - 1]!;
      return { start: at, end: at };
    }
    return { start: starts[start]!, end: ends[end - 1]! };
  };
}
