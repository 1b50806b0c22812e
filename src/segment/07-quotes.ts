import type { Range } from './01-paragraphs.js';
import type { Candidate } from './02-candidates.js';
import type { Decision, PassContext } from './pass.js';
import { CLOSER_BIT, DOUBLE_QUOTE_BIT, isAt, LOWER_BIT, OPENER_BIT, scanTo, SPACE_BIT } from './chars.js';

// Quotations are found from their double quotation marks of German, English and French typography ("„“”‟«»);
// single quotes double as apostrophes. „ (U+201E) always opens a quotation.
const ALWAYS_OPENS = 0x201e;

// What may follow a closing quotation mark: , . ; : ! ? ) ] – — -
function closesBefore(c: number): boolean {
  return c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x29 || c === 0x5d || c === 0x2013 || c === 0x2014 || c === 0x2d;
}
// Longer quotations are left to ordinary splitting, so a stray quote cannot glue a whole paragraph together.
const MAX_QUOTE = 1000;

/**
 * Quotations followed by their attribution (`„Wir sind bereit. Es geht weiter“, sagte sie.`,
 * `"We are ready. Talks go on," she said.`): the whole quotation and its speaker stay one sentence,
 * so the quote is never separated from who said it. Returns `[open, close]` offsets, in order.
 */
export function attributedQuotes(text: string, range: Range, marks?: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  // `marks`: the offsets of the paragraph's double quotation marks, when the candidate scan has noted them.
  let m = 0;
  const first = marks === undefined ? scanTo(text, range.start, range.end, DOUBLE_QUOTE_BIT) : marks.length > 0 ? marks[0]! : range.end;
  for (let i = first; i < range.end; i = marks === undefined ? scanTo(text, i + 1, range.end, DOUBLE_QUOTE_BIT) : ++m < marks.length ? marks[m]! : range.end) {
    const c = text.charCodeAt(i);
    const hasPrev = i > range.start;
    const hasNext = i + 1 < range.end;
    const always = c === ALWAYS_OPENS;
    const opens = always || ((!hasPrev || isAt(text, i - 1, SPACE_BIT | OPENER_BIT)) && hasNext && !isAt(text, i + 1, SPACE_BIT));
    const closes = !always && hasPrev && !isAt(text, i - 1, SPACE_BIT) && (!hasNext || isAt(text, i + 1, SPACE_BIT) || closesBefore(text.charCodeAt(i + 1)));
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
  if (text.charCodeAt(close - 1) === 0x2c) return true; // "…go on," she said
  let k = close + 1;
  while (k < end && k - close < 8 && isAt(text, k, CLOSER_BIT)) k++;
  if (text.charCodeAt(k) === 0x2c) return true; // „…weiter“, sagte sie
  while (k < end && k - close < 8 && isAt(text, k, SPACE_BIT)) k++;
  return isAt(text, k, LOWER_BIT); // "…weiter" sagte sie
}

/** Keeps sentence ends inside an attributed quotation (see `attributedQuotes`) from splitting it. */
export function quotePass(c: Candidate, ctx: PassContext): Decision | undefined {
  if (c.kind === 'newline' || c.kind === 'bullet') return undefined;
  const quotes = ctx.quotes;
  while (ctx.quoteIndex < quotes.length && (quotes[ctx.quoteIndex] as [number, number])[1] < c.cut) ctx.quoteIndex++;
  const q = quotes[ctx.quoteIndex];
  return q && q[0] < c.markStart && c.cut <= q[1] ? 'keep' : undefined;
}
