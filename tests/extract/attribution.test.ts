import { describe, expect, it } from 'vitest';
import type { Attribution, Language } from '../../src/model/schema.js';
import { many, one } from './helpers.js';

type Expect = Partial<Pick<Attribution, 'kind' | 'cue' | 'source'>>;

const single: [Language, string, Expect][] = [
  // named person
  ['de', 'Trump lobte Premierministerin Sanae Takahichi für ihre Führungsstärke.', { kind: 'named-person', source: 'Trump', cue: 'lobte' }],
  ['de', 'Zudem hob Takahichi die Bemühungen der USA hervor.', { kind: 'named-person', source: 'Takahichi' }],
  ['de', 'Takaichi beschreibt die Beziehung als den „Eckpfeiler“ ihrer Politik.', { kind: 'named-person', source: 'Takaichi' }],
  ['de', 'Bundeskanzler Olaf Scholz sagte, die Lage sei ernst.', { kind: 'named-person', source: 'Olaf Scholz' }],
  ['de', 'Die Lage ist ernst, betonte Ministerin Nancy Faeser.', { kind: 'named-person', source: 'Nancy Faeser' }],
  ['de', 'Laut Finanzminister Christian Lindner fehlt Geld.', { kind: 'named-person', source: 'Christian Lindner', cue: 'Laut' }],
  ['de', 'Präsident Donald Trump äußerte sich vor dem Palast: „Ein sehr kräftiger Händedruck“, so seine Worte.', { kind: 'named-person', source: 'Donald Trump' }],
  ['de', 'Kanzler Friedrich Merz zufolge ist der Haushalt solide.', { kind: 'named-person', source: 'Friedrich Merz', cue: 'zufolge' }],
  ['de', 'Nach Angaben von Sprecherin Anna Weber wurde niemand verletzt.', { kind: 'named-person', source: 'Anna Weber' }],
  ['de', 'Die Ministerin Lisa Paus kritisierte den Entwurf scharf.', { kind: 'named-person', source: 'Lisa Paus' }],
  ['en', 'President Joe Biden said the economy is strong.', { kind: 'named-person', source: 'Joe Biden', cue: 'said' }],
  ['en', 'The economy is strong, said Okafor.', { kind: 'named-person', source: 'Okafor' }],
  ['en', 'According to Prime Minister Keir Starmer, talks will continue.', { kind: 'named-person', source: 'Keir Starmer', cue: 'According to' }],
  ['en', 'Dr. Amara Chen warned that cases are rising.', { kind: 'named-person', source: 'Amara Chen' }],
  ['en', 'Senator Maria Cantwell praised the deal.', { kind: 'named-person', source: 'Maria Cantwell' }],
  ['en', '“We will win,” Mr. Okafor told reporters.', { kind: 'named-person', source: 'Okafor' }],
  // named organisation
  ['de', 'Die Bundesbank warnte vor einer Rezession.', { kind: 'named-organisation', source: 'Bundesbank' }],
  ['de', 'Laut der Deutschen Bank sinken die Zinsen.', { kind: 'named-organisation', source: 'Deutschen Bank' }],
  // a specific body named by a definite description, without a proper name
  ['de', 'Nach Angaben der Feuerwehr waren rund 120 Einsatzkräfte vor Ort.', { kind: 'named-organisation', source: 'der Feuerwehr' }],
  ['de', 'Laut dem Umweltamt der Stadt bestand keine Gefahr.', { kind: 'named-organisation', source: 'dem Umweltamt' }],
  ['de', 'Die Brandursache ist nach Angaben der Polizei noch unklar.', { kind: 'named-organisation', source: 'der Polizei' }],
  ['de', 'Am Start standen 45.000 Läufer, wie die Veranstalter mitteilten.', { kind: 'named-organisation', source: 'die Veranstalter' }],
  ['de', 'Am Sonntag teilte die Landespolizei mit, die Straße sei wieder frei.', { kind: 'named-organisation', source: 'die Landespolizei' }],
  ['en', 'The line will cost $412 million, according to a report by the regional transport authority.', { kind: 'named-document', source: 'the regional transport authority' }],
  ['en', 'The project will cost $412 million, the regional transport authority said in its report.', { kind: 'named-organisation', source: 'the regional transport authority' }],
  ['en', 'About 120 firefighters were deployed, according to the fire department.', { kind: 'named-organisation', source: 'the fire department' }],
  // a capitalised name the entity extractor does not know still names the source; a compound of a vague noun does not
  ['en', 'More than 150,000 homes lost power, according to National Grid.', { kind: 'named-organisation', source: 'National Grid' }],
  ['de', 'Laut Polizei wurde niemand verletzt.', { kind: 'named-organisation', source: 'Polizei' }],
  ['de', 'Laut Medienberichten wurde niemand verletzt.', { kind: 'vague-group' }],
  ['en', 'May was the wettest month in years, critics note.', { kind: 'vague-group' }],
  ['de', 'Naturschützer befürchten, dass 40 Hektar Wald gerodet werden müssen.', { kind: 'vague-group' }],
  ['de', 'Kritiker werfen der Stadtverwaltung vor, die Schäden ignoriert zu haben.', { kind: 'vague-group' }],
  ['en', 'Industry analysts expect Celdra to announce a second site.', { kind: 'vague-group' }],
  ['de', 'Nach Informationen aus Klinikkreisen erwägt die Leitung Leiharbeit.', { kind: 'anonymous' }],
  ['de', 'Wie im Rathaus zu hören ist, könnte die Brücke länger gesperrt bleiben.', { kind: 'agentless' }],
  ['en', 'It is widely assumed that the attackers are based abroad.', { kind: 'agentless' }],
  ['de', 'Baudezernent Tomasz Kaczmarek bezifferte die Kosten auf 14,8 Millionen Euro.', { kind: 'named-person', source: 'Tomasz Kaczmarek' }],
  ['de', 'Das Land zahlt nach Worten von Ministerin Claudia Brandt 6 Millionen Euro.', { kind: 'named-person', source: 'Claudia Brandt' }],
  ['de', 'Die Ministerin sagte bei einem Besuch: „Wir helfen.“', { kind: 'named-person', source: 'Die Ministerin' }],
  // a definite body AFTER the verb of an unnamed group is not the source
  ['en', 'People close to the negotiations said the state government had promised to pay.', { kind: 'anonymous' }],
  ['de', 'Experten sagen, die Polizei habe zu spät reagiert.', { kind: 'vague-group' }],
  ['de', 'Die EU-Kommission erklärte, sie prüfe den Fall.', { kind: 'named-organisation', source: 'EU-Kommission' }],
  ['en', 'The International Energy Agency said demand will peak.', { kind: 'named-organisation', source: 'International Energy Agency' }],
  ['en', 'According to the Bank of England, inflation will fall.', { kind: 'named-organisation', source: 'Bank of England' }],
  ['en', 'The EU announced new tariffs.', { kind: 'named-organisation', source: 'EU' }],
  // named document
  ['de', 'Daten des US Geological Survey zeigen, dass China etwa 60 % kontrolliert.', { kind: 'named-document', source: 'US Geological Survey' }],
  ['de', 'Laut einer Allensbach-Umfrage vom Juni sind viele unzufrieden.', { kind: 'named-document', source: 'Allensbach' }],
  ['de', 'Eine Studie der Universität Mannheim zeigt steigende Mieten.', { kind: 'named-document' }],
  ['de', 'Der Bericht der Bundesbank belegt den Rückgang.', { kind: 'named-document', source: 'Bundesbank' }],
  ['de', 'Eine Umfrage vom März belegt das.', { kind: 'named-document', source: 'März' }],
  ['en', 'According to a report by the International Energy Agency, demand is falling.', { kind: 'named-document', source: 'International Energy Agency' }],
  ['en', 'A study by Harvard University shows rising rents.', { kind: 'named-document' }],
  ['en', 'Data from the US Geological Survey shows China dominates.', { kind: 'named-document', source: 'US Geological Survey' }],
  ['de', 'Laut einer Studie des Instituts der deutschen Wirtschaft (IW) fehlen 12.000 Lokführer.', { kind: 'named-document', source: 'IW' }],
  ['en', 'Residents said the motorcade closed roads.', { kind: 'vague-group', cue: 'Residents said' }],
  ['en', 'Biden called the plan a mistake, according to Reuters.', { kind: 'named-person', source: 'Biden' }],
  ['en', 'According to Reuters, the plan failed.', { kind: 'named-organisation', source: 'Reuters' }],
  // vague group
  ['de', 'Umfragen belegen, dass die Unterstützung gewachsen ist.', { kind: 'vague-group', cue: 'Umfragen belegen' }],
  ['de', 'Analysten verweisen darauf, dass die Preise steigen.', { kind: 'vague-group', cue: 'Analysten verweisen' }],
  ['de', 'Beobachter gehen davon aus, dass die Wahl knapp wird.', { kind: 'vague-group' }],
  ['de', 'Fachleute schätzen den Schaden auf Millionen.', { kind: 'vague-group', cue: 'Fachleute schätzen' }],
  ['de', 'Experten warnen vor einer Blase.', { kind: 'vague-group', cue: 'Experten warnen' }],
  ['de', 'Studien zeigen, dass Sport hilft.', { kind: 'vague-group', cue: 'Studien zeigen' }],
  ['de', 'Laut Experten ist der Plan riskant.', { kind: 'vague-group' }],
  ['de', 'Viele Ökonomen glauben, dass die Zinsen fallen.', { kind: 'vague-group', cue: 'Viele Ökonomen glauben' }],
  ['en', 'Research suggests that sleep matters.', { kind: 'vague-group', cue: 'Research suggests' }],
  ['en', 'Many economists argue that rates will fall.', { kind: 'vague-group', cue: 'Many economists argue' }],
  ['en', 'Critics say the plan is too costly.', { kind: 'vague-group', cue: 'Critics say' }],
  ['en', 'Polls show broad support for the deal.', { kind: 'vague-group', cue: 'Polls show' }],
  ['en', 'Experts warn of a bubble.', { kind: 'vague-group' }],
  ['en', 'According to experts, the risk is high.', { kind: 'vague-group' }],
  ['en', 'A study shows that coffee helps.', { kind: 'vague-group' }],
  // agentless
  ['de', 'Wie berichtet wird, haben beide Seiten unterzeichnet.', { kind: 'agentless', cue: 'Wie berichtet wird' }],
  ['de', 'Es wird vermutet, dass der Täter floh.', { kind: 'agentless' }],
  ['de', 'Es heißt, die Firma sei pleite.', { kind: 'agentless' }],
  ['de', 'Berichten zufolge wurde der Vertrag gekündigt.', { kind: 'agentless' }],
  ['en', 'It is said that the firm is bankrupt.', { kind: 'agentless', cue: 'It is said' }],
  ['en', 'The minister reportedly resigned.', { kind: 'agentless', cue: 'reportedly' }],
  ['en', 'It is believed the talks failed.', { kind: 'agentless' }],
  // anonymous
  ['de', 'Insider berichten von einem Zerwürfnis.', { kind: 'anonymous' }],
  ['de', 'Aus Regierungskreisen hieß es, der Plan stehe.', { kind: 'anonymous' }],
  ['en', 'People close to the talks said a deal is near.', { kind: 'anonymous', cue: 'People close to' }],
  ['en', 'A source familiar with the matter confirmed it.', { kind: 'anonymous' }],
  ['en', 'Officials who asked not to be named confirmed the plan.', { kind: 'anonymous' }],
  // none
  ['de', 'Seltene Erden sind wichtig für Smartphones.', { kind: 'none' }],
  ['de', 'Die Apec-Gruppe umfasst 21 Staaten.', { kind: 'none' }],
  ['de', 'Diese Partnerschaft zeigt, wie wichtig Vertrauen ist.', { kind: 'none' }],
  ['en', 'The bridge opened in 1932.', { kind: 'none' }],
  ['en', 'Rare earths are vital for magnets.', { kind: 'none' }],
];

