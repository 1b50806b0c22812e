import { genitiveOwner } from './entities.js';
import type { AttributionKind } from '../model/schema.js';
import type { Lexicon } from './lexicon.js';
import type { Token, PhraseHit } from './tokens.js';
import { countBefore, memo, PairMemo, remember } from './tokens.js';
import { hasNounTail } from './compounds.js';
import type { LocalEntity } from './entities.js';
import type { LocalQuote } from './quotes.js';
import type { LocalDate } from './dates.js';
import { personName } from './quotes.js';
import type { ExtractionPack } from './pack.js';
import {
  CUE_ANONYMOUS_WORD,
  CUE_AUXILIARY,
  CUE_DOCUMENT_LAST,
  CUE_GROUP_ENDING,
  CUE_GROUP_PREPOSITION,
  CUE_LAZY_BASE,
  CUE_MAYBE_ANONYMOUS_CAP,
  CUE_PARTICIPLE,
  CUE_POSSESSIVE_SOURCE,
  CUE_PRONOUN,
  CUE_QUANTIFIER,
  CUE_REPORT_PREPOSITION,
  CUE_REPORTATIVE,
  CUE_REPORTED,
  CUE_SOURCE_AFTER,
  CUE_VAGUE,
  cueBits,
  cueTable,
  cueTest,
  cueTestAt,
  type CueTable,
  hedgeMatchers,
  isVagueQuantity,
  matcherSweep,
  type MatcherSweep,
  screenedAny,
  screenedEach,
  screenUnion,
  weaselWords,
} from './hedges.js';

/** An attribution with a cue span local to its sentence. */
export interface LocalAttribution {
  kind: AttributionKind;
  cue?: string;
  cueStart?: number;
  cueEnd?: number;
  source?: string;
}

/** What the attribution extractor sees of a sentence. */
export interface AttributionInput {
  text: string;
  tokens: readonly Token[];
  entities: readonly LocalEntity[];
  quotes: readonly LocalQuote[];
  dates: readonly LocalDate[];
  /** Attribution of the previous sentence, continued by reported speech (German Konjunktiv I). */
  previous?: LocalAttribution;
  /** The sentence's word classes (`cueBits`), when the caller has them already. */
  cues?: Int32Array;
}

/** How much a kind says about the source; a switch, not a keyed read of an object, which turns generic with eight keys. */
function rank(kind: AttributionKind): number {
  switch (kind) {
    case 'named-person':
      return 7;
    case 'named-document':
      return 6;
    case 'named-organisation':
      return 5;
    case 'citation':
      return 4;
    case 'vague-group':
      return 3;
    case 'anonymous':
      return 2;
    case 'agentless':
      return 1;
    default:
      return 0;
  }
}

/**
 * Every attribution is made here, with all five fields in one order (absent ones undefined): the extractors and the
 * sentence loop read `kind`, `cue` and `source` of every sentence, and one object shape keeps those reads direct.
 */
function attribution(kind: AttributionKind, cue?: string, cueStart?: number, cueEnd?: number, source?: string): LocalAttribution {
  return { kind, cue, cueStart, cueEnd, source };
}
/** The answer for most sentences, one object for all of them: nothing changes an attribution once it is made. */
const NO_SOURCE = attribution('none');
const WINDOW = 6;
const LONG_WINDOW = 18;
/** How far before a verb its unnamed subject may start ("Fans on the club's message boards are convinced"). */
const GROUP_WINDOW = 8;
/** Words allowed between the two parts of an agentless frame. */
const FRAME_GAP = 10;
/** Bound on verbs and entities weighed per sentence, so odd text stays linear. */
const MAX_CANDIDATES = 64;
const NAMED = new Set<AttributionKind>(['named-person', 'named-document', 'named-organisation']);

/** Whether an attribution names its source. */
export function isNamed(kind: AttributionKind): boolean {
  return NAMED.has(kind);
}

/** Decides on whose authority a sentence speaks: named person, organisation or document, a vague group, an anonymous or agentless report, or none. */
export function attribute(input: AttributionInput, lex: Lexicon, pack?: ExtractionPack): LocalAttribution {
  const { tokens, quotes } = input;
  // Each word's cue classes, looked up once: the one-word passes below skip a sentence without their words, and
  // compound tests ("Klinikkreisen", "Umweltamt") are answered once per word, not once per sentence and pass.
  const table = cueTable(lex, pack);
  const bits = input.cues ?? cueBits(tokens, table);
  // The lists to sweep, made (with the pack's weasel lists, which then join the screen) before the screen is read.
  const sweep = sourceLists.get(lex, pack);
  // The lexicon's lists joined the screen when it was built: one lookup serves every list below.
  const union = screenUnion(lex.anonymous, tokens);
  // The phrases of the lists, found once and in one sweep over the sentence: they decide whether any pass can find a
  // source at all. The sweep also takes the phrase lists that hedges and claim kind read of the same sentence next, and
  // keeps their hits for them: one pass over the words instead of one per extractor.
  const hits = sourceHits;
  screenedEach(sweep, tokens, union, hits, true);
  // Most sentences hold no cue of any kind: then no pass could offer a source. This test lives apart from the passes
  // so those sentences pay for none of their helpers (the closures and the context they share are made on entry).
  if (
    quotes.length === 0 &&
    hits[ANONYMOUS]!.length + hits[FRAMES]!.length + hits[AGENTLESS]!.length + hits[SOURCES]!.length + hits[SELF]!.length === 0 &&
    !mayAttribute(tokens, bits, union, lex, table, input.previous !== undefined)
  ) {
    return NO_SOURCE;
  }
  return attributors.get(lex, pack)(input, table, bits, hits);
}

// The source lists of a lexicon in the order of `SourcePhrases`, swept together by `attribute`, then the lists of
// `findHedges` and the opinion and forecast lists of the claim kind, swept along for them.
const ANONYMOUS = 0;
const FRAMES = 1;
const AGENTLESS = 2;
const SOURCES = 3;
const SELF = 4;
const sourceLists = new PairMemo<Lexicon, MatcherSweep>((lex, pack) =>
  matcherSweep([
    lex.anonymous,
    lex.frameStarts,
    lex.agentless,
    lex.sourceBefore,
    lex.selfReference,
    ...hedgeMatchers(lex, pack as ExtractionPack | undefined),
    lex.opinion,
    lex.prediction,
  ]),
);

/** The phrases of the swept lists in a sentence, found once by `attribute`, indexed as `sourceLists`. */
type SourcePhrases = (readonly PhraseHit[])[];
// One list for every sentence: `attribute` is not reentrant, and the passes are done with it when it returns.
const sourceHits: SourcePhrases = [];

// The passes of `attribute` for a sentence that holds at least one cue, made once per lexicon and pack (`attributors`).
type Attributor = (input: AttributionInput, table: CueTable, bits: Int32Array, hits: SourcePhrases) => LocalAttribution;

