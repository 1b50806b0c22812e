import { describe, expect, it } from 'vitest';
import type { EntityMention, Language } from '../../src/model/schema.js';
import { many, one } from './helpers.js';

type Expect = Partial<Pick<EntityMention, 'text' | 'given' | 'surname' | 'role'>>;

const people = (sentence: string, lang: Language) => one(sentence, lang).entities.filter((e) => e.kind === 'person');

describe('a genitive owner before the speaker is not the speaker', () => {
  // The owner is named in the first sentence, so the second finds "Koskinen's"/"Koskinens" as a person mention.
  const cases: [Language, string, string, string][] = [
    ['en', 'Finnish skier Aino Koskinen won the sprint on Saturday.', '“She was ready for this,” said Koskinen’s coach, Mikko Lehtonen.', 'Mikko Lehtonen'],
    ['en', 'Finnish skier Aino Koskinen won the sprint on Saturday.', "“She was ready for this,” said Koskinen's coach Mikko Lehtonen.", 'Mikko Lehtonen'],
    ['en', 'Finnish skier Aino Koskinen won the sprint on Saturday.', '“She was ready for this,” said Koskinen’s long-time coach, Mikko Lehtonen.', 'Mikko Lehtonen'],
    ['en', 'Senator Ruth Adeyemi voted against the bill.', 'Adeyemi’s spokeswoman Clara Boateng said: “The senator stands by her vote.”', 'Clara Boateng'],
    ['de', 'Die Skiläuferin Aino Koskinen gewann am Samstag den Sprint.', '„Sie war bereit dafür“, sagte Koskinens Trainer Mikko Lehtonen.', 'Mikko Lehtonen'],
    ['de', 'Minister Hans Brandt reiste am Montag ab.', '„Wir prüfen den Vorgang“, sagte Brandts Sprecherin Anna Roth.', 'Anna Roth'],
    ['de', 'Minister Hans Brandt reiste am Montag ab.', 'Brandts Sprecherin Anna Roth sagte: „Wir prüfen den Vorgang.“', 'Anna Roth'],
  ];
  it.each(cases)('%s: %s %s', (lang, first, second, speaker) => {
    const claims = many([[first, second]], lang);
    expect(claims[1]!.quotes[0]!.speaker).toBe(speaker);
  });

  it.each(cases)('%s: the claim is attributed to the speaker, not the owner: %s %s', (lang, first, second, speaker) => {
    const claims = many([[first, second]], lang);
    expect(claims[1]!.attribution.kind).toBe('named-person');
    expect(claims[1]!.attribution.source).toContain(speaker.split(' ')[1]!);
  });

  // Without a second person after it, the genitive mention is all there is and stays the speaker.
  const alone: [Language, string, string, string][] = [
    ['en', 'Finnish skier Aino Koskinen won the sprint on Saturday.', '“I was ready for this,” Koskinen said of her training.', 'Aino Koskinen'],
    ['de', 'Minister Hans Brandt reiste am Montag ab.', '„Wir prüfen den Vorgang“, sagte Brandt.', 'Hans Brandt'],
  ];
  it.each(alone)('%s keeps the named speaker: %s %s', (lang, first, second, speaker) => {
    expect(many([[first, second]], lang)[1]!.quotes[0]!.speaker).toBe(speaker);
  });
});

