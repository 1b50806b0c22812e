import { describe, expect, it } from 'vitest';
import { compare, extractClaims, getPack, packs, segmentSentences } from '../../src/index.js';
import { thrown } from './fixtures.js';
import { extendPack, packsWithWords, wordListNames, type WordsOption } from '../../src/lang/extend.js';


const attributionOf = (text: string, language: 'de' | 'en', words?: WordsOption) =>
  extractClaims({ id: 'a', text, language }, words ? { words } : {}).claims[0]!.attribution.kind;

describe('words: an added vague-group noun makes a sentence unsourced', () => {
  it.each([
    ['de', 'Zugvogelzähler sagen, der Winter werde hart.', { de: { 'extract.vagueSources': ['Zugvogelzähler'] } }],
    ['en', 'Birdwatchers say the winter will be harsh.', { en: { 'extract.vagueSources': ['birdwatchers'] } }],
  ] as const)('%s: %s', (language, text, words) => {
    expect(attributionOf(text, language)).not.toBe('vague-group');
    expect(attributionOf(text, language, words)).toBe('vague-group');
  });

  it('reports the sentence as unsourced in compare', () => {
    const text = 'Zugvogelzähler sagen, der Winter werde hart. Der Bürgermeister Jan Roth eröffnete am Montag die Brücke.';
    const other = 'Bürgermeister Jan Roth hat am Montag die Brücke eröffnet.';
    const articles = [
      { id: 'a', text, language: 'de' as const },
      { id: 'b', text: other, language: 'de' as const },
    ];
    const unsourced = (words?: WordsOption) =>
      compare(articles, words ? { words } : {}).findings.filter((f) => f.detector === 'unsourced-claim' && f.claimIds.includes('a#0'));
    expect(unsourced()).toHaveLength(0);
    expect(unsourced({ de: { 'extract.vagueSources': ['zugvogelzähler'] } })).toHaveLength(1);
  });

  it('only changes the language it is given', () => {
    const words = { de: { 'extract.vagueSources': ['birdwatchers'] } };
    expect(attributionOf('Birdwatchers say the winter will be harsh.', 'en', words)).not.toBe('vague-group');
  });
});

describe('words: an added abbreviation stops a sentence split', () => {
  it.each([
    ['de', 'Der Konvoi wird von Oblt. Berger geführt. Er kam aus Ulm.', { de: { 'segment.abbreviations': ['oblt'] } }],
    ['en', 'The talk was given by Brgdr. Jackson on Monday. It went well.', { en: { 'segment.abbreviations': ['Brgdr.'] } }],
  ] as const)('%s: %s', (language, text, words) => {
    expect(extractClaims({ id: 'a', text, language }).claims).toHaveLength(3);
    const claims = extractClaims({ id: 'a', text, language }, { words }).claims;
    expect(claims).toHaveLength(2);
    expect(claims[0]!.text).toContain('. ');
  });
});

describe('words: an added role word makes a person', () => {
  it.each([
    ['en', 'The deckhand Ekdahl waved.', { en: { 'extract.roles': ['deckhand'] } }, 'Ekdahl'],
    ['de', 'Gestern sprach Deichgräfin Wattfeld im Rat.', { de: { 'extract.roles': ['Deichgräfin'] } }, 'Wattfeld'],
  ] as const)('%s: %s', (language, text, words, name) => {
    const before = extractClaims({ id: 'a', text, language }).claims[0]!.entities;
    expect(before.some((e) => e.kind === 'person' && e.text === name && e.role !== undefined)).toBe(false);
    const after = extractClaims({ id: 'a', text, language }, { words }).claims[0]!.entities;
    expect(after).toContainEqual(expect.objectContaining({ kind: 'person', text: name, role: expect.any(String) }));
  });
});

