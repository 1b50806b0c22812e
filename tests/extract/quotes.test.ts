import { describe, expect, it } from 'vitest';
import type { Language, Quote } from '../../src/model/schema.js';
import { many, one } from './helpers.js';

type Expect = Partial<Pick<Quote, 'text' | 'partial' | 'speaker'>>;

const cases: [Language, string, Expect][] = [
  ['de', 'Präsident Donald Trump äußerte sich: „Ein sehr kräftiger Händedruck“, so seine Worte.', { text: 'Ein sehr kräftiger Händedruck', partial: false, speaker: 'Donald Trump' }],
  ['de', 'Takaichi beschreibt die Beziehung als den „Eckpfeiler“ ihrer Politik.', { text: 'Eckpfeiler', partial: true, speaker: 'Takaichi' }],
  ['de', 'Es beginne ein „neues goldenes Zeitalter“ für die Allianz.', { text: 'neues goldenes Zeitalter', partial: true }],
  ['de', '„Wir werden das schaffen“, sagte Kanzlerin Angela Merkel.', { text: 'Wir werden das schaffen', partial: false, speaker: 'Angela Merkel' }],
  ['de', 'Der Minister sagte: »Das ist ein guter Tag für alle.«', { text: 'Das ist ein guter Tag für alle.', partial: false }],
  ['de', 'Sie nannte das Papier ‚unausgegoren‘ und verließ den Saal.', { text: 'unausgegoren', partial: true }],
  ['de', 'Ministerin Lisa Paus: «Wir brauchen mehr Geld für Kitas.»', { text: 'Wir brauchen mehr Geld für Kitas.', speaker: 'Lisa Paus', partial: false }],
  ['de', 'Er sprach von einem "historischen Moment" in Berlin.', { text: 'historischen Moment', partial: true }],
  ['de', '„Das ist ein Erfolg für unser Land“, betonte Müller.', { speaker: 'Müller', partial: false }],
  ['de', 'Ein „Goldenes Zeitalter“ zwischen den Ländern wurde ausgerufen.', { text: 'Goldenes Zeitalter', partial: true }],
  ['en', '“We will win this fight,” said President Joe Biden.', { text: 'We will win this fight,', partial: false, speaker: 'Joe Biden' }],
  ['en', 'Okafor called the plan "a disaster" on Monday.', { text: 'a disaster', partial: true, speaker: 'Okafor' }],
  ['en', "She called it 'a historic day' for the country.", { text: 'a historic day', partial: true }],
  ['en', '“This is not over,” Mr. Okafor told reporters.', { speaker: 'Okafor', partial: false }],
  ['en', 'Senator Maria Cantwell said: "The bill protects workers and families."', { text: 'The bill protects workers and families.', speaker: 'Maria Cantwell' }],
  ['en', 'The report described a ‘golden age’ of trade.', { text: 'golden age', partial: true }],
  ['en', 'Critics called the deal «a sellout» in public.', { text: 'a sellout', partial: true }],
  ['en', '“Prices will fall soon and stay low,” he added.', { text: 'Prices will fall soon and stay low,', partial: false }],
];

const noQuotes: [Language, string][] = [
  ['en', "Trump's plan isn't ready, and the team's doubts grew."],
  ['en', "The '90s were different for rock 'n' roll."],
  ['de', 'Die Pläne sind fertig.'],
  ['de', 'Er kam um 14 Uhr.'],
];

describe('quotes', () => {
  it.each(cases)('%s: %s', (lang, sentence, expected) => {
    const c = one(sentence, lang);
    expect(c.quotes[0]).toMatchObject(expected);
    expect(c.text.slice(c.quotes[0]!.span.start, c.quotes[0]!.span.end)).toBe(c.quotes[0]!.text);
    if (!('speaker' in expected) && !/sagte|said|told|betonte|added/.test(sentence)) expect(c.quotes[0]!.speaker).toBeUndefined();
  });

  it.each(noQuotes)('%s: apostrophes are not quotes in %s', (lang, sentence) => {
    expect(one(sentence, lang).quotes).toEqual([]);
  });

  it('takes the speaker of a pronoun frame from the previous sentence', () => {
    const claims = many([['Finanzminister Christian Lindner trat vor die Presse.', '„Der Haushalt steht“, sagte er.']], 'de');
    expect(claims[1]!.quotes[0]).toMatchObject({ text: 'Der Haushalt steht', speaker: 'Christian Lindner', partial: false });
    expect(claims[1]!.kind).toBe('quote');
  });

  it('bounds an unclosed quote by its sentence', () => {
    const claims = many([['Er sagte: „Das wird nichts.', 'Danach ging er.']], 'de');
    expect(claims[0]!.quotes[0]!.text).toBe('Das wird nichts');
    expect(claims[1]!.quotes).toEqual([]);
  });

  it('finds several quotes in one sentence', () => {
    const c = one('Er nannte es „mutig“ und „richtig“, aber auch „teuer“.', 'de');
    expect(c.quotes.map((q) => q.text)).toEqual(['mutig', 'richtig', 'teuer']);
  });
});
