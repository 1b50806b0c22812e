import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import type { Language } from '../../src/model/schema.js';

// The extractors screen each sentence once for the opening words of all their phrase lists, and those lists are
// built lazily per language pack. A sentence must be read the same whether it is the very first one a pack sees
// (lists still joining the screen) or one of many.
const sentences: [Language, string][] = [
  ['de', 'Die Ergebnisse sind alarmierend.'],
  ['de', 'Meiner Meinung nach ist der Plan falsch.'],
  ['de', 'Die Brücke wird im Mai eröffnet werden.'],
  ['de', 'Angeblich sollen mehrere Hundert Menschen vor drei Tagen demonstriert haben.'],
  ['de', 'Nach Angaben der Polizei kamen am vergangenen Freitag rund 2000 Menschen.'],
  ['de', 'Experten zufolge könnte der Schaden in die Millionen gehen.'],
  ['en', 'I believe the council has failed the town.'],
  ['en', 'The ruling is a disgraceful attack on the press.'],
  ['en', 'Some say the plan was reportedly dropped last week.'],
  ['en', 'According to police, about two hundred people gathered two days ago.'],
  ['en', 'The bridge is expected to reopen next month, officials said.'],
];

// A fresh pack per call: an unused extra word makes the library build new lists for it.
let fresh = 0;
function firstSentenceOfNewPack(language: Language, text: string) {
  const words = { [language]: { 'extract.vagueSources': [`Qqxz${++fresh}`] } };
  return extractClaims({ id: 'a', text, language, publishedAt: '2025-06-11' }, { words }).claims;
}

describe('sentence screening', () => {
  it.each(sentences)('%s: %s reads the same first and later', (language, text) => {
    // Warm the built-in pack on every sentence first, so its lists are complete.
    for (const [l, t] of sentences) extractClaims({ id: 'w', text: t, language: l });
    const warm = extractClaims({ id: 'a', text, language, publishedAt: '2025-06-11' }).claims;
    expect(firstSentenceOfNewPack(language, text)).toEqual(warm);
  });
});
