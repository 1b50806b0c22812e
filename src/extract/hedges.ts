import type { AttributionPack } from './pack.js';
import type { Lexicon } from './lexicon.js';
import type { PhraseHit, Token } from './tokens.js';
import { classifierId, memo, PairMemo, remember, screenedMatcher, type MatcherGroup, type PhraseMatcher, type SpellingClassifier } from './tokens.js';

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

// The pack asked for last and its lookups: `findHedges` asks once per sentence, nearly always for the same pack.
let lastWeaselPack: AttributionPack | undefined;
let lastWeasel: WeaselWords | undefined;

/** The weasel lookups of a pack, built on first use and cached. */
export function weaselWords(pack: AttributionPack): WeaselWords {
  if (pack === lastWeaselPack) return lastWeasel!;
  lastWeasel = buildWeasel(pack);
  lastWeaselPack = pack;
  return lastWeasel;
}

function buildWeasel(pack: AttributionPack): WeaselWords {
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

// Cue-word classes, one bit each. A sentence's words are looked up once in one map (`cueBits`), so each pass of the
// hedge, kind and attribution extractors asks its bit instead of testing every word against its own list, and a pass
// whose words the sentence lacks is skipped whole.
export const CUE_ADVERB = 1 << 0;
export const CUE_VAGUE_QUANTITY = 1 << 1;
export const CUE_AUXILIARY = 1 << 2;
export const CUE_REPORT_PREPOSITION = 1 << 3;
export const CUE_SOURCE_AFTER = 1 << 4;
export const CUE_GROUP_PREPOSITION = 1 << 5;
export const CUE_REPORTATIVE = 1 << 6;
export const CUE_PRONOUN = 1 << 7;
export const CUE_REPORTED = 1 << 8;
export const CUE_POSSESSIVE_SOURCE = 1 << 9;
export const CUE_FUTURE = 1 << 10;
/** Lower-cased modal particle: kind.ts still checks the exact spelling. */
export const CUE_PARTICLE = 1 << 11;
export const CUE_SPECULATION = 1 << 12;
export const CUE_ANONYMOUS_WORD = 1 << 13;
export const CUE_VAGUE = 1 << 14;
/** A quantifier that makes a noun after it an unnamed group ("many", "einige"; the lexicon's `vagueQuantifiers`). */
export const CUE_QUANTIFIER = 1 << 15;
/** The word, or its last hyphen part, is a document noun ("Umfrage", "Allensbach-Umfrage"). */
export const CUE_DOCUMENT_LAST = 1 << 16;
/** A participle of a reporting verb that makes an agentless passive ("considered", "vermutet"). */
export const CUE_PARTICIPLE = 1 << 17;
/** Ends like a plural noun of people ("economists", "Soziologen"), with at least three letters before the ending. */
export const CUE_GROUP_ENDING = 1 << 18;
const EAGER = (1 << 19) - 1;
/**
 * First bit of the per-word answers computed on demand (`cueTest`): two bits each, the answer and whether it is known.
 * Five slots fill bits 19-28, so every entry stays a small integer.
 */
export const CUE_LAZY_BASE = 19;
/**
 * Only in a sentence's union (index `tokens.length` of `cueBits`): some capitalized token, not itself a listed anonymous
 * word, may be a compound of one (its `cueTest` answer in slot 0 is yes or not yet known). Without it the anonymous
 * compound loops of attribution would find nothing, so they are skipped: nearly every word's answer is known after its
 * first sentence.
 */
export const CUE_MAYBE_ANONYMOUS_CAP = 1 << 29;
// Slot 0's answer and known bits, and a capitalized token's contribution to the union.
const ANONYMOUS_ANSWER = 1 << CUE_LAZY_BASE;
const ANONYMOUS_KNOWN = ANONYMOUS_ANSWER << 1;
function maybeAnonymous(bits: number): number {
  return (bits & CUE_ANONYMOUS_WORD) === 0 && (bits & (ANONYMOUS_KNOWN | ANONYMOUS_ANSWER)) !== ANONYMOUS_KNOWN ? CUE_MAYBE_ANONYMOUS_CAP : 0;
}

/**
 * The classes of one word in one cue table. Per-word answers learned later (`cueTest`) are added in place, so whoever
 * holds the record (the tokenizer keeps it per spelling) sees them.
 */
export interface WordCues {
  bits: number;
}

/** The word classes of one lexicon and pack, with per-word answers remembered across sentences. */
export interface CueTable {
  readonly lex: Lexicon;
  readonly words: Map<string, WordCues>;
  readonly groupEndings: readonly string[];
  readonly lists: readonly (readonly [number, ReadonlySet<string>])[];
  /** The table's word classes as the tokenizer keeps them per spelling (`tokenize` with a classifier, then `cueBitsFrom`). */
  readonly spelling: SpellingClassifier<WordCues>;
}

// Asked once per sentence by several extractors, nearly always for the lexicon and pack asked for last.
const cueTables = new PairMemo<Lexicon, CueTable>((lex, pack) => buildCueTable(lex, pack as AttributionPack | undefined));

/** The cue table of a lexicon (and its pack, whose weasel and kind lists join it), built on first use. */
export function cueTable(lex: Lexicon, pack?: AttributionPack): CueTable {
  return cueTables.get(lex, pack);
}

function buildCueTable(lex: Lexicon, pack: AttributionPack | undefined): CueTable {
  const lists: [number, ReadonlySet<string>][] = [
    [CUE_SOURCE_AFTER, lex.sourceAfter],
    [CUE_GROUP_PREPOSITION, lex.groupPrepositions],
    [CUE_REPORTATIVE, lex.reportative],
    [CUE_PRONOUN, lex.pronouns],
    [CUE_REPORTED, lex.reported],
    [CUE_POSSESSIVE_SOURCE, lex.possessiveSources],
    [CUE_FUTURE, lex.future],
    [CUE_ANONYMOUS_WORD, lex.anonymousWords],
    [CUE_VAGUE, lex.vague],
    [CUE_QUANTIFIER, lex.vagueQuantifiers],
  ];
  if (pack) {
    const w = weaselWords(pack);
    lists.push(
      [CUE_ADVERB, w.adverbs],
      [CUE_VAGUE_QUANTITY, w.quantities],
      [CUE_AUXILIARY, w.auxiliaries],
      [CUE_PARTICIPLE, w.participles],
      [CUE_REPORT_PREPOSITION, w.reportPrepositions],
      [CUE_PARTICLE, lower(pack.modalParticles)],
      [CUE_SPECULATION, new Set(pack.speculationWords)],
    );
  }
  const words = new Map<string, WordCues>();
  const made: CueTable = {
    lex,
    words,
    lists,
    groupEndings: pack ? weaselWords(pack).groupEndings : [],
    spelling: { id: classifierId(), classify: (word) => words.get(word) ?? classify(made, word) },
  };
  return made;
}

// The classes of a word seen for the first time: one test per list, then never again while the cache holds it.
function classify(table: CueTable, word: string): WordCues {
  let bits = 0;
  for (const [bit, set] of table.lists) if (set.has(word)) bits |= bit;
  const dash = Math.max(word.lastIndexOf('-'), word.lastIndexOf('‐'));
  if (table.lex.documents.has(dash < 0 ? word : word.slice(dash + 1))) bits |= CUE_DOCUMENT_LAST;
  if (table.groupEndings.some((x) => word.length > x.length + 2 && word.endsWith(x))) bits |= CUE_GROUP_ENDING;
  const record = { bits };
  remember(table.words, word, record);
  return record;
}

/**
 * Per token the classes of its lower-cased word (with the per-word answers known so far, see `cueTestAt`), and at index
 * `tokens.length` the union of the classes. `into` is reused when long enough: the sentence loop passes one buffer.
 */
export function cueBits(tokens: readonly Token[], table: CueTable, into?: Int32Array): Int32Array {
  const n = tokens.length;
  const out = into !== undefined && into.length > n ? into : new Int32Array(n + 1);
  let has = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const bits = (table.words.get(t.lower) ?? classify(table, t.lower)).bits;
    out[i] = bits;
    has |= bits & EAGER;
    if (t.cap) has |= maybeAnonymous(bits);
  }
  out[n] = has;
  return out;
}

