import { describe, expect, it } from 'vitest';
import type { EntityMention, Language } from '../../src/model/schema.js';
import { many, one } from './helpers.js';

type Expect = Partial<Pick<EntityMention, 'text' | 'kind' | 'given' | 'surname' | 'role'>>;

describe('roles in both grammatical genders', () => {
  const cases: [Language, string, Expect][] = [
    ['de', 'Premierminister Rishi Sunak trat zurück.', { text: 'Rishi Sunak', role: 'Premierminister', surname: 'Sunak' }],
    ['de', 'Premierministerin Liz Truss trat zurück.', { text: 'Liz Truss', role: 'Premierministerin', surname: 'Truss' }],
    ['de', 'Präsident Joe Biden unterschrieb das Gesetz.', { text: 'Joe Biden', role: 'Präsident' }],
    ['de', 'Präsidentin Claudia Sheinbaum unterschrieb das Gesetz.', { text: 'Claudia Sheinbaum', role: 'Präsidentin' }],
    ['de', 'Verdi-Vorsitzender Frank Werneke drohte mit Streiks.', { text: 'Frank Werneke', role: 'Verdi-Vorsitzender' }],
    ['de', 'Die Verdi-Vorsitzende Anna Berger widersprach.', { text: 'Anna Berger', role: 'Verdi-Vorsitzende' }],
    ['de', 'Bürgermeisterin Maria Keller eröffnete die Brücke.', { text: 'Maria Keller', role: 'Bürgermeisterin' }],
    ['en', 'Chief operating officer Jane Holloway resigned.', { text: 'Jane Holloway', role: 'Chief operating officer' }],
    ['en', 'Spokeswoman Marie Keller confirmed the closure.', { text: 'Marie Keller', role: 'Spokeswoman' }],
    ['en', 'Prime Minister Keir Starmer met the mayor.', { text: 'Keir Starmer', role: 'Prime Minister' }],
  ];
  it.each(cases)('%s: %s', (lang, sentence, expected) => {
    const people = one(sentence, lang).entities.filter((e) => e.kind === 'person');
    expect(people).toEqual([expect.objectContaining({ kind: 'person', ...expected })]);
  });
});

describe('a role in apposition after the name', () => {
  const cases: [Language, string, Expect][] = [
    ['en', 'Maria Keller, mayor of Lindau, opened the bridge.', { text: 'Maria Keller', role: 'mayor' }],
    ['en', 'Daniel Okafor, the company’s chief operating officer, resigned.', { text: 'Daniel Okafor', role: 'chief operating officer' }],
    ['de', 'Marie Keller, Sprecherin der Stadt, bestätigte die Eröffnung.', { text: 'Marie Keller', role: 'Sprecherin' }],
  ];
  it.each(cases)('%s: %s', (lang, sentence, expected) => {
    expect(one(sentence, lang).entities.filter((e) => e.kind === 'person')).toEqual([expect.objectContaining(expected)]);
  });

  it('a role that opens the next name stays with that name', () => {
    const people = one('Anna Berger, Ministerin Paula Weber und andere kamen.', 'de').entities.filter((e) => e.kind === 'person');
    expect(people.map((e) => [e.text, e.role])).toEqual([
      ['Anna Berger', undefined],
      ['Paula Weber', 'Ministerin'],
    ]);
  });
});

describe('names with particles', () => {
  const cases: [Language, string, Expect][] = [
    ['en', 'Treasurer Marisol Dela Cruz said the budget was balanced.', { text: 'Marisol Dela Cruz', given: 'Marisol', surname: 'Dela Cruz' }],
    ['en', 'Treasurer Marisol de la Cruz said the budget was balanced.', { text: 'Marisol de la Cruz', given: 'Marisol', surname: 'de la Cruz' }],
    ['de', 'Die Kommissionschefin von der Leyen versprach Hilfe.', { text: 'von der Leyen', surname: 'von der Leyen', role: 'Kommissionschefin' }],
    ['en', 'Later Muammar al-Gaddafi said the protests were foreign-made.', { text: 'Muammar al-Gaddafi', given: 'Muammar', surname: 'al-Gaddafi' }],
    ['de', 'Der Trainer Rafael Van der Vaart lobte das Team.', { text: 'Rafael Van der Vaart', given: 'Rafael', surname: 'Van der Vaart' }],
  ];
  it.each(cases)('%s: %s', (lang, sentence, expected) => {
    const people = one(sentence, lang).entities.filter((e) => e.kind === 'person');
    expect(people).toEqual([expect.objectContaining(expected)]);
  });

  it('links a bare particle surname, whatever its capitalization, to the full name', () => {
    const claims = many([['EU-Kommissionspräsidentin Ursula von der Leyen reiste nach Kiew.', 'Von der Leyen traf Soldaten.', 'Dort sagte von der Leyen, die Hilfe gehe weiter.']], 'de');
    const later = claims.slice(1).map((c) => c.entities.filter((e) => e.kind === 'person').map((e) => [e.text, e.given]));
    expect(later).toEqual([[['Von der Leyen', 'Ursula']], [['von der Leyen', 'Ursula']]]);
  });

  it('a single "von" after a role is a preposition, not a name part', () => {
    const people = one('Ein Sprecher von Siemens bestätigte das.', 'de').entities.filter((e) => e.kind === 'person');
    expect(people).toEqual([]);
  });
});

