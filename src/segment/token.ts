import { isBullet, isCloser, isLetter, isOpener, isSpace } from './chars.js';
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

/** Reads the token that ends right before `mark` (the period), never looking before `floor`. */
export function tokenBefore(text: string, mark: number, floor: number): TokenInfo {
  const start = tokenStart(text, mark, floor);
  let a = start;
  while (a < mark && (isOpener(text[a]) || isBullet(text[a]))) a++;
  let b = mark;
  while (b > a && isCloser(text[b - 1])) b--;
  const raw = text.slice(start, mark);
  const chain: string[] = [];
  let s = start;
  // "z. B.", "J. R. R.", "v. Chr.": walk back over spaced single-letter abbreviations.
  while (
    chain.length < MAX_CHAIN &&
    s - 3 >= floor &&
    text[s - 1] === ' ' &&
    text[s - 2] === '.' &&
    isLetter(text[s - 3]) &&
    (s - 4 < floor || isSpace(text[s - 4]) || isOpener(text[s - 4]))
  ) {
    chain.unshift(text[s - 3] as string);
    s -= 3;
  }
  return {
    start,
    core: text.slice(a, b),
    chain,
    chainStart: s,
    address: raw.includes('@') || raw.includes('://') || /^[("'„“‚‘]*www\./i.test(raw),
  };
}

/**
 * `tokenBefore` for a candidate's period, read once per candidate: the list, abbreviation and number passes all
 * look at the same token, and reading it is most of their work.
 */
export function tokenOf(markStart: number, ctx: PassContext): TokenInfo {
  const memo = ctx.token;
  if (memo && memo.mark === markStart && memo.floor === ctx.sentenceStart) return memo.info;
  const info = tokenBefore(ctx.text, markStart, ctx.sentenceStart);
  ctx.token = { mark: markStart, floor: ctx.sentenceStart, info };
  return info;
}

/** The lower-case word before offset `at` (skipping spaces), or "" (bounded look-back). */
export function wordBefore(text: string, at: number, floor: number): string {
  let e = at;
  while (e > floor && isSpace(text[e - 1])) e--;
  let s = e;
  while (s > floor && e - s < MAX_WORD && isLetter(text[s - 1])) s--;
  return text.slice(s, e).toLowerCase();
}
