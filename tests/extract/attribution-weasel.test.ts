import { describe, expect, it } from 'vitest';
import type { Attribution, Language } from '../../src/model/schema.js';
import { many, one } from './helpers.js';

type Expect = Partial<Pick<Attribution, 'kind' | 'cue' | 'source'>>;

// Weasel wordings that leave no one to check (invalid: they must be flagged as vague, agentless or anonymous).
const weasel: [Language, string, Expect][] = [
  // English passives of reporting and judging verbs without an agent
  ['en', 'The bridge is widely regarded as the most elegant in the region.', { kind: 'agentless', cue: 'is widely regarded' }],
  ['en', 'It has been suggested that the mayor knew about the contract.', { kind: 'agentless' }],
  ['en', 'It was argued that the tax would hurt small farms.', { kind: 'agentless', cue: 'was argued' }],
  ['en', 'The painting is often thought to be a forgery.', { kind: 'agentless', cue: 'is often thought' }],
  ['en', 'The coach is said to be furious with the referee.', { kind: 'agentless' }],
  ['en', 'The reform was criticised as rushed.', { kind: 'agentless', cue: 'was criticised' }],
  ['en', 'The drug is believed to cut the risk of stroke.', { kind: 'agentless' }],
  ['en', 'The river is considered the cleanest in the country.', { kind: 'agentless', cue: 'is considered' }],
  ['en', 'The merger was described as a rescue in all but name.', { kind: 'agentless', cue: 'was described' }],
  ['en', 'The singer is rumoured to be planning a comeback tour.', { kind: 'agentless' }],
  ['en', 'The decision has been hailed as a turning point.', { kind: 'agentless', cue: 'been hailed' }],
  ['en', 'The statue is reputed to bring luck to students.', { kind: 'agentless' }],
  ['en', 'The quarterback was touted as the best of his generation.', { kind: 'agentless' }],
  ['en', 'The school has been referred to as a model for the state.', { kind: 'agentless' }],
  ['en', 'Such outbreaks are generally assumed to start in spring.', { kind: 'agentless' }],
  // English passives whose agent names no one
  ['en', 'The novel is regarded by some as his finest work.', { kind: 'vague-group' }],
  ['en', 'The plan was criticised by several lawmakers.', { kind: 'vague-group' }],
  ['en', 'The film is considered by critics to be a masterpiece.', { kind: 'vague-group' }],
  ['en', 'The idea was dismissed as naive, and it is considered by the wider public to be outdated.', { kind: 'vague-group' }],
  // English unnamed groups as subjects
  ['en', 'Some economists argue that the cut came too late.', { kind: 'vague-group', cue: 'Some economists argue' }],
  ['en', 'Several residents said the water smelled of diesel.', { kind: 'vague-group' }],
  ['en', 'Many scholars believe the letter is a later copy.', { kind: 'vague-group' }],
  ['en', 'Most analysts expect the central bank to hold rates.', { kind: 'vague-group' }],
  ['en', 'Historians argue that the treaty was doomed from the start.', { kind: 'vague-group', cue: 'Historians argue' }],
  ['en', 'Environmentalists warn that the dam will dry out the wetland.', { kind: 'vague-group' }],
  ['en', 'Economists say the recession is over.', { kind: 'vague-group' }],
  ['en', 'Some commentators have praised Helen Clark for the budget.', { kind: 'vague-group' }],
  ['en', 'Numerous scientists have warned about the pesticide.', { kind: 'vague-group' }],
  ['en', 'Critics of the scheme claim it favours landlords.', { kind: 'vague-group' }],
  ['en', 'Researchers suggest that the species migrated north.', { kind: 'vague-group' }],
  ['en', 'According to some experts, the vaccine works better in adults.', { kind: 'vague-group' }],
  ['en', 'Officials say the border will reopen soon.', { kind: 'vague-group' }],
  // English anonymous sources
  ['en', 'A person familiar with the talks said the deal was close.', { kind: 'anonymous' }],
  ['en', 'Sources close to the club said the manager would stay.', { kind: 'anonymous' }],
  // German passives without an agent
  ['de', 'Es wird vermutet, dass der Brand gelegt wurde.', { kind: 'agentless' }],
  ['de', 'Der Trainer wird als Nachfolger gehandelt.', { kind: 'agentless', cue: 'wird als Nachfolger gehandelt' }],
  ['de', 'Es wurde behauptet, die Wahl sei manipuliert worden.', { kind: 'agentless', cue: 'wurde behauptet' }],
  ['de', 'Der Entwurf wurde scharf kritisiert.', { kind: 'agentless', cue: 'wurde scharf kritisiert' }],
  ['de', 'In der Stadt wird seit Wochen spekuliert, ob das Werk schließt.', { kind: 'agentless' }],
  ['de', 'Es wird befürchtet, dass die Preise weiter steigen.', { kind: 'agentless' }],
  ['de', 'Es wird angenommen, dass der Täter aus der Region stammt.', { kind: 'agentless' }],
  ['de', 'Wie gemeldet wird, ist die Strecke wieder frei.', { kind: 'agentless' }],
  ['de', 'Die Firma gilt als Marktführer.', { kind: 'agentless' }],
  ['de', 'Dem Minister wird nachgesagt, er habe den Bericht gekannt.', { kind: 'agentless' }],
  // German passives whose agent is a vague group
  ['de', 'Der Plan wird von vielen Experten kritisiert.', { kind: 'vague-group' }],
  ['de', 'Die Reform wird von manchen Beobachtern als überfällig bezeichnet.', { kind: 'vague-group' }],
  // German unnamed groups
  ['de', 'Viele Experten warnen vor einer Überhitzung.', { kind: 'vague-group', cue: 'Viele Experten warnen' }],
  ['de', 'Manche Beobachter meinen, die Wahl sei schon entschieden.', { kind: 'vague-group' }],
  ['de', 'Kritiker meinen, das Gesetz gehe zu weit.', { kind: 'vague-group', cue: 'Kritiker meinen' }],
  ['de', 'Einige Ökonomen rechnen mit einer Rezession.', { kind: 'vague-group' }],
  ['de', 'Virologen warnen vor einer neuen Welle.', { kind: 'vague-group', cue: 'Virologen warnen' }],
  ['de', 'Aktivisten kritisieren die Rodung des Waldes.', { kind: 'vague-group' }],
  ['de', 'Zahlreiche Anwohner beklagen den Lärm.', { kind: 'vague-group' }],
  ['de', 'Laut Experten ist die Brücke marode.', { kind: 'vague-group' }],
  ['de', 'Umfragen zeigen einen Rückgang der Zustimmung.', { kind: 'vague-group' }],
  ['de', 'Nach Einschätzung von Fachleuten reicht das Geld nicht.', { kind: 'vague-group' }],
  // German hearsay and anonymous sources
  ['de', 'Es heißt, der Vorstand wolle zurücktreten.', { kind: 'agentless' }],
  ['de', 'Wie verlautete, ist der Vertrag unterschrieben.', { kind: 'agentless' }],
  ['de', 'Aus Unternehmenskreisen verlautete, der Standort werde geschlossen.', { kind: 'anonymous' }],
  ['de', 'Ein Insider berichtet von einem Streit im Vorstand.', { kind: 'anonymous' }],
];

