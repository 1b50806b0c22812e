import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/model/schema.js';
import { parseNumber } from '../../src/extract/index.js';
import { one } from './helpers.js';

type Expect = { text?: string; value: number; unit?: string; measure?: string; approximate?: boolean; min?: number; max?: number };

const found: [Language, string, Expect][] = [
  // German formats
  ['de', 'Die Firma meldete 1.234,5 Tonnen Ausstoß.', { text: '1.234,5 Tonnen', value: 1234.5, unit: 't' }],
  ['de', 'Der Leitzins liegt bei 2 %.', { text: '2 %', value: 2, unit: 'percent' }],
  ['de', 'Die Ausgaben sollen auf 2% des Bruttoinlandsprodukts steigen.', { text: '2%', value: 2, unit: 'percent', measure: 'bruttoinlandsprodukts' }],
  ['de', 'Rund 60 Prozent der Befragten stimmten zu.', { text: 'Rund 60 Prozent', value: 60, unit: 'percent', approximate: true, measure: 'befragten' }],
  ['de', 'Die Inflation lag bei 7,25 Prozent.', { value: 7.25, unit: 'percent' }],
  ['de', 'Der Bund gibt 2,5 Milliarden Euro aus.', { text: '2,5 Milliarden Euro', value: 2.5e9, unit: 'EUR' }],
  ['de', 'Das Projekt kostet 7 Mio. Euro.', { value: 7e6, unit: 'EUR' }],
  ['de', 'Die Schulden stiegen auf 1,9 Mrd. Euro.', { value: 1.9e9, unit: 'EUR' }],
  ['de', 'In der Stadt leben sechs Millionen Menschen.', { text: 'sechs Millionen', value: 6e6, measure: 'menschen' }],
  ['de', 'Die Gruppe umfasst 21 Staaten.', { text: '21', value: 21, measure: 'staaten' }],
  ['de', 'China kontrolliert etwa 60 % der weltweiten Produktion.', { value: 60, min: 54, max: 66, approximate: true, unit: 'percent', measure: 'produktion' }],
  ['de', 'Es kamen mehr als 300 Menschen.', { text: 'mehr als 300', value: 300, min: 300, approximate: true, measure: 'menschen' }],
  ['de', 'Der Preis stieg um bis zu 15 Prozent.', { value: 15, min: 0, max: 15, approximate: true }],
  ['de', 'Fast 40 Prozent der Haushalte heizen mit Gas.', { value: 40, min: 36, max: 40, approximate: true, measure: 'haushalte' }],
  ['de', 'Knapp 500 Beschäftigte verlieren ihren Job.', { value: 500, min: 450, max: 500, approximate: true, measure: 'beschäftigte' }],
  ['de', 'Über 12.000 Menschen demonstrierten.', { value: 12000, approximate: true, measure: 'menschen' }],
  ['de', 'Nahezu 90 Prozent stimmten zu.', { value: 90, approximate: true, unit: 'percent' }],
  ['de', 'Es gibt zwölf Kandidaten.', { text: 'zwölf', value: 12, measure: 'kandidaten' }],
  ['de', 'Es gibt zwanzig Kandidaten.', { value: 20, measure: 'kandidaten' }],
  ['de', 'Mehr als hundert Schiffe liegen fest.', { value: 100, approximate: true, measure: 'schiffe' }],
  ['de', 'Zwei Minister traten zurück.', { value: 2, measure: 'minister' }],
  ['de', 'Die Strecke ist 42 Kilometer lang.', { value: 42, unit: 'km' }],
  ['de', 'Die Anlage liefert 300 Megawatt Strom.', { value: 300, unit: 'MW', measure: 'strom' }],
  ['de', 'Die Regierung stellt ca. 3 Milliarden Euro bereit.', { value: 3e9, approximate: true, unit: 'EUR' }],
  ['de', 'Mindestens 14 Tote wurden gemeldet.', { value: 14, min: 14, approximate: true, measure: 'tote' }],
  ['de', 'Der Umsatz sank auf 1.000.000 Euro.', { value: 1e6, unit: 'EUR' }],
  ['de', 'Die Aktie kostet 12,50 €.', { value: 12.5, unit: 'EUR' }],
  ['de', 'Weniger als 5 Prozent der Firmen zahlen.', { value: 5, min: 0, max: 5, approximate: true, measure: 'firmen' }],
  ['de', 'Gut 70 Prozent sind dafür.', { value: 70, min: 70, approximate: true }],
  ['de', 'Die Zahl der Arbeitslosen stieg um 3,4 Prozentpunkte.', { value: 3.4, unit: 'pp' }],
  ['de', 'Die Firma hat 250 Mitarbeiter.', { value: 250, measure: 'mitarbeiter' }],
  ['de', 'Der Etat wächst um 4,2 Billionen Yen.', { value: 4.2e12, unit: 'JPY' }],
  ['de', 'Ein Dutzend Staaten protestierte.', { value: 12, measure: 'staaten' }],
  ['de', 'Beim Unglück starben 2.345 Menschen.', { value: 2345, measure: 'menschen' }],
  // English formats
  ['en', 'The company sold 1,234.5 tons of steel.', { text: '1,234.5 tons', value: 1234.5, unit: 't' }],
  ['en', 'Inflation rose to 2% in March.', { text: '2%', value: 2, unit: 'percent' }],
  ['en', 'The deal is worth $3.7bn.', { text: '$3.7bn', value: 3.7e9, unit: 'USD' }],
  ['en', 'The fund raised $5m from investors.', { text: '$5m', value: 5e6, unit: 'USD' }],
  ['en', 'About 60 percent of voters agreed.', { text: 'About 60 percent', value: 60, approximate: true, unit: 'percent', measure: 'voters' }],
  ['en', 'Nearly 40% of global production comes from China.', { value: 40, approximate: true, unit: 'percent', measure: 'production' }],
  ['en', 'More than 300 people attended.', { value: 300, approximate: true, measure: 'people' }],
  ['en', 'Up to 15 percent of the staff will go.', { value: 15, min: 0, max: 15, approximate: true, unit: 'percent', measure: 'staff' }],
  ['en', 'A dozen countries signed the pledge.', { value: 12, measure: 'countries' }],
  ['en', 'Two ministers resigned.', { value: 2, measure: 'ministers' }],
  ['en', 'The city has 8.4 million residents.', { value: 8.4e6, measure: 'residents' }],
  ['en', 'The budget is €2.5 billion.', { value: 2.5e9, unit: 'EUR' }],
  ['en', 'Prices fell by 3.5 per cent.', { value: 3.5, unit: 'percent' }],
  ['en', 'The road is 12 km long.', { value: 12, unit: 'km' }],
  ['en', 'At least 14 people died.', { value: 14, min: 14, approximate: true, measure: 'people' }],
  ['en', 'Fewer than 50 firms replied.', { value: 50, min: 0, max: 50, approximate: true, measure: 'firms' }],
  ['en', 'Roughly 1,000 protesters gathered.', { value: 1000, approximate: true, measure: 'protesters' }],
  ['en', 'The plant produces 300 megawatts.', { value: 300, unit: 'MW' }],
  ['en', 'Around twenty boats were seen.', { value: 20, approximate: true, measure: 'boats' }],
  ['en', 'The firm employs 12,500 workers.', { value: 12500, measure: 'workers' }],
  ['en', 'Debt reached £1.2 trillion.', { value: 1.2e12, unit: 'GBP' }],
  ['en', 'Almost half, or 48%, of the members voted.', { value: 48, unit: 'percent' }],
  ['en', 'Over 2 million barrels were shipped.', { value: 2e6, approximate: true, unit: 'bbl' }],
  ['en', 'Some 200 families were evacuated.', { value: 200, approximate: true, measure: 'families' }],
  ['en', 'The index gained 0.8 percentage points.', { value: 0.8, unit: 'pp' }],
  ['en', 'Three hundred jobs are at risk.', { text: 'Three hundred', value: 300, measure: 'jobs' }],
  ['en', 'They paid 750 dollars.', { value: 750, unit: 'USD' }],
  ['en', 'The company posted 1.5bn euros in revenue.', { value: 1.5e9, unit: 'EUR' }],
];

