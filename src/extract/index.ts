import type { Claim, Span } from '../model/schema.js';
import type { NormalizedDocument } from '../normalize/types.js';
import { getPack, type LanguagePack } from '../lang/index.js';
import type { Sentence } from './types.js';
import { tokenize, type Token } from './tokens.js';
import { lexicon } from './lexicon.js';
import { findEntities, linkSurnames, type KnownPerson, type LocalEntity } from './entities.js';
import { findDates, type LocalDate } from './dates.js';
import { findQuantities, type LocalQuantity } from './quantities.js';
import { findQuotes, personName, SpeakerMemory, type LocalQuote } from './quotes.js';
import { attribute, isNamed, type AttributionInput, type LocalAttribution } from './attribution.js';
import { cueBitsFrom, cueTable, findHedges, type LocalHedge, type WordCues } from './hedges.js';
import { claimKind } from './kind.js';

export type { Sentence, ArticleClaims } from './types.js';
export { tokenize } from './tokens.js';
export { parseNumber } from './quantities.js';

/** Builds one claim record per sentence: entities, quantities, dates, quotes, attribution, hedges. */
export function extractClaimRecords(doc: NormalizedDocument, sentences: Sentence[], languagePack: LanguagePack = getPack(doc.language)): Claim[] {
  const pack = languagePack.extract;
  const lex = lexicon(pack);

  // Pass 1: full mentions, so bare surnames anywhere in the document (headline included) can be linked.
  // Each sentence is tokenized once; its tokens, and the phrase screen the entity pass made of them, serve every
  // extractor in pass 2.
  const group = lex.roles.screen?.group;
  const tokenized: Token[][] = new Array<Token[]>(sentences.length);
  const found: LocalEntity[][] = new Array<LocalEntity[]>(sentences.length);
  const screens: (Int32Array | undefined)[] = new Array<Int32Array | undefined>(sentences.length);
  const screenVersions = new Int32Array(sentences.length);
  // The cue-word classes of every token, written by the tokenizer from what it keeps per spelling (no lookup per word):
  // sentence i's records start at cueStarts[i].
  const cueWords = cueTable(lex, pack);
  const cueStarts = new Int32Array(sentences.length);
  const cueClasses = cueRecords(sentences);
  let cueEnd = 0;
  for (let i = 0; i < sentences.length; i++) {
    const text = sentences[i]!.text;
    const tokens = tokenize(text, cueWords.spelling, cueClasses, cueEnd);
    cueStarts[i] = cueEnd;
    cueEnd += tokens.length;
    tokenized[i] = tokens;
    found[i] = findEntities(text, tokens, lex, pack);
    if (group) {
      screens[i] = group.of(tokens);
      screenVersions[i] = group.version;
    }
  }
  // A surname that comes with two given names ("Anna Müller", "Hans Müller") is ambiguous: its bare mentions
  // are people, but they get no given name, so alignment cannot pin them on the wrong one.
  const givenNames = new Map<string, Set<string>>();
  for (const list of found) {
    for (const e of list) {
      if (e.kind !== 'person' || !e.surname) continue;
      const set = givenNames.get(e.surname) ?? new Set<string>();
      if (e.given) set.add(e.given);
      givenNames.set(e.surname, set);
    }
  }
  const known = new Map<string, KnownPerson>();
  for (const [surname, given] of givenNames) known.set(surname, given.size === 1 ? { given: [...given][0]! } : {});

  const claims: Claim[] = [];
  let previous: LocalAttribution | undefined;
  let previousSpeaker: string | undefined;
  let previousBlock = -1;
  const memory = new SpeakerMemory(pack);
  // One buffer for the cue classes of every sentence: each sentence is done with it before the next.
  let cueBuffer: Int32Array | undefined;
  // Sentence-local offsets to the original text; one closure for the document, `base` moves with the sentence.
  let base = 0;
  const map = (start: number, end: number): Span => doc.toOriginal({ start: base + start, end: base + end });
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const tokens = tokenized[i]!;
    base = s.span.start;
    if (s.blockIndex !== previousBlock) {
      // Reported speech and pronouns do not carry across paragraphs.
      previous = undefined;
      previousSpeaker = undefined;
      previousBlock = s.blockIndex;
      memory.newBlock();
    }

    // The screen made in pass 1 still holds unless a matcher joined the group since (lists are added on first use).
    const screen = screens[i];
    if (group && screen !== undefined && screenVersions[i] === group.version) group.seed(tokens, screen);
    const entities = linkSurnames(tokens, found[i]!, known, pack);
    const dates = findDates(s.text, tokens, lex, pack, doc.input.publishedAt);
    const quantities = findQuantities(s.text, tokens, lex, pack, dates);
    // The sentence's cue-word classes, looked up once for attribution, hedges and claim kind.
    const cues = cueBitsFrom(cueClasses, cueStarts[i]!, tokens, cueBuffer);
    cueBuffer = cues;
    const quotes = findQuotes(s.text, tokens, entities, lex, pack, previousSpeaker, memory);
    // `previous` is always present (maybe undefined): one object shape for every sentence keeps `attribute` monomorphic.
    const input: AttributionInput = { text: s.text, tokens, entities, quotes, dates, cues, previous };
    const local = attribute(input, lex, pack);
    const hedges = findHedges(s.text, tokens, lex, pack, cues);
    const block = doc.blocks[s.blockIndex];
    const citations = block?.citations ?? [];
    const labels = citationLabels(block);

    let attribution: Claim['attribution'] = { kind: local.kind };
    if (citations.length > 0 && !isNamed(local.kind)) {
      // The paragraph's citation marker sources every sentence whose own wording names no one.
      const c = citations[0]!;
      attribution = { kind: 'citation', cue: `[${c.label}]`, cueSpan: c.span, source: c.label };
    } else {
      if (local.cue !== undefined && local.cueStart !== undefined && local.cueEnd !== undefined) {
        attribution.cue = local.cue;
        attribution.cueSpan = map(local.cueStart, local.cueEnd);
      }
      if (local.source) attribution.source = local.source;
    }

    claims.push({
      id: `${doc.id}#${s.index}`,
      articleId: doc.id,
      index: s.index,
      text: s.text,
      span: doc.toOriginal(s.span),
      section: s.section,
      kind: claimKind(tokens, quotes, lex, pack, s.text, cues),
      entities: claimEntities(entities, map),
      quantities: claimQuantities(quantities, map),
      dates: claimDates(dates, map),
      quotes: claimQuotes(quotes, map),
      attribution,
      hedges: claimHedges(hedges, map),
      citations: labels,
    });

    previous = local.kind !== 'none' ? local : undefined;
    const speaker = sentenceSpeaker(quotes, entities);
    if (speaker) previousSpeaker = speaker;
    memory.remember(tokens, entities, s.text);
  }
  return claims;
}

