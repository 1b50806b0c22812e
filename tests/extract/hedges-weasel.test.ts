import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/model/schema.js';
import { one } from './helpers.js';

// Sentences whose claim carries a hedge cue, and the cue's text.
const hedged: [Language, string, string][] = [
  // vague quantities stand for an uncounted, unnamed set
  ['en', 'Some residents left the town before the storm.', 'Some residents'],
  ['en', 'The album sold well in several countries.', 'several countries'],
  ['en', 'Many viewers complained about the ending.', 'Many viewers'],
  ['en', 'The law was changed in various ways.', 'various ways'],
  ['en', 'Thousands of people marched through the capital.', 'Thousands'],
  ['en', 'Others left the party after the vote.', 'Others left'],
  ['en', 'The council received a number of complaints.', 'a number of'],
  ['en', 'It is the most popular beach on the coast.', 'the most'],
  ['de', 'Viele Anwohner verließen die Stadt.', 'Viele Anwohner'],
  ['de', 'Einige Spieler fehlten beim Training.', 'Einige Spieler'],
  ['de', 'Mehrere Häuser wurden beschädigt.', 'Mehrere Häuser'],
  ['de', 'Tausende Menschen demonstrierten in Berlin.', 'Tausende Menschen'],
  ['de', 'Die Stadt erhielt eine Reihe von Beschwerden.', 'eine Reihe von'],
  // a rank among an unnamed top group
  ['en', 'It is one of the largest lakes in Europe.', 'one of the largest'],
  ['en', "The club became one of the country's most successful sides.", "one of the country's most"],
  ['en', 'He was one of the first players to refuse.', 'one of the first'],
  ['de', 'Die Brücke ist eine der ältesten im Land.', 'eine der ältesten'],
  ['de', 'Er gilt als einer der besten Spieler.', 'einer der besten'],
  // adverbs of generality and verbs of seeming
  ['en', 'The dish is commonly served at weddings.', 'commonly'],
  ['en', 'The rule is generally ignored by drivers.', 'generally'],
  ['en', 'He was arguably the best coach of his era.', 'arguably'],
  ['en', 'The crowd seemed larger than last year.', 'seemed'],
  ['en', 'The reactor was reputedly built without permits.', 'reputedly'],
  ['de', 'Die Regel wird weitgehend ignoriert.', 'weitgehend'],
  ['de', 'Die Einnahmen stammen überwiegend aus dem Export.', 'überwiegend'],
  // phrases that lean on fame or a label nobody is said to use
  ['en', 'The so-called reform changed little.', 'so-called'],
  ['en', 'The town is well known for its cheese.', 'well known'],
  ['de', 'Die sogenannte Reform änderte wenig.', 'sogenannte'],
  ['de', 'Der Ort ist bekannt für seinen Käse.', 'bekannt für'],
  // the modal and epistemic hedges of the brief
  ['de', 'Der Täter soll aus dem Ausland stammen.', 'soll'],
  ['de', 'Das Feuer war wohl ein Unfall.', 'wohl'],
  ['de', 'Der Zeuge hat scheinbar gelogen.', 'scheinbar'],
  ['en', 'The suspect allegedly fled to Spain.', 'allegedly'],
  ['en', 'The talks may resume next week.', 'may'],
];

// Sentences without any hedge: counts, time spans, comparisons, names.
const plain: [Language, string][] = [
  ['en', 'Some 300 people attended the funeral.'],
  ['en', 'The track was closed for several years.'],
  ['en', 'How many people attended is unclear.'],
  ['en', 'The cars drove in the other direction.'],
  ['en', 'The two teams have met each other twice.'],
  ['en', 'The mayor often visits the market.'],
  ['en', 'The brothers would meet every summer.'],
  ['en', 'Theresa May met the other leaders in Brussels.'],
  ['de', 'Der Bau dauerte einige Jahre.'],
  ['de', 'Die Firma beschäftigt 2,5 Millionen Menschen.'],
  ['de', 'Wie viele Menschen kamen, ist unklar.'],
  ['de', 'Der Zug kam um 14 Uhr an.'],
];

describe('hedges of weasel wordings', () => {
  it.each(hedged)('%s: %s has hedge "%s"', (lang, sentence, cue) => {
    const c = one(sentence, lang);
    expect(c.hedges.map((h) => h.text)).toContain(cue);
    for (const h of c.hedges) expect(c.text.slice(h.span.start, h.span.end)).toBe(h.text);
  });

  it.each(plain)('%s: %s has no hedge', (lang, sentence) => {
    expect(one(sentence, lang).hedges).toEqual([]);
  });

  it('reports overlapping cues once', () => {
    const c = one('Many of the most famous songs were lost.', 'en');
    const spans = c.hedges.map((h) => [h.span.start, h.span.end]);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]!);
  });
});
