import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/model/schema.js';
import { extractClaims } from '../../src/index.js';
import { digitRuns } from '../../src/extract/quantities.js';

// The digit and month patterns of the date and quantity extractors are tried only where a run of digits or a month
// name begins, not scanned across the sentence. These cases put several runs and names in one sentence, runs of the
// wrong length next to the right one, and matches that swallow the next run, where an anchored try could go wrong.

const claim = (language: Language, text: string) => extractClaims({ id: 'a', text, language, publishedAt: '2025-10-28' }).claims[0]!;
const dates = (language: Language, text: string) => claim(language, text).dates.map((d) => [d.text, d.kind, d.value ?? null]);
const quantities = (language: Language, text: string) => claim(language, text).quantities.map((q) => [q.text, q.value]);

describe('digitRuns', () => {
  it.each<[string, number[][]]>([
    ['no digits here', []],
    ['7', [[0, 1]]],
    ['Am 3. Mai 2025 um 14:30 Uhr', [[3, 4], [10, 14], [18, 20], [21, 23]]],
    ['G7 und Covid-19', [[1, 2], [13, 15]]],
    ['1.200,50 Euro', [[0, 1], [2, 5], [6, 8]]],
    ['ends in 2025', [[8, 12]]],
  ])('%j', (text, expected) => {
    const runs = digitRuns(text);
    const got: number[][] = [];
    for (let r = 0; r < runs.count; r++) got.push([runs.starts[r]!, runs.ends[r]!]);
    expect(got).toEqual(expected);
  });

  it('answers a long run of numbers in one pass', () => {
    const text = Array.from({ length: 5000 }, (_, i) => String(i)).join(' ');
    expect(digitRuns(text).count).toBe(5000);
  });
});

describe('anchored date patterns find every date of a sentence', () => {
  it.each<[Language, string, (string | null)[][]]>([
    ['de', 'Am 3. Mai 2025 um 14:30 Uhr und am 12.03.2024 sprach er.', [['3. Mai 2025', 'date', '2025-05-03'], ['14:30 Uhr', 'time', 'T14:30'], ['12.03.2024', 'date', '2024-03-12']]],
    ['en', 'Between 2019 and June 3, 2024, at 2:30 p.m., it changed.', [['2019', 'year', '2019'], ['June 3, 2024', 'date', '2024-06-03'], ['2:30 p.m.', 'time', 'T14:30']]],
    ['en', 'The filing of 2024-03-05 named 123 people.', [['2024-03-05', 'date', '2024-03-05']]],
    ['de', 'Seit 1999 stieg der Wert, zuletzt im März.', [['1999', 'year', '1999'], ['März', 'month', '--03']]],
    ['en', 'It was 12345 feet high in 2021.', [['2021', 'year', '2021']]],
    ['de', 'Die Jahre 123 und 2100.', [['2100', 'year', '2100']]],
  ])('%s: %s', (language, text, expected) => {
    expect(dates(language, text)).toEqual(expected);
  });
});

describe('anchored number patterns read every number of a sentence', () => {
  it.each<[Language, string, (string | number)[][]]>([
    ['de', 'Es kamen 1 000 000 Besucher und 250 Helfer.', [['1 000 000', 1000000], ['250', 250]]],
    ['de', 'Der Preis stieg von 1.200,50 Euro auf 3,5 Prozent.', [['1.200,50 Euro', 1200.5], ['3,5 Prozent', 3.5]]],
    ['en', 'Call 030 1234 567 to report 40 cases.', [['40', 40]]],
  ])('%s: %s', (language, text, expected) => {
    expect(quantities(language, text)).toEqual(expected);
  });
});