describe('a possessive before a name is not part of the name', () => {
  const cases: [Language, string, Expect][] = [
    ['en', 'In the final, Kerry’s Pádraig Ó Sé scored twice.', { text: 'Pádraig Ó Sé', given: 'Pádraig', surname: 'Ó Sé' }],
    ['en', 'The winner was Clare’s Máire Ní Bhriain, who led from the start.', { text: 'Máire Ní Bhriain', given: 'Máire', surname: 'Ní Bhriain' }],
    ['en', 'In the final, Celtic’s John Kennedy said the referee had erred.', { text: 'John Kennedy', given: 'John', surname: 'Kennedy' }],
    ['en', 'The award went to Leinster’s Anna Doyle on Sunday.', { text: 'Anna Doyle', surname: 'Doyle' }],
    ['en', 'The goal came from Anna’s brother Tom Walsh late in the game.', { text: 'Tom Walsh', surname: 'Walsh' }],
  ];
  // A possessive that goes on with an organisation keyword is part of the company's name.
  it.each([
    ['en', 'Shares of Sainsbury’s Bank fell on Monday.', 'Sainsbury’s Bank'],
    ['en', 'The chief of McDonald’s Corporation resigned.', 'McDonald’s Corporation'],
  ] as [Language, string, string][])('%s keeps the company: %s', (lang, sentence, name) => {
    expect(one(sentence, lang).entities).toContainEqual(expect.objectContaining({ text: name, kind: 'organization' }));
  });
  it.each(cases)('%s: %s', (lang, sentence, expected) => {
    const found = people(sentence, lang);
    expect(found).toContainEqual(expect.objectContaining(expected));
    // No person mention swallows the possessive word.
    expect(found.every((e) => !/['’]s\s/u.test(e.text))).toBe(true);
  });
});

describe('Irish and Scottish particles open the surname', () => {
  const cases: [Language, string, Expect][] = [
    ['en', '“We deserved it,” said Pádraig Ó Sé.', { text: 'Pádraig Ó Sé', given: 'Pádraig', surname: 'Ó Sé' }],
    ['en', 'Coach Seán Mac Giolla praised the team.', { text: 'Seán Mac Giolla', given: 'Seán', surname: 'Mac Giolla', role: 'Coach' }],
    ['en', 'The striker Pádraig Ó Sé scored, and Máire Ní Bhriain said it was deserved.', { text: 'Máire Ní Bhriain', given: 'Máire', surname: 'Ní Bhriain' }],
    ['de', 'Trainer Seán Mac Giolla lobte die Mannschaft.', { text: 'Seán Mac Giolla', given: 'Seán', surname: 'Mac Giolla' }],
    ['de', '„Wir haben es verdient“, sagte Pádraig Ó Sé.', { text: 'Pádraig Ó Sé', given: 'Pádraig', surname: 'Ó Sé' }],
    ['en', 'The Kerry forward scored, and Ó Sé said it was deserved.', { text: 'Ó Sé', surname: 'Ó Sé' }],
  ];
  it.each(cases)('%s: %s', (lang, sentence, expected) => {
    expect(people(sentence, lang)).toContainEqual(expect.objectContaining(expected));
  });

  // An initial with its dot stays part of the given name; a given name that looks like a particle opens the name.
  const kept: [Language, string, Expect][] = [
    ['en', 'Chief executive J. Harcourt resigned on Friday.', { surname: 'Harcourt' }],
    ['en', 'Quarterback Mac Jones threw two touchdowns.', { given: 'Mac', surname: 'Jones' }],
    ['en', 'Treasurer John E Smith resigned on Friday.', { given: 'John E', surname: 'Smith' }],
  ];
  it.each(kept)('%s: %s', (lang, sentence, expected) => {
    expect(people(sentence, lang)).toContainEqual(expect.objectContaining(expected));
  });
});

describe('nouns of set phrases after a preposition are not people', () => {
  const cases: [Language, string][] = [
    ['de', 'Beobachter vor Ort berichteten von Schüssen in der Nacht.'],
    ['de', 'Helfer vor Ort sagten, die Lage sei ruhig.'],
    ['de', 'Die Passagiere an Bord berichteten von heftigen Turbulenzen.'],
    ['de', 'Mehrere Wanderer zu Fuß berichteten von Steinschlag.'],
  ];
  it.each(cases)('%s: %s', (lang, sentence) => {
    expect(people(sentence, lang)).toEqual([]);
  });
});
