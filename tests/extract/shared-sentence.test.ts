import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/model/schema.js';
import { extractClaims } from '../../src/index.js';
import { getPack } from '../../src/lang/index.js';
import { lexicon } from '../../src/extract/lexicon.js';
import { classifierId, tokenize, WORD_CACHE_LIMIT, type SpellingClassifier } from '../../src/extract/tokens.js';
import { CUE_LAZY_BASE, cueBits, cueBitsFrom, cueTable, cueTestAt, type WordCues } from '../../src/extract/hedges.js';
import { attribute } from '../../src/extract/attribution.js';

// The claim builder tokenizes each sentence once and takes every token's cue classes from what the tokenizer keeps per
// spelling; attribution keeps its helpers from sentence to sentence. These tests hold those shortcuts to the plain path.

const sentences: [Language, string][] = [
  ['de', 'Laut Medienberichten wurde niemand verletzt, sagte die Polizei.'],
  ['de', 'Aus Klinikkreisen hieß es, die Lage sei stabil.'],
  ['de', 'Die Brücke ist marode und die Straße ist eng.'],
  ['en', 'It has been suggested that the plan failed, according to the central bank.'],
  ['en', 'Some economists expect rates to fall; "We are ready," the minister said.'],
  ['en', 'The weather was fine.'],
];

describe('cue classes kept by the tokenizer', () => {
  it.each(sentences)('%s: "%s" gets the classes a lookup per word gives', (language, text) => {
    const pack = getPack(language).extract;
    const table = cueTable(lexicon(pack), pack);
    const records: WordCues[] = [];
    // Twice: once while the spellings are new to the classifier, once answered from the tokenizer's table.
    for (let pass = 0; pass < 2; pass++) {
      const tokens = tokenize(text, table.spelling, records, 3);
      expect(Array.from(cueBitsFrom(records, 3, tokens))).toEqual(Array.from(cueBits(tokens, table)));
    }
  });

  it('sees per-word answers learned after the sentence was tokenized', () => {
    const pack = getPack('de').extract;
    const table = cueTable(lexicon(pack), pack);
    const records: WordCues[] = [];
    const word = 'Qzinstitutwort';
    const tokens = tokenize(word, table.spelling, records, 0);
    const known = 1 << (CUE_LAZY_BASE + 1);
    expect(cueBitsFrom(records, 0, tokens)[0]! & known).toBe(0);
    cueTestAt(table, cueBits(tokens, table), 0, tokens[0]!.lower, 0, () => true);
    expect(cueBitsFrom(records, 0, tokens)[0]! & known).not.toBe(0);
  });

  it('answers each spelling from the classifier that asked, after its table grew and started afresh', () => {
    const calls: string[] = [];
    const make = (tag: number): SpellingClassifier<number> => ({ id: classifierId(), classify: (w) => (calls.push(w), w.length * 10 + tag) });
    const [a, b] = [make(1), make(2)];
    const text = 'Die Kanzlerin traf den US-Präsidenten in Washington.';
    const expected = (tag: number) => tokenize(text).map((t) => t.lower.length * 10 + tag);
    const out: number[] = [];
    for (let round = 0; round < 2; round++) {
      tokenize(text, a, out, 0);
      expect(out.slice(0, 7)).toEqual(expected(1));
      tokenize(text, b, out, 0);
      expect(out.slice(0, 7)).toEqual(expected(2));
      // Enough new words to make the table grow and, past its limit, start afresh.
      for (let k = 0; k < WORD_CACHE_LIMIT / 8; k++) tokenize(`wort${round}x${k} und w${k}`);
    }
    calls.length = 0;
    tokenize(text, a, out, 0);
    tokenize(text, a, out, 0);
    // The second call is answered from the table: the classifier saw each spelling once.
    expect(calls.length).toBe(new Set(tokenize(text).map((t) => t.text)).size);
  });
});

describe('attribution from sentence to sentence', () => {
  it('gives each sentence the answer it gets alone, whatever came before in either language', () => {
    const alone = sentences.map(([language, text]) => extractClaims({ id: 'a', text, language }).claims[0]!.attribution);
    // Interleaved and repeated: nothing of one sentence may stay behind for the next.
    for (let round = 0; round < 2; round++) {
      sentences.forEach(([language, text], i) => {
        const pack = getPack(language).extract;
        const tokens = tokenize(text);
        const local = attribute({ text, tokens, entities: [], quotes: [], dates: [] }, lexicon(pack), pack);
        expect(local.kind === 'none').toBe(alone[i]!.kind === 'none' || alone[i]!.kind === 'citation');
      });
      const again = sentences.map(([language, text]) => extractClaims({ id: 'a', text, language }).claims[0]!.attribution);
      expect(again).toEqual(alone);
    }
  });

  it.each([
    ['de', 'Aus Klinikkreisen hieß es, die Lage sei stabil.', 'anonymous'],
    ['en', 'It has been suggested that the plan failed.', 'agentless'],
    ['en', 'The weather was fine.', 'none'],
  ] as [Language, string, string][])('%s: "%s" reads the same right after a long attributed article', (language, text, kind) => {
    const long = Array.from({ length: 40 }, (_, k) => `Sprecherin Anna Weber${k} sagte, Experten zufolge steige der Preis um ${k} Prozent.`).join(' ');
    extractClaims({ id: 'long', text: long, language: 'de' });
    expect(extractClaims({ id: 'a', text, language }).claims[0]!.attribution.kind).toBe(kind);
  });
});
