import type { ClaimKind } from '../model/schema.js';
import type { Lexicon } from './lexicon.js';
import type { Token } from './tokens.js';
import type { LocalQuote } from './quotes.js';

/** Classifies a sentence: a full direct quote, a forecast, an evaluation, or a plain statement of fact. */
export function claimKind(tokens: readonly Token[], quotes: readonly LocalQuote[], lex: Lexicon): ClaimKind {
  if (quotes.some((q) => !q.partial)) return 'quote';
  const inPhrase = new Uint8Array(tokens.length);
  for (const h of lex.agentless.all(tokens)) inPhrase.fill(1, h.from, h.to);
  const inAgentless = (k: number) => inPhrase[k] === 1;
  if (lex.prediction.all(tokens).length > 0) return 'prediction';
  if (tokens.some((t, k) => lex.future.has(t.lower) && !inAgentless(k) && !(t.cap && k > 0))) return 'prediction';
  if (lex.opinion.all(tokens).length > 0) return 'opinion';
  return 'fact';
}