describe('words: mistakes are named', () => {
  it.each([
    ['an unknown list', { de: { 'extract.vagueSource': ['x'] } }, ['"extract.vagueSource"', 'words.de', 'did you mean "extract.vagueSources"?']],
    ['a list without its stage', { en: { roles: ['x'] } }, ['"roles"', 'did you mean "extract.roles"?']],
    ['a record, not a list', { en: { 'extract.months': ['x'] } }, ['"extract.months"']],
    ['regular expressions', { en: { 'normalize.disclaimerPatterns': ['(a+)+'] } }, ['"normalize.disclaimerPatterns"']],
    ['an unknown language', { fr: { 'extract.roles': ['maire'] } }, ['"fr"']],
    ['an inherited property as language', JSON.parse('{"constructor": {"extract.roles": ["x"]}}'), ['"constructor"']],
    ['an empty word', { en: { 'extract.roles': [' '] } }, ['words.en.extract.roles']],
  ])('rejects %s with E_INVALID_OPTIONS', (_name, words, needles) => {
    for (const call of [
      () => extractClaims({ id: 'a', text: 'Hi there.' }, { words: words as WordsOption }),
      () => compare([{ id: 'a', text: 'Hi there.' }], { words: words as WordsOption }),
    ]) {
      const err = thrown(call);
      expect(err.code).toBe('E_INVALID_OPTIONS');
      for (const n of needles) expect(err.message).toContain(n);
    }
  });

  it('rejects words that are not a string list through the options schema', () => {
    expect(thrown(() => extractClaims({ id: 'a', text: 'Hi.' }, { words: { en: { 'extract.roles': 'mayor' } } as never })).code).toBe(
      'E_INVALID_OPTIONS',
    );
  });
});

describe('extendPack and the pack cache', () => {
  it('lists the string lists of every stage read per call, and nothing else', () => {
    const names = wordListNames();
    expect(names).toEqual(expect.arrayContaining(['stopwords', 'segment.abbreviations', 'extract.roles', 'extract.vagueSources', 'extract.hedges', 'extract.orgKeywords', 'extract.givenNames', 'names.titles']));
    for (const n of names) expect(n).not.toMatch(/^messages\./);
    expect(names).not.toContain('extract.months');
    expect(names).not.toContain('extract.quotePairs');
  });

  it('returns a new pack with the words appended and leaves the built-in pack alone', () => {
    const de = getPack('de');
    const before = de.extract.vagueSources.length;
    const ext = extendPack(de, { 'extract.vagueSources': ['Zugvogelzähler'], 'extract.givenNames': ['Wiebke'] });
    expect(ext).not.toBe(de);
    expect(ext.extract).not.toBe(de.extract);
    expect(ext.segment).toBe(de.segment);
    expect(ext.extract.vagueSources).toContain('zugvogelzähler');
    // Capitalized lists keep the caller's spelling.
    expect(ext.extract.givenNames).toContain('Wiebke');
    expect(de.extract.vagueSources).toHaveLength(before);
    expect(de.extract.vagueSources).not.toContain('zugvogelzähler');
  });

  it('gives the same pack set for the same words, whatever the key order, and the built-ins for none', () => {
    const a = packsWithWords({ de: { 'extract.roles': ['deichgraf'], 'extract.hedges': ['womöglich gar'] } });
    const b = packsWithWords({ de: { 'extract.hedges': ['womöglich gar'], 'extract.roles': ['deichgraf'] } });
    expect(a).toBe(b);
    expect(a.en).toBe(packs.en);
    expect(packsWithWords(undefined)).toBe(packs);
    expect(packsWithWords({ de: {} })).toBe(packs);
    expect(extendPack(packs.de, { 'extract.roles': ['deichgraf'] })).toBe(extendPack(packs.de, { 'extract.roles': ['deichgraf'] }));
  });

  it('keeps segmentSentences and the default extraction as they were', () => {
    const text = 'Der Konvoi wird von Oblt. Berger geführt. Er kam aus Ulm.';
    extractClaims({ id: 'a', text, language: 'de' }, { words: { de: { 'segment.abbreviations': ['oblt'] } } });
    expect(segmentSentences(text, { language: 'de' })).toHaveLength(3);
    expect(extractClaims({ id: 'a', text, language: 'de' }).claims).toHaveLength(3);
  });
});
