import { describe, expect, it } from 'vitest';
import type { DateMention, Language } from '../../src/model/schema.js';
import { one } from './helpers.js';

type Expect = Partial<Omit<DateMention, 'span'>>;

// Publication dates used below: 2025-10-28 is a Tuesday, 2024-03-01 a Friday (leap year).
const TUE = '2025-10-28';
const FRI = '2024-03-01';

// Some date mention of the sentence must match every given field.
const valid: [Language, string, string | undefined, Expect][] = [
  // ---- German: absolute dates ----
  ['de', 'Die Regel gilt ab dem 17. Juni.', undefined, { text: '17. Juni', kind: 'date', value: '--06-17' }],
  ['de', 'Die Regel gilt ab dem 17. Juni.', TUE, { text: '17. Juni', value: '--06-17', resolved: '2025-06-17' }],
  ['de', 'Die Abstimmung ist am 3. Dezember.', TUE, { kind: 'date', resolved: '2025-12-03' }],
  ['de', 'Die Mauer fiel am 9. November 1989.', TUE, { text: '9. November 1989', value: '1989-11-09', resolved: '1989-11-09' }],
  ['de', 'Die Frist endet am 28.10.2025.', undefined, { text: '28.10.2025', kind: 'date', value: '2025-10-28' }],
  ['de', 'Die Frist endet am 1.3.24.', undefined, { kind: 'date', value: '2024-03-01' }],
  ['de', 'Der Bericht kam am 2025-10-28.', undefined, { text: '2025-10-28', kind: 'date', value: '2025-10-28' }],
  ['de', 'Der Vertrag ist vom 28. Okt. 2025.', undefined, { kind: 'date', value: '2025-10-28' }],
  ['de', 'Im Jänner 2024 begann der Bau.', undefined, { text: 'Jänner 2024', kind: 'month', value: '2024-01' }],
  ['de', 'Im März war es kalt.', TUE, { text: 'März', kind: 'month', value: '--03', resolved: '2025-03' }],
  ['de', 'Im Dezember soll gewählt werden.', TUE, { text: 'Dezember', kind: 'month', resolved: '2025-12' }],
  ['de', 'Seit 2015 gilt das Gesetz.', undefined, { text: '2015', kind: 'year', value: '2015', resolved: '2015' }],
  ['de', 'Das Gesetz stammt aus dem Jahr 1990.', undefined, { text: '1990', kind: 'year' }],
  // ---- German: weekdays ----
  ['de', 'Am Freitag wird gewählt.', undefined, { text: 'Freitag', kind: 'weekday', weekday: 5 }],
  ['de', 'Am Freitag wird gewählt.', TUE, { text: 'Freitag', weekday: 5, resolved: '2025-10-31' }],
  ['de', 'Am Samstag gab es Proteste.', TUE, { weekday: 6, resolved: '2025-10-25' }],
  ['de', 'Am Sonnabend gab es Proteste.', TUE, { weekday: 6, resolved: '2025-10-25' }],
  ['de', 'Am vergangenen Freitag gab es Proteste.', TUE, { text: 'vergangenen Freitag', kind: 'weekday', weekday: 5, resolved: '2025-10-24' }],
  ['de', 'Am kommenden Montag beginnt die Sitzung.', TUE, { text: 'kommenden Montag', weekday: 1, resolved: '2025-11-03' }],
  ['de', 'Am nächsten Dienstag beginnt die Sitzung.', TUE, { weekday: 2, resolved: '2025-11-04' }],
  ['de', 'Am letzten Dienstag begann die Sitzung.', TUE, { weekday: 2, resolved: '2025-10-21' }],
  // ---- German: times ----
  ['de', 'Die Sitzung beginnt um 14.30 Uhr.', undefined, { text: '14.30 Uhr', kind: 'time', value: 'T14:30' }],
  ['de', 'Die Sitzung beginnt um 14 Uhr.', undefined, { text: '14 Uhr', kind: 'time', value: 'T14:00' }],
  ['de', 'Der Zug fuhr um 8:15 Uhr ab.', undefined, { kind: 'time', value: 'T08:15' }],
  ['de', 'Der Zug fuhr um 20:45 ab.', undefined, { text: '20:45', kind: 'time', value: 'T20:45' }],
  ['de', 'Die Fähre legt um vier Uhr ab.', undefined, { text: 'vier Uhr', kind: 'time', value: 'T04:00' }],
  ['de', 'Die Fähre legt um zweiundzwanzig Uhr ab.', undefined, { text: 'zweiundzwanzig Uhr', kind: 'time', value: 'T22:00' }],
  // ---- German: relative expressions ----
  ['de', 'Gestern kam es zu Protesten.', TUE, { text: 'Gestern', kind: 'relative', resolved: '2025-10-27' }],
  ['de', 'Die Firma meldete vorgestern Verluste.', TUE, { text: 'vorgestern', resolved: '2025-10-26' }],
  ['de', 'Morgen wird entschieden.', TUE, { text: 'Morgen', resolved: '2025-10-29' }],
  ['de', 'Am Vortag hatte er abgesagt.', TUE, { text: 'Am Vortag', kind: 'relative', resolved: '2025-10-27' }],
  ['de', 'Tags darauf trat sie zurück.', TUE, { text: 'Tags darauf', resolved: '2025-10-29' }],
  ['de', 'Gestern Abend sprach der Kanzler.', TUE, { text: 'Gestern Abend', resolved: '2025-10-27' }],
  ['de', 'Die Wahl ist nächste Woche.', TUE, { text: 'nächste Woche', kind: 'relative', resolved: '2025-11-03' }],
  ['de', 'Die Wahl war letzte Woche.', TUE, { text: 'letzte Woche', resolved: '2025-10-20' }],
  ['de', 'Im kommenden Jahr steigt die Steuer.', TUE, { text: 'kommenden Jahr', resolved: '2026' }],
  ['de', 'Im vergangenen Monat sank die Zahl.', TUE, { text: 'vergangenen Monat', resolved: '2025-09' }],
  ['de', 'Das geschah vor drei Tagen.', TUE, { text: 'vor drei Tagen', value: 'P3D', resolved: '2025-10-25' }],
  ['de', 'Das war vor einem Jahr.', TUE, { text: 'vor einem Jahr', value: 'P1Y', resolved: '2024' }],
  ['de', 'Die Firma wurde vor einundzwanzig Jahren gegründet.', TUE, { value: 'P21Y', resolved: '2004' }],
  ['de', 'In zwei Wochen wird gewählt.', TUE, { text: 'In zwei Wochen', value: 'P2W', resolved: '2025-11-11' }],
  ['de', 'Seit drei Monaten wird gestreikt.', TUE, { text: 'Seit drei Monaten', value: 'P3M', resolved: '2025-07' }],
  ['de', 'Das Ziel wird zwei Jahre früher erreicht.', TUE, { text: 'zwei Jahre früher', kind: 'relative', value: 'P2Y' }],
  ['de', 'Der Streik dauerte drei Tage lang.', undefined, { text: 'drei Tage lang', value: 'P3D' }],
  // ---- English: absolute dates ----
  ['en', 'The rule applies from June 17.', undefined, { text: 'June 17', kind: 'date', value: '--06-17' }],
  ['en', 'The rule applies from June 17.', TUE, { resolved: '2025-06-17' }],
  ['en', 'The treaty was signed on 17 June 2025.', undefined, { text: '17 June 2025', value: '2025-06-17' }],
  ['en', 'The deal closed on October 28, 2025.', undefined, { text: 'October 28, 2025', value: '2025-10-28' }],
  ['en', 'The vote is on Dec. 3.', TUE, { kind: 'date', resolved: '2025-12-03' }],
  ['en', 'The report came out on 2025-10-28.', undefined, { value: '2025-10-28', resolved: '2025-10-28' }],
  ['en', 'Prices rose in March 2023.', undefined, { text: 'March 2023', kind: 'month', value: '2023-03' }],
  ['en', 'Prices rose in March.', TUE, { text: 'March', resolved: '2025-03' }],
  ['en', 'In 2024 the party won.', undefined, { text: '2024', kind: 'year', value: '2024' }],
  // ---- English: weekdays ----
  ['en', 'The vote is on Saturday.', undefined, { text: 'Saturday', kind: 'weekday', weekday: 6 }],
  ['en', 'The vote was on Saturday.', TUE, { weekday: 6, resolved: '2025-10-25' }],
  ['en', 'Last Tuesday the vote failed.', TUE, { text: 'Last Tuesday', kind: 'weekday', weekday: 2, resolved: '2025-10-21' }],
  ['en', 'Next Friday the vote takes place.', TUE, { text: 'Next Friday', weekday: 5, resolved: '2025-10-31' }],
  ['en', 'The vote is on Monday.', FRI, { weekday: 1, resolved: '2024-03-04' }],
  // ---- English: times ----
  ['en', 'The session starts at 2 p.m.', undefined, { kind: 'time', value: 'T14:00' }],
  ['en', 'The session starts at 2:30 p.m.', undefined, { text: '2:30 p.m.', kind: 'time', value: 'T14:30' }],
  ['en', 'The raid began at 6am.', undefined, { kind: 'time', value: 'T06:00' }],
  ['en', 'The game kicked off at 2.30 p.m. in rain.', undefined, { text: '2.30 p.m.', kind: 'time', value: 'T14:30' }],
  ['en', 'The raid began at 12 a.m.', undefined, { kind: 'time', value: 'T00:00' }],
  // ---- English: relative expressions ----
  ['en', 'Protests broke out yesterday.', TUE, { text: 'yesterday', kind: 'relative', resolved: '2025-10-27' }],
  ['en', 'The verdict is due tomorrow.', FRI, { text: 'tomorrow', resolved: '2024-03-02' }],
  ['en', 'He had resigned the day before.', TUE, { text: 'the day before', resolved: '2025-10-27' }],
  ['en', 'Shots were fired last night.', TUE, { text: 'last night', resolved: '2025-10-27' }],
  ['en', 'Talks resume next week.', TUE, { text: 'next week', kind: 'relative', resolved: '2025-11-03' }],
  ['en', 'Talks resumed last week.', FRI, { text: 'last week', resolved: '2024-02-19' }],
  ['en', 'Prices rose last month.', TUE, { text: 'last month', resolved: '2025-09' }],
  ['en', 'Prices rose last month.', FRI, { text: 'last month', resolved: '2024-02' }],
  ['en', 'Elections are due next year.', TUE, { text: 'next year', resolved: '2026' }],
  ['en', 'The plant closed two years ago.', TUE, { text: 'two years ago', value: 'P2Y', resolved: '2023' }],
  ['en', 'He left a week ago.', TUE, { text: 'a week ago', value: 'P1W', resolved: '2025-10-21' }],
  ['en', 'The mine reopens in three weeks.', TUE, { text: 'in three weeks', value: 'P3W', resolved: '2025-11-18' }],
  ['en', 'The rule took effect twenty-one days ago.', TUE, { value: 'P21D', resolved: '2025-10-07' }],
  ['en', 'The firm collapsed two years later.', TUE, { text: 'two years later', value: 'P2Y' }],
];

