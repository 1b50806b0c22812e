import { describe, expect, it } from 'vitest';
import type { EntityMention, Language } from '../../src/model/schema.js';
import { many, one } from './helpers.js';

type Expect = Partial<Pick<EntityMention, 'text' | 'kind' | 'given' | 'surname' | 'role'>>;

const found: [Language, string, Expect][] = [
  ['de', 'US-Präsident Donald Trump reiste nach Tokio.', { text: 'Donald Trump', kind: 'person', given: 'Donald', surname: 'Trump', role: 'US-Präsident' }],
  ['de', 'Japans Regierungschefin Sanae Takaichi empfing ihn.', { text: 'Sanae Takaichi', kind: 'person', surname: 'Takaichi', role: 'Regierungschefin' }],
  ['de', 'Er traf Chinas Präsidenten Xi Jinping in Busan.', { text: 'Xi Jinping', kind: 'person', surname: 'Jinping', role: 'Präsidenten' }],
  ['de', 'Die Premierministerin Jacinda Ardern trat zurück.', { text: 'Jacinda Ardern', kind: 'person', role: 'Premierministerin' }],
  ['de', 'Bundeskanzler Olaf Scholz reiste ab.', { text: 'Olaf Scholz', kind: 'person', role: 'Bundeskanzler' }],
  ['de', 'Der Verdi-Vorsitzende Frank Werneke warnte vor Streiks.', { text: 'Frank Werneke', kind: 'person', role: 'Verdi-Vorsitzende' }],
  ['de', 'Bürgermeisterin Henriette Reker eröffnete die Messe.', { surname: 'Reker', role: 'Bürgermeisterin' }],
  ['de', 'Sie erinnerte an den verstorbenen Premier Shinzo Abe.', { text: 'Shinzo Abe', kind: 'person', given: 'Shinzo', surname: 'Abe' }],
  ['de', 'Er bekam eine Tasche des Golfmeisters Hideki Matsuyama.', { text: 'Hideki Matsuyama', kind: 'person', surname: 'Matsuyama' }],
  ['de', 'Die Rede hielt Angela Merkel vor dem Bundestag.', { text: 'Angela Merkel', kind: 'person', given: 'Angela' }],
  ['de', 'Das sei ein Erfolg, sagte Müller am Abend.', { text: 'Müller', kind: 'person', surname: 'Müller' }],
  ['de', 'Ministerin Annalena Baerbock reiste nach Kiew.', { surname: 'Baerbock', role: 'Ministerin' }],
  ['de', 'Herr Schmidt widersprach.', { text: 'Schmidt', kind: 'person', role: 'Herr' }],
  // An age before a name is no count: the name stays a person's.
  ['de', 'Die 34-jährige Amra Hodžić stürzte in eine Spalte.', { text: 'Amra Hodžić', kind: 'person', surname: 'Hodžić' }],
  ['de', 'Er traf sich mit drei Anna Müllers.', { kind: 'person', given: 'Anna' }],
  ['de', 'Die Sprecherin Maria Adebahr bestätigte den Termin.', { surname: 'Adebahr', role: 'Sprecherin' }],
  ['de', 'Daten des US Geological Survey zeigen das.', { text: 'US Geological Survey', kind: 'organization' }],
  ['de', 'Die Apec-Gruppe tagt in Südkorea.', { text: 'Apec-Gruppe', kind: 'organization' }],
  ['de', 'Die Bundesanstalt für Geowissenschaften und Rohstoffe warnt.', { text: 'Bundesanstalt für Geowissenschaften und Rohstoffe', kind: 'organization' }],
  ['de', 'Die Deutsche Bank meldet Gewinne.', { text: 'Deutsche Bank', kind: 'organization' }],
  ['de', 'Die EU verhängt Zölle.', { text: 'EU', kind: 'organization' }],
  ['de', 'Die USA und Japan unterzeichnen.', { text: 'USA', kind: 'place' }],
  ['de', 'Das Treffen fand im Akasaka-Palast statt.', { text: 'Akasaka-Palast', kind: 'place' }],
  ['de', 'Die Verteidigungsausgaben Japans steigen.', { text: 'Japans', kind: 'place' }],
  ['de', 'Er landete in Peking.', { text: 'Peking', kind: 'place' }],
  ['de', 'Das Gipfeltreffen in Südkorea beginnt.', { text: 'Südkorea', kind: 'place' }],
  ['en', 'President Joe Biden spoke in Washington.', { text: 'Joe Biden', kind: 'person', role: 'President', surname: 'Biden' }],
  ['en', 'Prime Minister Rishi Sunak resigned.', { text: 'Rishi Sunak', kind: 'person', role: 'Prime Minister' }],
  ['en', 'Sen. Elizabeth Warren objected.', { text: 'Elizabeth Warren', kind: 'person', role: 'Sen' }],
  ['en', 'Mr. Okafor declined to comment.', { text: 'Okafor', kind: 'person', role: 'Mr' }],
  ['en', 'Dr. Amara Chen led the study.', { text: 'Amara Chen', kind: 'person', role: 'Dr' }],
  ['en', "The company's chief operating officer, Jane Holloway, left.", { text: 'Jane Holloway', kind: 'person', role: 'chief operating officer' }],
  ['en', 'The shares fell, said Okafor.', { text: 'Okafor', kind: 'person', surname: 'Okafor' }],
  ['en', 'Okafor said the shares fell.', { text: 'Okafor', kind: 'person' }],
  ['en', 'The figures came from Maria Gonzalez.', { text: 'Maria Gonzalez', kind: 'person', given: 'Maria' }],
  ['en', 'Data from the US Geological Survey shows that.', { text: 'US Geological Survey', kind: 'organization' }],
  ['en', 'The International Energy Agency (IEA) warned.', { text: 'International Energy Agency', kind: 'organization' }],
  ['en', 'The International Energy Agency (IEA) warned.', { text: 'IEA', kind: 'organization' }],
  ['en', 'The Bank of England raised rates.', { text: 'Bank of England', kind: 'organization' }],
  ['en', 'Leaders met in South Korea.', { text: 'South Korea', kind: 'place' }],
  ['en', "Beijing's response was swift.", { text: "Beijing's", kind: 'place' }],
  ['en', 'The summit took place at Akasaka Palace.', { text: 'Akasaka Palace', kind: 'place' }],
  ['en', 'The rhetoric eased, said Michael Jordan, a professor.', { text: 'Michael Jordan', kind: 'person', surname: 'Jordan' }],
  ['en', 'Tesla chief executive Elon Musk attended.', { text: 'Elon Musk', kind: 'person', role: 'chief executive' }],
  ['en', 'The International Monetary Fund (IMF) expects growth.', { text: 'IMF', kind: 'organization' }],
  ['de', 'Die Grünen-Politikerin Ricarda Lang widersprach.', { text: 'Ricarda Lang', kind: 'person', role: 'Grünen-Politikerin' }],
  ['de', 'Das Institut für Weltwirtschaft legte Zahlen vor.', { text: 'Institut für Weltwirtschaft', kind: 'organization' }],
  ['de', 'Er sprach mit Wolodymyr Selenskyj über Waffen.', { text: 'Wolodymyr Selenskyj', kind: 'person', surname: 'Selenskyj' }],
];

