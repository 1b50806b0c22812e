import type { Range } from './01-paragraphs.js';
import type { Candidate } from './02-candidates.js';
import type { Decision, PassContext } from './pass.js';
import { isCloser, isLower, isOpener, isSpace } from './chars.js';

// Double quotation marks of German, English and French typography ("„“”‟«»); single quotes double as apostrophes.
// Jumps from one double quotation mark to the next; `test` with `lastIndex` avoids a match object per quote.
const DOUBLE_QUOTE = /["\u201E\u201C\u201D\u201F\u00AB\u00BB]/g;
const ALWAYS_OPENS = new Set(['„']);
// Longer quotations are left to ordinary splitting, so a stray quote cannot glue a whole paragraph together.
const MAX_QUOTE = 1000;

/**
 * Quotations followed by their attribution (`„Wir sind bereit. Es geht weiter“, sagte sie.`,
 * `"We are ready. Talks go on," she said.`): the whole quotation and its speaker stay one sentence,
 * so the quote is never separated from who said it. Returns `[open, close]` offsets, in order.
 */
export function attributedQuotes(text: string, range: Range): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  DOUBLE_QUOTE.lastIndex = range.start;
  while (DOUBLE_QUOTE.test(text)) {
    const i = DOUBLE_QUOTE.lastIndex - 1;
    if (i >= range.end) break;
    const c = text[i] as string;
    const prev = i > range.start ? text[i - 1] : undefined;
    const next = i + 1 < range.end ? text[i + 1] : undefined;
    const opens = ALWAYS_OPENS.has(c) || ((prev === undefined || isSpace(prev) || isOpener(prev) || prev === '(') && next !== undefined && !isSpace(next));
    const closes = !ALWAYS_OPENS.has(c) && prev !== undefined && !isSpace(prev) && (next === undefined || isSpace(next) || /[,.;:!?)\]–—-]/.test(next));
    if (open === -1) {
      if (opens) open = i;
      continue;
    }
    if (!closes) {
      if (opens) open = i; // an unmatched opening: restart from the newer one
      continue;
    }
    if (i - open <= MAX_QUOTE && attributionFollows(text, i, range.end)) out.push([open, i]);
    open = -1;
  }
  return out;
}

function attributionFollows(text: string, close: number, end: number): boolean {
  if (text[close - 1] === ',') return true; // "…go on," she said
  let k = close + 1;
  while (k < end && k - close < 8 && isCloser(text[k])) k++;
  if (text[k] === ',') return true; // „…weiter“, sagte sie
  while (k < end && k - close < 8 && isSpace(text[k])) k++;
  return isLower(text[k]); // "…weiter" sagte sie
}

/** Keeps sentence ends inside an attributed quotation (see `attributedQuotes`) from splitting it. */
export function quotePass(c: Candidate, ctx: PassContext): Decision | undefined {
  if (c.kind === 'newline' || c.kind === 'bullet') return undefined;
  const quotes = ctx.quotes;
  while (ctx.quoteIndex < quotes.length && (quotes[ctx.quoteIndex] as [number, number])[1] < c.cut) ctx.quoteIndex++;
  const q = quotes[ctx.quoteIndex];
  return q && q[0] < c.markStart && c.cut <= q[1] ? 'keep' : undefined;
}
