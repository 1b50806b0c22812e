import { describe, expect, it } from 'vitest';
import { normalizeArticle, foldForComparison } from '../../src/normalize/index.js';
import { isClaimdiffError } from '../../src/errors.js';
import { offsetProblems } from './helpers.js';

const one = (text: string) => normalizeArticle({ id: 'n', text }, { language: 'de' });

describe('normalization rules', () => {
  it.each([
    ['NFC composes a base letter and its combining mark', 'Cafe\u0301 und Mu\u0308nchen sind da.', 'Café und München sind da.'],
    ['soft hyphens are removed', 'Der Bundes\u00ADtag tagt heute.', 'Der Bundestag tagt heute.'],
    ['zero-width characters are removed', 'Ab\u200Bc d\u200Ce f\u200Dg h\u2060i \uFEFFj ist da.', 'Abc de fg hi j ist da.'],
    ['non-breaking and other Unicode spaces become plain spaces', '12\u00A0000 Menschen,\u202Fdas\u2009sind\u3000viele.', '12 000 Menschen, das sind viele.'],
    ['runs of whitespace and line breaks collapse', '  Viel \t\t Platz\nhier   drin.  ', 'Viel Platz hier drin.'],
    ['German and French quotes stay as they are', 'Er sagte: „Ja“ und ‚nein‘ und «oui» und »ja«.', 'Er sagte: „Ja“ und ‚nein‘ und «oui» und »ja«.'],
    ['English quotes and dashes stay as they are', 'She said “yes” – and ‘no’ — twice.', 'She said “yes” – and ‘no’ — twice.'],
    ['NUL and other control characters are removed', 'Null\u0000 Byte\u0007 hier.', 'Null Byte hier.'],
  ])('%s', (_name, input, expected) => {
    const doc = one(input);
    expect(doc.text).toBe(expected);
    expect(offsetProblems(doc)).toEqual([]);
  });

  it('maps a composed character to the full original range', () => {
    const doc = one('Cafe\u0301 offen.');
    const at = doc.text.indexOf('é');
    expect(doc.toOriginal({ start: at, end: at + 1 })).toEqual({ start: 3, end: 5 });
  });

  it('maps a collapsed run of whitespace to the whole run', () => {
    const doc = one('Eins \n\t zwei.');
    expect(doc.toOriginal({ start: 4, end: 5 })).toEqual({ start: 4, end: 8 });
  });

  it.each([
    [{ start: 0, end: 0 }, { start: 2, end: 2 }],
    [{ start: 2, end: 2 }, { start: 4, end: 4 }],
    [{ start: 5, end: 5 }, { start: 7, end: 7 }],
  ])('maps the empty span %j to the start only', (span, expected) => {
    expect(one('  Hallo.').toOriginal(span)).toEqual(expected);
  });

  it.each([
    [{ start: -1, end: 2 }],
    [{ start: 3, end: 2 }],
    [{ start: 0, end: 99 }],
  ])('rejects the span %j outside the text with E_INVALID_INPUT', (span) => {
    const doc = one('Hallo.');
    try {
      doc.toOriginal(span);
      expect.unreachable();
    } catch (e) {
      expect(isClaimdiffError(e) && e.code).toBe('E_INVALID_INPUT');
    }
  });
});

describe('foldForComparison', () => {
  it.each([
    ['„Ja“', '"Ja"'],
    ['«oui» »ja«', '"oui" "ja"'],
    ['‚nein‘ ’s', "'nein' 's"],
    ['“yes” ‘no’', '"yes" \'no\''],
    ['a – b — c ‐ d − 5', 'a - b - c - d - 5'],
    ['plain "ASCII" text - unchanged', 'plain "ASCII" text - unchanged'],
  ])('%s -> %s', (input, expected) => {
    expect(foldForComparison(input)).toBe(expected);
    expect(foldForComparison(input)).toHaveLength(input.length);
  });
});

describe('language', () => {
  const en = 'The minister said that the talks would continue and that there is no deadline for the agreement.';
  const de = 'Der Minister sagte, dass die Gespräche weitergehen und dass es keine Frist für die Einigung gibt.';
  it.each([
    ['input language wins', { language: 'en' as const }, 'de' as const, de, 'en'],
    ['option language when the input has none', {}, 'en' as const, de, 'en'],
    ['detected German', {}, undefined, de, 'de'],
    ['detected English', {}, undefined, en, 'en'],
  ])('%s', (_n, inputExtra, optionLanguage, text, expected) => {
    const doc = normalizeArticle({ id: 'l', text, ...inputExtra }, optionLanguage ? { language: optionLanguage } : {});
    expect(doc.language).toBe(expected);
  });
});
