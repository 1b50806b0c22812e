import type { AttributionPack } from './pack.js';
import type { Lexicon } from './lexicon.js';
import type { Token } from './tokens.js';
import { memo, screenedMatcher, type PhraseMatcher } from './tokens.js';

/** A hedge cue with offsets local to its sentence. */
export interface LocalHedge {
  text: string;
  start: number;
  end: number;
}

/** Lookup structures for weasel wordings, built once per pack. */
export interface WeaselWords {
  quantities: Set<string>;
  quantityBlockers: Set<string>;
  quantityExceptions: Set<string>;
  quantityPhrases: PhraseMatcher;
  superlativeFrames: PhraseMatcher;
  superlativeGap: number;
  phrases: PhraseMatcher;
  superlativeWords: Set<string>;
  superlativeSuffixes: readonly string[];
  adverbs: Set<string>;
  auxiliaries: Set<string>;
  participles: Set<string>;
  gap: number;
  agentPrepositions: Set<string>;
  groupEndings: readonly string[];
  clauseOpeners: Set<string>;
  reportPrepositions: Set<string>;
}

const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));

/** The weasel lookups of a pack, built on first use and cached. */
export function weaselWords(pack: AttributionPack): WeaselWords {
  return memo(pack, 'weasel', () => ({
    quantities: lower(pack.vagueQuantityWords),
    quantityBlockers: lower(pack.vagueQuantityBlockers),
    quantityExceptions: lower(pack.vagueQuantityExceptions),
    quantityPhrases: screenedMatcher(pack, pack.vagueQuantityPhrases),
    superlativeFrames: screenedMatcher(pack, pack.superlativeFrames),
    superlativeGap: pack.superlativeGap,
    phrases: screenedMatcher(pack, pack.weaselPhrases),
    superlativeWords: lower(pack.superlativeWords),
    superlativeSuffixes: pack.superlativeSuffixes,
    adverbs: lower(pack.hedgeAdverbs),
    auxiliaries: lower(pack.passiveAuxiliaries),
    participles: lower(pack.passiveReportVerbs),
    gap: pack.passiveGap,
    agentPrepositions: lower(pack.agentPrepositions),
    groupEndings: pack.groupNounEndings,
    clauseOpeners: lower(pack.clauseOpeners),
    reportPrepositions: lower(pack.reportPrepositions),
  }));
}

const NUMBER = /^\p{N}/u;

/** Whether the token at k is a vague quantity ("some critics", "viele glauben"), not a count or a question ("some 300", "how many"). */
export function isVagueQuantity(tokens: readonly Token[], k: number, w: WeaselWords, numberWords: ReadonlySet<string>): boolean {
  const t = tokens[k];
  if (!t || !w.quantities.has(t.lower)) return false;
  const prev = tokens[k - 1];
  // "two thousands", "2,5 Millionen": after a number the word is a scale, not a vague amount.
  if (prev && (w.quantityBlockers.has(prev.lower) || NUMBER.test(prev.text) || numberWords.has(prev.lower))) return false;
  const next = tokens[k + 1];
  return !(next && (NUMBER.test(next.text) || numberWords.has(next.lower) || w.quantityExceptions.has(next.lower)));
}

/**
 * Finds hedge cues: modal and epistemic words ("könnte", "is likely to"), adverbs of generality ("often", "weitgehend"),
 * vague quantities ("some critics", "viele Beobachter") and unnamed top groups ("one of the largest").
 * A capitalized word inside the sentence is a name, not a hedge ("May").
 */
export function findHedges(text: string, tokens: readonly Token[], lex: Lexicon, pack?: AttributionPack & { numberWords?: Readonly<Record<string, number>> }): LocalHedge[] {
  const found: { from: number; to: number }[] = [];
  // Only a few characters back are looked at, so many capitalized hits stay linear.
  const nameLike = (k: number) => {
    const first = tokens[k]!;
    return first.cap && k > 0 && !/[.!?:]\s?["“„»]?\s?$/.test(text.slice(Math.max(0, first.start - 4), first.start));
  };
  for (const hit of lex.hedges.all(tokens)) if (!nameLike(hit.from)) found.push(hit);
  if (pack) {
    const w = weaselWords(pack);
    const numberWords = memo(pack, 'numberWordSet', () => new Set(Object.keys(pack.numberWords ?? {})));
    for (const hit of w.quantityPhrases.all(tokens)) found.push(hit);
    for (const hit of w.phrases.all(tokens)) if (!nameLike(hit.from)) found.push(hit);
    const ranked = (t: Token) =>
      !t.cap && (w.superlativeWords.has(t.lower) || w.superlativeSuffixes.some((s) => t.lower.length >= s.length + 2 && t.lower.endsWith(s)));
    for (const hit of w.superlativeFrames.all(tokens)) {
      // A few words may stand between frame and superlative ("one of the world's largest"), never a clause break.
      for (let j = hit.to; j < tokens.length && j <= hit.to + w.superlativeGap; j++) {
        if (j > hit.to && /[,;:.!?()]/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
        if (ranked(tokens[j]!)) {
          found.push({ from: hit.from, to: j + 1 });
          break;
        }
      }
    }
    tokens.forEach((t, k) => {
      if (w.adverbs.has(t.lower)) {
        if (!nameLike(k)) found.push({ from: k, to: k + 1 });
      } else if (isVagueQuantity(tokens, k, w, numberWords)) {
        // German capitalizes "Tausende" inside a sentence, so a capital does not make a quantity word a name.
        // The cue takes the word it quantifies ("some critics"), unless that is a function word ("some of the").
        const next = tokens[k + 1];
        const joined = next && !lex.functionWords.has(next.lower) && !lex.determiners.has(next.lower) && /^\s+$/.test(text.slice(t.end, next.start));
        found.push({ from: k, to: joined ? k + 2 : k + 1 });
      }
    });
  }
  // One cue per stretch of words, in reading order.
  found.sort((a, b) => a.from - b.from || b.to - a.to);
  const out: LocalHedge[] = [];
  let reached = -1;
  for (const h of found) {
    if (h.from < reached) continue;
    reached = h.to;
    const start = tokens[h.from]!.start;
    const end = tokens[h.to - 1]!.end;
    out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}