describe('organisations', () => {
  const cases: [Language, string, string][] = [
    ['de', 'Die Spedition Hartmann & Söhne GmbH aus Bremen meldete Insolvenz an.', 'Hartmann & Söhne GmbH'],
    ['de', 'Ein Sprecher von Hartmann & Söhne bestätigte das.', 'Hartmann & Söhne'],
    ['en', 'Shares of Procter & Gamble rose on Tuesday.', 'Procter & Gamble'],
    ['de', 'Die Bundesanstalt für Geowissenschaften und Rohstoffe (BGR) warnte vor Engpässen.', 'Bundesanstalt für Geowissenschaften und Rohstoffe'],
    ['de', 'Die Bundesanstalt für Geowissenschaften und Rohstoffe (BGR) warnte vor Engpässen.', 'BGR'],
  ];
  it.each(cases)('%s: %s → organisation "%s"', (lang, sentence, name) => {
    const ents = one(sentence, lang).entities;
    expect(ents).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'organization', text: name })]));
    expect(ents.filter((e) => e.kind === 'person')).toEqual([]);
  });
});

describe('never a person', () => {
  const cases: [Language, string, string][] = [
    ['de', 'Im März forderte die Opposition Transparenz.', 'Transparenz'],
    ['de', 'Die Gewerkschaft verlangte Aufklärung.', 'Aufklärung'],
    ['de', 'Die Kommissionschefin versprach Hilfe.', 'Hilfe'],
    ['de', 'Am Freitag nannte der Minister das Abkommen einen Eckpfeiler.', 'Freitag'],
    ['de', 'Ab Mai gilt die neue Regel.', 'Mai'],
    ['de', 'Nach Angaben von Siemens sanken die Gewinne.', 'Siemens'],
    ['de', 'Der Minister lobte Japan.', 'Japan'],
    ['en', 'On Friday the council met again.', 'Friday'],
    ['en', 'In May the opposition demanded transparency.', 'May'],
    ['en', 'Sunday was quiet in Paris.', 'Sunday'],
  ];
  it.each(cases)('%s: %s — "%s"', (lang, sentence, word) => {
    const people = one(sentence, lang).entities.filter((e) => e.kind === 'person' && e.text.includes(word));
    expect(people).toEqual([]);
  });
});

describe('a later short form links to the full name', () => {
  it('"Mr. Okafor" inherits the given name of "Daniel Okafor"', () => {
    const claims = many([['Daniel Okafor resigned on Monday.', 'Mr. Okafor said he was proud of the team.']], 'en');
    expect(claims[1]!.entities).toEqual([expect.objectContaining({ kind: 'person', surname: 'Okafor', given: 'Daniel', role: 'Mr' })]);
  });
});

