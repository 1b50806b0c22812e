import { describe, expect, it } from 'vitest';
import { segmentDocument, segmentSentences } from '../../src/segment/index.js';
import { packs } from '../../src/lang/index.js';
import type { NormalizedDocument } from '../../src/normalize/types.js';
import type { Language } from '../../src/model/schema.js';

// Texts that mix every rule: abbreviations, ordinals, quotes, lists, line breaks, odd spacing.
const texts: Array<[Language, string]> = [
  ['de', '  Die Stadt (Hagen) meldet: „Alles gut.“ Dann kam z. B. der 3. Punkt...\n\n\n• 1. Erst!  \n• 2. Dann?  '],
  ['de', 'Am 9. November 1989 fiel die Mauer. Das war im Jahr 1989. Danach kam am 3. Oktober 1990 die Einheit.'],
  ['en', '\n\n"Stop." He left. Mr. Smith arrived at 5 p.m. in the U.S. . . . Then?! 1) one 2) two\r\nthree'],
  ['en', 'a. First b. Second c. Third\n(i) one.\n(ii) two.'],
  ['en', '...'],
  ['en', '   '],
  ['de', ''],
  ['en', '. . . . . ! ? … "“”„ ( ) [ ]'],
];

// A deterministic stream of punctuation-heavy text, to probe the invariants beyond hand-written cases.
function noise(seed: number, length: number): string {
  const alphabet = ['a', 'B', 'z', ' ', ' ', '.', '.', '!', '?', '…', '„', '“', '"', '(', ')', '\n', '1', '9', 'Dr', 'Mr', 'U.S', 'ä', '•', '@', '/'];
  let x = seed;
  let out = '';
  while (out.length < length) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += alphabet[x % alphabet.length];
  }
  return out;
}
for (let seed = 1; seed <= 40; seed++) texts.push([seed % 2 ? 'de' : 'en', noise(seed, 400)]);

describe('segmentSentences invariants', () => {
  it.each(texts.map((t, i) => [i, ...t] as const))('text #%i (%s): exact spans, trimmed, ordered, full coverage', (_i, language, text) => {
    const sentences = segmentSentences(text, { language });
    const covered = new Uint8Array(text.length);
    let last = 0;
    for (const s of sentences) {
      expect(s.text).toBe(text.slice(s.span.start, s.span.end));
      expect(s.text).toBe(s.text.trim());
      expect(s.text.length).toBeGreaterThan(0);
      expect(s.span.start).toBeGreaterThanOrEqual(last);
      last = s.span.end;
      covered.fill(1, s.span.start, s.span.end);
    }
    for (let i = 0; i < text.length; i++) {
      if (!/\s/u.test(text[i] as string)) expect(covered[i], `character ${i} (${JSON.stringify(text[i])})`).toBe(1);
    }
  });

  it.each([
    ['a blank line', 'Erster Teil ohne Punkt\n\nZweiter Teil ohne Punkt', 2],
    ['a blank line with spaces', 'Erster Teil\n   \t\nZweiter Teil', 2],
    ['Windows line ends', 'Erster Teil.\r\n\r\nZweiter Teil.', 2],
    ['a single line break before a capital', 'Titelzeile\nDer Text beginnt hier.', 2],
    ['a hard wrap with a trailing space', 'Der Text läuft \nhier weiter.', 1],
  ])('ends a sentence at %s', (_name, text, count) => {
    expect(segmentSentences(text, { language: 'de' })).toHaveLength(count);
  });

  it.each([
    ['a number', 42, 'E_INVALID_INPUT'],
    ['null', null, 'E_INVALID_INPUT'],
  ])('rejects %s as text', (_name, value, code) => {
    expect(() => segmentSentences(value as unknown as string, { language: 'de' })).toThrow(expect.objectContaining({ code }));
  });

  it.each([['missing', undefined], ['a string', 'de']])('rejects options that are %s', (_name, options) => {
    expect(() => segmentSentences('Ein Satz.', options as never)).toThrow(expect.objectContaining({ code: 'E_INVALID_OPTIONS' }));
  });

  it.each([['fr'], [''], ['DE']])('rejects the language %j', (language) => {
    expect(() => segmentSentences('Ein Satz.', { language: language as Language })).toThrow(expect.objectContaining({ code: 'E_UNKNOWN_LANGUAGE' }));
  });
});

