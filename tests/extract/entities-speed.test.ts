import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/model/schema.js';
import { many, one } from './helpers.js';

// The entity pass skips work where it cannot find anything (a capitalized run with no keyword in reach, a word whose
// first letters start no known surname) and reads particles from the word profile: these cases sit at the edges of
// those shortcuts, where a wrong one would lose or invent a mention.

describe('a keyword at the far end of a capitalized run still makes an organisation', () => {
  const cases: [Language, string, string][] = [
    // The eighth word of the run, the last one a run may have.
    ['en', 'Staff at the Tyneford Wildlife Volunteer Helpers Friends Tyneford Wildlife Fund protested.', 'Tyneford Wildlife Volunteer Helpers Friends Tyneford Wildlife Fund'],
    ['en', 'Yesterday the Harrow Road Allotment Growers Association met.', 'Harrow Road Allotment Growers Association'],
    ['de', 'Gestern tagte die Kieler Kinderhilfe Stiftung in Lübeck.', 'Kieler Kinderhilfe Stiftung'],
  ];
  it.each(cases)('%s: %s', (lang, sentence, org) => {
    const orgs = one(sentence, lang).entities.filter((e) => e.kind === 'organization').map((e) => e.text);
    expect(orgs).toContain(org);
  });

  it('a run of capitalized words without a keyword is no organisation', () => {
    const orgs = one('Yesterday Maria Keller met Tom Ward in the park.', 'en').entities.filter((e) => e.kind === 'organization');
    expect(orgs).toEqual([]);
  });
});

describe('bare surnames outside Latin-1 are linked, and look-alike starts are not', () => {
  it.each([
    ['de', ['Anna Łapińska leitet das Museum.', 'Später sagte Łapińska, das Haus bleibe offen.']],
    ['en', ['The curator Anna Łapińska opened the museum.', 'Later Łapińska said the house would stay open.']],
  ] as [Language, string[]][])('%s', (lang, sentences) => {
    const later = many([sentences], lang)[1]!.entities.filter((e) => e.kind === 'person');
    expect(later.map((e) => [e.text, e.given])).toEqual([['Łapińska', 'Anna']]);
  });

  it('a word whose first two letters share the surname’s table bit is no person', () => {
    // "Ł" (U+0141) and "A" share their low byte: "Aachen" passes the quick test and is turned down by the full lookup.
    const later = many([['Anna Łapińska leitet das Museum.', 'Das Museum in Aachen bleibt offen.']], 'de')[1]!.entities;
    expect(later.filter((e) => e.kind === 'person')).toEqual([]);
  });
});

describe('particles and initials split given name and surname', () => {
  const cases: [Language, string, string, string | undefined, string][] = [
    ['en', 'Professor J. Harcourt said the plan was sound.', 'J. Harcourt', 'J', 'Harcourt'],
    ['en', 'Professor John E Smith said the plan was sound.', 'John E Smith', 'John E', 'Smith'],
    ['en', 'Treasurer Marisol de la Cruz said the budget was balanced.', 'Marisol de la Cruz', 'Marisol', 'de la Cruz'],
    ['de', 'Am Abend sprach Ursula von der Leyen in Brüssel.', 'Ursula von der Leyen', 'Ursula', 'von der Leyen'],
  ];
  it.each(cases)('%s: %s', (lang, sentence, text, given, surname) => {
    const people = one(sentence, lang).entities.filter((e) => e.kind === 'person');
    expect(people.map((e) => [e.text, e.given, e.surname])).toContainEqual([text, given, surname]);
  });
});

describe('a role in apposition needs a comma and one to three spaces', () => {
  const cases: [string, string | undefined][] = [
    ['Maria Keller,  mayor of Lindau, opened the bridge.', 'mayor'],
    ['Maria Keller, mayor of Lindau, opened the bridge.', 'mayor'],
    ['Maria Keller;  mayor of Lindau, opened the bridge.', undefined],
  ];
  it.each(cases)('%s', (sentence, role) => {
    const people = one(sentence, 'en').entities.filter((e) => e.kind === 'person' && e.text === 'Maria Keller');
    expect(people.map((e) => e.role)).toEqual([role]);
  });
});
