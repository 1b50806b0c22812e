import type { Claim, Span } from '../model/schema.js';
import type { NormalizedDocument } from '../normalize/types.js';
import { getPack, type LanguagePack } from '../lang/index.js';
import type { Sentence } from './types.js';
import { tokenize, type Token } from './tokens.js';
import { lexicon } from './lexicon.js';
import { findEntities, linkSurnames, type KnownPerson, type LocalEntity } from './entities.js';
import { findDates } from './dates.js';
import { findQuantities } from './quantities.js';
import { findQuotes, personName, SpeakerMemory } from './quotes.js';
import { attribute, isNamed, type AttributionInput, type LocalAttribution } from './attribution.js';
import { cueBits, cueTable, findHedges } from './hedges.js';
import { claimKind } from './kind.js';

export type { Sentence, ArticleClaims } from './types.js';
export { tokenize } from './tokens.js';
export { parseNumber } from './quantities.js';

/** Builds one claim record per sentence: entities, quantities, dates, quotes, attribution, hedges. */
export function extractClaimRecords(doc: NormalizedDocument, sentences: Sentence[], languagePack: LanguagePack = getPack(doc.language)): Claim[] {
  const pack = languagePack.extract;
  const lex = lexicon(pack);

  // Pass 1: full mentions, so bare surnames anywhere in the document (headline included) can be linked.
  const tokenized: Token[][] = sentences.map((s) => tokenize(s.text));
  const found: LocalEntity[][] = sentences.map((s, i) => findEntities(s.text, tokenized[i]!, lex, pack));
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
  const cueWords = cueTable(lex, pack);
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

    const entities = linkSurnames(tokens, found[i]!, known, pack);
    const dates = findDates(s.text, tokens, lex, pack, doc.input.publishedAt);
    const quantities = findQuantities(s.text, tokens, lex, pack, dates);
    // The sentence's cue-word classes, looked up once for attribution, hedges and claim kind.
    const cues = cueBits(tokens, cueWords, cueBuffer);
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
      entities: entities.map((e) => {
        const m: Claim['entities'][number] = { text: e.text, span: map(e.start, e.end), kind: e.kind };
        if (e.given) m.given = e.given;
        if (e.surname) m.surname = e.surname;
        if (e.role) m.role = e.role;
        return m;
      }),
      quantities: quantities.map((q) => {
        const m: Claim['quantities'][number] = { text: q.text, span: map(q.start, q.end), value: q.value, min: q.min, max: q.max, approximate: q.approximate };
        if (q.unit) m.unit = q.unit;
        if (q.measure) m.measure = q.measure;
        if (q.measureKey) m.measureKey = q.measureKey;
        if (q.scale !== undefined) m.scale = q.scale;
        if (q.currency) m.currency = q.currency;
        return m;
      }),
      dates: dates.map((d) => {
        const m: Claim['dates'][number] = { text: d.text, span: map(d.start, d.end), kind: d.kind };
        if (d.value) m.value = d.value;
        if (d.weekday) m.weekday = d.weekday;
        if (d.resolved) m.resolved = d.resolved;
        return m;
      }),
      quotes: quotes.map((q) => {
        const m: Claim['quotes'][number] = { text: q.text, span: map(q.start, q.end), partial: q.partial };
        if (q.speaker) m.speaker = q.speaker;
        return m;
      }),
      attribution,
      hedges: hedges.map((h) => ({ text: h.text, span: map(h.start, h.end) })),
      citations: labels,
    });

    previous = local.kind !== 'none' ? local : undefined;
    const firstPerson = entities.find((e) => e.kind === 'person');
    const speaker = quotes.find((q) => q.speaker)?.speaker ?? (firstPerson ? personName(firstPerson) : undefined);
    if (speaker) previousSpeaker = speaker;
    memory.remember(tokens, entities, s.text);
  }
  return claims;
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
