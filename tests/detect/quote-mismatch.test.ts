import { describe, expect, it } from 'vitest';
import { quoteMismatch } from '../../src/detect/detectors/quote-mismatch.js';
import { evidenceTexts, findingsOf, type Side } from './mismatch-helpers.js';

const deFiller = 'Die Feuerwehr war mit mehreren Fahrzeugen vor Ort.';
const enFiller = 'Fire crews stayed at the scene for several hours.';

describe('quote-mismatch through compare()', () => {
  const invalid: [string, Side, Side, string, string, string][] = [
    [
      'the same speaker, other words',
      `Bürgermeisterin Anna Berger sagte: „Wir werden die Brücke bis Oktober vollständig sanieren.“ ${deFiller}`,
      `Bürgermeisterin Anna Berger sagte: „Wir werden die Brücke bis November vollständig erneuern.“ ${deFiller}`,
      'different-words',
      'Wir werden die Brücke bis Oktober vollständig sanieren.',
      'Wir werden die Brücke bis November vollständig erneuern.',
    ],
    [
      'the same speaker by surname only',
      `"We showed real character tonight, and the fans carried us," coach Maarten Oosterveld said. ${enFiller}`,
      `"We showed character, and the supporters carried us all night," Oosterveld said after the match. ${enFiller}`,
      'different-words',
      'We showed real character tonight, and the fans carried us,',
      'We showed character, and the supporters carried us all night,',
    ],
    [
      'the same words, another speaker',
      `"The wind off the lake was brutal in the last ten kilometres," said the coach, Patrick Kemboi. ${enFiller}`,
      `"The wind off the lake was brutal in the last ten kilometres," the winner, Daniel Rotich, said. ${enFiller}`,
      'different-speaker',
      'The wind off the lake was brutal in the last ten kilometres,',
      'The wind off the lake was brutal in the last ten kilometres,',
    ],
  ];
  it.each(invalid)('flags %s', (_name, a, b, code, ta, tb) => {
    const found = findingsOf('quote-mismatch', [a, b]);
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f).toMatchObject({ code, severity: 'warning' });
    expect(evidenceTexts(f)).toEqual({ a: [ta], b: [tb] });
    if (code === 'different-words') {
      const diffs = f.data.diffs as { parts: { value: string; added?: boolean; removed?: boolean }[] }[];
      expect(diffs).toHaveLength(1);
      expect(diffs[0]!.parts.some((p) => p.added)).toBe(true);
      expect(diffs[0]!.parts.some((p) => p.removed)).toBe(true);
    } else {
      expect(new Set(f.data.speakers as string[]).size).toBe(2);
    }
  });

  const valid: [string, Side[]][] = [
    [
      'the same quote word for word',
      [
        `Bürgermeisterin Anna Berger sagte: „Wir werden die Brücke bis Oktober sanieren.“ ${deFiller}`,
        `„Wir werden die Brücke bis Oktober sanieren“, sagte Bürgermeisterin Anna Berger. ${deFiller}`,
      ],
    ],
    [
      'a partial quote contained in the full one',
      [
        `Bürgermeisterin Anna Berger sagte: „Wir werden die Brücke bis Oktober vollständig sanieren.“ ${deFiller}`,
        `Berger kündigte an, man werde die Brücke „bis Oktober vollständig sanieren“. ${deFiller}`,
      ],
    ],
    [
      'a translated quote',
      [
        { text: `Bürgermeisterin Anna Berger sagte: „Wir werden die Brücke bis Oktober sanieren.“ ${deFiller}`, language: 'de' },
        { text: `Mayor Anna Berger said: "We will repair the bridge by October." ${enFiller}`, language: 'en' },
      ],
    ],
    [
      'two different statements by one speaker',
      [
        `Bürgermeisterin Anna Berger sagte: „Die Sanierung der Brücke hat Vorrang.“ ${deFiller}`,
        `Bürgermeisterin Anna Berger sagte: „Über die Kosten reden wir im Herbst.“ ${deFiller}`,
      ],
    ],
    [
      'different words by different speakers',
      [
        `"We are proud of this team," said coach Maarten Oosterveld. ${enFiller}`,
        `"The referee had a difficult evening," said captain Jonas de Wit. ${enFiller}`,
      ],
    ],
    [
      'a quote without a speaker',
      [
        `Auf Plakaten stand: „Die Brücke muss bleiben.“ ${deFiller}`,
        `Auf Transparenten stand: „Die alte Brücke muss bleiben.“ ${deFiller}`,
      ],
    ],
  ];
  it.each(valid)('does not flag %s', (_name, sides) => {
    expect(findingsOf('quote-mismatch', sides)).toEqual([]);
  });

  it('reports one finding when three sources quote one statement two ways', () => {
    const q = (w: string) => `Bürgermeisterin Anna Berger sagte: „Wir werden die Brücke bis ${w} vollständig sanieren.“ ${deFiller}`;
    const found = findingsOf('quote-mismatch', [q('Oktober'), q('Oktober'), q('November')]);
    expect(found).toHaveLength(1);
    expect(Object.keys(evidenceTexts(found[0]!)).sort()).toEqual(['a', 'b', 'c']);
  });

  it('keeps "12.000" one word in the diff', () => {
    const q = (n: string) => `Veranstalter Paul Kruse sagte: „Wir haben ${n} Karten für das Konzert verkauft.“ ${deFiller}`;
    const f = findingsOf('quote-mismatch', [q('12.000'), q('12.500')])[0]!;
    const parts = (f.data.diffs as { parts: { value: string; added?: boolean; removed?: boolean }[] }[])[0]!.parts;
    expect(parts.filter((p) => p.removed).map((p) => p.value.trim())).toEqual(['12.000']);
    expect(parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['12.500']);
  });

  it('is registered as a built-in detector', async () => {
    const { builtinDetectors } = await import('../../src/detect/index.js');
    expect(builtinDetectors).toContain(quoteMismatch);
  });
});

describe('quote-mismatch: a speaker named by a role after the quote', () => {
  it('resolves "sagte die Juristin" to the judge named before and compares her quotes', () => {
    const a = 'Richterin Eva Brandt verlas am Dienstag das Urteil gegen den Anlageberater. „Sie haben das Vertrauen Ihrer Kunden schamlos ausgenutzt“, sagte die Juristin.';
    const b = 'Richterin Eva Brandt fand deutliche Worte für den Anlageberater. „Sie haben das Vertrauen Ihrer Kunden skrupellos missbraucht“, sagte sie.';
    const found = findingsOf('quote-mismatch', [a, b], 'de');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'different-words' });
    expect(Object.keys(evidenceTexts(found[0]!)).sort()).toEqual(['a', 'b']);
  });
});

describe('quote-mismatch: speakers who share a surname', () => {
  it('does not compare the quotes of two people with one surname and different given names', () => {
    const a = `Transport Secretary Mhairi Campbell said: "The ferries will run on time from next spring." ${enFiller}`;
    const b = `Conservative spokesman Douglas Campbell said: "The ferries will not run on time from next spring." ${enFiller}`;
    expect(findingsOf('quote-mismatch', [a, b])).toEqual([]);
  });
});