/**
 * `cueBits` of a sentence from the records the tokenizer wrote for its tokens at `answers[from…]` (tokenized with
 * the table's `spelling`), into the reused buffer `into`: no lookup per word.
 */
export function cueBitsFrom(answers: readonly WordCues[], from: number, tokens: readonly Token[], into?: Int32Array): Int32Array {
  const n = tokens.length;
  const out = into !== undefined && into.length > n ? into : new Int32Array(n + 1);
  let has = 0;
  for (let i = 0; i < n; i++) {
    const bits = answers[from + i]!.bits;
    out[i] = bits;
    has |= bits & EAGER;
    if (tokens[i]!.cap) has |= maybeAnonymous(bits);
  }
  out[n] = has;
  return out;
}

/** A test of one lower-cased word against a lexicon, pure, so its answer can be remembered per word. */
export type WordTest = (word: string, lex: Lexicon) => boolean;

/** `cueTest` for token `k` of a sentence whose `cueBits` are `bits`: an answer already known is read from them directly. */
export function cueTestAt(table: CueTable, bits: Int32Array, k: number, word: string, slot: number, test: WordTest): boolean {
  const answer = 1 << (CUE_LAZY_BASE + 2 * slot);
  const v = bits[k]!;
  if ((v & (answer << 1)) !== 0) return (v & answer) !== 0;
  const yes = cueTest(table, word, slot, test);
  bits[k] = v | (answer << 1) | (yes ? answer : 0);
  return yes;
}

