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