// Named sources: never weasel, whatever wording they come with (valid).
const named: [Language, string, Expect][] = [
  ['en', 'The tower is considered unsafe by the city council.', { kind: 'named-organisation' }],
  ['en', 'The novel was praised by Margaret Atwood.', { kind: 'named-person', source: 'Margaret Atwood' }],
  ['en', 'The plan was criticised by the International Monetary Fund.', { kind: 'named-organisation' }],
  ['en', 'According to the IEA, demand will peak by 2030.', { kind: 'named-organisation', source: 'IEA' }],
  ['en', 'Demand will peak by 2030, the International Energy Agency said.', { kind: 'named-organisation' }],
  ['en', 'Finance Minister Maria Lopez said the budget is balanced.', { kind: 'named-person', source: 'Maria Lopez' }],
  ['en', 'Professor Alan Reid argues that the dating is wrong.', { kind: 'named-person', source: 'Alan Reid' }],
  ['en', 'Coach Tom Baker said the team was ready.', { kind: 'named-person', source: 'Tom Baker' }],
  ['en', 'A report by the World Bank shows rising debt.', { kind: 'named-document' }],
  ['en', 'Data from Eurostat show prices fell in May.', { kind: 'named-document' }],
  ['en', 'The Bundesbank warned that growth would stall.', { kind: 'named-organisation', source: 'Bundesbank' }],
  ['en', 'Okafor told reporters the strike would end on Friday.', { kind: 'named-person', source: 'Okafor' }],
  ['en', 'Reuters reported that the factory had closed.', { kind: 'named-organisation', source: 'Reuters' }],
  ['en', 'The police said two people were injured.', { kind: 'named-organisation', source: 'The police' }],
  ['en', 'Senator Ruth Miller warned that the bill would fail.', { kind: 'named-person', source: 'Ruth Miller' }],
  ['de', 'Laut Bundesamt für Statistik stiegen die Preise um 2 Prozent.', { kind: 'named-organisation' }],
  ['de', 'Der Polizei zufolge wurde niemand verletzt.', { kind: 'named-organisation', source: 'Der Polizei' }],
  ['de', 'Nach Angaben von Innenministerin Nancy Faeser ist die Lage stabil.', { kind: 'named-person', source: 'Nancy Faeser' }],
  ['de', 'Wie die Stadtverwaltung mitteilte, bleibt die Brücke gesperrt.', { kind: 'named-organisation' }],
  ['de', 'Wie Bürgermeisterin Anna Schulz mitteilte, bleibt die Schule zu.', { kind: 'named-person', source: 'Anna Schulz' }],
  ['de', 'Kanzler Friedrich Merz sagte, die Regierung werde handeln.', { kind: 'named-person', source: 'Friedrich Merz' }],
  ['de', 'Der Plan wird von der Bundesregierung unterstützt, sagte Merz.', { kind: 'named-person', source: 'Merz' }],
  ['de', 'Der Entwurf wird von Ministerin Lisa Paus kritisiert.', { kind: 'named-person', source: 'Lisa Paus' }],
  ['de', 'Die Studie wird vom Robert Koch-Institut als belastbar eingeschätzt.', { kind: 'named-organisation' }],
  ['de', 'Die Bundesbank teilte mit, die Inflation sinke.', { kind: 'named-organisation' }],
  ['de', 'Eine Umfrage des Instituts Forsa zeigt einen Rückgang.', { kind: 'named-document' }],
  ['de', 'Dem Wetterdienst zufolge wird es am Wochenende kälter.', { kind: 'named-organisation' }],
  ['de', 'Ministerpräsident Hendrik Wüst erklärte, das Land zahle die Hälfte.', { kind: 'named-person', source: 'Hendrik Wüst' }],
];