// The passes for a lexicon and pack, made on first use.
const attributors = new PairMemo<Lexicon, Attributor>((lex, pack) => makeAttributor(lex, pack as ExtractionPack | undefined));

/**
 * The passes share some twenty helpers that read the sentence. They are made here once, over variables that each call
 * sets to its sentence, instead of once per sentence: attributed sentences then allocate no closures (which cost more
 * than most of their passes) and nothing is left for the collector. Not reentrant, and nothing it calls attributes.
 */
function makeAttributor(lex: Lexicon, pack: ExtractionPack | undefined): Attributor {
  // The sentence of the current call.
  let input = NO_INPUT;
  let text = '';
  let tokens: readonly Token[] = [];
  let entities: readonly LocalEntity[] = [];
  let table!: CueTable;
  let bits!: Int32Array;
  // Per token 1 where it lies outside every quote, and 1 where a cue has taken it: buffers kept across calls, grown as
  // needed, of which each call uses the first `tokens.length` entries (no two arrays per sentence).
  let usable = new Uint8Array(64);
  let consumed = new Uint8Array(64);
  let best: LocalAttribution = attribution('none');
  const weasel = pack ? weaselWords(pack) : undefined;
  const vagueNoun = (k: number, capOnly: boolean): boolean =>
    (bits[k]! & CUE_VAGUE) !== 0 || ((!capOnly || tokens[k]!.cap) && cueTestAt(table, bits, k, tokens[k]!.lower, SLOT_VAGUE, vagueCompound));
  // "Rationalists agree", "Virologen warnen": a capitalized plural of people read as a bare surname is a group, not a person.
  // Only long endings count, so surnames such as "Peters" or "Connors" stay people.
  const groupLike = (e: LocalEntity): boolean => {
    if (weasel === undefined || e.kind !== 'person' || e.given || e.role || /\s/.test(e.text)) return false;
    // "Geschädigte werfen … vor": a word the vague-source list names is a group even where it was read as a surname.
    const lower = e.text.toLowerCase();
    if (lex.vague.has(lower)) return true;
    for (const x of weasel.groupEndings) if (x.length >= 4 && e.text.length > x.length + 2 && lower.endsWith(x)) return true;
    return false;
  };
  const offer = (a: LocalAttribution) => {
    if (rank(a.kind) > rank(best.kind)) best = a;
  };
  // The cue is cut from the text only when it outranks the best so far (most offers lose).
  const offerCue = (kind: AttributionKind, from: number, to: number, source?: string) => {
    if (rank(kind) > rank(best.kind)) best = cue(kind, from, to, source);
  };
  /** Offers a named entity as the source, with the cue [from, to). */
  const offerNamed = (e: LocalEntity, from: number, to: number) => {
    const kind = named(e);
    if (rank(kind) <= rank(best.kind)) return;
    best = cue(kind, from, to, sourceOf(e));
  };
  const cue = (kind: AttributionKind, from: number, to: number, source?: string): LocalAttribution => {
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    return attribution(kind, text.slice(start, end), start, end, source ? source : undefined);
  };
  // Plain loops rather than `find`/`some` with a closure: asked for many words of every attributed sentence.
  const entityAt = (k: number): LocalEntity | undefined => {
    const t = tokens[k];
    if (!t) return undefined;
    for (const e of entities) if (e.start <= t.start && e.end >= t.end) return e;
    return undefined;
  };
  const sourceOf = (e: LocalEntity) => (e.kind === 'person' ? personName(e) : e.text);
  const named = (e: LocalEntity): AttributionKind => (e.kind === 'person' ? 'named-person' : 'named-organisation');

  // Phrases that attribute to nobody or to unnamed insiders; their words are not reporting verbs of their own.
  const mark = (h: PhraseHit) => {
    for (let k = h.from; k < h.to; k++) consumed[k] = 1;
  };
  // Whether a word names a spokesperson, per word: its compound test costs a dozen slices.
  const spokespersonWords = new Map<string, boolean>();
  const isSpokesperson = (word: string): boolean => {
    let yes = spokespersonWords.get(word);
    if (yes === undefined) {
      yes = spokespersonWord(word, lex);
      remember(spokespersonWords, word, yes);
    }
    return yes;
  };
  /** A definite description of a specific body ending at token k ("der Feuerwehr", "the regional transport authority"). */
  const isRole = (word: string) => cueTest(table, word, SLOT_ROLE, roleWord);
  const institutionAt = (k: number): { from: number; to: number; text: string; head: string } | undefined => {
    const t = tokens[k];
    // A recognised name ("Die Bundesbank") is reported as that entity, not as a description.
    // The word tests come first: they are answered from the word's cached classes, the entity search is not.
    if (
      !t ||
      !usable[k] ||
      !(cueTestAt(table, bits, k, t.lower, SLOT_INSTITUTION, isInstitution) || cueTestAt(table, bits, k, t.lower, SLOT_ROLE, roleWord)) ||
      entityAt(k)
    ) {
      return undefined;
    }
    const spokesperson = isSpokesperson(t.lower);
    for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
      // Only adjectives and names stand between the article and its noun, never "nach", "von" or a clause break.
      if (clauseBreak(j) || lex.functionWords.has(tokens[j]!.lower)) {
        if (!lex.definite.has(tokens[j]!.lower) || clauseBreak(j)) return undefined;
      }
      // A spokesperson speaks for a body even with an indefinite article ("ein Unternehmenssprecher").
      if (lex.definite.has(tokens[j]!.lower) || (spokesperson && lex.determiners.has(tokens[j]!.lower))) {
        return { from: j, to: k + 1, text: text.slice(tokens[j]!.start, t.end), head: spokesperson ? 'institution' : t.lower };
      }
    }
    return undefined;
  };
  /** Punctuation between token j and the next that ends a phrase; the dots of "U.S." or an initial do not. */
  const clauseBreak = (j: number): boolean => {
    // Read in place, without cutting the gap out: asked for the same few characters by many loops.
    const to = tokens[j + 1]!.start;
    let dot = false;
    for (let i = tokens[j]!.end; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x2c) return true;
      if (c === 0x2e) dot = true;
    }
    return dot && !/^\p{Lu}$/u.test(tokens[j]!.text);
  };

  /** Identifies a document noun at k: a hyphen prefix ("Allensbach-Umfrage"), a named entity or a date right after it. */
  const documentSource = (k: number): string | undefined => {
    const t = tokens[k]!;
    // Most document nouns have no hyphen, and then nothing is split.
    if (t.text.includes('-') || t.text.includes('‐')) {
      const parts = t.text.split(/[-‐]/);
      if (/^\p{Lu}/u.test(parts[0]!)) return parts.slice(0, -1).join('-');
    }
    // Wide enough for "Studie des Instituts der deutschen Wirtschaft (IW)".
    let described: string | undefined;
    for (let j = k + 1; j < tokens.length && j <= k + 7; j++) {
      // A comma may open a relative clause that names the document ("eine Studie, die am Mittwoch … erschien").
      if (clauseBreak(j - 1) && !/^\s*,\s*$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
      const e = entityAt(j);
      if (e) return sourceOf(e);
      // A proper name further on ("des Instituts der deutschen Wirtschaft (IW)") beats the description.
      described ??= institutionAt(j)?.text;
      for (const d of input.dates) if (d.start <= tokens[j]!.start && d.end >= tokens[j]!.end) return d.text;
      // "a statement from the Chancellery": where only names are capitalised, a capitalised word further on names the source.
      const name = capitalisedName(j);
      if (name) return name;
    }
    return described ?? definiteBefore(k);
  };
  /** A capitalised word inside the sentence where the language capitalises only names, with the capitalised words after it. */
  const capitalisedName = (j: number): string | undefined => {
    const t = tokens[j]!;
    if (!pack || pack.nounsCapitalized || j === 0 || !t.cap || lex.functionWords.has(t.lower) || lex.determiners.has(t.lower)) return undefined;
    // Only a definite name ("from the Chancellery"): "a study of Alpine glaciers" capitalises an adjective, not a source.
    if (!lex.definite.has(tokens[j - 1]!.lower)) return undefined;
    let end = j + 1;
    while (end < tokens.length && end < j + 5 && tokens[end]!.cap && /^\s+$/.test(text.slice(tokens[end - 1]!.end, tokens[end]!.start))) end++;
    return text.slice(t.start, tokens[end - 1]!.end);
  };
  /** A proper name or specific body right after a noun ("figures from Eurostat"), but no definite fallback. */
  const namedAfter = (k: number): string | undefined => {
    for (let j = k + 1; j < tokens.length && j <= k + 9; j++) {
      if (clauseBreak(j - 1)) break;
      const e = entityAt(j);
      if (e && e.kind !== 'place') return sourceOf(e);
      const inst = institutionAt(j);
      if (inst) return inst.text;
      // "figures published in the orchestra's annual report": a specific document names the figures' source.
      if (isDocument(j) && (bits[j]! & CUE_VAGUE) === 0) {
        const doc = definiteBefore(j);
        if (doc) return doc;
      }
    }
    return undefined;
  };
  /** "der Studie", "the company's quarterly report": a definite document is one the article has already named. */
  const definiteBefore = (k: number): string | undefined => {
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
      if (/[.;:!?,]/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) return undefined;
      const w = tokens[j]!.lower;
      if (lex.definite.has(w) || /['’]s$/.test(w)) return text.slice(tokens[j]!.start, tokens[k]!.end);
    }
    return undefined;
  };
  const isDocument = (k: number) => {
    const t = tokens[k]!;
    // Compounds of a document noun count too ("Lagebericht", "Quartalsbericht"); the word's cached classes answer first.
    if (!((bits[k]! & CUE_DOCUMENT_LAST) !== 0 || (t.cap && cueTestAt(table, bits, k, t.lower, SLOT_DOCUMENT, documentCompound)))) return false;
    // "Survey" inside "US Geological Survey" names an organisation, not a document.
    for (const e of entities) if (e.kind !== 'person' && e.start <= t.start && e.end >= t.end && (e.start < t.start || e.end > t.end)) return false;
    return true;
  };
  /** A plural noun of people by its ending ("economists", "Soziologen"), without article or name: an unnamed group. */
  const bareGroup = (k: number): boolean => {
    const t = tokens[k]!;
    // The word's ending is known from its classes: most words are no plural of people, and then nothing else is asked.
    if (!weasel || (bits[k]! & CUE_GROUP_ENDING) === 0) return false;
    const e = entityAt(k);
    if ((e && !groupLike(e)) || (t.cap && k > 0 && !pack!.nounsCapitalized)) return false;
    const before = tokens[k - 1];
    return !(before && (lex.determiners.has(before.lower) || lex.definite.has(before.lower) || /['’]s$/.test(before.lower)));
  };
  /** The sentence's entities that may be a verb's agent: not other, not a group read as a name, outside the quotes. */
  const speakers = (quotes: readonly LocalQuote[]): LocalEntity[] => {
    const byStart = quotes.length > 1 ? sortedByStart(quotes) : quotes;
    return entities.filter((e, i) => i < MAX_CANDIDATES && e.kind !== 'other' && !groupLike(e) && (quotes.length === 0 || outsideSorted(e, byStart)));
  };
  /** Whether token j is a speech verb, a source cue or a document noun: a pronoun next to one speaks or is cited. */
  const saysNear = (j: number): boolean =>
    j >= 0 &&
    j < tokens.length &&
    (lex.speech.at(tokens, j) !== undefined || lex.sourceBefore.at(tokens, j) !== undefined || lex.documents.has(tokens[j]!.lower) || lex.sourceAfter.has(tokens[j]!.lower));
  // Whether any word of the sentence could make `groupNear` find a group (-1: not yet known for this sentence).
  let groupWords = -1;
  /**
   * False when no word of the sentence is a vague or document noun or a quantifier, nor a capitalised word that may be a
   * compound of such a noun (its compound answers not yet known to be no): then `groupNear` can only find a bare plural
   * of people right before its cue. Most sentences with a speech verb have none of these words, and this one look
   * replaces a walk around every verb. Unknown answers count as maybe rather than being worked out for every word.
   */
  const mayGroup = (): boolean => {
    if (groupWords < 0) {
      let yes = (bits[tokens.length]! & (CUE_DOCUMENT_LAST | CUE_VAGUE | CUE_QUANTIFIER)) !== 0;
      for (let k = 0; k < tokens.length && !yes; k++) yes = tokens[k]!.cap && (bits[k]! & GROUP_ANSWERS) !== GROUP_KNOWN_NO;
      groupWords = yes ? 1 : 0;
    }
    return groupWords === 1;
  };
  /** Vague noun (with its quantifier) or document noun near a cue at token range [from, to). */
  const groupNear = (from: number, to: number): LocalAttribution | undefined => {
    // Without such words only a bare plural of people in the two words before the cue can be the group.
    if (!mayGroup() && !(from >= 1 && (bits[from - 1]! & CUE_GROUP_ENDING) !== 0) && !(from >= 2 && (bits[from - 2]! & CUE_GROUP_ENDING) !== 0)) return undefined;
    // A comma right before the verb closes an inserted clause ("The union, which represents 1200 workers, welcomed"):
    // its words are not the subject, which stands before the clause's opening comma.
    let inserted = from > 0 && hasComma(text, tokens[from - 1]!.end, tokens[from]!.start);
    for (let k = from - 1; k >= 0 && k >= from - GROUP_WINDOW - (inserted ? 0 : 0); k--) {
      const t = tokens[k]!;
      if (!usable[k] || consumed[k]) break;
      if (inserted) {
        if (k > 0 && clauseBreak(k - 1)) inserted = false;
        continue;
      }
      if (k < from - 1 && clauseBreak(k)) break;
      if (isDocument(k)) {
        const src = documentSource(k);
        return src ? cue('named-document', k, to, src) : cue('vague-group', k, to);
      }
      if (vagueNoun(k, true)) {
        const q = k > 0 && (bits[k - 1]! & CUE_QUANTIFIER) !== 0 ? k - 1 : k;
        return cue('vague-group', q, to);
      }
      // "Rationalists agree", "Virologen warnen": a bare plural of people right before the verb, with no article to point back.
      if (k >= from - 2 && bareGroup(k)) return cue('vague-group', k, to);
      // "viele Geschäftsleute glauben", "some fund managers expect": a quantified group the lists do not name.
      if (k > 0 && (bits[k - 1]! & CUE_QUANTIFIER) !== 0 && !lex.functionWords.has(t.lower) && !lex.determiners.has(t.lower) && !entityAt(k)) {
        return cue('vague-group', k - 1, to);
      }
    }
    // The sentence opens with the group as its subject, however long the phrase before the verb
    // ("Supporters streaming out of the stadium … were convinced").
    // (With no tokens, index 0 holds the union, which has no quantifier bit.)
    const opener = (bits[0]! & CUE_QUANTIFIER) !== 0 ? 1 : 0;
    const head = tokens[opener];
    if (head && opener < from && usable[opener] && !consumed[opener] && vagueNoun(opener, true)) {
      let broken = false;
      // An anonymous description within the subject ("Officials who asked not to be named") says more than the noun.
      for (let j = opener; j < from - 1 && !broken; j++) broken = clauseBreak(j) || consumed[j + 1] === 1;
      if (!broken) return cue('vague-group', 0, to);
    }
    // "Manche im Publikum empfanden", "Many in the audience felt": a quantifier standing alone as the subject is an unnamed group.
    if (opener === 1 && head && opener < from && (lex.functionWords.has(head.lower) || lex.placePrepositions.has(head.lower) || lex.groupPrepositions.has(head.lower))) {
      let broken = false;
      for (let j = 0; j < from - 1 && !broken; j++) broken = clauseBreak(j) || consumed[j + 1] === 1;
      if (!broken) return cue('vague-group', 0, to);
    }
    for (let k = to; k < tokens.length && k < to + 3; k++) {
      const t = tokens[k]!;
      // "The findings suggest that many glaciers …": a group after "that" is the subject of the reported clause.
      if (!usable[k] || consumed[k] || weasel?.clauseOpeners.has(t.lower)) break;
      if (isDocument(k)) {
        const src = documentSource(k);
        return src ? cue('named-document', from, k + 1, src) : cue('vague-group', from, k + 1);
      }
      if ((bits[k]! & CUE_VAGUE) !== 0) return cue('vague-group', from, k + 1);
      // German inversion: "… glauben viele Geschäftsleute, dass …".
      const next = tokens[k + 1];
      if ((bits[k]! & CUE_QUANTIFIER) !== 0 && next && !lex.functionWords.has(next.lower) && !lex.determiners.has(next.lower) && !entityAt(k + 1)) {
        return cue('vague-group', from, k + 2);
      }
    }
    return undefined;
  };


  // Named, so profiles and optimizer traces show it.
  return function attributeSentence(next: AttributionInput, nextTable: CueTable, nextBits: Int32Array, hits: SourcePhrases): LocalAttribution {
    input = next;
    text = next.text;
    tokens = next.tokens;
    entities = next.entities;
    table = nextTable;
    bits = nextBits;
    const quotes = next.quotes;
    const has = bits[tokens.length]!;
    const anonymousHits = hits[ANONYMOUS]!;
    const frameHits = hits[FRAMES]!;
    const agentlessHits = hits[AGENTLESS]!;
    const sourceHits = hits[SOURCES]!;
    const selfHits = hits[SELF]!;
    const n = tokens.length;
    if (usable.length < n) {
      usable = new Uint8Array(2 * n);
      consumed = new Uint8Array(2 * n);
    }
    markOutsideQuotes(usable, tokens, quotes);
    best = NO_SOURCE;
    groupWords = -1;
    // Phrases that attribute to nobody or to unnamed insiders; their words are not reporting verbs of their own.
    // A loop, not `fill`: sentences are a few dozen words, and the builtin's call costs more than the stores.
    for (let k = 0; k < n; k++) consumed[k] = 0;
    // The names that may speak, made on the first speech verb: most sentences have none.
    let freeEntities: readonly LocalEntity[] | undefined;
    for (const h of anonymousHits) {
      if (!usable[h.from]) continue;
      mark(h);
      offerCue('anonymous', h.from, h.to);
    }
    // Compounds of an anonymous noun the list does not spell out ("aus Klinikkreisen"); the union tells when no word can be one.
    if ((has & CUE_MAYBE_ANONYMOUS_CAP) !== 0) for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      // The word tests first: most words are not capitalized, and then the arrays need not be read.
      if (!t.cap || (bits[k]! & CUE_ANONYMOUS_WORD) !== 0 || !usable[k] || consumed[k]) continue;
      if (cueTestAt(table, bits, k, t.lower, SLOT_ANONYMOUS, anonymousCompound)) {
        consumed[k] = 1;
        offerCue('anonymous', k, k + 1);
      }
    }

    // Two-part frames: "ist … die Rede", "word … is that".
    for (const h of upToCandidates(frameHits)) {
      if (!usable[h.from] || consumed[h.from]) continue;
      const ends = lex.frameEnds.get(h.phrase.toLowerCase());
      for (let j = h.to; ends && j < tokens.length && j <= h.to + FRAME_GAP; j++) {
        const end = ends.at(tokens, j);
        if (!end || !usable[j]) continue;
        for (let x = h.from; x < end.to; x++) consumed[x] = 1;
        offerCue('agentless', h.from, end.to);
        break;
      }
    }
    for (const h of agentlessHits) {
      if (!usable[h.from] || consumed[h.from]) continue;
      mark(h);
      // "heißt es in einer internen Mitteilung", "it says in the report": the document right after is the source.
      // Only a document introduced by a preposition right after the phrase ("heißt es in …"), never "it is said that the report …".
      let doc = -1;
      const opensPlace = tokens[h.to] !== undefined && lex.placePrepositions.has(tokens[h.to]!.lower);
      for (let j = h.to + 1; opensPlace && j < tokens.length && j <= h.to + 4 && doc < 0; j++) if (isDocument(j) && (bits[j]! & CUE_VAGUE) === 0) doc = j;
      if (doc >= 0) offerCue('named-document', h.from, doc + 1, text.slice(tokens[h.to]!.start, tokens[doc]!.end));
      else offerCue('agentless', h.from, h.to);
    }

    // Passives of reporting and judging verbs ("is widely regarded", "it has been suggested", "wird allgemein vermutet"):
    // without a "by"/"von" agent nobody vouches for the view; with a vague agent ("by some") the group is the source.
    if (pack && (has & PASSIVE_CUES) === PASSIVE_CUES) {
      const w = weaselWords(pack);
      const numberWords = memo(pack, 'numberWordSet', () => new Set(Object.keys(pack.numberWords)));
      let passives = 0;
      for (let k = 0; k < tokens.length && passives < MAX_CANDIDATES; k++) {
        // Tokens of a listed agentless phrase ("is considered") are looked at again: a vague or named agent may follow.
        if (!usable[k] || (bits[k]! & CUE_AUXILIARY) === 0) continue;
        let verb = -1;
        for (let j = k + 1; j < tokens.length && j <= k + 1 + w.gap; j++) {
          if (clauseBreak(j - 1)) break;
          if ((bits[j]! & CUE_PARTICIPLE) !== 0) verb = j;
          if (verb >= 0) break;
        }
        // German subordinate clauses put the participle first ("wie gemeldet wird", "…, daß er erinnert wurde").
        const before = k > 0 && (bits[k - 1]! & CUE_PARTICIPLE) !== 0 && !clauseBreak(k - 1);
        if (verb < 0 && before) verb = k - 1;
        if (verb < 0) continue;
        passives++;
        const first = Math.min(k, verb);
        const last = Math.max(k, verb);
        // The agent stands inside the German verb bracket, right after the participle, or before a clause-final participle.
        let agent = -1;
        if (verb > k) {
          for (let m = k + 1; m < tokens.length && m <= verb + 3 && agent < 0; m++) {
            if (m !== verb && w.agentPrepositions.has(tokens[m]!.lower)) agent = m;
            if (m > verb && clauseBreak(m - 1)) break;
          }
        } else {
          for (let m = verb - 1; m >= 0 && m >= verb - w.gap && agent < 0 && !clauseBreak(m); m--) if (w.agentPrepositions.has(tokens[m]!.lower)) agent = m;
        }
        // The participle is not an active speech verb whose nearest name would be its speaker ("it was suggested that Hull …").
        for (let x = first; x <= last; x++) consumed[x] = 1;
        if (agent < 0) {
          offerCue('agentless', first, last + 1);
          continue;
        }
        let agentNamed = false;
        for (let m = agent + 1; m < tokens.length && m <= agent + 3 && !agentNamed; m++) {
          const t = tokens[m]!;
          if ((bits[m]! & CUE_VAGUE) !== 0 || isVagueQuantity(tokens, m, w, numberWords) || vagueNoun(m, true)) break;
          const e = entityAt(m);
          if (e && e.kind !== 'place') {
            offerNamed(e, agent, agent + 1);
            agentNamed = true;
          }
          const inst = e ? undefined : institutionAt(m);
          if (inst) {
            offerCue('named-organisation', agent, agent + 1, inst.text);
            agentNamed = true;
          }
        }
        // An agent that names no one ("by some", "by the scientific community", "von vielen") is a vague group.
        if (!agentNamed) offerCue('vague-group', Math.min(first, agent), Math.max(last, agent) + 1);
        k = last;
      }
    }

    // "laut X", "according to X", "nach Angaben von X" and "X zufolge".
    for (const h of upToCandidates(sourceHits)) {
      if (!usable[h.from] || consumed[h.from]) continue;
      for (let k = h.to; k < tokens.length && k < h.to + 4; k++) {
        const e = entityAt(k);
        if (e) {
          offerNamed(e, h.from, h.to);
          break;
        }
        const t = tokens[k]!;
        // Already an anonymous or agentless cue ("nach Informationen aus Klinikkreisen").
        if (consumed[k]) break;
        const inst = institutionAt(k);
        if (inst) {
          offerCue('named-organisation', h.from, h.to, inst.text);
          break;
        }
        if (isDocument(k) && (bits[k]! & CUE_VAGUE) === 0) {
          // "laut Urteil", "laut Protokoll": a bare singular document right after the cue is this story's own document.
          const src = documentSource(k) ?? (k === h.to && t.cap ? t.text : undefined);
          offer(src ? cue('named-document', h.from, k + 1, src) : cue('vague-group', h.from, k + 1));
          break;
        }
        if ((bits[k]! & CUE_VAGUE) !== 0) {
          // "according to figures from the Energy Information Administration": the group is named after all.
          const named = namedAfter(k);
          offer(named ? cue('named-document', h.from, k + 1, named) : cue('vague-group', h.from, k + 1));
          break;
        }
        if (lex.anonymous.at(tokens, k)) {
          offerCue('anonymous', h.from, h.to);
          break;
        }
        // A capitalised name the entity extractor did not know ("according to National Grid", "laut Polizei"),
        // unless it is a compound of a vague or document noun ("laut Medienberichten").
        // Role words and titles lead to the name that follows them ("laut Finanzminister Christian Lindner").
        const role = lex.roles.at(tokens, k);
        if (role || lex.roleSet.has(t.lower) || lex.honorifics.has(withoutFinalDot(t.lower))) {
          if (role) k = role.to - 1;
          continue;
        }
        if (t.cap && !lex.determiners.has(t.lower) && !lex.functionWords.has(t.lower)) {
          if (vagueNoun(k, false) || cueTestAt(table, bits, k, t.lower, SLOT_DOCUMENT, documentCompound)) {
            offerCue('vague-group', h.from, k + 1);
            break;
          }
          let end = k + 1;
          while (end < tokens.length && end < k + 5 && tokens[end]!.cap && /^\s+$/.test(text.slice(tokens[end - 1]!.end, tokens[end]!.start))) end++;
          // A known name inside the run ("Sprecherin Anna Weber") is the source itself.
          let inner: LocalEntity | undefined;
          for (let j = k + 1; j < end && !inner; j++) inner = entityAt(j);
          if (inner) offerNamed(inner, h.from, h.to);
          else offerCue('named-organisation', h.from, h.to, text.slice(t.start, tokens[end - 1]!.end));
          break;
        }
        if (t.cap) break;
      }
    }
    // "nach unbestätigten Berichten": a preposition that is a source cue only before a report noun without a named source.
    // Each one-word pass below runs only when the sentence holds its word class at all.
    // Plain loops over the words, not `forEach`: a call per word of every sentence that holds the class.
    if ((has & CUE_REPORT_PREPOSITION) !== 0) {
      preposition: for (let k = 0; k < tokens.length; k++) {
        if ((bits[k]! & CUE_REPORT_PREPOSITION) === 0 || !weasel || !usable[k] || consumed[k]) continue;
        // "nach eigenen Angaben", "nach Angaben von": phrases with a source of their own.
        if (lex.selfReference.at(tokens, k) || lex.sourceBefore.at(tokens, k)) continue;
        for (let j = k + 1; j < tokens.length && j <= k + 3; j++) {
          const u = tokens[j]!;
          if (clauseBreak(j - 1)) continue preposition;
          if (isDocument(j)) {
            // A report whose source follows it ("nach Berichten des Senders", "nach Schätzungen der Feuerwehr") is named.
            const next = j + 1 < tokens.length && !clauseBreak(j) ? j + 1 : -1;
            const after = next >= 0 && lex.definite.has(tokens[next]!.lower) && next + 1 < tokens.length ? next + 1 : next;
            const named = after >= 0 && (entityAt(after) !== undefined || institutionAt(after) !== undefined);
            if (!named && !/[-‐]/.test(u.text)) offerCue('vague-group', k, j + 1);
            continue preposition;
          }
          // Only adjectives and quantifiers stand between the preposition and its noun ("nach ersten, unbestätigten");
          // a possessive ("nach seinen Angaben") points back to a speaker, an article to a known report.
          const other = lex.pronouns.has(u.lower) || lex.determiners.has(u.lower) || lex.definite.has(u.lower) || weasel.clauseOpeners.has(u.lower);
          if (u.cap || other || /\d/.test(u.text) || (lex.functionWords.has(u.lower) && (bits[j]! & CUE_QUANTIFIER) === 0)) continue preposition;
        }
      }
    }
    let postpositions = 0;
    if ((has & CUE_SOURCE_AFTER) !== 0) {
      for (let k = 0; k < tokens.length; k++) {
        if ((bits[k]! & CUE_SOURCE_AFTER) === 0 || !usable[k] || consumed[k] || k === 0 || ++postpositions > MAX_CANDIDATES) continue;
        const e = entityAt(k - 1);
        const inst = e ? undefined : institutionAt(k - 1);
        if (e) offerNamed(e, k, k + 1);
        else if (inst) offerCue('named-organisation', inst.from, k + 1, inst.text);
        else {
          const g = groupNear(k, k + 1);
          if (g) offer(g);
        }
      }
    }

    // "unter Anwohnern gilt …", "among fans": a view placed in an unnamed group.
    if ((has & CUE_GROUP_PREPOSITION) !== 0) {
      for (let k = 0; k < tokens.length; k++) {
        if (!usable[k] || consumed[k] || (bits[k]! & CUE_GROUP_PREPOSITION) === 0) continue;
        for (let j = k + 1; j < tokens.length && j <= k + 3; j++) {
          if (vagueNoun(j, false)) {
            offerCue('vague-group', k, j + 1);
            break;
          }
        }
      }
    }
    // Reportative modals ("Einige Parteifreunde sollen …"): with an unnamed group as subject, the group is the source.
    if ((has & CUE_REPORTATIVE) !== 0) {
      for (let k = 0; k < tokens.length; k++) {
        if (!usable[k] || consumed[k] || (bits[k]! & CUE_REPORTATIVE) === 0) continue;
        const g = groupNear(k, k + 1);
        // Only a group that opens the sentence is the modal's subject ("Der Standort mit 60 Beschäftigten soll" is not).
        if (g && g.kind === 'vague-group' && (g.cueStart ?? 0) <= tokens[1]!.start && (g.cueStart ?? 0) < tokens[k]!.start) offer(g);
      }
    }
    // "nach Alemus Worten", "by Chen's account": a name in the genitive before a noun of saying.
    if ((has & CUE_POSSESSIVE_SOURCE) !== 0) for (const e of entities) {
      if (e.kind === 'place' || e.kind === 'other') continue;
      const after = countBefore(tokens, e.end);
      const noun = tokens[after];
      if (noun && usable[after] && lex.possessiveSources.has(noun.lower) && tokens[after - 1] && tokens[after - 1]!.end <= e.end) {
        offerNamed(e, after, after + 1);
      }
    }
    // "nach eigenen Angaben": the subject of the sentence is its own source.
    for (const h of upToCandidates(selfHits)) {
      const before = entities.find((e) => e.end <= tokens[h.from]!.start && e.kind !== 'place');
      if (before) {
        offerNamed(before, h.from, h.to);
        continue;
      }
      for (let j = 0; j < h.from; j++) {
        const inst = institutionAt(j);
        if (inst) {
          offerCue('named-organisation', h.from, h.to, inst.text);
          break;
        }
      }
    }

    // The sentence's people, for the genitive test of a would-be agent: made when first asked.
    let personsOfSentence: LocalEntity[] | undefined;
    // Reporting and statement verbs with the nearest name, document or group as their agent.
    let verbs = 0;
    let weakFrame = false;
    // The speech list's screen of this sentence, read once: only tokens that open a speech phrase are tried.
    const speechScreen = lex.speech.screen;
    const speechMarks = speechScreen?.group.of(tokens);
    const speechBit = speechScreen?.bit ?? 0;
    // The verb loop only reads `consumed`: whether a cue consumed words before a verb is the first consumed index,
    // looked for on the first verb (-2: not yet).
    let firstConsumed = -2;
    // A sentence without a word that opens a speech phrase has no verb to look for.
    const speechFrom = speechMarks && (speechMarks[n]! & speechBit) === 0 ? n : 0;
    for (let k = speechFrom; k < tokens.length && verbs < MAX_CANDIDATES; k++) {
      if (speechMarks && (speechMarks[k]! & speechBit) === 0) continue;
      if (!usable[k] || consumed[k]) continue;
      // Where every noun is capitalised, a capitalised word inside the sentence is the noun ("nach Berichten"), not the verb.
      if (pack?.nounsCapitalized && k > 0 && tokens[k]!.cap) continue;
      const h = lex.speech.at(tokens, k);
      if (!h) continue;
      verbs++;
      if (freeEntities === undefined) {
        freeEntities = speakers(quotes);
        firstConsumed = -1;
        for (let j = 0; j < n && firstConsumed < 0; j++) if (consumed[j] === 1) firstConsumed = j;
      }
      let agent: LocalEntity | undefined;
      let agentDist = Infinity;
      // Names inside a clause inserted right before the verb ("…, der seinen Namen nicht in der Zeitung lesen möchte,
      // berichtete") are not its subject.
      let insertedFrom = Infinity;
      if (k > 0 && hasComma(text, tokens[k - 1]!.end, tokens[k]!.start)) {
        for (let j = k - 2; j >= 0 && j >= k - 24; j--) {
          if (hasComma(text, tokens[j]!.end, tokens[j + 1]!.start)) {
            insertedFrom = tokens[j + 1]!.start;
            break;
          }
        }
      }
      // An anonymous cue in the clause inserted before the verb ("A person …, who did not want to be identified, said")
      // describes the subject: the speaker is that unnamed person, not a name elsewhere in the sentence.
      let anonymousSubject = false;
      if (insertedFrom !== Infinity) {
        for (let j = k - 1; j >= 0 && tokens[j]!.start >= insertedFrom; j--) if (consumed[j]) anonymousSubject = true;
      }
      if (anonymousSubject) {
        // The unnamed subject speaks; verbs after it belong to what it reports ("said canvass returns showed Warsame …").
        offerCue('anonymous', h.from, h.to);
        break;
      }
      for (const e of freeEntities) {
        // Places are where things happen, not who says them.
        if (e.kind === 'place' || (e.start >= insertedFrom && e.end <= tokens[k]!.start)) continue;
        // Words between name and verb; the verb's own tokens k and h.to - 1 bound the counts (tokens are ordered and disjoint).
        const d = e.end <= tokens[k]!.start ? Math.max(0, k - countBefore(tokens, e.end)) : e.start >= tokens[h.to - 1]!.end ? Math.max(0, countBefore(tokens, e.start) - h.to) : 0;
        // The sentence's first name may stand further before its verb, across a relative clause
        // ("Dr. Anjali Nair, die an der Charité … betreute, mahnte").
        const first =
          e === freeEntities[0] &&
          e.end <= tokens[k]!.start &&
          ((e.kind === 'person' && (e.given !== undefined || e.role !== undefined)) || e.kind === 'organization');
        if (d > (first ? LONG_WINDOW : WINDOW)) continue;
        // People are preferred as speakers; organisations and places need to be closer.
        const score = e.kind === 'person' ? d : d + 2;
        if (score >= agentDist) continue;
        // "said Rotich's coach, Patrick Kemboi": the owner in the genitive is not the speaker when a person follows.
        // Asked last: only a name that would become the agent needs the look at its neighbours.
        if (pack && e.kind === 'person' && genitiveOwner(text, tokens, e, (personsOfSentence ??= entities.filter(isPerson)), pack)) continue;
        agent = e;
        agentDist = score;
      }
      const group = groupNear(h.from, h.to);
      // A body named by a definite description as the subject: before the verb, or right after it in German inversion
      // ("teilte die Polizei mit") unless an unnamed group or insider already stands before the verb as its subject.
      // Once an unnamed group or insider frames the sentence, a body named later is part of what they report.
      const groupIsSubject = group !== undefined && (group.cueStart ?? 0) < tokens[h.from]!.start;
      // "Some commentators have praised Helen Clark": a name after the verb of a group subject is what the group talks about.
      const objectAfter = agent !== undefined && groupIsSubject && agent.start >= tokens[h.to - 1]!.end;
      // "Beobachter vor Ort sprechen", "Fans in Leeds say": a bare name after a preposition inside the group's phrase describes the group.
      if (agent && group && groupIsSubject && agent.start > (group.cueStart ?? 0) && agent.end <= tokens[h.from]!.start && !agent.given && !agent.role) {
        const before = tokens[countBefore(tokens, agent.start) - 1];
        if (before && lex.functionWords.has(before.lower) && !lex.determiners.has(before.lower)) agent = undefined;
      }
      if (group && (group.kind === 'named-document' || !agent || agentDist > 2 || objectAfter)) offer(group);
      if (group && groupIsSubject && group.kind !== 'named-document') weakFrame = true;
      if (!weakFrame && firstConsumed >= 0 && firstConsumed < k) weakFrame = true;
      let inst: ReturnType<typeof institutionAt>;
      if (!weakFrame) {
        // Words already known to be neither an institution nor a role (most) are passed over without the call.
        for (let j = k - 1; j >= 0 && j >= k - WINDOW && !inst; j--) if ((bits[j]! & BODY_ANSWERS) !== BODY_KNOWN_NO) inst = institutionAt(j);
        for (let j = h.to; !inst && !groupIsSubject && j < tokens.length && j < h.to + 3; j++) if ((bits[j]! & BODY_ANSWERS) !== BODY_KNOWN_NO) inst = institutionAt(j);
      }
      // An unnamed group right before the verb is its subject; a name after the verb is then its object
      // ("Industry analysts expect Celdra to …").
      const agentAfter = agent !== undefined && agent.start >= tokens[h.to - 1]!.end;
      if (agent && !(groupIsSubject && agentAfter)) offerNamed(agent, h.from, h.to);
      // "Die Ministerin sagte": a role with a definite article points back to a person the article has named.
      if (inst) offerCue(isRole(inst.head) ? 'named-person' : 'named-organisation', h.from, h.to, inst.text);
      k = h.to - 1;
    }

    // A direct quote with a speaker is attributed to that speaker.
    for (const q of quotes) {
      if (!q.speaker || q.partial) continue;
      let e: LocalEntity | undefined;
      for (const x of entities) {
        if (x.kind === 'person' && personName(x) === q.speaker) {
          e = x;
          break;
        }
      }
      const a = e ? attribution('named-person', e.text, e.start, e.end, q.speaker) : attribution('named-person', undefined, undefined, undefined, q.speaker);
      // "sagte der Richter": the name the quote's speaker resolves to says more than the role description.
      const described = best.kind === 'named-person' && lex.definite.has(firstWordLower(best.source));
      if (described) best = attribution(best.kind, best.cue, best.cueStart, best.cueEnd, q.speaker);
      else offer(a);
    }

    // A pronoun as the speaker ("He added that …", "sagte sie", "nach seinen Angaben") continues the previous named source.
    const prevNamed = input.previous && isNamed(input.previous.kind) ? input.previous : undefined;
    // "Many workers we spoke to said they …", "Analysts say his plan …": after an unnamed subject the pronoun is theirs or their topic.
    const groupFirst = (best.kind === 'vague-group' || best.kind === 'anonymous') && best.cueStart !== undefined;
    if (prevNamed && !isNamed(best.kind) && (has & CUE_PRONOUN) !== 0) {
      for (let k = 0; k < tokens.length && k < MAX_CANDIDATES * 4; k++) {
        // A pronoun inside or right after an anonymous phrase ("none of whom gave their names") is part of it.
        if ((bits[k]! & CUE_PRONOUN) === 0 || !usable[k] || consumed[k] || (k >= 1 && consumed[k - 1]) || (k >= 2 && consumed[k - 2])) continue;
        if (groupFirst && best.cueStart! < tokens[k]!.start) break;
        if (saysNear(k - 1) || saysNear(k + 1) || saysNear(k - 2) || saysNear(k + 2)) {
          offerCue(prevNamed.kind, k, k + 1, prevNamed.source);
          break;
        }
      }
    }

    // Reported speech (Konjunktiv I) continues the previous sentence's source.
    const prev = input.previous;
    if (best.kind === 'none' && prev && prev.kind !== 'none' && prev.kind !== 'citation' && (has & CUE_REPORTED) !== 0) {
      const k = tokens.findIndex((t, i) => usable[i] && (bits[i]! & CUE_REPORTED) !== 0);
      if (k >= 0) {
        const a = cue(prev.kind, k, k + 1, prev.source);
        offer(a);
      }
    }
    // Let go of the sentence: the helpers outlive the call, and the sentence's text is a view into the whole article.
    input = NO_INPUT;
    text = '';
    tokens = NO_INPUT.tokens;
    entities = NO_INPUT.entities;
    return best;
  };
}

/** What the attributor holds between calls. */
const NO_INPUT: AttributionInput = { text: '', tokens: [], entities: [], quotes: [], dates: [] };

/** One-word cues that each open a pass of `attribute`; a pronoun or reported-speech verb counts only after an attributed sentence. */
const PASS_CUES = CUE_REPORT_PREPOSITION | CUE_SOURCE_AFTER | CUE_GROUP_PREPOSITION | CUE_REPORTATIVE | CUE_POSSESSIVE_SOURCE;
/** A passive of a reporting verb needs both its auxiliary and its participle. */
const PASSIVE_CUES = CUE_AUXILIARY | CUE_PARTICIPLE;
const CONTINUING_CUES = CUE_PRONOUN | CUE_REPORTED;

/**
 * Whether any pass of `attribute` could find a cue in a sentence without quotes and without a phrase of the source lists:
 * a speech verb, a one-word cue, or a compound of an anonymous noun. False means the answer is "none" without the passes.
 */
function mayAttribute(tokens: readonly Token[], bits: Int32Array, union: number, lex: Lexicon, table: CueTable, hasPrevious: boolean): boolean {
  const has = bits[tokens.length]!;
  if ((has & PASS_CUES) !== 0 || (has & PASSIVE_CUES) === PASSIVE_CUES || (hasPrevious && (has & CONTINUING_CUES) !== 0)) return true;
  if (screenedAny(lex.speech, tokens, union)) return true;
  if ((has & CUE_MAYBE_ANONYMOUS_CAP) === 0) return false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.cap && (bits[k]! & CUE_ANONYMOUS_WORD) === 0 && cueTestAt(table, bits, k, t.lower, SLOT_ANONYMOUS, anonymousCompound)) return true;
  }
  return false;
}

// Slots of the per-word answers kept in the cue table (see `cueTest`), and the word tests they remember.
const SLOT_ANONYMOUS = 0;
const SLOT_ROLE = 1;
const SLOT_INSTITUTION = 2;
const SLOT_DOCUMENT = 3;
const SLOT_VAGUE = 4;
/** The document and vague compound slots' bits (answer and known, see `cueTestAt`), and their value for a word that is neither. */
const GROUP_ANSWERS = (3 << (CUE_LAZY_BASE + 2 * SLOT_DOCUMENT)) | (3 << (CUE_LAZY_BASE + 2 * SLOT_VAGUE));
const GROUP_KNOWN_NO = (2 << (CUE_LAZY_BASE + 2 * SLOT_DOCUMENT)) | (2 << (CUE_LAZY_BASE + 2 * SLOT_VAGUE));
/** The institution and role slots' bits (answer and known, see `cueTestAt`), and their value for a word that is neither. */
const BODY_ANSWERS = (3 << (CUE_LAZY_BASE + 2 * SLOT_INSTITUTION)) | (3 << (CUE_LAZY_BASE + 2 * SLOT_ROLE));
const BODY_KNOWN_NO = (2 << (CUE_LAZY_BASE + 2 * SLOT_INSTITUTION)) | (2 << (CUE_LAZY_BASE + 2 * SLOT_ROLE));
const anonymousCompound = (word: string, lex: Lexicon) => endsInNoun(word, lex.anonymousWords, lex);
const documentCompound = (word: string, lex: Lexicon) => endsInNoun(word, lex.documents, lex);
const vagueCompound = (word: string, lex: Lexicon) => endsInNoun(word, lex.vague, lex);
const spokespersonWord = (word: string, lex: Lexicon) => endsInNoun(word, lex.spokespersons, lex) || lex.spokespersons.has(word);
const roleWord = (word: string, lex: Lexicon) =>
  lex.roleSet.has(word) || lex.roleSuffixes.some((x) => x && word.endsWith(x) && lex.roleSet.has(word.slice(0, -x.length)));

/** Whether a word is, or (where the pack allows compounds) ends in, one of the nouns, with a common inflection. */
function endsInNoun(word: string, nouns: ReadonlySet<string>, lex: Lexicon): boolean {
  return hasNounTail(word, nouns, { compounds: lex.institutionCompounds, endings: lex.institutionCompounds ? lex.inflections : undefined, minHead: 3 });
}

/** Whether a word is an institution noun, or (where the pack allows) a compound ending in one: "umweltamt", not "innenstadt". */
function isInstitution(word: string, lex: Lexicon): boolean {
  return hasNounTail(word, lex.institutions, {
    compounds: lex.institutionCompounds,
    endings: lex.institutionCompounds ? lex.inflections : undefined,
    minHead: 3,
    minTail: 3,
    wholeOnly: lex.exactInstitutions,
  });
}

/** At most MAX_CANDIDATES hits, without a copy when there are no more (nearly always). */
function upToCandidates(hits: readonly PhraseHit[]): readonly PhraseHit[] {
  return hits.length <= MAX_CANDIDATES ? hits : hits.slice(0, MAX_CANDIDATES);
}

const isPerson = (e: LocalEntity) => e.kind === 'person';

/** The word without one final dot, as `replace(/\.$/, '')` gives it, without running a pattern per word. */
function withoutFinalDot(word: string): string {
  return word.charCodeAt(word.length - 1) === 0x2e ? word.slice(0, -1) : word;
}

/** The lower-cased text before the first space ("der" of "der Richter"), as `split(' ')[0]` gives it; '' for none. */
function firstWordLower(source: string | undefined): string {
  if (source === undefined) return '';
  const space = source.indexOf(' ');
  return (space < 0 ? source : source.slice(0, space)).toLowerCase();
}

/** Whether text[from, to) holds a comma, read in place (gaps between words are a few characters). */
function hasComma(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x2c) return true;
  return false;
}