/** Most code units of an article whose cue records go to the shared list (longer ones get their own). */
const SHARED_CUES = 1 << 16;
const sharedCues: WordCues[] = [];

// The list the tokenizer writes an article's cue records to. Articles are extracted one at a time, so one list serves
// them all; a very long article gets its own, so the shared one stays small.
function cueRecords(sentences: readonly Sentence[]): WordCues[] {
  let chars = 0;
  for (const s of sentences) chars += s.text.length;
  return chars <= SHARED_CUES ? sharedCues : [];
}

// The speaker a later quote without one may continue: the first quote's speaker, else the first person named.
function sentenceSpeaker(quotes: readonly LocalQuote[], entities: readonly LocalEntity[]): string | undefined {
  for (const q of quotes) if (q.speaker) return q.speaker;
  for (const e of entities) if (e.kind === 'person') return personName(e);
  return undefined;
}

// The claim's parts with spans in the original text. Plain loops with one helper each, not a closure per sentence and part.
// Each list is made at its final length: a list grown by push from empty reserves room for 17 entries, which in a
// report of 100,000 claims was about a tenth of the claims' memory.
type SpanMap = (start: number, end: number) => Span;

function claimEntities(list: readonly LocalEntity[], map: SpanMap): Claim['entities'] {
  const out: Claim['entities'] = new Array(list.length);
  for (let k = 0; k < list.length; k++) {
    const e = list[k]!;
    const m: Claim['entities'][number] = { text: e.text, span: map(e.start, e.end), kind: e.kind };
    if (e.given) m.given = e.given;
    if (e.surname) m.surname = e.surname;
    if (e.role) m.role = e.role;
    out[k] = m;
  }
  return out;
}

function claimQuantities(list: readonly LocalQuantity[], map: SpanMap): Claim['quantities'] {
  const out: Claim['quantities'] = new Array(list.length);
  for (let k = 0; k < list.length; k++) {
    const q = list[k]!;
    const m: Claim['quantities'][number] = { text: q.text, span: map(q.start, q.end), value: q.value, min: q.min, max: q.max, approximate: q.approximate };
    if (q.unit) m.unit = q.unit;
    if (q.measure) m.measure = q.measure;
    if (q.measureKey) m.measureKey = q.measureKey;
    if (q.scale !== undefined) m.scale = q.scale;
    if (q.currency) m.currency = q.currency;
    out[k] = m;
  }
  return out;
}

function claimDates(list: readonly LocalDate[], map: SpanMap): Claim['dates'] {
  const out: Claim['dates'] = new Array(list.length);
  for (let k = 0; k < list.length; k++) {
    const d = list[k]!;
    const m: Claim['dates'][number] = { text: d.text, span: map(d.start, d.end), kind: d.kind };
    if (d.value) m.value = d.value;
    if (d.weekday) m.weekday = d.weekday;
    if (d.resolved) m.resolved = d.resolved;
    out[k] = m;
  }
  return out;
}

function claimQuotes(list: readonly LocalQuote[], map: SpanMap): Claim['quotes'] {
  const out: Claim['quotes'] = new Array(list.length);
  for (let k = 0; k < list.length; k++) {
    const q = list[k]!;
    const m: Claim['quotes'][number] = { text: q.text, span: map(q.start, q.end), partial: q.partial };
    if (q.speaker) m.speaker = q.speaker;
    out[k] = m;
  }
  return out;
}

function claimHedges(list: readonly LocalHedge[], map: SpanMap): Claim['hedges'] {
  const out: Claim['hedges'] = new Array(list.length);
  for (let k = 0; k < list.length; k++) out[k] = { text: list[k]!.text, span: map(list[k]!.start, list[k]!.end) };
  return out;
}

/** Most distinct citation labels a claim carries; a paragraph of thousands of markers must not make the report quadratic. */
const MAX_CITATIONS = 16;
const labelCache = new WeakMap<object, string[]>();

// Computed once per paragraph, distinct and capped: every sentence of the paragraph shares the result.
function citationLabels(block: NormalizedDocument['blocks'][number] | undefined): string[] {
  if (!block || block.citations.length === 0) return [];
  let labels = labelCache.get(block);
  if (!labels) {
    labels = [...new Set(block.citations.map((c) => c.label))].slice(0, MAX_CITATIONS);
    labelCache.set(block, labels);
  }
  return [...labels];
}
