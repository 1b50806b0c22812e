import { describe, expect, it } from 'vitest';
import { claimSignature, claimSimilarity } from '../../src/align/claim-similarity.js';
import { align as deAlign } from '../../src/lang/de/align.js';
import { align as enAlign } from '../../src/lang/en/align.js';
import type { Claim } from '../../src/model/schema.js';
import { extractClaims } from '../../src/pipeline.js';

/** The first claim of a one-sentence article, as the extractors see it. */
function claim(text: string, language: 'de' | 'en'): Claim {
  const { claims } = extractClaims({ id: `t-${language}`, text, language, publishedAt: '2025-03-04' });
  return claims[0]!;
}

// [statement, the same words with the roles swapped, a true paraphrase]
const german: [string, string, string][] = [
  [
    'Am Sonntag besiegte Anna Keller die Titelverteidigerin Berta Hoffmann.',
    'Am Sonntag besiegte Berta Hoffmann die Titelverteidigerin Anna Keller.',
    'Anna Keller besiegte am Sonntag die Titelverteidigerin Berta Hoffmann.',
  ],
  [
    'Der Bürgermeister kritisierte den Landrat scharf.',
    'Der Landrat kritisierte den Bürgermeister scharf.',
    'Scharf kritisierte der Bürgermeister den Landrat.',
  ],
  [
    'Siemens übernimmt den Konkurrenten Alstom für 2,5 Milliarden Euro.',
    'Alstom übernimmt den Konkurrenten Siemens für 2,5 Milliarden Euro.',
    'Für 2,5 Milliarden Euro übernimmt Siemens den Konkurrenten Alstom.',
  ],
  [
    'Frankreich schlug Deutschland im Halbfinale mit 3:1.',
    'Deutschland schlug Frankreich im Halbfinale mit 3:1.',
    'Frankreich hat Deutschland im Halbfinale mit 3:1 geschlagen.',
  ],
];

const english: [string, string, string][] = [
  [
    'Anna Keller defeated Berta Hoffmann in the Hamburg final.',
    'Berta Hoffmann defeated Anna Keller in the Hamburg final.',
    'In the Hamburg final, Anna Keller defeated Berta Hoffmann.',
  ],
  [
    'The mayor sharply criticised the council leader.',
    'The council leader sharply criticised the mayor.',
    'The mayor criticised the council leader sharply.',
  ],
  [
    'Germany beat France 3-1 in Paris on Saturday.',
    'France beat Germany 3-1 in Paris on Saturday.',
    'On Saturday in Paris, Germany beat France 3-1.',
  ],
];

describe('claimSimilarity: who did what to whom', () => {
  it.each(german)('de: a role swap of "%s" scores lower than a paraphrase', (text, swap, paraphrase) => {
    const swapped = claimSimilarity(claim(text, 'de'), claim(swap, 'de'));
    const same = claimSimilarity(claim(text, 'de'), claim(paraphrase, 'de'));
    expect(swapped.score).toBeLessThan(same.score);
    expect(same.score).toBeGreaterThan(0.5);
  });

  it.each(english)('en: a role swap of "%s" scores lower than a paraphrase', (text, swap, paraphrase) => {
    const swapped = claimSimilarity(claim(text, 'en'), claim(swap, 'en'));
    const same = claimSimilarity(claim(text, 'en'), claim(paraphrase, 'en'));
    expect(swapped.score).toBeLessThan(same.score);
    expect(same.score).toBeGreaterThan(0.5);
  });

  it('says in the reason that the order was broken', () => {
    const r = claimSimilarity(claim(german[1]![0], 'de'), claim(german[1]![1], 'de'));
    expect(r.reason).toMatch(/order:0\.\d\d/);
    expect(r.reason).not.toMatch(/order:1\.00/);
  });
});

