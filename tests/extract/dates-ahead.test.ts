import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/tokens.js';
import { lexicon } from '../../src/extract/lexicon.js';
import { getPack } from '../../src/lang/index.js';
import { findEntities } from '../../src/extract/entities.js';
import { findDates } from '../../src/extract/dates.js';
import { findQuantities } from '../../src/extract/quantities.js';

// The entity pass works out the date classes of every sentence ahead for findDates, which reads them in the order the
// sentences were profiled. Whatever order the extractors run in, dates and quantities must be what they are alone.
const ARTICLES = [
  [
    'de',
    [
      'Am Montag, dem 27. Oktober 2025, sagte Bürgermeisterin Anna Keller, die Brücke koste rund 2,5 Millionen Euro.',
      'Die Sperrung dauert seit drei Wochen.',
      'Keller kündigte an, um 15 Uhr vor etwa 200 Anwohnern zu sprechen.',
      'Niemand wurde verletzt.',
      'Im März 2024 hatte der Stadtrat zwei Gutachten bestellt.',
    ],
  ],
  [
    'en',
    [
      'On Tuesday, Oct. 28, Mayor John Carter said the bridge would cost about $4.2 million.',
      'Repairs began three weeks ago.',
      'Carter will speak at 3 p.m. to more than 150 residents.',
      'Nobody was hurt.',
      'In May 2024 the council ordered two reports.',
    ],
  ],
] as const;

const PUBLISHED = '2025-10-28';

type Pack = ReturnType<typeof getPack>['extract'];

function datesAndQuantities(sentence: string, tokens: ReturnType<typeof tokenize>, pack: Pack) {
  const lex = lexicon(pack);
  const dates = findDates(sentence, tokens, lex, pack, PUBLISHED);
  return { dates, quantities: findQuantities(sentence, tokens, lex, pack, dates) };
}

describe('dates and quantities after the entity pass', () => {
  it.each(ARTICLES)('%s: the same as without it, in reading order', (lang, sentences) => {
    const pack = getPack(lang).extract;
    const alone = sentences.map((s) => datesAndQuantities(s, tokenize(s), pack));
    expect(alone.filter((x) => x.dates.length > 0)).toHaveLength(4);
    expect(alone.filter((x) => x.quantities.length > 0).length).toBeGreaterThanOrEqual(3);
    const tokens = sentences.map((s) => tokenize(s));
    tokens.forEach((t, i) => findEntities(sentences[i]!, t, lexicon(pack), pack));
    expect(sentences.map((s, i) => datesAndQuantities(s, tokens[i]!, pack))).toEqual(alone);
  });

  it.each(ARTICLES)('%s: the same when sentences are read in another order', (lang, sentences) => {
    const pack = getPack(lang).extract;
    const alone = sentences.map((s) => datesAndQuantities(s, tokenize(s), pack));
    const tokens = sentences.map((s) => tokenize(s));
    tokens.forEach((t, i) => findEntities(sentences[i]!, t, lexicon(pack), pack));
    const order = sentences.map((_, i) => sentences.length - 1 - i);
    const backwards = order.map((i) => datesAndQuantities(sentences[i]!, tokens[i]!, pack));
    expect(backwards).toEqual(order.map((i) => alone[i]));
  });

  // A count word in the first sentence, read from the kept classes after the other article has been profiled.
  it.each([
    ['de', 'Nach langer Debatte bestellte der Rat am Montag drei neue Gutachten.'],
    ['en', 'After a long debate the council ordered three new reports on Monday.'],
  ] as const)('%s: the same when another article is profiled between dates and quantities', (lang, first) => {
    const pack = getPack(lang).extract;
    const lex = lexicon(pack);
    const sentences = [first, ...ARTICLES.find(([l]) => l === lang)![1]];
    const [otherLang, other] = ARTICLES.find(([l]) => l !== lang)!;
    const otherPack = getPack(otherLang).extract;
    const alone = sentences.map((s) => datesAndQuantities(s, tokenize(s), pack));
    expect(alone[0]!.quantities.map((q) => q.value)).toEqual([3]);
    const tokens = sentences.map((s) => tokenize(s));
    tokens.forEach((t, i) => findEntities(sentences[i]!, t, lex, pack));
    const mixed = sentences.map((s, i) => {
      const dates = findDates(s, tokens[i]!, lex, pack, PUBLISHED);
      // A new article's entity pass starts over the buffer the screen of this sentence was read from.
      for (const o of other) findEntities(o, tokenize(o), lexicon(otherPack), otherPack);
      return { dates, quantities: findQuantities(s, tokens[i]!, lex, pack, dates) };
    });
    expect(mixed).toEqual(alone);
  });
});
