import { describe, expect, it } from 'vitest';
import { hasNounTail } from '../../src/extract/compounds.js';
import { findEntities, linkSurnames, type KnownPerson } from '../../src/extract/entities.js';
import { lexicon } from '../../src/extract/lexicon.js';
import { memo, screenedMatcher, tokenize, WORD_CACHE_LIMIT } from '../../src/extract/tokens.js';
import { getPack } from '../../src/lang/index.js';

// The extractors keep per-word answers, per-set indexes and per-sentence screens so each is computed once. These
// tests pin down that the shortcuts answer exactly what the plain definitions say, including the edges the shortcuts
// treat specially (short nouns, full caches, lists that join a pack after sentences were screened).

describe('hasNounTail on nouns shorter than the end filter', () => {
  const nouns = new Set(['ag', 'x', 'bank', 'chef', 'rat']);
  it.each([
    ['ag', { compounds: false }, true],
    ['ag', { compounds: true }, true],
    ['bankag', { compounds: true }, false],
    ['bankag', { compounds: true, minTail: 2 }, true],
    ['zentralbank', { compounds: true }, true],
    ['zentralbanken', { compounds: true, endings: ['', 'en'] }, true],
    ['regierungschefinnen', { compounds: true, endings: ['', 'in', 'innen'] }, true],
    ['bankett', { compounds: true }, false],
    ['stadtrat', { compounds: true }, false],
    ['stadtrat', { compounds: true, minTail: 3 }, true],
    ['stadtrates', { compounds: true, minTail: 3, endings: ['', 'es'] }, true],
    ['ax', { compounds: true, minTail: 1, minHead: 1 }, true],
    ['ax', { compounds: true, minTail: 1, minHead: 2 }, false],
    ['b', { compounds: true, minTail: 1 }, false],
  ] as const)('%s with %j → %s', (word, options, expected) => {
    expect(hasNounTail(word, nouns, options)).toBe(expected);
  });
});

describe('tokenize with shared spellings', () => {
  it.each([
    ['Die EU und O’Brien-Smith trafen sich.', ['Die', 'EU', 'und', 'O’Brien-Smith', 'trafen', 'sich']],
    ['Ärzte in Köln: 3,5 Mio.', ['Ärzte', 'in', 'Köln', '3', '5', 'Mio']],
    ['Der Wert 𝐀𝐁 steht - hier', ['Der', 'Wert', '𝐀𝐁', 'steht', 'hier']],
  ])('%s', (sentence, words) => {
    const tokens = tokenize(sentence);
    expect(tokens.map((t) => t.text)).toEqual(words);
    for (const t of tokens) expect(sentence.slice(t.start, t.end)).toBe(t.text);
  });

  it('gives a repeated word the same reading with its own offsets', () => {
    const [a, b] = [tokenize('NATO tagt.'), tokenize('Heute tagt die NATO.')];
    expect(a[0]).toMatchObject({ text: 'NATO', lower: 'nato', cap: true, acronym: true, start: 0, end: 4 });
    expect(b[3]).toMatchObject({ text: 'NATO', lower: 'nato', cap: true, acronym: true, start: 15, end: 19 });
  });

  it('reads words correctly after more distinct words than its cache holds', () => {
    for (let k = 0; k <= WORD_CACHE_LIMIT + 10; k++) tokenize(`w${k}x`);
    expect(tokenize('Die USA und Müller')).toEqual([
      { text: 'Die', lower: 'die', start: 0, end: 3, cap: true, acronym: false },
      { text: 'USA', lower: 'usa', start: 4, end: 7, cap: true, acronym: true },
      { text: 'und', lower: 'und', start: 8, end: 11, cap: false, acronym: false },
      { text: 'Müller', lower: 'müller', start: 12, end: 18, cap: true, acronym: false },
    ]);
  });
});

describe('screens built before a phrase list joins the pack', () => {
  it.each([
    ['en', 'The Zorbex accord was signed in Geneva.', 'zorbex accord'],
    ['de', 'Das Zorbex-Abkommen wurde in Genf unterzeichnet.', 'zorbex-abkommen'],
  ] as const)('%s: %s', (language, sentence, phrase) => {
    // A copy of the built-in pack gets its own lexicon, word profiles and screens.
    const pack = { ...getPack(language).extract };
    const lex = lexicon(pack);
    const before = tokenize(sentence);
    findEntities(sentence, before, lex, pack);
    const joined = screenedMatcher(pack, [phrase]);
    // The sentence screened before the list joined, and a new one whose words were all profiled before.
    const again = tokenize(sentence);
    findEntities(sentence, again, lex, pack);
    for (const tokens of [before, again]) expect(joined.all(tokens).map((h) => h.phrase)).toEqual([phrase]);
  });
});

describe('linkSurnames with surnames of several words', () => {
  const long = `Cruz${'a'.repeat(60)}`;
  it.each([
    ['Gestern sprach de la Cruz in Madrid.', 'de la Cruz', 'de la Cruz'],
    ['Gestern sprach De la Cruz in Madrid.', 'de la Cruz', 'De la Cruz'],
    [`Gestern sprach de la ${long} in Madrid.`, `de la ${long}`, `de la ${long}`],
    ['Gestern sprach de la Fuente in Madrid.', 'de la Cruz', undefined],
  ])('%s', (sentence, surname, expected) => {
    const pack = getPack('de').extract;
    const known = new Map<string, KnownPerson>([[surname, { given: 'Marisol' }]]);
    const people = linkSurnames(tokenize(sentence), [], known, pack).filter((e) => e.kind === 'person');
    expect(people.map((e) => e.text)).toEqual(expected === undefined ? [] : [expected]);
    if (expected !== undefined) expect(people[0]!.given).toBe('Marisol');
  });
});

describe('memo', () => {
  it('keeps the tables of each owner apart when owners alternate', () => {
    const [a, b] = [{}, {}];
    expect([memo(a, 'k', () => 'a'), memo(b, 'k', () => 'b'), memo(a, 'k', () => 'x'), memo(b, 'k', () => 'y')]).toEqual(['a', 'b', 'a', 'b']);
    expect(lexicon(getPack('de').extract)).not.toBe(lexicon(getPack('en').extract));
    expect(lexicon(getPack('de').extract)).toBe(lexicon(getPack('de').extract));
  });

  it.each([undefined, null, 0, ''])('builds a table once even when it is %j', (value) => {
    const owner = {};
    let builds = 0;
    memo(owner, 'v', () => (builds++, value));
    expect(memo(owner, 'v', () => (builds++, value))).toBe(value);
    expect(builds).toBe(1);
  });
});
