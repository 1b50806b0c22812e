import type { Language } from '../model/schema.js';
import type { NormalizedDocument } from '../normalize/types.js';
import type { Sentence } from '../extract/types.js';
import type { SentenceSpan } from './types.js';

export type { SentenceSpan } from './types.js';

/** Options of `segmentSentences`. */
export interface SegmentOptions {
  language: Language;
}

/** Splits text into sentences using the language pack's abbreviations, ordinals and quote rules. */
export function segmentSentences(text: string, options: SegmentOptions): SentenceSpan[] {
  // PLACEHOLDER: naive split. Replaced by the segment stage.
  void options;
  const out: SentenceSpan[] = [];
  const re = /[^.!?]+[.!?]*/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ text: t, span: { start: m.index + lead, end: m.index + lead + t.length } });
  }
  return out;
}

/** Sentences of the title and every paragraph block of a document, numbered in reading order. */
export function segmentDocument(doc: NormalizedDocument): Sentence[] {
  const sentences: Sentence[] = [];
  doc.blocks.forEach((block, blockIndex) => {
    if (block.kind !== 'paragraph' && block.kind !== 'title') return;
    for (const s of segmentSentences(block.text, { language: doc.language })) {
      sentences.push({
        index: sentences.length,
        blockIndex,
        section: block.kind === 'title' ? 'headline' : 'body',
        text: s.text,
        span: { start: block.start + s.span.start, end: block.start + s.span.end },
      });
    }
  });
  return sentences;
}