// No attribution at all: plain statements, even with passives of acts rather than of views (valid).
const plain: [Language, string][] = [
  ['en', 'The amendment was accepted without a vote.'],
  ['en', 'The bridge was built in 1932.'],
  ['en', 'The station was closed for repairs.'],
  ['en', 'The team was ranked third after the first round.'],
  ['en', 'The match was played in heavy rain.'],
  ['en', 'Prices rose by 3 percent in March.'],
  ['de', 'Die Brücke wurde 1932 gebaut.'],
  ['de', 'Die Straße wird ab Montag saniert.'],
  ['de', 'Der Antrag wurde mit großer Mehrheit angenommen.'],
  ['de', 'Die Preise stiegen im März um 3 Prozent.'],
  ['de', 'Das Stadion wird im Sommer umgebaut.'],
  ['de', 'Der Zug kam mit zehn Minuten Verspätung an.'],
];

describe('attribution of weasel wordings', () => {
  it.each(weasel)('%s: %s', (lang, sentence, expected) => {
    expect(one(sentence, lang).attribution).toMatchObject(expected);
  });

  it.each(named)('%s: %s names its source', (lang, sentence, expected) => {
    expect(one(sentence, lang).attribution).toMatchObject(expected);
  });

  it.each(plain)('%s: %s has no attribution', (lang, sentence) => {
    expect(one(sentence, lang).attribution.kind).toBe('none');
  });

  it('points the cue span of a passive at the passive', () => {
    const c = one('The bridge is widely regarded as the most elegant in the region.', 'en');
    expect(c.text.slice(c.attribution.cueSpan!.start, c.attribution.cueSpan!.end)).toBe('is widely regarded');
  });

  it('does not take a name after a passive report verb as its speaker', () => {
    const c = one('It was suggested that Hull should merge with Hull Kingston Rovers.', 'en');
    expect(c.attribution.kind).toBe('agentless');
  });

  it('continues a named speaker through Konjunktiv I in the next sentence', () => {
    const claims = many([['Bürgermeisterin Anna Schulz sagte, die Schule bleibe zu.', 'Eine Lösung werde aber geprüft.']], 'de');
    expect(claims[1]!.attribution).toMatchObject({ kind: 'named-person', source: 'Anna Schulz' });
  });
});
