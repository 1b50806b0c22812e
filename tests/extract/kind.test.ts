import { describe, expect, it } from 'vitest';
import type { ClaimKind, Language } from '../../src/model/schema.js';
import { many, one } from './helpers.js';

const kinds: [Language, string, ClaimKind][] = [
  // quote: a full direct quote, whatever else the sentence says
  ['de', '„Das ist ein schlimmer Tag“, sagte die Ministerin.', 'quote'],
  ['en', '“This is an outrageous decision,” the senator said.', 'quote'],
  ['en', 'She said: "We will rebuild the school by spring."', 'quote'],
  // opinion: evaluative words, first-person judgements, norms, exclamations, speculation
  ['de', 'Die Ergebnisse sind alarmierend.', 'opinion'],
  ['de', 'Das ist ein Unding.', 'opinion'],
  ['de', 'Meiner Meinung nach ist der Plan falsch.', 'opinion'],
  ['de', 'Ich finde, die Stadt hat zu lange gewartet.', 'opinion'],
  ['de', 'Wir brauchen endlich ein neues Gesetz.', 'opinion'],
  ['de', 'Die Regierung müsste jetzt handeln.', 'opinion'],
  ['de', 'Dafür muss man die Zahlen genau lesen.', 'opinion'],
  ['de', 'Wahrscheinlich sind es eher 200 Menschen.', 'opinion'],
  ['de', 'Das Ganze passt ja nicht zusammen.', 'opinion'],
  ['de', 'Das war ein Skandal!', 'opinion'],
  ['de', 'Das dürfte verheerende Folgen haben.', 'opinion'],
  ['en', 'The ruling is a disgraceful attack on the press.', 'opinion'],
  ['en', 'I believe the council has failed the town.', 'opinion'],
  ['en', 'We must act before it is too late.', 'opinion'],
  ['en', 'The minister should resign.', 'opinion'],
  ['en', 'The fire was probably caused by a cigarette.', 'opinion'],
  ['en', 'The result is frankly embarrassing.', 'opinion'],
  // prediction: future tense and forecast phrases
  ['de', 'Die Brücke wird im Mai eröffnet werden.', 'prediction'],
  ['de', 'Das Treffen wird am Freitag stattfinden.', 'prediction'],
  ['de', 'Die Preise werden im Herbst weiter steigen.', 'prediction'],
  ['de', 'Experten rechnen damit, dass die Arbeiten länger dauern werden als geplant.', 'prediction'],
  ['de', 'Die Sorge ist, dass kaum etwas zurückfließen wird.', 'prediction'],
  ['de', 'Zwei Verletzte werden im Krankenhaus behandelt.', 'fact'],
  ['de', 'Die Buslinien, die von Subunternehmen gefahren werden, sind betroffen.', 'fact'],
  ['de', 'Der Bau soll bis Ende 2027 dauern.', 'prediction'],
  ['de', 'Die Inflation könnte im Frühjahr sinken.', 'prediction'],
  ['de', 'Der Konzern plant künftig mehr Stellen in Asien.', 'prediction'],
  ['en', 'The factory will close in June.', 'prediction'],
  ['en', 'Growth is expected to slow next year.', 'prediction'],
  ['en', 'The bridge is set to reopen in May.', 'prediction'],
  ['en', 'Rates might fall in the autumn.', 'prediction'],
  // fact: passives of German "werden" are not the future; plain reports
  ['de', 'Die Gebühren werden zusätzlich berechnet.', 'fact'],
  ['de', 'Die Straße wird seit Montag saniert.', 'fact'],
  ['de', 'Der Verkehr wird immer dichter.', 'fact'],
  ['de', 'Die Polizei nahm zwei Männer fest.', 'fact'],
  ['de', 'Die Spende kommt dem Wohl der Kinder zugute.', 'fact'],
  ['de', 'Die Stadt hat 80.000 Einwohner.', 'fact'],
  ['de', 'Die Lagerhalle brannte völlig aus.', 'fact'],
  ['de', 'Die Stadt werde die Betriebe mit 2,5 Millionen Euro unterstützen.', 'prediction'],
  ['en', 'The factory closed in June.', 'fact'],
  ['en', 'Two men were arrested on Tuesday.', 'fact'],
  ['en', 'The town has 80,000 inhabitants.', 'fact'],
  ['en', 'Was the decision legal?', 'fact'],
];

describe('claim kind', () => {
  it.each(kinds)('%s: %s is %s', (lang, sentence, kind) => {
    expect(one(sentence, lang).kind).toBe(kind);
  });

  it('does not read a judgement inside a partial quote as the writer’s opinion', () => {
    expect(one('Der Minister nannte den Plan „alarmierend“ und reiste ab.', 'de').kind).toBe('fact');
  });

  it('classifies each sentence of a paragraph on its own', () => {
    const claims = many([['Die Stadt hat 80.000 Einwohner.', 'Sie wird im Mai wählen.', 'Das ist bemerkenswert.']], 'de');
    expect(claims.map((c) => c.kind)).toEqual(['fact', 'prediction', 'opinion']);
  });
});
