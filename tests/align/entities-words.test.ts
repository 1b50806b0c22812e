// Entity resolution reads the words of running text itself (common nouns written in lower case, misspelt surnames
// the extractor did not tag): words with accents, quotes and hyphens around them must be read as whole words.
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import type { Language } from '../../src/model/schema.js';

function people(articles: [string, Language, string][]): [string, string[]][] {
  const r = compare(articles.map(([id, language, text]) => ({ id, language, text })));
  return r.entities.filter((e) => e.kind === 'person').map((e) => [e.canonical, e.variants.map((v) => `${v.text}@${v.articleIds.join('+')}`)]);
}

const opened = 'Die Ministerin Anna Virtanen eröffnete am Montag die neue Brücke über den Fluss.';

describe('words of running text', () => {
  it.each([
    ['an accented plural at the start of a sentence', 'Émigrés said about 9,000 people returned to the city.', 'The émigrés want to rebuild the old market in 2027.'],
    ['an umlaut at the start of a sentence', 'Ärzte said the clinic treated 40 patients.', 'The ärzte of the clinic, as the locals call them, worked all night.'],
  ])('%s that another article writes in lower case is no person', (_case, a, b) => {
    expect(people([['a', 'en', a], ['b', 'en', b]])).toEqual([]);
  });

  it.each([
    ['after a comma', 'Die neue Brücke wurde am Montag eröffnet, wie Vitranen mitteilte.'],
    ['in German quotation marks', 'Die neue Brücke wurde am Montag eröffnet, wie „Vitranen“ mitteilte.'],
  ])('a misspelt surname %s joins the person another article names', (_case, b) => {
    expect(people([['a', 'de', opened], ['b', 'de', b]])).toEqual([['Anna Virtanen', ['Anna Virtanen@a', 'Vitranen@b']]]);
  });

  it('a word that only shares letters with the surname stays apart', () => {
    expect(people([['a', 'de', opened], ['b', 'de', 'Die neue Brücke wurde am Montag von Vertretern der Stadt eröffnet.']])).toEqual([
      ['Anna Virtanen', ['Anna Virtanen@a']],
    ]);
  });
});