const notPersons: [Language, string, string][] = [
  ['de', 'Die Ausgaben steigen bis März auf 2%.', 'März'],
  ['de', 'Das Treffen findet am Donnerstag in Südkorea statt.', 'Donnerstag'],
  ['de', 'Die Apec-Gruppe umfasst 21 Staaten.', 'Apec-Gruppe'],
  ['de', 'Trump sprach vor dem Hintergrund des Akasaka-Palasts.', 'Akasaka-Palasts'],
  ['de', 'Konflikte zwischen Israel und Hamas dauern an.', 'Hamas'],
  ['de', 'Sie landeten in Tokio am Abend.', 'Tokio'],
  ['de', 'Sie nannte die Allianz den „Eckpfeiler“ ihrer Politik.', 'Eckpfeiler'],
  ['de', 'Mit einem Ziel vor Augen: Seltene Erden sind wichtig.', 'Erden'],
  ['de', 'Es gehe um Transparenz und Vertrauen, sagte sie.', 'Transparenz'],
  ['de', 'Die Vereinbarung über seltene Erden wurde unterzeichnet.', 'Vereinbarung'],
  ['de', 'Die Regierung sagte, sie prüfe den Fall.', 'Regierung'],
  ['de', 'Analysten verweisen darauf, dass die Preise steigen.', 'Analysten'],
  ['de', 'Neue Ära der Zusammenarbeit beginnt.', 'Ära'],
  ['de', 'Es begann eine neue „Goldene Ära“ in den Beziehungen.', 'Ära'],
  ['en', 'The vote is on Monday in May.', 'Monday'],
  ['en', 'Critics say the plan fails.', 'Critics'],
  ['en', 'The Treasury said the plan works.', 'Treasury'],
  ['en', 'Experts warned in Tokyo.', 'Tokyo'],
  ['en', 'Residents said the roads were closed.', 'Residents'],
  ['en', 'The end of the Cold War changed Europe.', 'War'],
  ['de', 'Der Bund hat im vergangenen Jahr Milliarden Euro investiert.', 'Euro'],
  ['de', 'Dafür fließen 40 Millionen Euro Förderung.', 'Euro'],
  ['de', 'Insider berichten von Streit.', 'Insider'],
  // After a number or a counting word, two capitalized words are counted nouns, also when one is misspelt.
  ['de', 'Es gab sechs Punkte Abzug.', 'Abzug'],
  ['de', 'Die Anklage hatte drei Monaet Haft gefordert.', 'Haft'],
  ['de', 'Sie zahlten 1.200 Euro Strafe und 3 Montae Haft.', 'Haft'],
];