/** A per-word answer computed once per word (slot 0-4 above `CUE_LAZY_BASE`): compound tails cost a dozen slices each. */
export function cueTest(table: CueTable, word: string, slot: number, test: WordTest): boolean {
  const answer = 1 << (CUE_LAZY_BASE + 2 * slot);
  const known = answer << 1;
  const record = table.words.get(word) ?? classify(table, word);
  if ((record.bits & known) !== 0) return (record.bits & answer) !== 0;
  const yes = test(word, table.lex);
  record.bits |= known | (yes ? answer : 0);
  return yes;
}

const NO_HITS: readonly PhraseHit[] = [];

/**
 * The union of the screen bits of a sentence (see `MatcherGroup`), read once so a caller can skip every list whose
 * opening words the sentence lacks without asking the screen again per list; -1 (all bits) when the matcher is unscreened.
 * Read it after the caller's matchers exist: a matcher that joins the group later has no bit in an older union.
 */
export function screenUnion(m: PhraseMatcher, tokens: readonly Token[]): number {
  return m.screen ? m.screen.group.of(tokens)[tokens.length]! : -1;
}

/** The matcher's phrases in the sentence, or none at once when the sentence's screen union lacks its bit. */
export function screenedAll(m: PhraseMatcher, tokens: readonly Token[], union: number): readonly PhraseHit[] {
  // Lists several extractors read of the same sentence (attribution's sweep kept them) are matched once.
  if (tokens === sweptTokens) {
    const j = keptIndex(m);
    if (j >= 0) return sweptHits[j]!;
  }
  return m.screen && (union & m.screen.bit) === 0 ? NO_HITS : m.all(tokens);
}

/** Whether the matcher has a phrase in the sentence (`screenedAll` is not empty), without making the list of hits. */
export function screenedAny(m: PhraseMatcher, tokens: readonly Token[], union: number): boolean {
  if (tokens === sweptTokens) {
    const j = keptIndex(m);
    if (j >= 0) return sweptHits[j]!.length > 0;
  }
  if (!m.screen) return m.all(tokens).length > 0;
  if ((union & m.screen.bit) === 0) return false;
  // `all` finds nothing exactly when no marked token opens a phrase: the first phrase found answers.
  const marks = m.screen.group.of(tokens);
  const bit = m.screen.bit;
  for (let i = 0; i < tokens.length; i++) if ((marks[i]! & bit) !== 0 && m.at(tokens, i) !== undefined) return true;
  return false;
}

// The sentence, sweep and hits of the last sweep asked to keep them (see `screenedEach`): only the last sentence is held.
let sweptTokens: readonly Token[] | undefined;
let sweptPlan: MatcherSweep | undefined;
const sweptHits: (readonly PhraseHit[])[] = [];

/** The index of a matcher in the kept sweep, or -1. */
function keptIndex(m: PhraseMatcher): number {
  const plan = sweptPlan!;
  const screen = m.screen;
  if (screen && screen.group === plan.group && (plan.bits & screen.bit) !== 0) {
    const j = plan.slotOf[31 - Math.clz32(screen.bit)]!;
    if (plan.matchers[j] === m) return j;
  }
  for (const j of plan.apart) if (plan.matchers[j] === m) return j;
  return -1;
}

// Per matcher of a `screenedEach` sweep, the first token its next phrase may start at.
const sweepNext = new Int32Array(32);

/** Phrase lists swept together by `screenedEach`, with what the sweep needs of their screens worked out once. */
export interface MatcherSweep {
  readonly matchers: readonly PhraseMatcher[];
  /** The group whose screen all swept matchers share. */
  readonly group: MatcherGroup | undefined;
  /** The union of the swept matchers' bits. */
  readonly bits: number;
  /** Per screen bit (by its position) the index of its matcher. */
  readonly slotOf: Int8Array;
  /** Indexes of the matchers outside that group or unscreened: matched on their own. */
  readonly apart: readonly number[];
}

