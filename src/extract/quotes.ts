import type { AttributionPack, ExtractionPack } from './pack.js';
import type { Lexicon } from './lexicon.js';
import type { Token } from './tokens.js';
import { countBefore, memo } from './tokens.js';
import type { LocalEntity } from './entities.js';
import { genitiveOwner } from './entities.js';

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

type Gender = 'f' | 'm';
/** How many people of a paragraph a pronoun may point back to. */
const MEMORY = 16;

/** People named so far, with the gender their honorific or role shows, so "sagte sie" finds the last woman named. */
export class SpeakerMemory {
  private readonly genders = new Map<string, Gender>();
  private recent: string[] = [];
  /** The person of a sentence that ended in a colon ("Okafor said:"): the next sentence's quote is theirs. */
  announced: string | undefined;
  private readonly female: Set<string>;
  private readonly male: Set<string>;
  private readonly femaleMarkers: Set<string>;
  private readonly maleMarkers: Set<string>;

  constructor(private readonly pack: AttributionPack) {
    // One memory per article: the sets are built once per pack, not once per article.
    const sets = memo(pack, 'speakerSets', () => ({
      female: new Set(pack.femalePronouns),
      male: new Set(pack.malePronouns),
      femaleMarkers: new Set(pack.femaleMarkers),
      maleMarkers: new Set(pack.maleMarkers),
    }));
    this.female = sets.female;
    this.male = sets.male;
    this.femaleMarkers = sets.femaleMarkers;
    this.maleMarkers = sets.maleMarkers;
  }

  /** Starts a new paragraph: pronouns do not reach back across it, genders stay known for the whole article. */
  newBlock(): void {
    this.recent = [];
    this.announced = undefined;
  }

  /** Records the people of a sentence in reading order. */
  remember(tokens: readonly Token[], entities: readonly LocalEntity[], text = ''): void {
    this.announced = undefined;
    let last: LocalEntity | undefined;
    for (const e of entities) {
      if (e.kind !== 'person') continue;
      last = e;
      const name = personName(e);
      const g = this.genderOf(e, tokens);
      if (g) this.genders.set(name, g);
      // The list holds at most MEMORY names: moving one to the end in place allocates nothing.
      const at = this.recent.indexOf(name);
      if (at >= 0) this.recent.splice(at, 1);
      this.recent.push(name);
      if (this.recent.length > MEMORY) this.recent.shift();
    }
    if (last && endsWithColon(text)) this.announced = personName(last);
  }

  /** The last person of the paragraph the pronoun fits; else the fallback, unless the fallback is known to be of the other gender. */
  resolve(pronoun: string, fallback: string | undefined): string | undefined {
    return this.resolveGender(this.female.has(pronoun) ? 'f' : this.male.has(pronoun) ? 'm' : undefined, fallback);
  }

  /** The last person of the paragraph of that gender ("sagte die Juristin" after "Richterin Lenz"); else the fallback as in `resolve`. */
  resolveGender(wanted: Gender | undefined, fallback: string | undefined): string | undefined {
    if (!wanted) return fallback;
    for (let k = this.recent.length - 1; k >= 0; k--) if (this.genders.get(this.recent[k]!) === wanted) return this.recent[k];
    const known = fallback ? this.genders.get(fallback) : undefined;
    return known && known !== wanted ? undefined : fallback;
  }

  private genderOf(e: LocalEntity, tokens: readonly Token[]): Gender | undefined {
    // The word before the name, the name's first word without a dot ("Dr."), and the role's last word, in that order.
    const k = countBefore(tokens, e.start);
    const g = k > 0 ? this.marker(tokens[k - 1]!.lower) : undefined;
    if (g) return g;
    const space = e.text.search(/\s/);
    let first = (space < 0 ? e.text : e.text.slice(0, space)).toLowerCase();
    if (first.endsWith('.')) first = first.slice(0, -1);
    const h = this.marker(first);
    if (h) return h;
    const role = e.role === undefined ? undefined : lastRoleWord(e.role).toLowerCase();
    if (role) {
      const r = this.marker(role);
      if (r) return r;
    }
    if (!role) return undefined;
    if (this.pack.femaleRoleEndings.some((x) => role.length > x.length + 3 && role.endsWith(x))) return 'f';
    return this.pack.rolesMasculineByDefault ? 'm' : undefined;
  }

  private marker(word: string): Gender | undefined {
    return this.femaleMarkers.has(word) ? 'f' : this.maleMarkers.has(word) ? 'm' : undefined;
  }
}

