import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/model/schema.js';
import { extractClaims } from '../../src/index.js';
import { getPack } from '../../src/lang/index.js';
import { lexicon } from '../../src/extract/lexicon.js';
import { tokenize } from '../../src/extract/tokens.js';
import { findDates } from '../../src/extract/dates.js';
import { findQuantities } from '../../src/extract/quantities.js';

// The date and quantity extractors skip patterns and token loops for sentences that hold none of their words, and
// share one screen per sentence. These cases sit where a screen could wrongly close: names inside compound words,
// capitals, words that are property names of every JavaScript object, long sentences, sentences read out of order.

const claim = (language: Language, text: string) => extractClaims({ id: 'a', text, language, publishedAt: '2025-10-28' }).claims[0]!;
const dates = (language: Language, text: string) => claim(language, text).dates.map((d) => [d.text, d.kind, d.value ?? null]);
const quantities = (language: Language, text: string) => claim(language, text).quantities.map((q) => [q.text, q.value, q.measure ?? null]);

describe('screened date patterns still see names inside compound words and capitals', () => {
  it.each<[Language, string, (string | null)[][]]>([
    ['de', 'Die Arbeiten dauern bis Mai-Ende.', [['Mai', 'month', '--05']]],
    ['de', 'Das Fest ist Ende-Mai geplant.', [['Mai', 'month', '--05']]],
    ['en', 'The report came out in 5May.', [['May', 'month', '--05']]],
    ['de', 'IM MÄRZ 2024 WURDE GEWÄHLT.', [['MÄRZ 2024', 'month', '2024-03']]],
    ['en', 'He left on MAY 3, 2024.', [['MAY 3, 2024', 'date', '2024-05-03']]],
    ['de', 'Die Sitzung beginnt um 15Uhr.', [['15Uhr', 'time', 'T15:00']]],
    ['de', 'Es kamen viele Leute um vier Uhr.', [['vier Uhr', 'time', 'T04:00']]],
    ['en', 'The plant closed 3 years ago.', [['3 years ago', 'relative', 'P3Y']]],
    ['de', 'Die Firma schloss vor einem Jahr.', [['vor einem Jahr', 'relative', 'P1Y']]],
    ['en', 'Nothing was dated in this sentence at all.', []],
  ])('%s: %s', (language, text, expected) => {
    expect(dates(language, text)).toEqual(expected);
  });
});

describe('words named like object properties are plain words', () => {
  // "constructor" is a key of every object: a lookup in a plain record once found a function there and broke extraction.
  it.each<[Language, string, (string | number | null)[][]]>([
    ['en', 'The constructor said so.', []],
    ['en', 'There were 5 constructor firms.', [['5', 5, 'firms']]],
    ['en', 'It happened 3 constructor ago.', [['3', 3, 'constructor']]],
    ['en', 'Last Constructor met.', []],
    ['en', 'Between constructor 5-7 people came.', [['5-7', 6, 'people']]],
    ['de', 'Der constructor kam vor drei constructor.', [['drei', 3, null]]],
  ])('%s: %s', (language, text, expected) => {
    expect(quantities(language, text)).toEqual(expected);
    expect(claim(language, text).dates).toEqual([]);
  });
});

describe('quantities read the same whatever was read before', () => {
  const pack = getPack('en').extract;
  const lex = lexicon(pack);
  const a = 'Some 200 people and twenty-one cars were counted.';
  const b = 'Only three hundred and five homes had power on 3 May.';
  const read = (text: string, tokens = tokenize(text)) => findQuantities(text, tokens, lex, pack, findDates(text, tokens, lex, pack)).map((q) => q.text);

  it.each([
    ['a alone', () => read(a), ['Some 200', 'twenty-one']],
    ['b alone', () => read(b), ['three hundred and five']],
    [
      'a after the dates of b',
      () => {
        findDates(b, tokenize(b), lex, pack);
        const tokens = tokenize(a);
        return findQuantities(a, tokens, lex, pack, []).map((q) => q.text);
      },
      ['Some 200', 'twenty-one'],
    ],
    [
      'b with tokens screened for a',
      () => {
        const tokensA = tokenize(a);
        findDates(a, tokensA, lex, pack);
        const tokensB = tokenize(b);
        return findQuantities(b, tokensB, lex, pack, findDates(b, tokensB, lex, pack)).map((q) => q.text);
      },
      ['three hundred and five'],
    ],
  ])('%s', (_name, run, expected) => {
    expect(run()).toEqual(expected);
  });

  it('reads a sentence longer than the shared marks, then a short one', () => {
    const long = `${'word '.repeat(5000)}about 40 percent of 12 towns`;
    expect(read(long)).toEqual(['about 40 percent', '12']);
    expect(read(a)).toEqual(['Some 200', 'twenty-one']);
  });

  it('reads dates and counts in a sentence of more tokens than the shared screen holds', () => {
    const long = `${'word '.repeat(5000)}two days ago about 40 people and three hundred cars came`;
    const tokens = tokenize(long);
    expect(findDates(long, tokens, lex, pack).map((d) => d.text)).toEqual(['two days ago']);
    expect(read(long)).toEqual(['about 40', 'three hundred']);
    expect(read(b)).toEqual(['three hundred and five']);
  });
});

describe('numbers glued to what stands before them, read by character code or by pattern', () => {
  // ASCII neighbours are read by code, others ("§", "Ω", "é", a no-break space) by the patterns: both must agree.
  it.each<[Language, string, string[]]>([
    ['de', 'Laut § 5 gilt das für 20 Firmen.', ['20']],
    ['de', 'Das steht in Nr. 12 der Liste mit 30 Punkten.', ['30']],
    ['en', 'The Ωmega7 device sold 20 units.', ['20']],
    ['en', 'Call +49 30 1234567 for 3 tickets.', ['3']],
    ['de', 'Es kamen 12345678 Anfragen, 007 Agenten und 1/2 Stunde.', []],
    ['de', 'Am 3.\u00a04 kamen ÄÖ5 und é-7 sowie 8 Leute.', ['4', '8']],
    ['en', 'Flight 370 carried 239 people.', ['239']],
  ])('%s: %s', (language, text, expected) => {
    expect(claim(language, text).quantities.map((q) => q.text)).toEqual(expected);
  });
});
