import type { Candidate } from './02-candidates.js';
import type { Decision, PassContext } from './pass.js';
import { isLetter, isSpace } from './chars.js';
import { tokenOf } from './token.js';

const MIN_WORDS = 3;
const MAX_SCAN = 200;

// Whether fewer than `n` words stand in [from, to); gives up (false) after MAX_SCAN characters.
function fewWords(text: string, from: number, to: number, n: number): boolean {
  if (to - from > MAX_SCAN) return false;
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const space = isSpace(text[i]);
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words < n;
}

const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
const ROMAN = /^[IVXLCDM]{2,}$/;

/**
 * Periods after abbreviations, initials, initialisms and Roman numerals. Abbreviations of the pack's
 * `abbreviations` never end a sentence; ambiguous ones end it only before a sentence-opening word.
 */
export function abbreviationPass(c: Candidate, ctx: PassContext): Decision | undefined {
  if (c.kind !== 'period' && c.kind !== 'glued') return undefined;
  const { pack } = ctx;
  const t = tokenOf(c.markStart, ctx);
  if (t.address) return 'split';
  const core = t.core.toLowerCase();
  if (!core) return undefined;
  // The verdicts below are computed only when a rule returns them: most periods follow an ordinary word, and
  // counting the words of the sentence so far for each of them would read every sentence twice.
  // An ambiguous period ends a sentence only before an opener, and not after a short introductory
  // phrase: "At 5 a.m. Mr. Smith left" is one sentence, "He left at 6 p.m. Mr. Smith stayed" two.
  const intro = (): boolean => fewWords(ctx.text, ctx.sentenceStart, t.chainStart, MIN_WORDS);
  // A line break after an initial or ambiguous abbreviation, before a capital, ends the line's sentence.
  const lineEnd = (): boolean => c.nextClass === 'upper' && ctx.text.slice(c.cut, c.next).includes('\n');
  const ambiguous = (): Decision => (lineEnd() || (pack.starters.has(c.nextWord) && c.nextClass !== 'digit' && !intro()) ? 'split' : 'keep');
  const closing = (): Decision => (c.nextClass === 'upper' && !intro() ? 'split' : 'keep');
  const keys = t.chain.length > 0 ? [`${t.chain.join('.').toLowerCase()}.${core}`, core] : [core];
  // "Doninikus-Zimmermann-Str.": a compound ends in the abbreviation after its last hyphen.
  const dash = core.lastIndexOf('-');
  if (dash > 0 && dash < core.length - 1) keys.push(core.slice(dash + 1));
  for (const k of keys) {
    if (c.nextClass === 'digit' && pack.beforeNumber.has(k)) return 'keep';
    if (pack.strong.has(k)) return 'keep';
    if (pack.closing.has(k)) return closing();
    if (pack.ending.has(k)) return ambiguous();
    if (t.chain.length > 0 && k.length === 1) break; // a spaced chain ending in one letter is an initialism, below
  }
  if (c.nextClass === 'digit' && pack.compoundEndings.some((e) => core.length > e.length + 2 && core.endsWith(e))) return 'keep';
  if (INITIALISM.test(core) || (t.chain.length > 0 && core.length === 1)) return ambiguous();
  // A single letter with a period is an initial ("Jonas E. Smith"), unless the pack lists it as ambiguous.
  if (core.length === 1 && isLetter(core)) return lineEnd() ? 'split' : 'keep';
  // "Ludwig XIV. Er regierte": a regnal number closes even a two-word sentence.
  if (ROMAN.test(t.core)) return pack.starters.has(c.nextWord) ? 'split' : 'keep';
  return undefined;
}
