import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage, packs } from '../src/index.js';
import type { LanguagePack } from '../src/lang/index.js';

// A new language is a new folder with the same files: this test holds every pack to the same shape.
function shape(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return [`${path}[]`];
  if (value && typeof value === 'object') {
    return Object.keys(value)
      .sort()
      .flatMap((k) => {
        const child = (value as Record<string, unknown>)[k];
        // Keyed word maps (month names, message codes) differ by language; only their presence is shape.
        const isWordMap = child && typeof child === 'object' && !Array.isArray(child) && Object.values(child).every((v) => typeof v !== 'object');
        return isWordMap ? [`${path}.${k}{}`] : shape(child, `${path}.${k}`);
      });
  }
  return [`${path}:${typeof value}`];
}

function emptyLists(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.length === 0 ? [path] : [];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => emptyLists(v, `${path}.${k}`));
  }
  return [];
}

describe('language packs', () => {
  const entries = Object.entries(packs);

  it('has a German and an English pack', () => {
    expect(Object.keys(packs).sort()).toEqual(['de', 'en']);
  });

  it.each(entries)('%s has the same fields as every other pack', (_code, pack) => {
    expect(shape(pack)).toEqual(shape(packs.en));
  });

  it('leaves no word list empty in every pack (a list may be empty where a language lacks the feature)', () => {
    const emptyEverywhere = emptyLists(packs.en).filter((path) => entries.every(([, p]) => emptyLists(p).includes(path)));
    expect(emptyEverywhere).toEqual([]);
  });

  it.each(entries)('%s carries its own code', (code, pack) => {
    expect(pack.code).toBe(code);
  });

  it.each(entries)('%s has a message for every detector code the other packs know', (_code, pack) => {
    for (const other of Object.values(packs)) {
      for (const [detector, codes] of Object.entries(other.messages)) {
        for (const c of Object.keys(codes)) expect(pack.messages[detector]?.[c], `${detector}/${c}`).toBeTypeOf('string');
      }
    }
  });
});

// Detection by the plain rule it is documented by: count, per pack, the lower-cased letter runs of the first
// 20,000 units that the pack lists as stopwords; the most hits win, ties and no hits give the fallback.
function referenceDetect(text: string, fallback: string, from: Readonly<Record<string, LanguagePack>>): string {
  const counts = Object.values(from).map((p) => ({ code: p.code, words: new Set(p.stopwords), hits: 0 }));
  for (const m of text.slice(0, 20000).matchAll(/\p{L}+/gu)) {
    const w = m[0].toLowerCase();
    for (const c of counts) if (c.words.has(w)) c.hits++;
  }
  counts.sort((a, b) => b.hits - a.hits || (a.code < b.code ? -1 : 1));
  if (!counts[0] || counts[0].hits === 0 || counts[1]?.hits === counts[0].hits) return fallback;
  return counts[0].code;
}

describe('detectLanguage', () => {
  it.each([
    ['de', 'Der Rat hat am Dienstag über den Haushalt entschieden, und die Stadt ist nicht zufrieden.'],
    ['en', 'The council said on Tuesday that the budget was not what the city had wanted.'],
    ['de', 'DER RAT HAT ÜBER DEN HAUSHALT ENTSCHIEDEN UND DIE STADT IST DAGEGEN.'],
    ['en', 'THE COUNCIL SAID THAT IT WAS NOT WHAT THE CITY WANTED.'],
    ['en', ''],
    ['en', '12345 — 678'],
  ])('reads %s from "%s"', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('falls back on a tie', () => {
    expect(detectLanguage('der the', 'de')).toBe('de');
    expect(detectLanguage('der the', 'en')).toBe('en');
  });

  it('only reads the first 20,000 characters', () => {
    const english = 'the council and the city '.repeat(800);
    expect(detectLanguage(english.slice(0, 20000) + ' der die das und '.repeat(2000))).toBe('en');
  });

  it('counts the same words as a plain letter-run scan on random text', () => {
    const unit = fc.constantFrom(
      'der', 'Die', 'UND', 'the', 'The', 'AND', 'is', 'ist', ' ', '.', ',', 'ä', 'Ü', 'ß', 'İ', 'Σ', 'a', '1', '\u0301', '😀', '𝐀', '\uD800', '\uDC00', '-', 'x',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), fc.constantFrom('de', 'en'), fc.boolean(), (units, fallback, extended) => {
        const text = units.join('');
        // A caller's pack set may list a word twice, in both packs, or with capitals (which never match).
        const from = extended ? { de: { ...packs.de, stopwords: [...packs.de.stopwords, 'der', 'x', 'ä', 'The'] }, en: { ...packs.en, stopwords: [...packs.en.stopwords, 'x', '😀'] } } : packs;
        expect(detectLanguage(text, fallback as 'de' | 'en', from)).toBe(referenceDetect(text, fallback, from));
      }),
      { numRuns: 1000 },
    );
  });

  // Hits are summed two packs at a time: one pack, an odd count and several pairs must count alike.
  it.each<[string, Record<string, LanguagePack>]>([
    ['one pack', { de: packs.de }],
    ['three packs', { de: packs.de, en: packs.en, xx: { ...packs.en, code: 'xx' as 'en', stopwords: ['der', 'the', 'über', 'ab'] } }],
    [
      'four packs',
      {
        a: { ...packs.en, code: 'a' as 'en', stopwords: ['the'] },
        b: { ...packs.de, code: 'b' as 'de', stopwords: ['und', 'über'] },
        c: { ...packs.en, code: 'c' as 'en', stopwords: ['der', 'and'] },
        d: { ...packs.de, code: 'd' as 'de', stopwords: ['the', 'ist', 'is'] },
      },
    ],
  ])('counts the same words as a plain letter-run scan with %s', (_name, from) => {
    const unit = fc.constantFrom('der', 'Die', 'UND', 'über', 'the', 'The', 'AND', 'is', 'ist', 'ab', ' ', '.', 'ä', 'İ', 'Σ', '😀', 'x');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), fc.constantFrom('de', 'en'), (units, fallback) => {
        const text = units.join('');
        expect(detectLanguage(text, fallback as 'de' | 'en', from)).toBe(referenceDetect(text, fallback, from));
      }),
      { numRuns: 500 },
    );
  });

  it('cuts the sample inside a surrogate pair the same way', () => {
    const text = 'x'.repeat(19999) + '😀 the';
    expect(detectLanguage(text, 'de')).toBe(referenceDetect(text, 'de', packs));
  });
});
