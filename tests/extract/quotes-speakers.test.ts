import { describe, expect, it } from 'vitest';
import type { Language, Quote } from '../../src/model/schema.js';
import { many, one } from './helpers.js';

type Expect = Partial<Pick<Quote, 'text' | 'partial' | 'speaker'>>;

// Every glyph style the German and English press uses, full and partial.
const glyphs: [Language, string, Expect][] = [
  ['de', 'Bürgermeisterin Anna Schulz sagte: „Wir öffnen die Schule am Montag wieder.“', { text: 'Wir öffnen die Schule am Montag wieder.', partial: false, speaker: 'Anna Schulz' }],
  ['de', 'Bürgermeisterin Anna Schulz sagte: „Wir öffnen die Schule am Montag wieder."', { text: 'Wir öffnen die Schule am Montag wieder.', partial: false, speaker: 'Anna Schulz' }],
  ['de', 'Trainer Jens Koch sagte: »Die Mannschaft hat Charakter gezeigt.«', { text: 'Die Mannschaft hat Charakter gezeigt.', partial: false, speaker: 'Jens Koch' }],
  ['de', 'Trainer Jens Koch sagte: «Die Mannschaft hat Charakter gezeigt.»', { text: 'Die Mannschaft hat Charakter gezeigt.', partial: false, speaker: 'Jens Koch' }],
  ['de', 'Der Bericht nennt das Projekt ‚gescheitert‘ und fordert Konsequenzen.', { text: 'gescheitert', partial: true }],
  ['de', 'Kritiker sprechen von einem "Blindflug" der Regierung.', { text: 'Blindflug', partial: true }],
  ['en', 'Coach Maria Lopez said: “The team showed real character today.”', { text: 'The team showed real character today.', partial: false, speaker: 'Maria Lopez' }],
  ['en', "Coach Maria Lopez said: 'The team showed real character today.'", { text: 'The team showed real character today.', partial: false, speaker: 'Maria Lopez' }],
  ['en', 'The mayor called the plan ‘reckless’ at the meeting.', { text: 'reckless', partial: true }],
  ['en', 'Okafor described the budget as "a con" in parliament.', { text: 'a con', partial: true, speaker: 'Okafor' }],
  ['en', '“We will not close the plant,” said Okafor.', { partial: false, speaker: 'Okafor' }],
  ['en', 'Critics called it «a betrayal» of voters.', { text: 'a betrayal', partial: true }],
];

describe('quotes in every glyph style', () => {
  it.each(glyphs)('%s: %s', (lang, sentence, expected) => {
    const c = one(sentence, lang);
    expect(c.quotes[0]).toMatchObject(expected);
    expect(c.text.slice(c.quotes[0]!.span.start, c.quotes[0]!.span.end)).toBe(c.quotes[0]!.text);
  });
});

describe('speakers from neighbouring sentences', () => {
  it('resolves "sagte sie" to the last woman named, not the last person', () => {
    const claims = many([['Ministerin Lisa Paus traf Kanzler Olaf Scholz im Kanzleramt.', '„Wir helfen den Familien“, sagte sie.']], 'de');
    expect(claims[1]!.quotes[0]).toMatchObject({ speaker: 'Lisa Paus', partial: false });
    expect(claims[1]!.attribution).toMatchObject({ kind: 'named-person', source: 'Lisa Paus' });
  });

  it('resolves "sagte er" to the last man named', () => {
    const claims = many([['Ministerin Lisa Paus traf Kanzler Olaf Scholz im Kanzleramt.', '„Das Geld ist da“, sagte er.']], 'de');
    expect(claims[1]!.quotes[0]!.speaker).toBe('Olaf Scholz');
  });

  it('resolves "she said" through an English honorific', () => {
    const claims = many([['Ms. Amara Okafor met Mr. David Chen on Monday.', '“We will help,” she said.']], 'en');
    expect(claims[1]!.quotes[0]!.speaker).toBe('Amara Okafor');
  });

  it('keeps a gendered pronoun off a person of the other gender', () => {
    const claims = many([['Kanzler Olaf Scholz reiste ab.', '„Wir helfen“, sagte sie.']], 'de');
    expect(claims[1]!.quotes[0]!.speaker).toBeUndefined();
  });

  it('gives a quote standing alone to the speaker announced with a colon', () => {
    const claims = many([['Okafor told reporters:', '“The strike is over and the trains will run.”']], 'en');
    expect(claims[1]!.quotes[0]).toMatchObject({ speaker: 'Okafor', partial: false });
    expect(claims[1]!.attribution).toMatchObject({ kind: 'named-person', source: 'Okafor' });
  });

  it('does not carry an announced speaker into a later sentence', () => {
    const claims = many([['Okafor told reporters:', 'The strike was over.', '“The trains will run.”']], 'en');
    expect(claims[2]!.quotes[0]!.speaker).toBeUndefined();
  });

  it('reads the closing part of a quote that opened in an earlier sentence', () => {
    const claims = many([['Bürgermeister Peter Ott sagte: „Die Lage ist ernst.', 'Wir brauchen Hilfe vom Land.“']], 'de');
    expect(claims[1]!.quotes[0]).toMatchObject({ text: 'Wir brauchen Hilfe vom Land', partial: false, speaker: 'Peter Ott' });
    expect(claims[1]!.kind).toBe('quote');
  });

  it('does not read a trailing apostrophe as the end of a quote', () => {
    expect(one('The money went to the players’', 'en').quotes).toEqual([]);
  });
});
