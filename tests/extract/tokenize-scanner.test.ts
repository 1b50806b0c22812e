import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/tokens.js';

// tokenize scans by hand (a table for ASCII, the Unicode classes for the rest, a hash table of known spellings).
// These tests hold it to the plain definition it replaces: the words of the pattern below, with their offsets,
// lower-case form, leading capital and acronym flag.
const WORD = /[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*/gu;
const reference = (text: string) =>
  [...text.matchAll(WORD)].map((m) => {
    const t = m[0];
    return {
      text: t,
      lower: t.toLowerCase(),
      start: m.index,
      end: m.index + t.length,
      cap: /^\p{Lu}/u.test(t),
      acronym: t.length >= 2 && t.length <= 8 && !t.includes('-') && /^[\p{Lu}\d]*\p{Lu}[\p{Lu}\d]*$/u.test(t) && /\p{Lu}.*\p{Lu}/u.test(t),
    };
  });

describe('tokenize reads words as the word pattern does', () => {
  it.each([
    ['Covid-19 traf O’Brien und d’Alembert.', ['Covid-19', 'traf', 'O’Brien', 'und', 'd’Alembert']],
    ['Nord- und Südkorea', ['Nord', 'und', 'Südkorea']],
    ['Hans’ Auto, Anna\'s Rad', ['Hans', 'Auto', "Anna's", 'Rad']],
    ['a--b a-‐b a‐b', ['a', 'b', 'a', 'b', 'a‐b']],
    ['-Start Ende-', ['Start', 'Ende']],
    ['Mathe 𝐀𝐁-𝐂 und 😀Emoji😀', ['Mathe', '𝐀𝐁-𝐂', 'und', 'Emoji']],
    ['Café\u0301 naïve', ['Café', 'naïve']],
    ['Preis: ٣٤ Dinar, 5² m, ﬁnal', ['Preis', '٣٤', 'Dinar', '5²', 'm', 'ﬁnal']],
    ['lone \uD835 high, lone \uDC00 low', ['lone', 'high', 'lone', 'low']],
    ['Ende mit Bindestrich-', ['Ende', 'mit', 'Bindestrich']],
    ['', []],
    ['… — „“ 42', ['42']],
  ])('%s', (sentence, words) => {
    const tokens = tokenize(sentence);
    expect(tokens.map((t) => t.text)).toEqual(words);
    expect(tokens).toEqual(reference(sentence));
  });

  it('agrees with the pattern on any mix of letters, digits, joiners, marks and surrogates', () => {
    const unit = fc.constantFrom('a', 'Z', 'ß', 'Ä', 'é', '1', '٣', '²', "'", '’', '-', '‐', ' ', '.', '\u0301', '𝐀', '😀', '\uD835', '\uDC00', 'İ', 'ǅ', 'Σ', '中', '_');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 24 }), (units) => {
        const text = units.join('');
        expect(tokenize(text)).toEqual(reference(text));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('reads words right whose hashes crowd one stretch of its table (they overflow the bounded probe)', () => {
    // The scanner's hash, to find words that share the low 17 bits and so the same slot at every table size.
    const hash = (w: string) => {
      let h = 0x811c9dc5;
      for (let k = 0; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), 0x01000193);
      return h ^ (h >>> 15);
    };
    const words: string[] = [];
    for (let k = 0; words.length < 48; k++) if ((hash(`w${k.toString(36)}`) & 0x1ffff) === 0) words.push(`w${k.toString(36)}`);
    const sentence = `${words.join(' ')} ${words.map((w) => w.toUpperCase()).join(' ')}`;
    for (let pass = 0; pass < 2; pass++) expect(tokenize(sentence)).toEqual(reference(sentence));
  });

  it('still reads the first words right after thousands of new ones made its table grow', () => {
    const first = 'Die Kanzlerin traf den US-Präsidenten in Washington.';
    const before = tokenize(first);
    for (let k = 0; k < 6000; k++) tokenize(`Wort${k} und w${k}-x${k}`);
    expect(tokenize(first)).toEqual(before);
    expect(tokenize(first)).toEqual(reference(first));
  });
});
