import type { Candidate } from './02-candidates.js';
import type { Decision, PassContext } from './pass.js';
import { tokenOf, wordBefore } from './token.js';
import { nextWord } from './02-candidates.js';

// A number, possibly the end of a range ("1. -3.").
const NUMBER = /^[-–]?\d[\d.,]*(?:[-–]\d[\d.,]*)?$/;

/**
 * "<number>." in languages that write ordinals with a period: an ordinal before a digit, a month, or
 * after an article ("die 27. Große Strafkammer"); a boundary before a sentence opener or anything else.
 */
export function numberPass(c: Candidate, ctx: PassContext): Decision | undefined {
  const { pack } = ctx;
  if (c.kind !== 'period' || !pack.ordinalPeriod) return undefined;
  const t = tokenOf(c.markStart, ctx);
  // NUMBER starts with a digit or a dash: words (nearly every token before a period) skip the pattern.
  const first = t.core.charCodeAt(0);
  if (!((first >= 0x30 && first <= 0x39) || first === 0x2d || first === 0x2013) || !NUMBER.test(t.core)) return undefined;
  if (c.nextClass === 'digit') return 'keep';
  const word = nextWord(c, ctx.text);
  if (pack.months.has(word)) return 'keep';
  if (pack.starters.has(word)) return 'split';
  // The end of an ordinal range ("1. -3. Jahrhundert", "5.–7. Klasse") is an ordinal as well.
  if (t.core.includes('-') || t.core.includes('–')) return 'keep';
  if (pack.ordinalPreceders.has(wordBefore(ctx.text, t.start, ctx.range.start))) return 'keep';
  return undefined;
}