/** The sweep of distinct matchers (at most 32): those that share the first screened one's group are swept together. */
export function matcherSweep(matchers: readonly PhraseMatcher[]): MatcherSweep {
  const group = matchers.find((m) => m.screen)?.screen?.group;
  const slotOf = new Int8Array(32).fill(-1);
  const apart: number[] = [];
  let bits = 0;
  matchers.forEach((m, j) => {
    const screen = m.screen;
    if (!screen || screen.group !== group || j >= 32 || (bits & screen.bit) !== 0) apart.push(j);
    else {
      bits |= screen.bit;
      slotOf[31 - Math.clz32(screen.bit)] = j;
    }
  });
  return { matchers, group, bits, slotOf, apart };
}

/**
 * `screenedAll` of several matchers in one sweep over the sentence's screen, into `into[j]` for matcher j (a shared
 * empty list when none): the lists of the extractors mostly open on the same few words, and one pass over the tokens
 * serves them all, trying at each token only the lists it opens, with no list made for a matcher that finds nothing.
 * Each matcher's hits are what its `all` gives (non-overlapping, leftmost first). With `keep`, the hits are remembered
 * for later sweeps and `screenedAll` of the same sentence (attribution sweeps the lists of hedges and claim kind too);
 * lists already kept for the sentence are not matched again.
 */
export function screenedEach(sweep: MatcherSweep, tokens: readonly Token[], union: number, into: (readonly PhraseHit[])[], keep = false): void {
  const ms = sweep.matchers;
  let wanted = union & sweep.bits;
  const reuse = tokens === sweptTokens;
  for (let j = 0; j < ms.length; j++) {
    const m = ms[j]!;
    const swept = sweep.apart.length === 0 || !sweep.apart.includes(j);
    const k = reuse ? keptIndex(m) : -1;
    if (k >= 0) {
      into[j] = sweptHits[k]!;
      // Taken from the kept sweep: its bit is not swept again.
      if (swept) wanted &= ~m.screen!.bit;
    } else into[j] = swept ? NO_HITS : screenedAll(m, tokens, union);
  }
  if (wanted !== 0) {
    for (let j = 0; j < ms.length && j < 32; j++) sweepNext[j] = 0;
    const marks = sweep.group!.of(tokens);
    for (let i = 0; i < tokens.length; i++) {
      let mark = marks[i]! & wanted;
      // The lists this token opens, one bit at a time (usually one).
      while (mark !== 0) {
        const bit = mark & -mark;
        mark ^= bit;
        const j = sweep.slotOf[31 - Math.clz32(bit)]!;
        if (i < sweepNext[j]!) continue;
        const hit = ms[j]!.at(tokens, i);
        if (hit === undefined) continue;
        if (into[j] === NO_HITS) into[j] = [hit];
        else (into[j] as PhraseHit[]).push(hit);
        sweepNext[j] = hit.to;
      }
    }
  }
  if (keep) {
    sweptTokens = tokens;
    sweptPlan = sweep;
    // Entries past this sweep's matchers are stale and never read (`keptIndex` gives only the sweep's own).
    for (let j = 0; j < ms.length; j++) sweptHits[j] = into[j]!;
  }
}

const NUMBER = /^\p{N}/u;
/** `NUMBER.test(text)`, with ASCII first letters (nearly all) answered without the pattern: there only 0-9 are numbers. */
function startsWithNumber(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 0x80 ? c >= 0x30 && c <= 0x39 : NUMBER.test(text);
}

