import { BULLET_BIT, CLOSER_BIT, isAt, LETTER_BIT, OPENER_BIT, SPACE_BIT } from './chars.js';
import { tokenStart } from './02-candidates.js';
import type { PassContext } from './pass.js';

/** The word before a period, as the abbreviation and number passes see it. */
export interface TokenInfo {
  /** Offset of the whitespace-delimited token in the text. */
  start: number;
  /** The token without leading quotes/brackets/bullets and trailing closers ("5)" → "5"). */
  core: string;
  /** Single letters with periods directly before it, spaced ("z. B." → ["z"] before core "B"). */
  chain: string[];
  /** Offset where the chain (or the token, without a chain) begins. */
  chainStart: number;
  /** The token is an e-mail address, URL or web address. */
  address: boolean;
}

const MAX_CHAIN = 6;
const MAX_WORD = 30;

// Whether `text[start, mark)` contains "@" or "://", or starts (after opening quotes and brackets) with "www." in
// any case: read in place, so no copy of the token is made for the nearly always negative answer.
function isAddress(text: string, start: number, mark: number): boolean {
  for (let k = start; k < mark; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x40) return true;
    if (c === 0x3a && k + 3 <= mark && text.charCodeAt(k + 1) === 0x2f && text.charCodeAt(k + 2) === 0x2f) return true;
  }
  let k = start;
  // The openers `^[("'„“‚‘]*` allows before "www.".
  for (;;) {
    const c = text.charCodeAt(k);
    if (k < mark && (c === 0x28 || c === 0x22 || c === 0x27 || c === 0x201e || c === 0x201c || c === 0x201a || c === 0x2018)) k++;
    else break;
  }
  return (
    k + 4 <= mark &&
    (text.charCodeAt(k) | 0x20) === 0x77 &&
    (text.charCodeAt(k + 1) | 0x20) === 0x77 &&
    (text.charCodeAt(k + 2) | 0x20) === 0x77 &&
    text.charCodeAt(k + 3) === 0x2e
  );
}

// Shared by every token without a chain (nearly all of them); the passes only read it.
const NO_CHAIN: string[] = [];

/** Reads the token that ends right before `mark` (the period), never looking before `floor`. */
export function tokenBefore(text: string, mark: number, floor: number): TokenInfo {
  const start = tokenStart(text, mark, floor);
  let a = start;
  while (a < mark && isAt(text, a, OPENER_BIT | BULLET_BIT)) a++;
  let b = mark;
  while (b > a && isAt(text, b - 1, CLOSER_BIT)) b--;
  let chain = NO_CHAIN;
  let s = start;
  // "z. B.", "J. R. R.", "v. Chr.": walk back over spaced single-letter abbreviations.
  while (
    chain.length < MAX_CHAIN &&
    s - 3 >= floor &&
    text.charCodeAt(s - 1) === 0x20 &&
    text.charCodeAt(s - 2) === 0x2e &&
    isAt(text, s - 3, LETTER_BIT) &&
    (s - 4 < floor || isAt(text, s - 4, SPACE_BIT | OPENER_BIT))
  ) {
    if (chain === NO_CHAIN) chain = [];
    chain.unshift(text[s - 3] as string);
    s -= 3;
  }
  return { start, core: text.slice(a, b), chain, chainStart: s, address: isAddress(text, start, mark) };
}

/**
 * `tokenBefore` for a candidate's period, read once per candidate: the list, abbreviation and number passes all
 * look at the same token, and reading it is most of their work.
 */
export function tokenOf(markStart: number, ctx: PassContext): TokenInfo {
  const memo = ctx.token;
  if (memo !== undefined && ctx.tokenMark === markStart && ctx.tokenFloor === ctx.sentenceStart) return memo;
  const info = tokenBefore(ctx.text, markStart, ctx.sentenceStart);
  ctx.token = info;
  ctx.tokenMark = markStart;
  ctx.tokenFloor = ctx.sentenceStart;
  return info;
}

/** The lower-case word before offset `at` (skipping spaces), or "" (bounded look-back). */
export function wordBefore(text: string, at: number, floor: number): string {
  let e = at;
  while (e > floor && isAt(text, e - 1, SPACE_BIT)) e--;
  let s = e;
  while (s > floor && e - s < MAX_WORD && isAt(text, s - 1, LETTER_BIT)) s--;
  return s === e ? '' : text.slice(s, e).toLowerCase();
}
