import { describe, expect, it } from 'vitest';
import { numericMismatch } from '../../src/detect/detectors/numeric-mismatch.js';
import { quantitiesAgree, sameMagnitude, sameMeasure, sameReferent, statedStep } from '../../src/detect/compare-values.js';
import { article } from '../align/fixtures.js';
import { run } from './context.js';
import { getPack } from '../../src/lang/index.js';
import type { Claim, Quantity } from '../../src/model/schema.js';
import { evidenceTexts, findingsOf, type Side } from './mismatch-helpers.js';

const deFiller = 'Die Feuerwehr war mit mehreren Fahrzeugen vor Ort.';
const enFiller = 'Fire crews stayed at the scene for several hours.';

describe('numeric-mismatch through compare()', () => {
  const invalid: [string, Side, Side, string, string][] = [
    [
      'a length in kilometres',
      `Nach dem Unfall sperrte die Polizei die Autobahn 7 auf einer Länge von 30 Kilometern. ${deFiller}`,
      `Nach dem Unfall sperrte die Polizei die Autobahn 7 auf einer Länge von 40 Kilometern. ${deFiller}`,
      '30 Kilometern',
      '40 Kilometern',
    ],
    [
      'an amount of money',
      `The city council approved $850 million for the new harbour bridge on Tuesday. ${enFiller}`,
      `The city council approved $580 million for the new harbour bridge on Tuesday. ${enFiller}`,
      '$850 million',
      '$580 million',
    ],
    [
      'a percentage with a decimal comma',
      `Die Wahlbeteiligung bei der Stichwahl in Lüneburg lag bei 41,7 Prozent. ${deFiller}`,
      `Die Wahlbeteiligung bei der Stichwahl in Lüneburg lag bei 42,1 Prozent. ${deFiller}`,
      '41,7 Prozent',
      '42,1 Prozent',
    ],
    [
      'a count of people',
      `Bei dem Brand in der Lagerhalle wurden zwölf Menschen verletzt. ${deFiller}`,
      `Bei dem Brand in der Lagerhalle wurden 14 Menschen verletzt. ${deFiller}`,
      'zwölf',
      '14',
    ],
  ];
  it.each(invalid)('flags %s', (_name, a, b, ta, tb) => {
    const found = findingsOf('numeric-mismatch', [a, b]);
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f).toMatchObject({ code: 'different-value', severity: 'warning' });
    const ev = evidenceTexts(f);
    expect(ev.a?.join(' ')).toContain(ta);
    expect(ev.b?.join(' ')).toContain(tb);
    const values = f.data.values as { articleId: string; value: number }[];
    expect(new Set(values.map((v) => v.articleId))).toEqual(new Set(['a', 'b']));
    expect(f.message).toContain(ta);
    expect(f.message).toContain(tb);
  });

  const valid: [string, Side[]][] = [
    [
      'the same amount in words, abbreviated and rounded',
      [
        `Der Schaden an der Brücke beträgt nach Angaben der Stadt sechs Millionen Euro. ${deFiller}`,
        `Der Schaden an der Brücke beträgt nach Angaben der Stadt 6 Mio. Euro. ${deFiller}`,
        `Der Schaden an der Brücke beträgt nach Angaben der Stadt rund 6 Millionen Euro. ${deFiller}`,
      ],
    ],
    [
      'a decimal comma and a decimal point across languages',
      [
        { text: `Die Inflation in der Eurozone stieg im März auf 7,2 Prozent. ${deFiller}`, language: 'de' },
        { text: `Inflation in the euro area rose to 7.2 percent in March. ${enFiller}`, language: 'en' },
      ],
    ],
    [
      'billions written both ways',
      [
        { text: `Der Bund stellt für den Ausbau der Bahnstrecke 2,5 Milliarden Euro bereit. ${deFiller}`, language: 'de' },
        { text: `The federal government is providing 2.5 billion euros for the rail line upgrade. ${enFiller}`, language: 'en' },
      ],
    ],
    [
      'a rounded figure and the precise one',
      [
        `Das Museum zählte im vergangenen Jahr etwa 60 Prozent mehr Besucher. ${deFiller}`,
        `Das Museum zählte im vergangenen Jahr 62 Prozent mehr Besucher. ${deFiller}`,
      ],
    ],
    [
      'a stated figure rounded to the million',
      [
        `Die Sanierung des Hallenbads kostet 6 Millionen Euro. ${deFiller}`,
        `Die Sanierung des Hallenbads kostet 6,2 Millionen Euro. ${deFiller}`,
      ],
    ],
    [
      'different units of one event',
      [
        `Der Stau auf der Autobahn war am Morgen 30 Kilometer lang. ${deFiller}`,
        `Der Stau auf der Autobahn dauerte am Morgen 40 Minuten. ${deFiller}`,
      ],
    ],
    [
      'shares of different things',
      [
        `Der Anteil der Windkraft in Bayern stieg im vergangenen Jahr auf 20 Prozent des Stromverbrauchs. ${deFiller}`,
        `Der Anteil der Windkraft in Bayern stieg im vergangenen Jahr auf 30 Prozent der Stromerzeugung. ${deFiller}`,
      ],
    ],
    [
      'a part beside the whole',
      [
        `Bei dem Unfall wurden sieben Menschen verletzt, zwei davon schwer. ${deFiller}`,
        `Bei dem Unfall wurden sieben Menschen verletzt. ${deFiller}`,
      ],
    ],
    [
      'a total and an amount per household',
      [
        `The region approved €12.5 million in flood aid for households in Faenza. ${enFiller}`,
        `The region approved flood aid of up to €5,000 for each household in Faenza. ${enFiller}`,
      ],
    ],
    [
      'the same figures in other words',
      [
        `Three of the nine board members voted against the merger on Friday. ${enFiller}`,
        `One of the three board members who voted against the merger on Friday spoke to reporters. ${enFiller}`,
      ],
    ],
  ];
  it.each(valid)('does not flag %s', (_name, sides) => {
    expect(findingsOf('numeric-mismatch', sides)).toEqual([]);
  });

  it('reports three sources giving two values as one finding with every source', () => {
    const s = (n: string) => `Die Gewerkschaft fordert für die Beschäftigten ${n} Euro mehr im Monat. ${deFiller}`;
    const found = findingsOf('numeric-mismatch', [s('750'), s('750'), s('705')]);
    expect(found).toHaveLength(1);
    expect(Object.keys(evidenceTexts(found[0]!)).sort()).toEqual(['a', 'b', 'c']);
  });

  it('writes the message in German when asked', () => {
    const found = findingsOf('numeric-mismatch', invalid[0]!.slice(1, 3) as Side[], 'de');
    expect(found[0]!.message).toMatch(/^Die Quellen nennen/);
  });

  it('stays silent with a single article', () => {
    expect(findingsOf('numeric-mismatch', [invalid[0]![1]])).toEqual([]);
  });

  it('is registered as a built-in detector', async () => {
    const { builtinDetectors } = await import('../../src/detect/index.js');
    expect(builtinDetectors).toContain(numericMismatch);
  });
});

