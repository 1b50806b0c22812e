import { describe, expect, it } from 'vitest';
import { dateMismatch } from '../../src/detect/detectors/date-mismatch.js';
import { dateParts, datesAgree, grainOf } from '../../src/detect/compare-values.js';
import type { DateMention } from '../../src/model/schema.js';
import { evidenceTexts, findingsOf, type Side } from './mismatch-helpers.js';

const deFiller = 'Die Feuerwehr war mit mehreren Fahrzeugen vor Ort.';
const enFiller = 'Fire crews stayed at the scene for several hours.';

describe('date-mismatch through compare()', () => {
  const invalid: [string, Side, Side, string[], string[]][] = [
    [
      'a weekday and a date',
      `Das Stadtfest in Kressbach beginnt am Freitag, 4. Juli, mit einem Umzug. ${deFiller}`,
      `Das Stadtfest in Kressbach beginnt am Samstag, 5. Juli, mit einem Umzug. ${deFiller}`,
      ['Freitag', '4. Juli'],
      ['Samstag', '5. Juli'],
    ],
    [
      'a date alone',
      `Der Stadtrat beschloss den Haushalt für das kommende Jahr am 12. März. ${deFiller}`,
      `Der Stadtrat beschloss den Haushalt für das kommende Jahr am 14. März. ${deFiller}`,
      ['12. März'],
      ['14. März'],
    ],
    [
      'weekdays across languages',
      { text: `Der Marathon in Port Ellis wurde am Sonntag von heftigem Wind begleitet. ${deFiller}`, language: 'de' },
      { text: `The Port Ellis marathon was accompanied by strong winds on Monday. ${enFiller}`, language: 'en' },
      ['Sonntag'],
      ['Monday'],
    ],
    [
      'an English date',
      `The museum reopened its east wing to visitors on 7 June after two years of repairs. ${enFiller}`,
      `The museum reopened its east wing to visitors on 6 June after two years of repairs. ${enFiller}`,
      ['7 June'],
      ['6 June'],
    ],
  ];
  it.each(invalid)('flags %s', (_name, a, b, ta, tb) => {
    const found = findingsOf('date-mismatch', [a, b]);
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f).toMatchObject({ code: 'different-date', severity: 'warning' });
    const ev = evidenceTexts(f);
    expect(ev.a).toEqual(ta);
    expect(ev.b).toEqual(tb);
    expect((f.data.values as unknown[]).length).toBe(ta.length + tb.length);
    for (const t of [...ta, ...tb]) expect(f.message).toContain(t);
  });

  const valid: [string, Side[]][] = [
    [
      'the same date with and without a year',
      [
        `Das Stadtfest in Kressbach beginnt am 4. Juli 2025 mit einem Umzug. ${deFiller}`,
        `Das Stadtfest in Kressbach beginnt am 4. Juli mit einem Umzug. ${deFiller}`,
      ],
    ],
    [
      'the same weekday in two languages',
      [
        { text: `Der Marathon in Port Ellis wurde am Sonntag von heftigem Wind begleitet. ${deFiller}`, language: 'de' },
        { text: `The Port Ellis marathon was accompanied by strong winds on Sunday. ${enFiller}`, language: 'en' },
      ],
    ],
    [
      'a weekday in one source and a date in the other',
      [
        `Das Stadtfest in Kressbach beginnt am Freitag mit einem Umzug. ${deFiller}`,
        `Das Stadtfest in Kressbach beginnt am 5. Juli mit einem Umzug. ${deFiller}`,
      ],
    ],
    [
      'different dates of different events',
      [
        `Der Stadtrat beschloss den Haushalt am 12. März. ${deFiller}`,
        `Die neue Schwimmhalle in Kressbach soll am 14. März eröffnet werden. ${deFiller}`,
      ],
    ],
    [
      'a second date that only one source gives',
      [
        `Die Brücke wird am 3. Mai gesperrt und am 20. Mai wieder freigegeben. ${deFiller}`,
        `Die Brücke wird am 3. Mai gesperrt. ${deFiller}`,
      ],
    ],
  ];
  it.each(valid)('does not flag %s', (_name, sides) => {
    expect(findingsOf('date-mismatch', sides)).toEqual([]);
  });

  it('stays silent with a single article', () => {
    expect(findingsOf('date-mismatch', [invalid[0]![1]])).toEqual([]);
  });

  it('is registered as a built-in detector', async () => {
    const { builtinDetectors } = await import('../../src/detect/index.js');
    expect(builtinDetectors).toContain(dateMismatch);
  });
});

const d = (kind: DateMention['kind'], value?: string, weekday?: number): DateMention => ({
  text: value ?? String(weekday),
  span: { start: 0, end: 1 },
  kind,
  ...(value !== undefined ? { value } : {}),
  ...(weekday !== undefined ? { weekday } : {}),
});

describe('comparing two dates', () => {
  const cases: [string, DateMention, DateMention, boolean][] = [
    ['the same day, year missing on one side', d('date', '2025-07-04'), d('date', '--07-04'), true],
    ['different days', d('date', '--07-04'), d('date', '--07-05'), false],
    ['different years of one day', d('date', '2024-07-04'), d('date', '2025-07-04'), false],
    ['different months', d('month', '--10'), d('month', '--11'), false],
    ['the same weekday', d('weekday', undefined, 7), d('weekday', undefined, 7), true],
    ['different weekdays', d('weekday', undefined, 5), d('weekday', undefined, 6), false],
  ];
  it.each(cases)('%s', (_n, a, b, expected) => {
    const pa = dateParts(a)!;
    const pb = dateParts(b)!;
    expect(grainOf(pa)).toBe(grainOf(pb));
    expect(datesAgree(pa, pb)).toBe(expected);
  });

  it('ignores times, durations and relative dates', () => {
    expect(dateParts(d('time', 'T07:00'))).toBeUndefined();
    expect(dateParts(d('relative', 'P2Y'))).toBeUndefined();
  });
});
