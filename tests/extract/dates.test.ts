import { describe, expect, it } from 'vitest';
import type { DateMention, Language } from '../../src/model/schema.js';
import { one } from './helpers.js';

type Expect = Partial<Pick<DateMention, 'text' | 'kind' | 'value' | 'weekday'>>;

// publishedAt 2025-10-28 is a Tuesday.
const PUB = '2025-10-28';
const cases: [Language, string, string | undefined, Expect][] = [
  ['de', 'Das Gesetz tritt am 17. Juni in Kraft.', undefined, { text: '17. Juni', kind: 'date', value: '--06-17' }],
  ['de', 'Der Vertrag wurde am 28. Oktober 2025 unterzeichnet.', undefined, { text: '28. Oktober 2025', kind: 'date', value: '2025-10-28' }],
  ['de', 'Die Mauer fiel am 9. November 1989.', undefined, { text: '9. November 1989', kind: 'date', value: '1989-11-09' }],
  ['de', 'Die Frist endet am 28.10.2025.', undefined, { text: '28.10.2025', kind: 'date', value: '2025-10-28' }],
  ['de', 'Die Frist endet am 3.4.', undefined, { kind: 'date', value: '--04-03' }],
  ['de', 'Das Treffen findet am Donnerstag statt.', undefined, { text: 'Donnerstag', kind: 'weekday', weekday: 4 }],
  ['de', 'Das Treffen findet am Donnerstag statt.', PUB, { kind: 'weekday', weekday: 4, value: '2025-10-30' }],
  ['de', 'Am Sonntag wurde gewählt.', PUB, { kind: 'weekday', weekday: 7, value: '2025-10-26' }],
  ['de', 'Die Ausgaben steigen bis März.', undefined, { text: 'März', kind: 'month', value: '--03' }],
  ['de', 'Im Juni 2024 begann der Bau.', undefined, { text: 'Juni 2024', kind: 'month', value: '2024-06' }],
  ['de', 'Im Jahr 2025 wurde gewählt.', undefined, { text: '2025', kind: 'year', value: '2025' }],
  ['de', 'Die Sitzung beginnt um 14.30 Uhr.', undefined, { text: '14.30 Uhr', kind: 'time', value: 'T14:30' }],
  ['de', 'Die Sitzung beginnt um 9 Uhr.', undefined, { text: '9 Uhr', kind: 'time', value: 'T09:00' }],
  ['de', 'Das Ziel wird zwei Jahre früher erreicht.', undefined, { text: 'zwei Jahre früher', kind: 'relative', value: 'P2Y' }],
  ['de', 'Das geschah vor drei Tagen.', undefined, { text: 'vor drei Tagen', kind: 'relative', value: 'P3D' }],
  ['de', 'Gestern kam es zu Protesten.', PUB, { text: 'Gestern', kind: 'relative', value: '2025-10-27' }],
  ['de', 'Die Minister trafen sich gestern.', undefined, { text: 'gestern', kind: 'relative' }],
  ['de', 'Die Wahl findet nächste Woche statt.', undefined, { text: 'nächste Woche', kind: 'relative' }],
  ['de', 'Der Bericht erscheint am 2025-11-03.', undefined, { kind: 'date', value: '2025-11-03' }],
  ['en', 'The law takes effect on June 17.', undefined, { text: 'June 17', kind: 'date', value: '--06-17' }],
  ['en', 'The treaty was signed on 17 June 2025.', undefined, { text: '17 June 2025', kind: 'date', value: '2025-06-17' }],
  ['en', 'The deal was signed on October 28, 2025.', undefined, { text: 'October 28, 2025', kind: 'date', value: '2025-10-28' }],
  ['en', 'It happened on the 9th of May.', undefined, { text: 'May', kind: 'month', value: '--05' }],
  ['en', 'The vote is on Friday.', PUB, { text: 'Friday', kind: 'weekday', weekday: 5, value: '2025-10-31' }],
  ['en', 'The vote was on Saturday.', PUB, { text: 'Saturday', kind: 'weekday', weekday: 6, value: '2025-10-25' }],
  ['en', 'The vote is on Saturday.', undefined, { text: 'Saturday', kind: 'weekday', weekday: 6 }],
  ['en', 'The session starts at 2 p.m.', undefined, { kind: 'time', value: 'T14:00' }],
  ['en', 'The session starts at 10:30 a.m. sharp.', undefined, { kind: 'time', value: 'T10:30' }],
  ['en', 'Talks resume next week.', undefined, { text: 'next week', kind: 'relative' }],
  ['en', 'Protests broke out yesterday.', PUB, { text: 'yesterday', kind: 'relative', value: '2025-10-27' }],
  ['en', 'The plant closed two years ago.', undefined, { text: 'two years ago', kind: 'relative', value: 'P2Y' }],
  ['en', 'In 2024 the party won.', undefined, { text: '2024', kind: 'year', value: '2024' }],
  ['en', 'Prices rose in March 2023.', undefined, { text: 'March 2023', kind: 'month', value: '2023-03' }],
];

const none: [Language, string][] = [
  ['en', 'Prices may rise again.'],
  ['en', 'The company employs 2000 people at 20.5 percent margin.'],
  ['de', 'Die Firma hat 250 Mitarbeiter.'],
  ['de', 'Am Morgen sprach der Minister.'],
];

describe('dates', () => {
  it.each(cases)('%s: %s (published %s)', (lang, sentence, published, expected) => {
    const dates = one(sentence, lang, published).dates;
    expect(dates.some((d) => Object.entries(expected).every(([k, v]) => (d as Record<string, unknown>)[k] === v))).toBe(true);
  });

  it.each(none)('%s: no date in %s', (lang, sentence) => {
    expect(one(sentence, lang).dates).toEqual([]);
  });

  it('keeps the year out of the quantities', () => {
    const c = one('Die Mauer fiel am 9. November 1989 nach 28 Jahren.', 'de');
    expect(c.dates.map((d) => d.text)).toContain('9. November 1989');
    expect(c.quantities.map((q) => q.value)).not.toContain(1989);
  });
});
