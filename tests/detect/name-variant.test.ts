import { describe, expect, it } from 'vitest';
import { builtinDetectors } from '../../src/detect/index.js';
import { givenNameVariant, nameVariant } from '../../src/detect/detectors/name-variant.js';
import { packs } from '../../src/lang/index.js';
import { FindingSchema } from '../../src/model/schema.js';
import { article, shuffled } from '../align/fixtures.js';
import { correct, misspelt } from '../align/seedStory.js';
import { run } from './context.js';

describe('name-variant', () => {
  it('is a built-in detector', () => {
    expect(builtinDetectors.map((d) => d.id)).toContain('name-variant');
  });

  // No finding: one spelling throughout, full name and bare surname, a genitive, or different people.
  const valid: [string, Parameters<typeof article>[1], Parameters<typeof article>[1]][] = [
    ['same spelling everywhere', [{ text: 'Sanae Takaichi reiste ab.', entities: ['Sanae Takaichi'] }], [{ text: 'Takaichi reiste ab.', entities: ['Takaichi'] }]],
    ['a genitive s', [{ text: 'Olaf Scholz sprach.', entities: ['Olaf Scholz'] }], [{ text: 'Die Rede des Kanzlers Scholz.', entities: ['Scholz'] }]],
    ['only case differs', [{ text: 'Olaf Scholz sprach.', entities: ['Olaf Scholz'] }], [{ text: 'OLAF SCHOLZ sprach.', entities: ['OLAF SCHOLZ'] }]],
    ['two people with one surname', [{ text: 'Anna Berger sprach.', entities: ['Anna Berger'] }], [{ text: 'Paul Berger sprach.', entities: ['Paul Berger'] }]],
  ];
  it.each(valid)('valid: %s', (_name, a, b) => {
    expect(run(nameVariant, [article('a', a), article('b', b)])).toEqual([]);
  });

  // One finding with this code and severity.
  const invalid: [string, Parameters<typeof article>[1], Parameters<typeof article>[1], string, string, 'de' | 'en'][] = [
    ['a misspelt surname across sources', [{ text: 'Sanae Takaichi reiste ab.', entities: ['Sanae Takaichi'] }], [{ text: 'Sanae Takahichi reiste ab.', entities: ['Sanae Takahichi'] }], 'spelling', 'warning', 'de'],
    ['a source that mixes two spellings', [{ text: 'Olaf Scholz sprach.', entities: ['Olaf Scholz'] }], [{ text: 'Olaf Scholz kam, dann ging Scholze.', entities: ['Olaf Scholz', 'Scholze'] }], 'spelling', 'error', 'de'],
  ];
  it.each(invalid)('invalid: %s', (_name, a, b, code, severity, lang) => {
    const findings = run(nameVariant, [article('a', a, lang), article('b', b, lang)]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ detector: 'name-variant', code, severity });
    expect(FindingSchema.safeParse(findings[0]).success).toBe(true);
  });

  it('reports transliterations between languages as info', () => {
    const findings = run(nameVariant, [
      article('de', [{ text: 'Präsident Wolodymyr Selenskyj sprach.', entities: ['Präsident|Wolodymyr Selenskyj'] }], 'de'),
      article('en', [{ text: 'President Volodymyr Selensky spoke.', entities: ['President|Volodymyr Selensky'] }], 'en'),
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'transliteration', severity: 'info' });
  });

  it('keeps a transliteration apart from a misspelling of the same name', () => {
    const findings = run(nameVariant, [
      article('de1', [{ text: 'Präsident Wolodymyr Selenskyj sprach.', entities: ['Präsident|Wolodymyr Selenskyj'] }], 'de'),
      article('de2', [{ text: 'Wolodymyr Selenskij kam. Selenskyj ging.', entities: ['Wolodymyr Selenskij', 'Selenskyj'] }], 'de'),
      article('en', [{ text: 'President Volodymyr Zelensky spoke.', entities: ['President|Volodymyr Zelensky'] }], 'en'),
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'spelling', severity: 'error', data: { inconsistentArticles: ['de2'] } });
    const forms = findings[0]!.data.forms as { text: string; transliteration?: boolean }[];
    expect(forms.find((f) => f.text === 'Zelensky')?.transliteration).toBe(true);
    expect(forms.find((f) => f.text === 'Selenskij')?.transliteration).toBeUndefined();
    const diffs = findings[0]!.data.diffs as { variant: string }[];
    expect(diffs.map((d) => d.variant)).toEqual(['Selenskij']);
  });

  it('still calls a dropped or added vowel across languages a misspelling', () => {
    const findings = run(nameVariant, [
      article('de', [{ text: 'David Okafor sprach.', entities: ['David Okafor'] }], 'de'),
      article('en', [{ text: 'David Okafour spoke.', entities: ['David Okafour'] }], 'en'),
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'spelling', severity: 'warning' });
  });

  it('does not let roles the packs do not know hide a misspelling', () => {
    const findings = run(nameVariant, [
      article('de', [{ text: 'Stadtrat David Okafor sprach.', entities: ['Stadtrat|David Okafor'] }], 'de'),
      article('en', [{ text: 'Councillor David Okafour spoke.', entities: ['Councillor|David Okafour'] }], 'en'),
    ]);
    expect(findings.map((f) => f.code)).toEqual(['spelling']);
  });

  describe('on the misspelt-name story', () => {
    const findings = run(nameVariant, [correct, misspelt]);
    const f = findings[0]!;

    it('raises one error for the prime minister, naming the inconsistent source', () => {
      expect(findings).toHaveLength(1);
      expect(f.severity).toBe('error');
      expect(f.data.inconsistentArticles).toEqual(['b-misspelt']);
      expect(f.data.canonical).toBe('Sanae Takaichi');
      expect(f.data.canonicalReason).toBe('self-consistent-source');
    });

    it('lists every form with its sources and count', () => {
      expect(f.data.forms).toEqual([
        { text: 'Takahichi', articleIds: ['b-misspelt'], count: 2 },
        { text: 'Takahiti', articleIds: ['b-misspelt'], count: 1 },
        { text: 'Takaichi', articleIds: ['a-correct'], count: 2 },
      ]);
    });

    it('gives every mention as evidence, with spans into the original text', () => {
      expect(f.evidence).toHaveLength(5);
      for (const e of f.evidence) {
        const original = (e.articleId === 'a-correct' ? correct : misspelt).document.original;
        expect(original.slice(e.span.start, e.span.end)).toBe(e.text);
      }
    });

    it('diffs from the canonical spelling to each variant (added = letters only the variant has)', () => {
      const diffs = f.data.diffs as { variant: string; canonical: string; parts: { value: string; added?: boolean; removed?: boolean }[] }[];
      const d = diffs.find((x) => x.variant === 'Takahichi')!;
      expect(d.canonical).toBe('Takaichi');
      expect(d.parts.filter((p) => p.added).map((p) => p.value).join('')).toBe('h');
      expect(d.parts.filter((p) => !p.added).map((p) => p.value).join('')).toBe('Takaichi');
      expect(d.parts.filter((p) => !p.removed).map((p) => p.value).join('')).toBe('Takahichi');
    });

    it.each([
      ['en', /Takahiti.*Sanae Takaichi.*self-consistent-source.*b-misspelt/],
      ['de', /Kanonische Form „Sanae Takaichi“.*b-misspelt/],
    ] as const)('writes a %s message', (locale, pattern) => {
      expect(run(nameVariant, [correct, misspelt], locale)[0]!.message).toMatch(pattern);
    });

    it('does not depend on article order', () => {
      expect(run(nameVariant, shuffled([correct, misspelt], 1))).toEqual(findings);
    });
  });
});

