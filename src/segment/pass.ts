import type { Range } from './01-paragraphs.js';
import type { Candidate } from './02-candidates.js';
import type { CompiledPack } from './compile.js';
import type { TokenInfo } from './token.js';

/** A pass's verdict on a candidate; `undefined` leaves it to the next pass. */
export type Decision = 'split' | 'keep';

/** What a pass may look at besides the candidate. */
export interface PassContext {
  text: string;
  range: Range;
  pack: CompiledPack;
  /** Where the current sentence began (after the last boundary). */
  sentenceStart: number;
  /** Attributed quotations of the paragraph, `[open, close]`, in order (see 07-quotes). */
  quotes: ReadonlyArray<readonly [number, number]>;
  /** Index into `quotes` of the first quotation not yet passed. */
  quoteIndex: number;
  /** The token before the last candidate read with `tokenOf`, shared by the passes that look at it. */
  token: TokenInfo | undefined;
  /** The period and the floor `token` was read for. */
  tokenMark: number;
  tokenFloor: number;
}

/** One ordered rule set: returns a decision or defers to the next pass. */
export type Pass = (candidate: Candidate, ctx: PassContext) => Decision | undefined;
