import type { Language } from '../model/schema.js';
import type { NormalizedDocument } from '../normalize/types.js';
import type { Sentence } from '../extract/types.js';
import { getPack, type LanguagePack } from '../lang/index.js';
import { ClaimdiffError } from '../errors.js';
import type { SentenceSpan } from './types.js';
import { paragraphs, type Range } from './01-paragraphs.js';
import { findCandidates, type Candidate } from './02-candidates.js';
import { punctuationPass } from './03-punctuation.js';
import { inlineListCuts, listMarkerPass } from './04-lists.js';
import { abbreviationPass } from './05-abbreviations.js';
import { numberPass } from './06-numbers.js';
import { attributedQuotes, quotePass } from './07-quotes.js';
import { compilePack, type CompiledPack } from './compile.js';
import type { Decision, PassContext } from './pass.js';
import { isAt, SPACE_BIT } from './chars.js';

export type { SentenceSpan } from './types.js';

/** Options of `segmentSentences`. */
export interface SegmentOptions {
  language: Language;
}

// The passes, in order: quotePass, punctuationPass, listMarkerPass, abbreviationPass, numberPass (segmentParagraph).
// The first pass with a verdict decides; a candidate no pass rules on is a boundary.

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
  const bounds: number[] = [];
  for (const range of paragraphs(text)) segmentParagraph(text, range, pack, bounds);
  const out: SentenceSpan[] = [];
  for (let k = 0; k < bounds.length; k += 2) {
    const s = bounds[k]!;
    const e = bounds[k + 1]!;
    out.push({ text: text.slice(s, e), span: { start: s, end: e } });
  }
  return out;
}

// Scratch for the offsets of one paragraph's double quotation marks, noted by the candidate scan; read at once.
const QUOTE_MARKS: number[] = [];
const NO_QUOTES: ReadonlyArray<readonly [number, number]> = [];

// Appends the trimmed `[start, end)` pairs of the paragraph's sentences to `bounds`: plain numbers, so the caller
// makes its one object per sentence without an intermediate one.
function segmentParagraph(text: string, range: Range, pack: CompiledPack, bounds: number[]): void {
  // Emptied only when the last paragraph had quotation marks: setting an array's length is a call into the runtime.
  if (QUOTE_MARKS.length !== 0) QUOTE_MARKS.length = 0;
  const candidates = findCandidates(text, range, QUOTE_MARKS);
  const listCuts = inlineListCuts(text, range, pack, candidates);
  // One context serves every paragraph: it is read only while this paragraph is segmented.
  const ctx = CTX;
  ctx.text = text;
  ctx.range = range;
  ctx.pack = pack;
  ctx.sentenceStart = range.start;
  ctx.quotes = QUOTE_MARKS.length === 0 ? NO_QUOTES : attributedQuotes(text, range, QUOTE_MARKS);
  ctx.quoteIndex = 0;
  ctx.token = undefined;
  ctx.tokenMark = -1;
  ctx.tokenFloor = -1;
  let from = range.start;
  if (listCuts.length === 0) {
    // Without list cuts the cuts come in order: each sentence is written as soon as its end is decided, with no
    // array of cuts in between.
    for (const c of candidates) {
      if (decide(c, ctx) === 'keep') continue;
      ctx.sentenceStart = c.next;
      const cut = c.cut;
      if (cut <= from) continue;
      pushTrimmed(text, from, cut, bounds);
      from = cut;
    }
  } else {
    const cuts: number[] = [];
    let li = 0;
    for (const c of candidates) {
      while (li < listCuts.length && (listCuts[li] as number) <= c.markStart) {
        cuts.push(listCuts[li] as number);
        ctx.sentenceStart = listCuts[li] as number;
        li++;
      }
      if (decide(c, ctx) !== 'keep') {
        cuts.push(c.cut);
        ctx.sentenceStart = c.next;
      }
    }
    for (; li < listCuts.length; li++) cuts.push(listCuts[li] as number);
    cuts.sort((a, b) => a - b);
    for (const cut of cuts) {
      if (cut <= from) continue;
      pushTrimmed(text, from, cut, bounds);
      from = cut;
    }
  }
  if (range.end > from) pushTrimmed(text, from, range.end, bounds);
  // Let go of the paragraph's text and quotations (the context outlives the call).
  ctx.text = '';
  ctx.quotes = NO_QUOTES;
  ctx.token = undefined;
}

// The passes in PASSES order, called directly: one call site per pass can be inlined, a loop over them cannot.
function decide(c: Candidate, ctx: PassContext): Decision | undefined {
  return quotePass(c, ctx) ?? punctuationPass(c, ctx) ?? listMarkerPass(c, ctx) ?? abbreviationPass(c, ctx) ?? numberPass(c, ctx);
}

const CTX: PassContext = {
  text: '',
  range: { start: 0, end: 0 },
  pack: undefined as unknown as CompiledPack,
  sentenceStart: 0,
  quotes: NO_QUOTES,
  quoteIndex: 0,
  token: undefined,
  tokenMark: -1,
  tokenFloor: -1,
};

function pushTrimmed(text: string, start: number, end: number, bounds: number[]): void {
  let s = start;
  let e = end;
  while (s < e && isAt(text, s, SPACE_BIT)) s++;
  while (e > s && isAt(text, e - 1, SPACE_BIT)) e--;
  if (e > s) bounds.push(s, e);
}

// Scratch for the sentence bounds of a document's blocks: reused, as every block's are read out at once.
const BOUNDS: number[] = [];

/** Sentences of the title and every paragraph block of a document, numbered in reading order. */
export function segmentDocument(doc: NormalizedDocument, languagePack: LanguagePack = getPack(doc.language)): Sentence[] {
  const sentences: Sentence[] = [];
  // A caller's pack (built-in lists plus its own words) is compiled once per pack object, like the built-ins.
  const pack = compilePack(languagePack.segment);
  const blocks = doc.blocks;
  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    const block = blocks[blockIndex]!;
    if (block.kind !== 'paragraph' && block.kind !== 'title') continue;
    const text = block.text;
    const section = block.kind === 'title' ? 'headline' : 'body';
    // Each block's bounds follow the previous block's: the scratch is emptied once per document, not per block.
    const first = BOUNDS.length;
    for (const range of paragraphs(text)) segmentParagraph(text, range, pack, BOUNDS);
    for (let k = first; k < BOUNDS.length; k += 2) {
      const s = BOUNDS[k]!;
      const e = BOUNDS[k + 1]!;
      sentences.push({
        index: sentences.length,
        blockIndex,
        section,
        text: text.slice(s, e),
        span: { start: block.start + s, end: block.start + e },
      });
    }
  }
  if (BOUNDS.length !== 0) BOUNDS.length = 0;
  return sentences;
}