describe('givenNameVariant: which two given-name spellings of one person are worth a finding', () => {
  const namePacks = [packs.de.names, packs.en.names];
  const cases: [string, string, boolean][] = [
    // Spellings: a letter more or less, hyphen, space or nothing between two names, transliteration, swapped letters.
    ['hannah', 'hanna', true],
    ['anna-lena', 'anna lena', true],
    ['karl-heinz', 'karlheinz', true],
    ['krzysztof', 'krysztof', true],
    ['andrij', 'andrii', true],
    ['marie-luise', 'marie luise', true],
    // Not spellings: a middle name present or absent, a short form, an initial, different names.
    ['edwin', 'edwin kiplagat', false],
    ['william', 'bill', false],
    ['j.', 'james', false],
    ['anna', 'paul', false],
    ['ruth', 'mercy', false],
    ['vitali', 'wladimir', false],
  ];
  it.each(cases)('%s / %s → %s', (a, b, expected) => {
    expect(givenNameVariant(a, b, namePacks)).toBe(expected);
    expect(givenNameVariant(b, a, namePacks)).toBe(expected);
  });

  it('reports a given name spelt two ways across sources with the full names as forms', () => {
    const findings = run(nameVariant, [
      article('a', [{ text: 'Johanna Lindqvist sprach.', entities: ['Johanna Lindqvist'] }]),
      article('b', [{ text: 'Johana Lindqvist sprach.', entities: ['Johana Lindqvist'] }]),
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'spelling', severity: 'warning' });
    const forms = (findings[0]!.data.forms as { text: string }[]).map((f) => f.text);
    expect(forms).toEqual(['Johana Lindqvist', 'Johanna Lindqvist']);
  });
});
