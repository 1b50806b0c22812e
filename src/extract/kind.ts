import type { ClaimKind } from '../model/schema.js';
import type { AttributionPack } from './pack.js';
import type { Lexicon } from './lexicon.js';
import type { Token } from './tokens.js';
import { memo, screenedMatcher, type PhraseMatcher } from './tokens.js';
import type { LocalQuote } from './quotes.js';
import { CUE_FUTURE, CUE_PARTICLE, CUE_SPECULATION, cueBits, cueTable, screenedAll, screenedAny, screenUnion } from './hedges.js';

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
export function claimKind(
  tokens: readonly Token[],
  quotes: readonly LocalQuote[],
  lex: Lexicon,
  pack?: AttributionPack,
  text?: string,
  cues?: Int32Array,
): ClaimKind {
  if (quotes.some((q) => !q.partial)) return 'quote';
  // Most sentences quote nothing: no token is then inside a quote, and no set of quoted tokens is built.
  const quoted = quotes.length > 0 ? quotedTokens(tokens, quotes) : undefined;

  const w = pack ? kindWords(pack) : undefined;
  // One screen lookup for the sentence, taken once the pack's kind lists have joined the screen.
  const union = screenUnion(lex.opinion, tokens);
  if (screenedAll(lex.opinion, tokens, union).length > 0) return 'opinion';
  // The word classes tell which of the one-word loops below can find anything in this sentence.
  const bits = cues ?? cueBits(tokens, cueTable(lex, pack));
  const has = bits[tokens.length]!;
  if (w) {
    // Without quotes every hit counts: whether there is one is asked without making the list of hits.
    if (quoted === undefined ? screenedAny(w.evaluative, tokens, union) : anyOutside(screenedAll(w.evaluative, tokens, union), quoted)) return 'opinion';
    // "ich finde", "I believe" outside any quote: the writer gives their own view.
    if (quoted === undefined ? screenedAny(w.firstPerson, tokens, union) : anyOutside(screenedAll(w.firstPerson, tokens, union), quoted)) return 'opinion';
    // An exclamation of the writer's own is a judgement, not a report (a question is often just a question).
    if (text !== undefined && quotes.length === 0 && endsWithExclamation(text)) return 'opinion';
    if ((has & CUE_PARTICLE) !== 0 && tokens.some((t, k) => k > 0 && w.particles.has(t.text) && !inQuote(quoted, k))) return 'opinion';
  }

  if (screenedAll(lex.prediction, tokens, union).length > 0) return 'prediction';
  if ((has & CUE_FUTURE) !== 0) {
    // Words of a listed agentless phrase ("it will be recalled") are no forecast of the writer's.
    const inPhrase = new Uint8Array(tokens.length);
    for (const h of screenedAll(lex.agentless, tokens, union)) inPhrase.fill(1, h.from, h.to);
    const endings = w ? w.infinitiveEndings : [];
    if (tokens.some((t, k) => (bits[k]! & CUE_FUTURE) !== 0 && inPhrase[k] !== 1 && !(t.cap && k > 0) && future(tokens, k, endings, text))) return 'prediction';
  }
  // A guess about the present or past ("Wahrscheinlich sind es eher 150") is the writer's judgement, not a fact.
  // Only the adverb counts, not a capitalized noun of the same spelling ("zum Wohl der Kinder").
  if (w && (has & CUE_SPECULATION) !== 0 && tokens.some((t, k) => w.speculation.has(t.lower) && !(t.cap && k > 0) && !inQuote(quoted, k))) return 'opinion';
  return 'fact';
}

// Module functions rather than closures in `claimKind`, so a sentence makes no helper objects.
function inQuote(quoted: Uint8Array | undefined, k: number): boolean {
  return quoted !== undefined && quoted[k] === 1;
}

function anyOutside(hits: readonly { from: number }[], quoted: Uint8Array | undefined): boolean {
  for (const h of hits) if (!inQuote(quoted, h.from)) return true;
  return false;
}

/** Whether the future auxiliary at token k makes a forecast: its clause closes with an infinitive. */
function future(tokens: readonly Token[], k: number, endings: readonly string[], text: string | undefined): boolean {
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
}

const SPACE = /\s/;

/** Whether the code unit is white space as `\s` reads it; ASCII (nearly every sentence's last character) without the pattern. */
function isSpace(c: number): boolean {
  return c < 0x80 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : SPACE.test(String.fromCharCode(c));
}

/** Whether the text ends in "!", maybe followed by one closing mark, before trailing space (read from the end, not scanned). */
function endsWithExclamation(text: string): boolean {
  let i = text.length;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  const last = text.charCodeAt(i - 1);
  if (last === 0x21) return true;
  // The closing marks: " “ ” » «
  const closing = last === 0x22 || last === 0x201c || last === 0x201d || last === 0xbb || last === 0xab;
  return closing && text.charCodeAt(i - 2) === 0x21;
}

/** Per token 1 when inside any quote, found in one sweep over tokens and quotes sorted by start (linear for odd text with many quotes). */
function quotedTokens(tokens: readonly Token[], quotes: readonly LocalQuote[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  const qs = [...quotes].sort((a, b) => a.outerStart - b.outerStart);
  let q = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    while (q < qs.length && qs[q]!.outerEnd <= t.start) q++;
    const cur = qs[q];
    if (cur && t.start >= cur.outerStart && t.end <= cur.outerEnd) out[k] = 1;
  }
  return out;
}
