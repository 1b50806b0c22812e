import type { Language } from '../model/schema.js';
import type { NormalizedDocument } from '../normalize/types.js';
import type { Sentence } from '../extract/types.js';
import { getPack, type LanguagePack } from '../lang/index.js';
import { ClaimdiffError } from '../errors.js';
import type { SentenceSpan } from './types.js';
import { paragraphs, type Range } from './01-paragraphs.js';
import { findCandidates } from './02-candidates.js';
import { punctuationPass } from './03-punctuation.js';
import { inlineListCuts, listMarkerPass } from './04-lists.js';
import { abbreviationPass } from './05-abbreviations.js';
import { numberPass } from './06-numbers.js';
import { attributedQuotes, quotePass } from './07-quotes.js';
import { compilePack, type CompiledPack } from './compile.js';
import type { Pass, PassContext } from './pass.js';
import { isSpace } from './chars.js';

export type { SentenceSpan } from './types.js';

/** Options of `segmentSentences`. */
export interface SegmentOptions {
  language: Language;
}

// Ordered: the first pass with a verdict decides; a candidate no pass rules on is a boundary.
const PASSES: readonly Pass[] = [quotePass, punctuationPass, listMarkerPass, abbreviationPass, numberPass];

/** Splits text into sentences using the language pack's abbreviations, ordinals and quote rules. */
export function segmentSentences(text: string, options: SegmentOptions): SentenceSpan[] {
  if (typeof text !== 'string') {
    throw new ClaimdiffError('E_INVALID_INPUT', `Expected \`text\` to be a string, got ${text === null ? 'null' : typeof text}`);
  }
  if (!options || typeof options !== 'object') {
    throw new ClaimdiffError('E_INVALID_OPTIONS', 'Expected `options` to be an object with a `language`');
  }
  return segmentWith(text, compilePack(getPack(options.language).segment));
}

function segmentWith(text: string, pack: CompiledPack): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const range of paragraphs(text)) segmentParagraph(text, range, pack, out);
  return out;
}

function segmentParagraph(text: string, range: Range, pack: CompiledPack, out: SentenceSpan[]): void {
  const candidates = findCandidates(text, range);
  const listCuts = inlineListCuts(text, range, pack, [range.start, ...candidates.map((c) => c.next)]);
  const cuts: number[] = [];
  const ctx: PassContext = { text, range, pack, sentenceStart: range.start, quotes: attributedQuotes(text, range), quoteIndex: 0 };
  let li = 0;
  for (const c of candidates) {
    while (li < listCuts.length && (listCuts[li] as number) <= c.markStart) {
      cuts.push(listCuts[li] as number);
      ctx.sentenceStart = listCuts[li] as number;
      li++;
    }
    let decision = undefined as 'split' | 'keep' | undefined;
    for (const pass of PASSES) {
      decision = pass(c, ctx);
      if (decision) break;
    }
    if (decision !== 'keep') {
      cuts.push(c.cut);
      ctx.sentenceStart = c.next;
    }
  }
  for (; li < listCuts.length; li++) cuts.push(listCuts[li] as number);
  cuts.sort((a, b) => a - b);
  let from = range.start;
  for (const cut of [...cuts, range.end]) {
    if (cut <= from) continue;
    pushTrimmed(text, from, cut, out);
    from = cut;
  }
}

function pushTrimmed(text: string, start: number, end: number, out: SentenceSpan[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (e > s) out.push({ text: text.slice(s, e), span: { start: s, end: e } });
}

/** Sentences of the title and every paragraph block of a document, numbered in reading order. */
export function segmentDocument(doc: NormalizedDocument, languagePack: LanguagePack = getPack(doc.language)): Sentence[] {
  const sentences: Sentence[] = [];
  // A caller's pack (built-in lists plus its own words) is compiled once per pack object, like the built-ins.
  const pack = compilePack(languagePack.segment);
  doc.blocks.forEach((block, blockIndex) => {
    if (block.kind !== 'paragraph' && block.kind !== 'title') return;
    for (const s of segmentWith(block.text, pack)) {
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
