import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const entities = (text: string, language: 'de' | 'en') =>
  extractClaims({ id: 'a', text, language }).claims.flatMap((c) => c.entities.map((e) => [e.text, e.kind]));

describe('seasons', () => {
  it.each([
    ['Die Arbeiten sollen im Frühjahr beginnen.', 'de'],
    ['Im Herbst wird der Haushalt beschlossen.', 'de'],
    ['Das Bad öffnet im Sommer 2026 wieder.', 'de'],
    ['Bis zum Winter soll die Brücke stehen.', 'de'],
    ['The bridge will open in Spring, the council said.', 'en'],
  ] as const)('are not places or names: %s', (text, language) => {
    expect(entities(text, language)).toEqual([]);
  });

  it.each([
    ['Die Ärztin Ina Sommer sagte, die Station sei voll.', 'de', 'Ina Sommer'],
    ['Bürgermeister Jan Winter eröffnete im Herbst die Brücke.', 'de', 'Jan Winter'],
  ] as const)('still end a person\'s name after a given name: %s', (text, language, name) => {
    expect(entities(text, language)).toContainEqual([name, 'person']);
  });
});