describe('claimSimilarity: anchors across languages', () => {
  it.each([
    [
      'Die Regierung gibt 2,5 Milliarden Euro für Schulen aus, sagte Merz am Freitag.',
      'The government will spend 2.5 billion euros on schools, Merz said on Friday.',
      ['q:2500000000', 'd:w5', 'e:merz'],
    ],
    ['Bei dem Erdbeben in der Türkei starben mindestens 120 Menschen.', 'At least 120 people died in the earthquake in Turkey.', ['q:120', 'x:erdbeben/earthquake']],
    ['Die Wasserschutzpolizei sperrte den Fluss am Montag.', 'The water police closed the river on Monday.', ['x:polizei/police', 'd:w1']],
  ])('"%s" matches its English version, naming the anchors', (de, en, anchors) => {
    const r = claimSimilarity(claim(de, 'de'), claim(en, 'en'));
    expect(r.score).toBeGreaterThan(0.4);
    for (const a of anchors) expect(r.reason).toContain(a);
  });

  it.each([
    ['Der Konzern streicht 500 Stellen in Bremen.', 'The festival in Munich drew 500 visitors.'],
    ['Die Stadt zählte 2024 rund 80.000 Einwohner.', 'The club sold 80,000 tickets for the final.'],
  ])('claims that share only a number stay apart: "%s"', (de, en) => {
    expect(claimSimilarity(claim(de, 'de'), claim(en, 'en')).score).toBeLessThan(0.3);
  });
});

describe('claimSimilarity: properties', () => {
  const pairs: [string, 'de' | 'en', string, 'de' | 'en'][] = [
    [german[0]![0], 'de', german[0]![1], 'de'],
    [english[2]![0], 'en', english[2]![2], 'en'],
    ['Die Regierung gibt 2,5 Milliarden Euro aus.', 'de', 'The government will spend 2.5 billion euros.', 'en'],
  ];

  it.each(pairs)('is symmetric and between 0 and 1: "%s"', (a, la, b, lb) => {
    const ab = claimSimilarity(claim(a, la), claim(b, lb));
    const ba = claimSimilarity(claim(b, lb), claim(a, la));
    expect(ab.score).toBeCloseTo(ba.score, 9);
    expect(ab.score).toBeGreaterThanOrEqual(0);
    expect(ab.score).toBeLessThanOrEqual(1);
  });

  it('gives an identical claim the top score', () => {
    const c = claim('Die Regierung gibt 2,5 Milliarden Euro für Schulen aus.', 'de');
    expect(claimSimilarity(c, c).score).toBeCloseTo(1, 9);
  });

  it('reads numbers, dates and names as anchors and skips function words', () => {
    const sig = claimSignature(claim('Merz sagte am Freitag, die Regierung gebe 2,5 Milliarden Euro aus.', 'de'));
    expect(sig.keys).toEqual(expect.arrayContaining(['e:merz', 'd:w5', 'q:2500000000']));
    expect(sig.keys.some((k) => k === 'w:die' || k === 'w:am')).toBe(false);
  });
});

describe('align pack contract', () => {
  it('has the same number of anchor groups in every pack, none empty', () => {
    expect(deAlign.anchors.length).toBe(enAlign.anchors.length);
    for (const pack of [deAlign, enAlign]) for (const group of pack.anchors) expect(group.length).toBeGreaterThan(0);
  });

  it.each([
    ['Die Minister unterzeichneten das Abkommen.', 'The ministers signed the agreement.'],
    ['Zwei Menschen wurden bei dem Unfall verletzt.', 'Two people were injured in the crash.'],
    ['Die Wasserschutzpolizei warnte vor dem Hochwasser.', 'The water police warned of the flood.'],
  ])('reads "%s" and "%s" with shared concepts', (de, en) => {
    const a = claimSignature(claim(de, 'de')).keys.filter((k) => k.startsWith('x:'));
    const b = claimSignature(claim(en, 'en')).keys.filter((k) => k.startsWith('x:'));
    expect(a.filter((k) => b.includes(k)).length).toBeGreaterThanOrEqual(2);
  });
});
