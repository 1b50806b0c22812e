import { describe, expect, it } from 'vitest';
import type { ClaimKind, Language } from '../../src/model/schema.js';
import { one } from './helpers.js';

const hedged: [Language, string, string][] = [
  ['de', 'Dieses Abkommen könnte die Abhängigkeit erheblich verringern.', 'könnte'],
  ['de', 'Die Einigung könnten weitreichende Folgen haben.', 'könnten'],
  ['de', 'Der Schaden dürfte in die Millionen gehen.', 'dürfte'],
  ['de', 'Der Minister soll von dem Plan gewusst haben.', 'soll'],
  ['de', 'Die Täter sollen aus dem Ausland stammen.', 'sollen'],
  ['de', 'Der angeblich geheime Bericht liegt vor.', 'angeblich'],
  ['de', 'Der Brand wurde vermutlich durch einen Defekt ausgelöst.', 'vermutlich'],
  ['de', 'Die Wahl wird möglicherweise verschoben.', 'möglicherweise'],
  ['de', 'Der Kanzler wird wahrscheinlich zurücktreten.', 'wahrscheinlich'],
  ['de', 'Wenn man das betrachtet, kann man sich vorstellen, dass andere folgen.', 'kann man sich vorstellen'],
  ['de', 'Die Firma ist offenbar zahlungsunfähig.', 'offenbar'],
  ['de', 'Der mutmaßlich gefälschte Brief tauchte auf.', 'mutmaßlich'],
  ['en', 'The deal might collapse next week.', 'might'],
  ['en', 'Rates may rise again.', 'may'],
  ['en', 'The merger could save billions.', 'could'],
  ['en', 'The minister reportedly resigned.', 'reportedly'],
  ['en', 'The allegedly stolen files resurfaced.', 'allegedly'],
  ['en', 'The storm is likely to hit the coast.', 'is likely to'],
  ['en', 'The company appears to be in trouble.', 'appears to'],
  ['en', 'The leak was possibly deliberate.', 'possibly'],
  ['en', 'The talks will probably fail.', 'probably'],
  ['en', 'Perhaps the plan works.', 'Perhaps'],
];

const plain: [Language, string][] = [
  ['en', 'The talks resume in May.'],
  ['en', 'Theresa May resigned in 2019.'],
  ['de', 'Die Regierung hat den Plan beschlossen.'],
  ['de', 'Seltene Erden sind wichtig für Smartphones.'],
  ['en', 'The bridge opened in 1932.'],
];

const kinds: [Language, string, ClaimKind][] = [
  ['de', 'Präsident Donald Trump sagte: „Ein sehr kräftiger Händedruck.“', 'quote'],
  ['de', 'Das Treffen wird am Donnerstag in Südkorea stattfinden.', 'prediction'],
  ['de', 'Dieses Abkommen könnte die Abhängigkeit verringern.', 'prediction'],
  ['de', 'Daher ist es nicht verwunderlich, dass beide Länder kooperieren.', 'opinion'],
  ['de', 'Das Ergebnis ist bemerkenswert.', 'opinion'],
  ['de', 'Die Regierung hat den Plan beschlossen.', 'fact'],
  ['de', 'Wie berichtet wird, haben beide unterzeichnet.', 'fact'],
  ['de', 'Takaichi beschreibt die Beziehung als „Eckpfeiler“ ihrer Politik.', 'fact'],
  ['en', 'The central bank will cut rates in June.', 'prediction'],
  ['en', 'Growth is expected to slow.', 'prediction'],
  ['en', 'The decision is clearly a mistake.', 'opinion'],
  ['en', 'The government should act now.', 'opinion'],
  ['en', 'The bridge opened in 1932.', 'fact'],
  ['en', '“We will not give up on this,” she said.', 'quote'],
];

describe('hedges', () => {
  it.each(hedged)('%s: %s has hedge "%s"', (lang, sentence, cue) => {
    const c = one(sentence, lang);
    expect(c.hedges.map((h) => h.text)).toContain(cue);
    for (const h of c.hedges) expect(c.text.slice(h.span.start, h.span.end)).toBe(h.text);
  });

  it.each(plain)('%s: %s has no hedge', (lang, sentence) => {
    expect(one(sentence, lang).hedges).toEqual([]);
  });
});

describe('claim kind', () => {
  it.each(kinds)('%s: %s is %s', (lang, sentence, kind) => {
    expect(one(sentence, lang).kind).toBe(kind);
  });
});