// The role's text after its last space or hyphen ("" when it ends in one), as splitting on runs of them would give.
function lastRoleWord(role: string): string {
  let i = role.length;
  while (i > 0 && !ROLE_SEPARATOR.test(role[i - 1]!)) i--;
  return role.slice(i);
}
const ROLE_SEPARATOR = /[\s\-‐]/;

/** The display name of a person mention: given name and surname without role. */
export function personName(e: LocalEntity): string {
  return e.given && e.surname ? `${e.given} ${e.surname}` : (e.surname ?? e.text);
}

/** Whether the text ends in a colon before trailing space, as `/:\s*$/` tests it, read from the end instead of scanned. */
function endsWithColon(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpaceUnit(text.charCodeAt(i))) i--;
  return i >= 0 && text.charCodeAt(i) === 0x3a;
}

/** Words of a trimmed text as `split(/\s+/)` counts them, counted only up to `cap` (no array of pieces is made). */
function wordsUpTo(trimmed: string, cap: number): number {
  let words = 1;
  let inSpace = false;
  for (let i = 0; i < trimmed.length && words < cap; i++) {
    const space = isSpaceUnit(trimmed.charCodeAt(i));
    if (space && !inSpace) words++;
    inSpace = space;
  }
  return words;
}

/** The code units `\s` matches. */
function isSpaceUnit(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
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

/** Closing marks per opening mark, and one pattern that finds any opening mark, built once per pack. */
function quoteMarks(pack: ExtractionPack): { closers: Map<string, string[]>; openers: RegExp; closing: Set<string> } {
  return memo(pack, 'quoteMarks', () => {
    const closers = new Map<string, string[]>();
    for (const [o, c] of pack.quotePairs) closers.set(o, [...(closers.get(o) ?? []), c]);
    // One UTF-16 unit per mark: a character class of escapes, so no mark can break the pattern.
    const units = [...closers.keys()].filter((o) => o.length === 1).map((o) => `\\u${o.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return {
      closers,
      openers: new RegExp(units.length ? `[${units.join('')}]` : '(?!)', 'g'),
      closing: new Set(pack.quotePairs.map(([, c]) => c)),
    };
  });
}

/** Finds direct quotes in every glyph style of the pack; unclosed quotes end with the sentence. Linear: each mark is looked at a bounded number of times. */
export function findQuotes(
  text: string,
  tokens: readonly Token[],
  entities: readonly LocalEntity[],
  lex: Lexicon,
  pack: ExtractionPack,
  previousSpeaker: string | undefined,
  memory?: SpeakerMemory,
): LocalQuote[] {
  const { closers, openers, closing } = quoteMarks(pack);
  // Made at the first opening mark: most sentences have none.
  let exhausted: Set<string> | undefined;
  let nextClose: Map<string, number> | undefined;
  const out: LocalQuote[] = [];
  for (let i = 0; i < text.length; i++) {
    // Jump to the next opening mark instead of looking up every character.
    openers.lastIndex = i;
    const next = openers.exec(text);
    if (!next) break;
    i = next.index;
    const options = closers.get(text[i]!);
    if (!options || !isOpen(text, i)) continue;
    exhausted ??= new Set<string>();
    nextClose ??= new Map<string, number>();
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
      // Unclosed and wordless to the end of the text: every later opener's inner text is part of this one, so stop (linear on runs of marks).
      if (close < 0) break;
      i = close;
      continue;
    }
    const start = i + 1 + lead;
    const qEnd = start + trimmed.length;
    const words = wordsUpTo(trimmed, PARTIAL_MAX_WORDS + 1);
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
    const speaker = out.length < MAX_SPEAKER_LOOKUPS ? findSpeaker(text, tokens, entities, lex, q, previousSpeaker, memory, pack) : undefined;
    if (speaker) q.speaker = speaker;
    out.push(q);
    if (close < 0) break;
    i = close;
  }
  const tail = trailingQuote(text, tokens, closing, out);
  if (tail) {
    // A quote carried over from the previous sentence keeps that sentence's speaker unless this one names another.
    const speaker = findSpeaker(text, tokens, entities, lex, tail, previousSpeaker, memory, pack) ?? (out.length === 0 ? previousSpeaker : undefined);
    if (speaker) tail.speaker = speaker;
    out.push(tail);
  }
  return out;
}

/**
 * The end of a quote that opened in an earlier sentence ("… ist vollkommen klar.“"): the sentence ends with a closing mark
 * that closes nothing inside it, so the words before it are quoted.
 */
function trailingQuote(text: string, tokens: readonly Token[], closing: ReadonlySet<string>, found: readonly LocalQuote[]): LocalQuote | undefined {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  const mark = text[end - 1];
  if (mark === undefined || APOSTROPHES.has(mark) || !closing.has(mark)) return undefined;
  if (found.some((q) => q.outerEnd >= end)) return undefined;
  // Words after an earlier quote in the same sentence are not part of one that opened before it.
  const from = found.length > 0 ? found[found.length - 1]!.outerEnd : 0;
  let start = from;
  while (start < end - 1 && !WORDISH.test(text[start]!)) start++;
  let stop = end - 1;
  while (stop > start && /[\s.,;:!?]/u.test(text[stop - 1]!)) stop--;
  if (stop <= start || countBefore(tokens, stop) - countBefore(tokens, start) < 1) return undefined;
  const inner = text.slice(start, stop);
  const partial = from > 0 && inner.split(/\s+/).length <= PARTIAL_MAX_WORDS;
  return { text: inner, start, end: stop, outerStart: start, outerEnd: end, partial };
}

function findSpeaker(
  text: string,
  tokens: readonly Token[],
  entities: readonly LocalEntity[],
  lex: Lexicon,
  q: LocalQuote,
  previousSpeaker: string | undefined,
  memory?: SpeakerMemory,
  pack?: ExtractionPack,
): string | undefined {
  const outside = (s: number, e: number) => e <= q.outerStart || s >= q.outerEnd;
  const named = entities.filter((e) => e.kind === 'person' && outside(e.start, e.end));
  // "said Rotich's coach, Patrick Kemboi", "sagte Müllers Sprecherin Anna Roth": the owner is not the speaker when
  // the person it describes follows in the same clause.
  const people = pack ? named.filter((e) => !genitiveOwner(text, tokens, e, named, pack)) : named;
  const verbs = tokens.filter((t) => outside(t.start, t.end) && lex.speechSet.has(t.lower));
  const anchor = verbs.length ? verbs.reduce((a, b) => (dist(b, q) < dist(a, q) ? b : a)) : undefined;
  // A quoted word needs a speech verb to have a speaker; a full quote may stand next to its speaker ("Müller: „…“").
  if (people.length && (anchor || !q.partial)) {
    const ref = anchor ?? { start: q.outerStart, end: q.outerEnd };
    const best = people.reduce((a, b) => (dist(b, ref) < dist(a, ref) ? b : a));
    return personName(best);
  }
  // A pronoun frame ("sagte sie", "so seine Worte", "she said") points back to the previous speaker.
  // "Okafor said:" closing the previous sentence announces the speaker of a quote that stands alone.
  if (memory?.announced && !q.partial && people.length === 0) return memory.announced;
  // With a gendered pronoun the last person of that gender is meant ("sagte sie" after "Ministerin Paus").
  const pronoun = tokens.find((t) => outside(t.start, t.end) && lex.pronouns.has(t.lower));
  if (pronoun) return memory ? memory.resolve(pronoun.lower, previousSpeaker) : previousSpeaker;
  // "sagte die Juristin", "said the judge": a definite person noun beside the speech verb points back like a pronoun.
  if (anchor && memory && pack) {
    const at = tokens.indexOf(anchor);
    for (let k = Math.max(0, at - 3); k < tokens.length && k <= at + 2; k++) {
      const det = tokens[k]!;
      const noun = tokens[k + 1];
      if (!noun || k === at || !lex.definite.has(det.lower) || !outside(det.start, noun.end)) continue;
      // "sagte der Sprecher der Stadtwerke" introduces someone new: only a bare role noun points back, never a spokesperson.
      const next = tokens[k + 2];
      if ((next && outside(next.start, next.end) && lex.definite.has(next.lower)) || lex.spokespersons.has(noun.lower)) continue;
      const gender = personNounGender(noun, lex, pack);
      if (gender !== null) return memory.resolveGender(gender, previousSpeaker);
    }
  }
  return undefined;
}

/**
 * Whether a word is a noun for a person, and which gender it shows: a role of the pack ("judge", "Richter") or a noun
 * with a feminine role ending where nouns are capitalised ("Juristin"). `null` when it is no person noun.
 */
function personNounGender(t: Token, lex: Lexicon, pack: ExtractionPack): Gender | undefined | null {
  const feminine = pack.femaleRoleEndings.some((x) => x && t.lower.length > x.length + 4 && t.lower.endsWith(x));
  if (feminine && t.cap && pack.nounsCapitalized) return 'f';
  const isRole = lex.roleSet.has(t.lower) || lex.roleSuffixes.some((x) => x && t.lower.endsWith(x) && lex.roleSet.has(t.lower.slice(0, -x.length)));
  if (!isRole) return null;
  if (feminine) return 'f';
  return pack.rolesMasculineByDefault ? 'm' : undefined;
}

function dist(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
}