const q = (text: string, value: number, extra: Partial<Quantity> = {}): Quantity => ({
  text,
  span: { start: 0, end: text.length },
  value,
  min: extra.min ?? value,
  max: extra.max ?? value,
  approximate: false,
  ...extra,
});

describe('comparing two figures', () => {
  const agree: [string, Quantity, Quantity, boolean][] = [
    ['equal values', q('30', 30), q('30', 30), true],
    ['different exact values', q('30', 30), q('40', 40), false],
    ['a value inside an approximate range', q('etwa 60', 60, { min: 54, max: 66 }), q('62', 62), true],
    ['a value outside an approximate range', q('etwa 60', 60, { min: 54, max: 66 }), q('70', 70), false],
    ['a figure rounded to the million', q('6 Mio.', 6e6), q('6,2 Millionen', 6.2e6), true],
    ['a figure that rounds to the next million', q('6 Mio.', 6e6), q('6,5 Millionen', 6.5e6), false],
    ['an open range', q('mehr als 100', 100, { max: Number.MAX_SAFE_INTEGER }), q('150', 150), true],
  ];
  it.each(agree)('%s', (_n, a, b, expected) => {
    expect(quantitiesAgree(a, b)).toBe(expected);
    expect(quantitiesAgree(b, a)).toBe(expected);
  });

  const referent: [string, Quantity, Quantity, boolean, boolean][] = [
    ['same unit, no measure (aligned claims only)', q('30 km', 30, { unit: 'km' }), q('40 km', 40, { unit: 'km' }), true, false],
    ['different units', q('30 km', 30, { unit: 'km' }), q('30 min', 30, { unit: 'min' }), false, false],
    ['inflected measure', q('12', 12, { measure: 'verletzte' }), q('14', 14, { measure: 'verletzten' }), true, true],
    ['different measures', q('2 %', 2, { unit: 'percent', measure: 'bip' }), q('60 %', 60, { unit: 'percent', measure: 'produktion' }), false, false],
  ];
  it.each(referent)('referent: %s', (_n, a, b, loose, strict) => {
    expect(sameReferent(a, b, false)).toBe(loose);
    expect(sameReferent(a, b, true)).toBe(strict);
  });

  it('reads the step a figure was stated to', () => {
    expect(statedStep(q('6 Mio.', 6e6))).toBe(1e6);
    expect(statedStep(q('2,5 Milliarden', 2.5e9))).toBe(1e8);
    expect(statedStep(q('sechs Millionen', 6e6))).toBe(1e6);
    expect(statedStep(q('12.400', 12400))).toBe(0);
  });

  const measures: [string, string, boolean][] = [
    ['verletzte', 'verletzten', true],
    ['passenger', 'passengers', true],
    ['kilometer', 'kilometern', true],
    ['stromverbrauch', 'stromversorgung', false],
    ['tote', 'tore', false],
  ];
  it.each(measures)('measure %s vs %s: same noun %s', (a, b, expected) => {
    expect(sameMeasure(a, b)).toBe(expected);
  });

  it('takes figures far apart in size for different things', () => {
    expect(sameMagnitude(q('5000', 5000), q('12,5 Mio.', 12.5e6))).toBe(false);
    expect(sameMagnitude(q('12 Mio.', 12e6), q('120 Mio.', 120e6))).toBe(true);
  });
});

