import type { Candidate } from './02-candidates.js';
import type { Decision, PassContext } from './pass.js';
import { isAt, isLetter, SPACE_BIT } from './chars.js';
import { nextWord } from './02-candidates.js';
import { tokenOf, type TokenInfo } from './token.js';

const MIN_WORDS = 3;
const MAX_SCAN = 200;

// Whether fewer than `n` words stand in [from, to); gives up (false) after MAX_SCAN characters.
function fewWords(text: string, from: number, to: number, n: number): boolean {
  if (to - from > MAX_SCAN) return false;
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const space = isAt(text, i, SPACE_BIT);
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words < n;
}

const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
const ROMAN = /^[IVXLCDM]{2,}$/;
// First letters ROMAN can match: nearly every token fails this check before the pattern runs.
const ROMAN_START = new Set([...'IVXLCDM'].map((c) => c.charCodeAt(0)));

// Whether a line break stands in `text[from, to)`, read in place.
function lineBreakIn(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 0x0a) return true;
  return false;
}

// An ambiguous period ends a sentence only before an opener, and not after a short introductory
// phrase: "At 5 a.m. Mr. Smith left" is one sentence, "He left at 6 p.m. Mr. Smith stayed" two.
function intro(ctx: PassContext, t: TokenInfo): boolean {
  return fewWords(ctx.text, ctx.sentenceStart, t.chainStart, MIN_WORDS);
}

// A line break after an initial or ambiguous abbreviation, before a capital, ends the line's sentence.
function lineEnd(c: Candidate, ctx: PassContext): boolean {
  return c.nextClass === 'upper' && lineBreakIn(ctx.text, c.cut, c.next);
}

function ambiguous(c: Candidate, ctx: PassContext, t: TokenInfo): Decision {
  return lineEnd(c, ctx) || (ctx.pack.starters.has(nextWord(c, ctx.text)) && c.nextClass !== 'digit' && !intro(ctx, t)) ? 'split' : 'keep';
}

function closing(c: Candidate, ctx: PassContext, t: TokenInfo): Decision {
  return c.nextClass === 'upper' && !intro(ctx, t) ? 'split' : 'keep';
}

/**
 * Periods after abbreviations, initials, initialisms and Roman numerals. Abbreviations of the pack's
 * `abbreviations` never end a sentence; ambiguous ones end it only before a sentence-opening word.
 */
export function abbreviationPass(c: Candidate, ctx: PassContext): Decision | undefined {
  if (c.kind !== 'period' && c.kind !== 'glued') return undefined;
  const { pack } = ctx;
  const t = tokenOf(c.markStart, ctx);
  if (t.address) return 'split';
  // Most periods follow a word longer than every listed abbreviation, with no dash, no inner period and no digit
  // after it: lower-casing never shortens a word, so no lookup below can match and only the regnal-number rule is
  // left. Such words skip the lower-cased copy and the lookups.
  if (t.core.length > pack.longestKey && c.nextClass !== 'digit' && t.core.indexOf('-') < 0 && t.core.indexOf('.') < 0) return regnal(c, ctx, t);
  const core = t.core.toLowerCase();
  if (!core) return undefined;
  // The verdicts (`ambiguous`, `closing`, `lineEnd`) are computed only when a rule returns them: most periods follow
  // an ordinary word, and counting the words of the sentence so far for each of them would read every sentence twice.
  // Looked up in order: the spaced chain with the word ("z.b"), the word, and a compound's last part
  // ("Doninikus-Zimmermann-Str." ends in "str"). Most tokens are one plain word: one lookup, no key array.
  const dash = core.lastIndexOf('-');
  const tail = dash > 0 && dash < core.length - 1 ? core.slice(dash + 1) : undefined;
  const chained = t.chain.length > 0;
  for (let n = chained ? 0 : 1; n < 3; n++) {
    const k = n === 0 ? `${t.chain.join('.').toLowerCase()}.${core}` : n === 1 ? core : tail;
    if (k === undefined) break;
    // Most words before a period are in none of the four lists: one lookup in their union answers for all four.
    if (pack.listed.has(k)) {
      if (c.nextClass === 'digit' && pack.beforeNumber.has(k)) return 'keep';
      if (pack.strong.has(k)) return 'keep';
      if (pack.closing.has(k)) return closing(c, ctx, t);
      if (pack.ending.has(k)) return ambiguous(c, ctx, t);
    }
    if (chained && k.length === 1) break; // a spaced chain ending in one letter is an initialism, below
  }
  if (c.nextClass === 'digit' && pack.compoundEndings.some((e) => core.length > e.length + 2 && core.endsWith(e))) return 'keep';
  // INITIALISM needs a period inside the token; most tokens have none and skip the pattern.
  if ((core.includes('.') && INITIALISM.test(core)) || (chained && core.length === 1)) return ambiguous(c, ctx, t);
  // A single letter with a period is an initial ("Jonas E. Smith"), unless the pack lists it as ambiguous.
  if (core.length === 1 && isLetter(core)) return lineEnd(c, ctx) ? 'split' : 'keep';
  return regnal(c, ctx, t);
}

// "Ludwig XIV. Er regierte": a regnal number closes even a two-word sentence.
function regnal(c: Candidate, ctx: PassContext, t: TokenInfo): Decision | undefined {
  if (ROMAN_START.has(t.core.charCodeAt(0)) && ROMAN.test(t.core)) return ctx.pack.starters.has(nextWord(c, ctx.text)) ? 'split' : 'keep';
  return undefined;
}