describe('segmentDocument', () => {
  it('segments title and paragraph blocks with spans into the document text, skipping boilerplate', () => {
    const text = 'Große Pläne für Hagen\n\nMehr lesen\n\nDer Rat tagte am 3. März. Er beschloss z. B. neue Radwege.';
    const doc = {
      id: 'a',
      language: 'de',
      text,
      original: text,
      blocks: [
        { kind: 'title', text: 'Große Pläne für Hagen', start: 0, citations: [] },
        { kind: 'boilerplate', text: 'Mehr lesen', start: 23, citations: [], boilerplate: 'read-more' },
        { kind: 'paragraph', text: 'Der Rat tagte am 3. März. Er beschloss z. B. neue Radwege.', start: 35, citations: [] },
      ],
      toOriginal: (s: { start: number; end: number }) => s,
    } as unknown as NormalizedDocument;
    const sentences = segmentDocument(doc);
    expect(sentences.map((s) => [s.index, s.blockIndex, s.section, s.text])).toEqual([
      [0, 0, 'headline', 'Große Pläne für Hagen'],
      [1, 2, 'body', 'Der Rat tagte am 3. März.'],
      [2, 2, 'body', 'Er beschloss z. B. neue Radwege.'],
    ]);
    for (const s of sentences) expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
  });
});

describe('segmentation packs', () => {
  it.each(Object.values(packs).map((p) => [p.code, p.segment] as const))('%s lists at least 150 abbreviations, lower-case, without final period', (_code, seg) => {
    const all = [...seg.abbreviations, ...seg.endingAbbreviations, ...seg.closingAbbreviations];
    expect(new Set(all).size).toBeGreaterThanOrEqual(150);
    for (const a of [...all, ...seg.numberAbbreviations, ...seg.sentenceStarters, ...seg.months, ...seg.ordinalPreceders]) {
      expect(a, a).toBe(a.toLowerCase());
      expect(a, a).not.toMatch(/\s|\.$/);
    }
  });

  it.each(Object.values(packs).map((p) => [p.code, p.segment] as const))('%s never lists an abbreviation as both final and non-final', (_code, seg) => {
    const strong = new Set(seg.abbreviations);
    expect([...seg.endingAbbreviations, ...seg.closingAbbreviations].filter((a) => strong.has(a))).toEqual([]);
  });
});

// Words longer than every listed abbreviation skip the lookups: a caller's long abbreviation must lengthen that bound.
describe('long abbreviations of a caller pack', () => {
  const doc = (text: string) =>
    ({ id: 'l', language: 'de', text, original: text, blocks: [{ kind: 'paragraph', text, start: 0, citations: [] }], toOriginal: (s: { start: number; end: number }) => s }) as unknown as NormalizedDocument;
  it.each([
    ['a listed long abbreviation keeps its sentence', ['verwaltungsgerichtsbeschl'], ['Laut Verwaltungsgerichtsbeschl. Hagen gilt das.']],
    ['the same word without the list ends it', [], ['Laut Verwaltungsgerichtsbeschl.', 'Hagen gilt das.']],
  ])('%s', (_name, extra, expected) => {
    const pack = { ...packs.de, segment: { ...packs.de.segment, abbreviations: [...packs.de.segment.abbreviations, ...extra] } };
    expect(segmentDocument(doc('Laut Verwaltungsgerichtsbeschl. Hagen gilt das.'), pack).map((s) => s.text)).toEqual(expected);
  });

  it.each([
    ['Ludwig XIV. Er regierte lange.', ['Ludwig XIV.', 'Er regierte lange.']],
    ['Papst Benedikt XVI. wurde gewählt.', ['Papst Benedikt XVI. wurde gewählt.']],
    // Longer than every abbreviation of the pack, so read by the short way.
    ['Kaiser MMMDCCCLXXXVIII. Hagen lag fern.', ['Kaiser MMMDCCCLXXXVIII. Hagen lag fern.']],
  ])('reads a regnal number still: %s', (text, expected) => {
    expect(segmentDocument(doc(text)).map((s) => s.text)).toEqual(expected);
  });
});
