import type { Candidate } from './02-candidates.js';
import type { Decision, PassContext } from './pass.js';
import { tokenOf, wordBefore } from './token.js';

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
  if (!NUMBER.test(t.core)) return undefined;
  if (c.nextClass === 'digit') return 'keep';
  if (pack.months.has(c.nextWord)) return 'keep';
  if (pack.starters.has(c.nextWord)) return 'split';
  // The end of an ordinal range ("1. -3. Jahrhundert", "5.–7. Klasse") is an ordinal as well.
  if (/[-–]/.test(t.core)) return 'keep';
  if (pack.ordinalPreceders.has(wordBefore(ctx.text, t.start, ctx.range.start))) return 'keep';
  return undefined;
}