const none: [Language, string][] = [
  ['de', 'Die Mauer fiel am 9. November 1989.'],
  ['de', 'Das Treffen findet am 28.10.2025 statt.'],
  ['de', 'Im Jahr 2025 wurde gewählt.'],
  ['de', 'Er belegte den 3. Platz.'],
  ['de', 'Die Verteidigungsausgaben steigen zwei Jahre früher als geplant.'],
  ['de', 'Der G7-Gipfel beginnt.'],
  ['de', 'Um 14.30 Uhr beginnt die Sitzung.'],
  ['en', 'The wall fell on 9 November 1989.'],
  ['en', 'She finished 3rd in the race.'],
  ['en', 'In 2024 the party won.'],
  ['en', 'The meeting starts at 2 p.m.'],
  ['en', 'The talks began on June 17.'],
  ['en', 'He arrived two years ago.'],
];

describe('quantities', () => {
  it.each(found)('%s: %s', (lang, sentence, expected) => {
    const q = one(sentence, lang).quantities;
    expect(q.length).toBeGreaterThan(0);
    expect(q[0]).toMatchObject(expected);
    if (expected.approximate === undefined) expect(q[0]!.approximate).toBe(false);
  });

  it.each(none)('%s: no quantity in %s', (lang, sentence) => {
    expect(one(sentence, lang).quantities).toEqual([]);
  });

  it('points every quantity span at its text', () => {
    const c = one('Rund 2,5 Milliarden Euro flossen, dazu 7 Mio. Euro Zinsen.', 'de');
    expect(c.quantities.map((q) => c.text.slice(q.span.start, q.span.end))).toEqual(c.quantities.map((q) => q.text));
    expect(c.quantities).toHaveLength(2);
  });

  it.each([
    ['1.234,5', ',', 1234.5],
    ['1,234.5', '.', 1234.5],
    ['7,25', ',', 7.25],
    ['12.000', ',', 12000],
    ['3.7', '.', 3.7],
    ['1,234', '.', 1234],
    ['1.000.000', ',', 1e6],
    ['1,000,000', '.', 1e6],
  ] as const)('parseNumber(%s) with decimal "%s" is %d', (raw, dec, value) => {
    expect(parseNumber(raw, dec)).toBe(value);
  });
});