const byOuterStart = (a: LocalQuote, b: LocalQuote) => a.outerStart - b.outerStart;

function sortedByStart(quotes: readonly LocalQuote[]): readonly LocalQuote[] {
  return [...quotes].sort(byOuterStart);
}

/** `outsideQuotes` for one item, with the quotes sorted once by the caller: no arrays per item. */
function outsideSorted(t: { start: number; end: number }, qs: readonly LocalQuote[]): boolean {
  let q = 0;
  while (q < qs.length && qs[q]!.outerEnd <= t.start) q++;
  const cur = qs[q];
  return !(cur && t.start >= cur.outerStart && t.end <= cur.outerEnd);
}

/** Sets `into[k]` to 1 where token k (tokens sorted by start) lies outside every quote, else 0 (one sweep over both lists). */
function markOutsideQuotes(into: Uint8Array, tokens: readonly Token[], quotes: readonly LocalQuote[]): void {
  // Most sentences quote nothing.
  if (quotes.length === 0) {
    for (let k = 0; k < tokens.length; k++) into[k] = 1;
    return;
  }
  const qs = sortedByStart(quotes);
  let q = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    while (q < qs.length && qs[q]!.outerEnd <= t.start) q++;
    const cur = qs[q];
    into[k] = cur && t.start >= cur.outerStart && t.end <= cur.outerEnd ? 0 : 1;
  }
}