describe('attribution', () => {
  it.each(single)('%s: %s', (lang, sentence, expected) => {
    expect(one(sentence, lang).attribution).toMatchObject(expected);
  });

  it('points the cue span at the cue', () => {
    const c = one('Umfragen belegen, dass die Unterstützung gewachsen ist.', 'de');
    expect(c.text.slice(c.attribution.cueSpan!.start, c.attribution.cueSpan!.end)).toBe('Umfragen belegen');
  });

  it('sources every weakly attributed sentence of a cited paragraph to the citation', () => {
    const claims = many([
      { sentences: ['Wie berichtet wird, haben beide unterzeichnet.', 'Die Länder wollen unabhängiger werden.', 'Trump lobte die Einigung.'], citations: ['radioenneperuhr.de'] },
      ['Die Länder wollen unabhängiger werden.'],
    ], 'de');
    expect(claims.map((c) => c.attribution.kind)).toEqual(['citation', 'citation', 'named-person', 'none']);
    expect(claims[0]!.attribution).toMatchObject({ cue: '[radioenneperuhr.de]', source: 'radioenneperuhr.de' });
    expect(claims[0]!.citations).toEqual(['radioenneperuhr.de']);
    expect(claims[3]!.citations).toEqual([]);
  });

  it('continues a named source through German reported speech (Konjunktiv I)', () => {
    const claims = many([['Finanzminister Christian Lindner sagte am Montag, der Haushalt stehe.', 'Die Schuldenbremse sei einzuhalten.', 'Die Börse schloss fester.']], 'de');
    expect(claims[1]!.attribution).toMatchObject({ kind: 'named-person', source: 'Christian Lindner', cue: 'sei' });
    expect(claims[2]!.attribution.kind).toBe('none');
  });

  it('does not carry reported speech into the next paragraph', () => {
    const claims = many([['Ministerin Lisa Paus sagte, das Geld reiche.'], ['Die Reform sei gescheitert.']], 'de');
    expect(claims[1]!.attribution.kind).toBe('none');
  });
});