describe('numeric-mismatch on hand-built claims', () => {
  const spec = (n: string) => ({ text: `Die Stadt zählte beim Hafenfest am Wochenende ${n} Besucher.`, quantities: [n] });
  it.each([
    ['different counts', '12000', '21000', 1],
    ['equal counts', '12000', '12000', 0],
  ])('%s', (_n, x, y, count) => {
    expect(run(numericMismatch, [article('a', [spec(x)]), article('b', [spec(y)])])).toHaveLength(count);
  });
});

describe('numeric-mismatch: synonyms, translations and vague counts', () => {
  const invalid: [string, Side, Side, string, string][] = [
    [
      'people counted by two different nouns',
      `Nach dem Dammbruch in Wendlingen mussten rund 800 Menschen ihre Häuser verlassen. ${deFiller}`,
      `Nach dem Dammbruch in Wendlingen mussten rund 1.100 Anwohner ihre Häuser verlassen. ${deFiller}`,
      'rund 800',
      'rund 1.100',
    ],
    [
      'jobs and positions',
      `Harlow Motors will cut 1,200 jobs at its plant in Swindon, the company said. ${enFiller}`,
      `Harlow Motors will cut 1,500 positions at its plant in Swindon, the company said. ${enFiller}`,
      '1,200',
      '1,500',
    ],
    [
      'pieces and items',
      `Burglars took 9 pieces of porcelain from the Halden manor museum on Saturday night. ${enFiller}`,
      `Burglars took 12 items of porcelain from the Halden manor museum on Saturday night. ${enFiller}`,
      '9',
      '12',
    ],
    [
      'weeks in two languages',
      { text: `Die Ausstellung im Stadtmuseum Kaufbeuren wird um sechs Wochen verlängert. ${deFiller}`, language: 'de' },
      { text: `The exhibition at the Kaufbeuren city museum will be extended by four weeks. ${enFiller}`, language: 'en' },
      'sechs',
      'four',
    ],
    [
      'a hyphenated compound and its first part',
      { text: `Die Regierung sagte der Ukraine zwei weitere Gepard-Panzer zu, erklärte Ministerin Karin Holm. ${deFiller}`, language: 'de' },
      { text: `The government pledged five more Gepard anti-aircraft tanks to Ukraine, minister Karin Holm said. ${enFiller}`, language: 'en' },
      'zwei',
      'five',
    ],
  ];
  it.each(invalid)('flags %s', (_name, a, b, ta, tb) => {
    const found = findingsOf('numeric-mismatch', [a, b]);
    expect(found).toHaveLength(1);
    const ev = evidenceTexts(found[0]!);
    expect(ev.a?.join(' ')).toContain(ta);
    expect(ev.b?.join(' ')).toContain(tb);
  });

  const valid: [string, Side[]][] = [
    [
      'a vague count beside a counted figure',
      [
        `Hundreds of jobs will go when the Dunmore plant closes, the union said. ${enFiller}`,
        `About 1,400 jobs will go when the Dunmore plant closes, the union said. ${enFiller}`,
      ],
    ],
    [
      'a part of a whole against the part alone',
      [
        `Harlow Motors will cut 300 of its 2,000 jobs in Swindon. ${enFiller}`,
        `Harlow Motors will cut 300 jobs in Swindon. ${enFiller}`,
      ],
    ],
    [
      'a whole against a different part',
      [
        `Die Brauerei Kessler baut 90 ihrer 700 Stellen in Bamberg ab. ${deFiller}`,
        `Die Brauerei Kessler will in Bamberg 110 Arbeitsplätze streichen. ${deFiller}`,
      ],
    ],
  ];
  it.each(valid)('does not flag %s', (_name, sides) => {
    const found = findingsOf('numeric-mismatch', sides);
    // A whole (700, 2,000) is never set against a part; only the parts may disagree.
    for (const f of found) expect(JSON.stringify(evidenceTexts(f))).not.toMatch(/700|2,000|Hundreds/);
  });
});