describe('entities', () => {
  it.each(found)('%s: %s', (lang, sentence, expected) => {
    const ents = one(sentence, lang).entities;
    expect(ents).toEqual(expect.arrayContaining([expect.objectContaining(expected)]));
  });

  it.each(notPersons)('%s: %s — "%s" is not a person', (lang, sentence, word) => {
    const ents = one(sentence, lang).entities;
    expect(ents.filter((e) => e.kind === 'person' && e.text.includes(word))).toEqual([]);
  });

  it('links a later bare surname, also in the genitive, to the full mention', () => {
    const claims = many([
      ['US-Präsident Donald Trump landete in Tokio.', 'Trump lobte die Gastgeber.', 'Die Pläne Trumps stießen auf Kritik.'],
    ], 'de');
    const later = claims.slice(1).flatMap((c) => c.entities.filter((e) => e.kind === 'person'));
    expect(later.map((e) => [e.text, e.surname, e.given])).toEqual([
      ['Trump', 'Trump', 'Donald'],
      ['Trumps', 'Trump', 'Donald'],
    ]);
  });

  it('reads a genitive after a role as the known surname', () => {
    const claims = many([['Donald Trump reiste an.', 'Die Rede Präsident Trumps war kurz.']], 'de');
    expect(claims[1]!.entities).toEqual([expect.objectContaining({ text: 'Trumps', surname: 'Trump', given: 'Donald', role: 'Präsident' })]);
  });

  it('links surnames in the headline to the body', () => {
    const claims = many([{ sentences: ['Takaichi empfängt Gäste'], kind: 'title' }, ['Premierministerin Sanae Takaichi lud ein.']], 'de');
    expect(claims[0]!.entities).toEqual([expect.objectContaining({ kind: 'person', surname: 'Takaichi', given: 'Sanae' })]);
  });

  it('keeps two people with the same role apart', () => {
    const c = one('Trump traf Chinas Präsidenten Xi Jinping und den verstorbenen Premier Shinzo Abe nicht.', 'de');
    const people = c.entities.filter((e) => e.kind === 'person').map((e) => e.surname);
    expect(people).toEqual(expect.arrayContaining(['Jinping', 'Abe']));
  });

  it('maps entity spans onto the text', () => {
    const c = one('Bundeskanzler Olaf Scholz traf die Deutsche Bank in Frankfurt.', 'de');
    for (const e of c.entities) expect(c.text.slice(e.span.start, e.span.end)).toBe(e.text);
    expect(c.entities.length).toBe(3);
  });
});