// Relative wording counted from another event gets no calendar value; wording without a time gets no mention.
const unresolved: [Language, string][] = [
  ['de', 'Das Ziel wird zwei Jahre früher erreicht.'],
  ['de', 'Die Mauer fiel nach 28 Jahren.'],
  ['de', 'In den kommenden Wochen wird verhandelt.'],
  ['en', 'Talks will go on in the coming weeks.'],
  ['en', 'The firm collapsed two years later.'],
  ['en', 'He had left three days earlier.'],
];

const none: [Language, string][] = [
  ['de', 'Am Morgen sprach der Minister.'],
  ['de', 'Die Firma hat 250 Mitarbeiter.'],
  ['de', 'Er ist ein Mann der Tat.'],
  ['de', 'Das Auto fuhr 2000 Kilometer weit.'],
  ['en', 'Prices may rise again.'],
  ['en', 'The company employs 2000 people.'],
  ['en', 'He scored 31 points.'],
  ['en', 'The march drew a crowd.'],
];

describe('date table: dates, weekdays, months, times and relative expressions', () => {
  it.each(valid)('%s: %s (published %s)', (lang, sentence, published, expected) => {
    const dates = one(sentence, lang, published).dates;
    const hit = dates.find((d) => Object.entries(expected).every(([k, v]) => (d as Record<string, unknown>)[k] === v));
    expect(hit, JSON.stringify(dates)).toBeDefined();
    expect(sentence.slice(hit!.span.start, hit!.span.end)).toBe(hit!.text);
  });

  it.each(unresolved)('%s: "%s" is relative to an event, not to publication', (lang, sentence) => {
    const dates = one(sentence, lang, TUE).dates;
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d.resolved === undefined)).toBe(true);
  });

  it.each(none)('%s: no date in %s', (lang, sentence) => {
    expect(one(sentence, lang, TUE).dates).toEqual([]);
  });

  it('resolves nothing without a publication date', () => {
    const dates = one('Gestern und am Freitag, vor drei Tagen und nächste Woche.', 'de').dates;
    expect(dates.length).toBe(4);
    expect(dates.every((d) => d.resolved === undefined)).toBe(true);
  });

  it.each([
    ['a 5,000-digit number', `Am ${'9'.repeat(5000)}. Juni.`],
    ['1 MB of 1.1.1.1', `${'1.'.repeat(500000)}1`],
    ['20,000 dates', '1.2.2020, '.repeat(20000)],
    ['20,000 weekdays with modifiers', 'am vergangenen Freitag '.repeat(20000)],
  ])('returns quickly on %s', (_name, text) => {
    const t0 = performance.now();
    one(text, 'de', TUE);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
