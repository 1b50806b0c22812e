import type { Lexicon } from './lexicon.js';
import type { Token } from './tokens.js';

/** A hedge cue with offsets local to its sentence. */
export interface LocalHedge {
  text: string;
  start: number;
  end: number;
}

/** Finds hedge words and phrases ("könnte", "angeblich", "is likely to"); a capitalized word inside the sentence is a name, not a hedge ("May"). */
export function findHedges(text: string, tokens: readonly Token[], lex: Lexicon): LocalHedge[] {
  const out: LocalHedge[] = [];
  for (const hit of lex.hedges.all(tokens)) {
    const first = tokens[hit.from]!;
    // Only a few characters back are looked at, so many capitalized hits stay linear.
    if (first.cap && hit.from > 0 && !/[.!?:]\s?["“„»]?\s?$/.test(text.slice(Math.max(0, first.start - 4), first.start))) continue;
    const start = first.start;
    const end = tokens[hit.to - 1]!.end;
    out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}
