import type { ClaimKind } from '../model/schema.js';
import type { AttributionPack } from './pack.js';
import type { Lexicon } from './lexicon.js';
import type { Token } from './tokens.js';
import { memo, screenedMatcher, type PhraseMatcher } from './tokens.js';
import type { LocalQuote } from './quotes.js';

/** Words between a future auxiliary and the end of its clause that are looked at for the closing infinitive. */
const CLAUSE_WINDOW = 14;

interface KindWords {
  evaluative: PhraseMatcher;
  firstPerson: PhraseMatcher;
  speculation: Set<string>;
  particles: Set<string>;
  infinitiveEndings: readonly string[];
}

function kindWords(pack: AttributionPack): KindWords {
  return memo(pack, 'kindWords', () => {
    // Every inflected form of a stem, so "alarmierenden" matches "alarmierend" without a stemmer.
    const forms = pack.evaluativeWords.flatMap((w) => (w.includes(' ') ? [w] : [w, ...pack.evaluativeEndings.map((e) => w + e)]));
    return {
      evaluative: screenedMatcher(pack, forms),
      firstPerson: screenedMatcher(pack, pack.firstPersonJudgements),
      speculation: new Set(pack.speculationWords),
      particles: new Set(pack.modalParticles),
      infinitiveEndings: pack.futureInfinitiveEndings,
    };
  });
}

/**
 * Classifies a sentence: a full direct quote, an evaluation, a forecast, or a plain statement of fact.
 * An evaluation wins over a forecast: "Das dürfte verheerend werden" is the writer's judgement first.
 */
export function claimKind(tokens: readonly Token[], quotes: readonly LocalQuote[], lex: Lexicon, pack?: AttributionPack, text?: string): ClaimKind {
  if (quotes.some((q) => !q.partial)) return 'quote';
  const quoted = quotedTokens(tokens, quotes);
  const inQuote = (t: Token) => quoted.has(t);
  const inPhrase = new Uint8Array(tokens.length);
  for (const h of lex.agentless.all(tokens)) inPhrase.fill(1, h.from, h.to);
  const inAgentless = (k: number) => inPhrase[k] === 1;

  if (lex.opinion.all(tokens).length > 0) return 'opinion';
  if (pack) {
    const w = kindWords(pack);
    if (w.evaluative.all(tokens).some((h) => !inQuote(tokens[h.from]!))) return 'opinion';
    // "ich finde", "I believe" outside any quote: the writer gives their own view.
    if (w.firstPerson.all(tokens).some((h) => !inQuote(tokens[h.from]!))) return 'opinion';
    // An exclamation of the writer's own is a judgement, not a report (a question is often just a question).
    if (text !== undefined && quotes.length === 0 && /!["“”»«]?\s*$/.test(text)) return 'opinion';
    if (tokens.some((t, k) => k > 0 && w.particles.has(t.text) && !inQuote(t))) return 'opinion';
  }

  if (lex.prediction.all(tokens).length > 0) return 'prediction';
  const endings = pack ? kindWords(pack).infinitiveEndings : [];
  const future = (k: number): boolean => {
    if (endings.length === 0 || !text) return true;
    // German future closes its clause with an infinitive ("wird … stattfinden"); a participle there makes a passive.
    let last = tokens[k]!;
    for (let j = k + 1; j < tokens.length && j <= k + CLAUSE_WINDOW; j++) {
      const gap = text.slice(last.end, tokens[j]!.start);
      // "2,5 Millionen": a separator inside a number does not end the clause.
      const inNumber = /^[.,]$/.test(gap) && /\d$/.test(last.text) && /^\d/.test(tokens[j]!.text);
      if (!inNumber && /[,;:.!?()–]/.test(gap)) break;
      last = tokens[j]!;
    }
    if (last !== tokens[k] && endings.some((e) => last.lower.endsWith(e))) return true;
    // A subordinate clause puts the infinitive before the auxiliary ("dass kaum etwas zurückfließen wird"); a participle
    // there ("die behandelt werden") or a noun ("Die Preise werden") makes no future.
    const prev = tokens[k - 1];
    if (!prev || prev.cap || prev.lower.startsWith('ge') || /[,;:.!?()–]/.test(text.slice(prev.end, tokens[k]!.start))) return false;
    return endings.some((e) => prev.lower.endsWith(e));
  };
  if (tokens.some((t, k) => lex.future.has(t.lower) && !inAgentless(k) && !(t.cap && k > 0) && future(k))) return 'prediction';
  // A guess about the present or past ("Wahrscheinlich sind es eher 150") is the writer's judgement, not a fact.
  // Only the adverb counts, not a capitalized noun of the same spelling ("zum Wohl der Kinder").
  if (pack && tokens.some((t, k) => kindWords(pack).speculation.has(t.lower) && !(t.cap && k > 0) && !inQuote(t))) return 'opinion';
  return 'fact';
}

/** Tokens inside any quote, found in one sweep over tokens and quotes sorted by start (linear for odd text with many quotes). */
function quotedTokens(tokens: readonly Token[], quotes: readonly LocalQuote[]): Set<Token> {
  const out = new Set<Token>();
  const qs = [...quotes].sort((a, b) => a.outerStart - b.outerStart);
  let q = 0;
  for (const t of tokens) {
    while (q < qs.length && qs[q]!.outerEnd <= t.start) q++;
    const cur = qs[q];
    if (cur && t.start >= cur.outerStart && t.end <= cur.outerEnd) out.add(t);
  }
  return out;
}
