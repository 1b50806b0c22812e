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
