import type { ExtractionPack } from './pack.js';
import type { Lexicon } from './lexicon.js';
import type { Token } from './tokens.js';
import { countBefore } from './tokens.js';
import type { LocalEntity } from './entities.js';

/** A direct quote with offsets local to its sentence; the span covers the quoted words without the marks. */
export interface LocalQuote {
  text: string;
  start: number;
  end: number;
  /** Where the opening and closing marks stand (closing may equal `end` when unclosed). */
  outerStart: number;
  outerEnd: number;
  speaker?: string;
  partial: boolean;
}

const WORDISH = /[\p{L}\p{N}]/u;
const APOSTROPHES = new Set(["'", '’', '‘', '‚']);
const PARTIAL_MAX_WORDS = 3;
const MAX_SPEAKER_LOOKUPS = 20;

/** The display name of a person mention: given name and surname without role. */
export function personName(e: LocalEntity): string {
  return e.given && e.surname ? `${e.given} ${e.surname}` : (e.surname ?? e.text);
}

function isOpen(text: string, i: number): boolean {
  const c = text[i]!;
  if (!APOSTROPHES.has(c) && c !== '"') return true;
  // An apostrophe inside a word ("don't", "Jinping's") is not a quote mark.
  const before = text[i - 1];
  const after = text[i + 1];
  if (before !== undefined && WORDISH.test(before)) return false;
  // "'90s" and "'n'" are elisions, not quotes.
  if (c !== '"' && (after === undefined || !/\p{L}/u.test(after) || text[i + 2] === c)) return false;
  return after !== undefined && !/\s/.test(after);
}

function isClose(text: string, j: number): boolean {
  const c = text[j]!;
  if (!APOSTROPHES.has(c)) return true;
  const after = text[j + 1];
  const before = text[j - 1];
  if (before === undefined || /\s/.test(before)) return false;
  return after === undefined || !WORDISH.test(after);
}

/** Finds direct quotes in every glyph style of the pack; unclosed quotes end with the sentence. Linear: each mark is looked at a bounded number of times. */
export function findQuotes(
  text: string,
  tokens: readonly Token[],
  entities: readonly LocalEntity[],
  lex: Lexicon,
  pack: ExtractionPack,
  previousSpeaker: string | undefined,
): LocalQuote[] {
  const closers = new Map<string, string[]>();
  for (const [o, c] of pack.quotePairs) closers.set(o, [...(closers.get(o) ?? []), c]);
  const exhausted = new Set<string>();
  const nextClose = new Map<string, number>();
  const out: LocalQuote[] = [];
  for (let i = 0; i < text.length; i++) {
    const options = closers.get(text[i]!);
    if (!options || !isOpen(text, i)) continue;
    let close = -1;
    for (const c of options) {
      if (exhausted.has(c)) continue;
      // The first closing mark after an earlier opener is still the first after this one: reuse it instead of searching again.
      const known = nextClose.get(c);
      let j = known !== undefined && known > i ? known : text.indexOf(c, i + 1);
      while (j >= 0 && !isClose(text, j)) j = text.indexOf(c, j + 1);
      if (j < 0) exhausted.add(c);
      else {
        nextClose.set(c, j);
        if (close < 0 || j < close) close = j;
      }
    }
    let inner: string;
    let end: number;
    if (close >= 0) {
      inner = text.slice(i + 1, close);
      end = close;
    } else {
      // Apostrophe-like marks without a partner are apostrophes, not quotes.
      if (APOSTROPHES.has(text[i]!)) continue;
      let stop = text.length;
      while (stop > i + 1 && /[\s.,;:!?]/u.test(text[stop - 1]!)) stop--;
      inner = text.slice(i + 1, stop);
      end = stop;
    }
    const lead = inner.length - inner.trimStart().length;
    const trimmed = inner.trim();
    if (!trimmed || !WORDISH.test(trimmed)) {
      if (close >= 0) i = close;
      continue;
    }
    const start = i + 1 + lead;
    const qEnd = start + trimmed.length;
    const words = trimmed.split(/\s+/).length;
    const outside = countBefore(tokens, i) + (tokens.length - countBefore(tokens, close >= 0 ? close + 1 : end));
    const q: LocalQuote = {
      text: trimmed,
      start,
      end: qEnd,
      outerStart: i,
      outerEnd: close >= 0 ? close + 1 : end,
      partial: words <= PARTIAL_MAX_WORDS && outside >= 3,
    };
    // Speakers are looked up for a bounded number of quotes so odd text stays linear.
    const speaker = out.length < MAX_SPEAKER_LOOKUPS ? findSpeaker(tokens, entities, lex, q, previousSpeaker) : undefined;
    if (speaker) q.speaker = speaker;
    out.push(q);
    if (close < 0) break;
    i = close;
  }
  return out;
}

function findSpeaker(
  tokens: readonly Token[],
  entities: readonly LocalEntity[],
  lex: Lexicon,
  q: LocalQuote,
  previousSpeaker: string | undefined,
): string | undefined {
  const outside = (s: number, e: number) => e <= q.outerStart || s >= q.outerEnd;
  const people = entities.filter((e) => e.kind === 'person' && outside(e.start, e.end));
  const verbs = tokens.filter((t) => outside(t.start, t.end) && lex.speechSet.has(t.lower));
  const anchor = verbs.length ? verbs.reduce((a, b) => (dist(b, q) < dist(a, q) ? b : a)) : undefined;
  // A quoted word needs a speech verb to have a speaker; a full quote may stand next to its speaker ("Müller: „…“").
  if (people.length && (anchor || !q.partial)) {
    const ref = anchor ?? { start: q.outerStart, end: q.outerEnd };
    const best = people.reduce((a, b) => (dist(b, ref) < dist(a, ref) ? b : a));
    return personName(best);
  }
  // A pronoun frame ("sagte sie", "so seine Worte", "she said") points back to the previous speaker.
  if (previousSpeaker && tokens.some((t) => outside(t.start, t.end) && lex.pronouns.has(t.lower))) return previousSpeaker;
  return undefined;
}

function dist(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
}