describe('names that look like common nouns or stand at the start of a sentence', () => {
  const cases: [Language, string, Expect][] = [
    // A surname with a noun ending ("-enz", "-ence") after a given name or a role is still a surname.
    ['de', 'Die Sperrung dauert an, sagte Stadträtin Ingrid Lorenz.', { text: 'Ingrid Lorenz', surname: 'Lorenz', role: 'Stadträtin' }],
    ['de', 'Baurätin Helga Florenz stellte den Plan vor.', { text: 'Helga Florenz', surname: 'Florenz', role: 'Baurätin' }],
    ['en', 'The award went to Jennifer Lawrence on Friday.', { text: 'Jennifer Lawrence', given: 'Jennifer', surname: 'Lawrence' }],
    // Given names from Poland, Ukraine and East Africa open a name even at the start of a sentence.
    ['en', 'Tomasz Nowak conducted the orchestra in Gdańsk.', { text: 'Tomasz Nowak', given: 'Tomasz', surname: 'Nowak' }],
    ['en', 'Edwin Mutai won the race in Boston.', { text: 'Edwin Mutai', given: 'Edwin', surname: 'Mutai' }],
    ['de', 'Andrij Melnyk kritisierte die Entscheidung.', { text: 'Andrij Melnyk', given: 'Andrij', surname: 'Melnyk' }],
    // A headline in title case: a given name takes one surname, not the verb and noun after it.
    ['en', 'City Marathon 2025: Grace Kiptoo Shatters Course Record', { text: 'Grace Kiptoo', given: 'Grace', surname: 'Kiptoo' }],
  ];
  it.each(cases)('%s: %s', (lang, sentence, expected) => {
    const people = one(sentence, lang).entities.filter((e) => e.kind === 'person');
    expect(people).toEqual([expect.objectContaining({ kind: 'person', ...expected })]);
  });

  it('an unknown given name before a surname the article knows opens a sentence as that person', () => {
    const claims = many([['Concertmaster Ada Okonjo played first.', 'Chidi Okonjo conducted the orchestra.']], 'en');
    expect(claims[1]!.entities).toEqual([expect.objectContaining({ kind: 'person', text: 'Chidi Okonjo', given: 'Chidi', surname: 'Okonjo' })]);
  });

  it('a word before a known surname that is a function word is not a given name', () => {
    const claims = many([['Conductor Ada Okonjo played first.', 'Then Okonjo bowed.']], 'en');
    expect(claims[1]!.entities).toEqual([expect.objectContaining({ kind: 'person', text: 'Okonjo', surname: 'Okonjo' })]);
  });
});

describe('ships, firms, agencies and places that look like people', () => {
  const cases: [Language, string, string, EntityMention['kind']][] = [
    ['en', 'The ferry Skye Navigator ran aground off Mallaig.', 'Skye Navigator', 'other'],
    ['en', 'Crews towed the tanker Copper Wren into port.', 'Copper Wren', 'other'],
    ['de', 'Die Fähre Nordlicht lag im Hafen fest.', 'Nordlicht', 'other'],
    ['en', 'Caledonian Ferries said the crossing was cancelled.', 'Caledonian Ferries', 'organization'],
    ['en', 'The Air Accidents Investigation Branch has opened an inquiry.', 'Air Accidents Investigation Branch', 'organization'],
    ['en', 'Westbrook Semiconductor said it will cut 900 jobs.', 'Westbrook Semiconductor', 'organization'],
    ['de', 'Die Bergwacht Ruhpolding warnt vor Lawinen.', 'Bergwacht Ruhpolding', 'organization'],
    ['de', 'Die Feuerwehr Pirna meldete am Abend Entwarnung.', 'Feuerwehr Pirna', 'organization'],
    // A weekday or month after "on"/"in" ends a place name.
    ['en', 'The boat sank off Puffin Bay on Friday morning.', 'Puffin Bay', 'place'],
    ['en', 'Seals returned to Heron Bay in March.', 'Heron Bay', 'place'],
  ];
  it.each(cases)('%s: %s', (lang, sentence, text, kind) => {
    const ents = one(sentence, lang).entities;
    expect(ents).toEqual(expect.arrayContaining([expect.objectContaining({ kind, text })]));
    expect(ents.filter((e) => e.kind === 'person')).toEqual([]);
  });

  it('a sentence with a lower-case verb is no title-case headline', () => {
    const people = one('Ms. Amara Okafor met Mr. David Chen on Monday.', 'en').entities.filter((e) => e.kind === 'person');
    expect(people.map((p) => p.text)).toEqual(['Amara Okafor', 'David Chen']);
  });
});

describe('a preposition after a full name is not a name particle', () => {
  const cases: [Language, string, Expect][] = [
    ['de', 'Einsatzleiter Tomáš Novák von der Feuerwehr bestätigte den Brand.', { text: 'Tomáš Novák', surname: 'Novák' }],
    ['de', 'Am Abend sprach Ursula von der Leyen in Brüssel.', { text: 'Ursula von der Leyen', surname: 'von der Leyen' }],
    ['de', 'Tomáš Novák von der Feuerwehr berichtete von dem Einsatz.', { text: 'Tomáš Novák', given: 'Tomáš', surname: 'Novák' }],
  ];
  it.each(cases)('%s: %s', (lang, sentence, expected) => {
    const people = one(sentence, lang).entities.filter((e) => e.kind === 'person');
    expect(people).toEqual([expect.objectContaining({ kind: 'person', ...expected })]);
  });
});