// Module functions rather than closures in `findHedges`, so a sentence makes no helper objects.
const NAME_BEFORE = /[.!?:]\s?["“„»]?\s?$/;
/** A capitalized token inside the sentence reads as a name; only a few characters back are looked at, so many capitalized hits stay linear. */
function nameLike(text: string, tokens: readonly Token[], k: number): boolean {
  const first = tokens[k]!;
  return first.cap && k > 0 && !NAME_BEFORE.test(text.slice(Math.max(0, first.start - 4), first.start));
}

function ranked(t: Token, w: WeaselWords): boolean {
  return !t.cap && (w.superlativeWords.has(t.lower) || w.superlativeSuffixes.some((s) => t.lower.length >= s.length + 2 && t.lower.endsWith(s)));
}

function byStretch(a: { from: number; to: number }, b: { from: number; to: number }): number {
  return a.from - b.from || b.to - a.to;
}

/** Whether the token at k is a vague quantity ("some critics", "viele glauben"), not a count or a question ("some 300", "how many"). */
export function isVagueQuantity(tokens: readonly Token[], k: number, w: WeaselWords, numberWords: ReadonlySet<string>): boolean {
  const t = tokens[k];
  if (!t || !w.quantities.has(t.lower)) return false;
  const prev = tokens[k - 1];
  // "two thousands", "2,5 Millionen": after a number the word is a scale, not a vague amount.
  if (prev && (w.quantityBlockers.has(prev.lower) || startsWithNumber(prev.text) || numberWords.has(prev.lower))) return false;
  const next = tokens[k + 1];
  return !(next && (startsWithNumber(next.text) || numberWords.has(next.lower) || w.quantityExceptions.has(next.lower)));
}

// The phrase lists of `findHedges` for a lexicon and the pack's weasel words: the hedges, then (with a pack) the vague
// quantity phrases, the weasel phrases and the superlative frames.
const hedgeLists = new PairMemo<Lexicon, MatcherSweep>((lex, pack) => matcherSweep(hedgeMatchers(lex, pack as AttributionPack | undefined)));

/** The phrase lists `findHedges` reads, in its order: attribution sweeps them along (see `screenedEach`). */
export function hedgeMatchers(lex: Lexicon, pack: AttributionPack | undefined): PhraseMatcher[] {
  const w = pack ? weaselWords(pack) : undefined;
  return w ? [lex.hedges, w.quantityPhrases, w.phrases, w.superlativeFrames] : [lex.hedges];
}
// One list for every sentence: `findHedges` is done with it when it returns.
const hedgeHits: (readonly PhraseHit[])[] = [[], [], [], []];

/**
 * Finds hedge cues: modal and epistemic words ("könnte", "is likely to"), adverbs of generality ("often", "weitgehend"),
 * vague quantities ("some critics", "viele Beobachter") and unnamed top groups ("one of the largest").
 * A capitalized word inside the sentence is a name, not a hedge ("May").
 */
export function findHedges(
  text: string,
  tokens: readonly Token[],
  lex: Lexicon,
  pack?: AttributionPack & { numberWords?: Readonly<Record<string, number>> },
  cues?: Int32Array,
): LocalHedge[] {
  const found: { from: number; to: number }[] = [];
  const w = pack ? weaselWords(pack) : undefined;
  // One screen lookup for the sentence, taken once the pack's weasel lists have joined the screen.
  const union = screenUnion(lex.hedges, tokens);
  // The hedge and weasel phrase lists, found in one sweep over the sentence.
  const hits = hedgeHits;
  screenedEach(hedgeLists.get(lex, pack), tokens, union, hits);
  for (const hit of hits[0]!) if (!nameLike(text, tokens, hit.from)) found.push(hit);
  if (pack && w) {
    for (const hit of hits[1]!) found.push(hit);
    for (const hit of hits[2]!) if (!nameLike(text, tokens, hit.from)) found.push(hit);
    for (const hit of hits[3]!) {
      // A few words may stand between frame and superlative ("one of the world's largest"), never a clause break.
      for (let j = hit.to; j < tokens.length && j <= hit.to + w.superlativeGap; j++) {
        if (j > hit.to && /[,;:.!?()]/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
        if (ranked(tokens[j]!, w)) {
          found.push({ from: hit.from, to: j + 1 });
          break;
        }
      }
    }
    // Most sentences hold neither a hedge adverb nor a vague quantity: the sentence's word classes skip the pass.
    const bits = cues ?? cueBits(tokens, cueTable(lex, pack));
    if ((bits[tokens.length]! & (CUE_ADVERB | CUE_VAGUE_QUANTITY)) !== 0) {
      const numberWords = memo(pack, 'numberWordSet', () => new Set(Object.keys(pack.numberWords ?? {})));
      for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k]!;
        if ((bits[k]! & CUE_ADVERB) !== 0) {
          if (!nameLike(text, tokens, k)) found.push({ from: k, to: k + 1 });
        } else if ((bits[k]! & CUE_VAGUE_QUANTITY) !== 0 && isVagueQuantity(tokens, k, w, numberWords)) {
          // German capitalizes "Tausende" inside a sentence, so a capital does not make a quantity word a name.
          // The cue takes the word it quantifies ("some critics"), unless that is a function word ("some of the").
          const next = tokens[k + 1];
          const joined = next && !lex.functionWords.has(next.lower) && !lex.determiners.has(next.lower) && /^\s+$/.test(text.slice(t.end, next.start));
          found.push({ from: k, to: joined ? k + 2 : k + 1 });
        }
      }
    }
  }
  // One cue per stretch of words, in reading order. Most sentences have none: no sort and no comparator then.
  if (found.length === 0) return [];
  if (found.length > 1) found.sort(byStretch);
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