// A claim holding one figure and nothing else, for claims that alignment did not pair.
function lonelyClaim(articleId: string, text: string, figure: string, value: number, unit: Partial<Quantity>): Claim {
  const at = text.indexOf(figure);
  return {
    id: `${articleId}#1`,
    articleId,
    index: 1,
    text,
    span: { start: 0, end: text.length },
    section: 'body',
    kind: 'fact',
    entities: [],
    quantities: [{ text: figure, span: { start: at, end: at + figure.length }, value, min: value, max: value, approximate: false, ...unit }],
    dates: [],
    quotes: [],
    attribution: { kind: 'none' },
    hedges: [],
    citations: [],
  };
}

describe('numeric-mismatch: sums of money in claims alignment did not pair', () => {
  const claim = (articleId: string, text: string, figure: string, value: number) => lonelyClaim(articleId, text, figure, value, { unit: 'GBP', currency: 'GBP' });
  const detect = (a: string, b: string) => {
    const claims = [claim('a', a, '£3.4 million', 3.4e6), claim('b', b, '£4.3 million', 4.3e6)];
    const articles = claims.map((c) => ({ id: c.articleId, claims: [c] })) as unknown as import('../../src/align/types.js').Alignment['articles'];
    const alignment = { articles, claims, entities: [], mentions: new Map(), clusters: [] };
    const packs = { packOf: () => getPack('en'), messagesPack: getPack('en'), gazetteer: [] };
    return numericMismatch.detect(alignment, packs);
  };

  it('compares two sums that share two content words', () => {
    const found = detect('The director put the value of the stolen paintings at £3.4 million.', 'Insurers say the stolen paintings are worth £4.3 million.');
    expect(found).toHaveLength(1);
    expect(found[0]!.evidence.map((e) => e.text)).toEqual(['£3.4 million', '£4.3 million']);
  });

  it('leaves two sums alone that share one word only', () => {
    expect(detect('The director put the value of the stolen paintings at £3.4 million.', 'The new wing of the museum cost £4.3 million.')).toEqual([]);
  });
});

describe('numeric-mismatch: a capitalised name the entity stage missed ties unaligned claims', () => {
  const claim = (articleId: string, text: string, figure: string, value: number) => lonelyClaim(articleId, text, figure, value, { unit: 't', measure: 'ice', measureKey: 'ice' });
  const detect = (a: string, b: string, language: 'de' | 'en') => {
    const claims = [claim('a', a, '14 billion tonnes', 14e9), claim('b', b, '41 billion tonnes', 41e9)];
    const articles = claims.map((c) => ({ id: c.articleId, claims: [c] })) as unknown as import('../../src/align/types.js').Alignment['articles'];
    const alignment = { articles, claims, entities: [], mentions: new Map(), clusters: [] };
    return numericMismatch.detect(alignment, { packOf: () => getPack(language), messagesPack: getPack('en'), gazetteer: [] });
  };
  const a = 'Since 2010 the Nile lost 14 billion tonnes of ice.';
  const b = 'Over that span, the Nile shed 41 billion tonnes of ice, a new record.';

  it('pairs them where only names are capitalised', () => {
    expect(detect(a, b, 'en')).toHaveLength(1);
  });

  it('does not take every capitalised noun for a name where all nouns are capitalised', () => {
    expect(detect(a, b, 'de')).toEqual([]);
  });
});
