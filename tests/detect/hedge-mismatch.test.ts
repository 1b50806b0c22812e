import { describe, expect, it } from 'vitest';
import { hedgeMismatch } from '../../src/detect/detectors/hedge-mismatch.js';
import { evidenceTexts, findingsOf, type Side } from './mismatch-helpers.js';

const deFiller = 'Die Feuerwehr war mit mehreren Fahrzeugen vor Ort.';
const enFiller = 'Fire crews stayed at the scene for several hours.';

describe('hedge-mismatch through compare()', () => {
  const invalid: [string, Side, Side, string, string][] = [
    [
      'a modal verb against a plain future',
      `The Millbrook bridge may reopen to traffic in October after the repairs. ${enFiller}`,
      `The Millbrook bridge will reopen to traffic in October after the repairs. ${enFiller}`,
      'may',
      'The Millbrook bridge will reopen to traffic in October after the repairs.',
    ],
    [
      'a German hedge against a statement of fact',
      `Die Lindenbrücke in Kressbach könnte nach der Sanierung im Herbst wieder für den Verkehr öffnen. ${deFiller}`,
      `Die Lindenbrücke in Kressbach öffnet nach der Sanierung im Herbst wieder für den Verkehr. ${deFiller}`,
      'könnte',
      'Die Lindenbrücke in Kressbach öffnet nach der Sanierung im Herbst wieder für den Verkehr.',
    ],
    [
      'hearsay against a statement of fact',
      `Der Angeklagte soll die Anleger um 2,4 Millionen Euro betrogen haben. ${deFiller}`,
      `Der Angeklagte hat die Anleger um 2,4 Millionen Euro betrogen. ${deFiller}`,
      'soll',
      'Der Angeklagte hat die Anleger um 2,4 Millionen Euro betrogen.',
    ],
  ];
  it.each(invalid)('flags %s', (_name, a, b, cue, asserted) => {
    const found = findingsOf('hedge-mismatch', [a, b]);
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f).toMatchObject({ code: 'hedged-vs-asserted', severity: 'info', data: { hedgedArticle: 'a', assertingArticles: ['b'] } });
    expect(evidenceTexts(f)).toEqual({ a: [cue], b: [asserted] });
    expect(f.message).toContain(cue);
  });

  const valid: [string, Side[]][] = [
    [
      'both sources hedge',
      [
        `The Millbrook bridge may reopen to traffic in October after the repairs. ${enFiller}`,
        `The Millbrook bridge could reopen to traffic in October after the repairs. ${enFiller}`,
      ],
    ],
    [
      'neither source hedges',
      [
        `The Millbrook bridge will reopen to traffic in October after the repairs. ${enFiller}`,
        `The Millbrook bridge reopens to traffic in October after the repairs. ${enFiller}`,
      ],
    ],
    [
      'a hedged statement about something else',
      [
        `The Millbrook bridge may reopen to traffic in October after the repairs. ${enFiller}`,
        `The new ferry between Millbrook and Eastmere will start running in spring. ${enFiller}`,
      ],
    ],
  ];
  it.each(valid)('does not flag %s', (_name, sides) => {
    expect(findingsOf('hedge-mismatch', sides)).toEqual([]);
  });

  it('is registered as a built-in detector', async () => {
    const { builtinDetectors } = await import('../../src/detect/index.js');
    expect(builtinDetectors).toContain(hedgeMismatch);
  });
});

describe('hedge-mismatch: statements tied by the same figure', () => {
  const invalid: [string, Side[], string, string[]][] = [
    [
      'aligned claims that share little wording but the same sum',
      [
        `Ministerin Jana Wolff soll dem Landkreis eine Soforthilfe über 5 Mio. Euro zugesagt haben. ${deFiller}`,
        `Die Soforthilfe für den Landkreis hat nach Angaben des Ministeriums einen Umfang von fünf Millionen Euro. ${deFiller}`,
      ],
      'soll',
      ['b'],
    ],
    [
      'the same sum of money across languages',
      [
        { text: `Der Bund soll für die neue Rheinbrücke bei Wesel 900 Millionen Euro bereitstellen. ${deFiller}`, language: 'de' },
        { text: `The federal government is providing €900 million for the new Rhine bridge at Wesel. ${enFiller}`, language: 'en' },
      ],
      'soll',
      ['b'],
    ],
    [
      'the same figure of the same measure across languages',
      [
        { text: `Das Jazzfestival in Lindau soll im nächsten Jahr auf drei Wochen verlängert werden. ${deFiller}`, language: 'de' },
        { text: `The Lindau jazz festival will be extended to three weeks next year, its director said. ${enFiller}`, language: 'en' },
      ],
      'soll',
      ['b'],
    ],
  ];
  it.each(invalid)('flags %s', (_name, sides, cue, asserting) => {
    const found = findingsOf('hedge-mismatch', sides);
    expect(found).toHaveLength(1);
    expect(found[0]!.data).toMatchObject({ hedgedArticle: 'a', assertingArticles: asserting });
    expect(evidenceTexts(found[0]!).a).toEqual([cue]);
  });

  const valid: [string, Side[]][] = [
    [
      'two different statements that share only the names',
      [
        `Das Vermögen von Konrad Brehm ist weitgehend aufgebraucht, erklärte sein Anwalt Tobias Keller nach der Verhandlung. ${deFiller}`,
        `Konrad Brehms Anwalt Tobias Keller kündigte nach der Verhandlung an, Revision einzulegen. ${deFiller}`,
      ],
    ],
    [
      'the same sum for something else in a hedged sentence',
      [
        `Der Bäcker in der Lindenstraße soll 40 Euro Strafe gezahlt haben. ${deFiller}`,
        `Die Stadt nahm im Sommer an Parkgebühren 40 Euro pro Stellplatz ein, teilte das Ordnungsamt mit. ${deFiller}`,
      ],
    ],
  ];
  it.each(valid)('does not flag %s', (_name, sides) => {
    expect(findingsOf('hedge-mismatch', sides)).toEqual([]);
  });
});
