import { describe, expect, it } from 'vitest';
import type { Language, Quantity } from '../../src/model/schema.js';
import { one } from './helpers.js';

type Expect = Partial<Omit<Quantity, 'span'>>;

// The first quantity of each sentence, matched field by field.
const valid: [Language, string, Expect][] = [
  // ---- German: number formats ----
  ['de', 'Der Konzern meldete 1.234,5 Tonnen Ausschuss.', { text: '1.234,5 Tonnen', value: 1234.5, unit: 't' }],
  ['de', 'Das Defizit beträgt 12.345.678 Euro.', { value: 12345678, unit: 'EUR', currency: 'EUR' }],
  ['de', 'Die Quote liegt bei 0,5 Prozent.', { value: 0.5, unit: 'percent' }],
  ['de', 'Die Quote stieg auf 7,25 Prozent.', { text: '7,25 Prozent', value: 7.25, unit: 'percent' }],
  ['de', 'Die Arbeitslosenquote sank auf 5,9%.', { text: '5,9%', value: 5.9, unit: 'percent' }],
  ['de', 'Die Arbeitslosenquote sank auf 5,9 %.', { text: '5,9 %', value: 5.9, unit: 'percent' }],
  ['de', 'Die Zustimmung erreichte 60 Prozent.', { value: 60, unit: 'percent' }],
  ['de', 'Der Ausbau kostet 2,5 Milliarden Euro.', { text: '2,5 Milliarden Euro', value: 2.5e9, scale: 1e9, unit: 'EUR', currency: 'EUR' }],
  ['de', 'Der Verein erhält 7 Mio. Euro.', { value: 7e6, scale: 1e6, unit: 'EUR' }],
  ['de', 'Der Verein erhält 7 Mio. vom Land.', { text: '7 Mio.', value: 7e6, scale: 1e6 }],
  ['de', 'Die Rücklage wuchs auf 1,9 Mrd. Euro.', { text: '1,9 Mrd. Euro', value: 1.9e9, scale: 1e9, currency: 'EUR' }],
  ['de', 'Die Stadt zahlt 450 Tsd. Euro.', { value: 450000, scale: 1000, unit: 'EUR' }],
  ['de', 'Der Staat schuldet 2,1 Billionen Euro.', { value: 2.1e12, scale: 1e12, unit: 'EUR' }],
  ['de', 'Ein Ticket kostet 49 Euro.', { value: 49, unit: 'EUR', currency: 'EUR' }],
  ['de', 'Ein Ticket kostet 12,90 €.', { text: '12,90 €', value: 12.9, unit: 'EUR' }],
  ['de', 'Die Firma zahlte €500 Strafe.', { text: '€500', value: 500, currency: 'EUR' }],
  ['de', 'Das Paket kostet 3 Dollar.', { value: 3, unit: 'USD', currency: 'USD' }],
  ['de', 'Der Fonds verwaltet 80 Millionen Franken.', { value: 8e7, unit: 'CHF', currency: 'CHF' }],
  ['de', 'Japan plant 21,3 Billionen Yen ein.', { value: 21.3e12, unit: 'JPY', currency: 'JPY' }],
  ['de', 'Die Leitung ist 30 Kilometer lang.', { value: 30, unit: 'km' }],
  ['de', 'Die Leitung ist 30 km lang.', { text: '30 km', value: 30, unit: 'km' }],
  ['de', 'Der Park misst 120 Hektar.', { value: 120, unit: 'ha' }],
  ['de', 'Der Windpark liefert 1,2 Gigawatt.', { value: 1.2, unit: 'GW' }],
  ['de', 'Es war mit 38 Grad der heißeste Tag.', { value: 38, unit: 'degree' }],
  ['de', 'In 12 000 Haushalten fiel der Strom aus.', { text: '12 000', value: 12000, measure: 'haushalten', measureKey: 'haushalt' }],
  ['de', 'Das Land zählt 1 200 000 Einwohner.', { value: 1200000, measure: 'einwohner' }],
  // ---- hyphen compounds: ages and modifiers ----
  ['de', 'Der 36-Jährige wurde operiert.', { text: '36-Jährige', value: 36, measure: 'jährige', measureKey: 'jährig' }],
  ['de', 'Die 36-jährigen Zwillinge kamen.', { value: 36, measureKey: 'jährig' }],
  ['de', 'Das 100-Millionen-Euro-Paket kommt.', { text: '100-Millionen-Euro-Paket', value: 1e8, scale: 1e6, unit: 'EUR', measure: 'paket' }],
  ['de', 'Die Partei knackte die 20-Prozent-Marke.', { value: 20, unit: 'percent', measure: 'marke' }],
  ['en', 'A 1800-year-old mosaic was found.', { text: '1800-year-old', value: 1800, measure: 'year-old' }],
  ['en', 'The bank cut rates by 25 basis points.', { text: '25 basis points', value: 25, unit: 'bp' }],
  // ---- German: counted noun ----
  ['de', 'Der Bund vereint 21 Staaten.', { value: 21, measure: 'staaten', measureKey: 'staat' }],
  ['de', 'China liefert 60 % der weltweiten Produktion.', { value: 60, unit: 'percent', measure: 'produktion', measureKey: 'produktion' }],
  ['de', 'Die Werft hat 1.200 Beschäftigte.', { value: 1200, measure: 'beschäftigte', measureKey: 'beschäftigt' }],
  ['de', 'Der Plan betrifft 1.200 Beschäftigten.', { value: 1200, measure: 'beschäftigten', measureKey: 'beschäftigt' }],
  ['de', 'Die Firma schafft 500 neue Stellen.', { value: 500, measure: 'stellen' }],
  ['de', 'Es meldeten sich 300 freiwillige Helfer.', { value: 300, measure: 'helfer' }],
  ['de', 'Nach 40 Kilometern war Schluss.', { value: 40, unit: 'km' }],
  ['de', 'Bei der Wahl stimmten 48 Prozent der Wählerinnen zu.', { value: 48, unit: 'percent', measure: 'wählerinnen', measureKey: 'wähler' }],
  ['de', 'Das Werk produziert 900 Autos am Tag.', { value: 900, measure: 'autos', measureKey: 'auto' }],
  // ---- German: number words ----
  ['de', 'Zwei Minister traten zurück.', { text: 'Zwei', value: 2, measure: 'minister' }],
  ['de', 'Es gibt einundzwanzig Bewerber.', { text: 'einundzwanzig', value: 21, measure: 'bewerber' }],
  ['de', 'Es kamen dreiundvierzig Gäste.', { value: 43, measure: 'gäste' }],
  ['de', 'Die Schule hat zweihundertfünfzig Schüler.', { value: 250, measure: 'schüler' }],
  ['de', 'Zweitausendfünfhundert Menschen demonstrierten.', { value: 2500, measure: 'menschen' }],
  ['de', 'Das Dorf hat dreitausend Einwohner.', { value: 3000, measure: 'einwohner' }],
  ['de', 'Es blieben neunzehn Tage Zeit.', { value: 19, measure: 'tage' }],
  ['de', 'Die Region hat sechs Millionen Einwohner.', { text: 'sechs Millionen', value: 6e6, scale: 1e6, measure: 'einwohner' }],
  ['de', 'Die Reform kostet drei Milliarden Euro.', { value: 3e9, unit: 'EUR', scale: 1e9 }],
  ['de', 'Es gab hundert Festnahmen.', { value: 100, measure: 'festnahmen' }],
  ['de', 'Ein Dutzend Länder blieb fern.', { value: 12, measure: 'länder' }],
  ['de', 'Dutzende Verletzte wurden behandelt.', { text: 'Dutzende', value: 24, min: 24, max: 99, approximate: true, measure: 'verletzte' }],
  ['de', 'Hunderte Menschen warteten.', { value: 200, min: 200, max: 999, approximate: true, measure: 'menschen' }],
  ['de', 'Tausende Fans feierten.', { value: 2000, min: 2000, max: 9999, approximate: true, measure: 'fans' }],
  ['de', 'Zehntausende Menschen protestierten.', { value: 20000, max: 99999, approximate: true }],
  // ---- German: fractions ----
  ['de', 'Zwei Drittel der Befragten sind dafür.', { text: 'Zwei Drittel', value: 66.6666666667, unit: 'percent', measure: 'befragten' }],
  ['de', 'Drei Viertel der Firmen investieren.', { value: 75, unit: 'percent', measure: 'firmen' }],
  ['de', 'Ein Drittel der Stimmen fehlte.', { text: 'Ein Drittel', value: 33.3333333333, unit: 'percent', measure: 'stimmen' }],
  ['de', 'Die Hälfte der Mitglieder stimmte zu.', { text: 'Die Hälfte', value: 50, unit: 'percent', measure: 'mitglieder' }],
  ['de', 'Mehr als die Hälfte der Mitglieder stimmte zu.', { text: 'Mehr als die Hälfte', value: 50, min: 50, max: 75, approximate: true }],
  ['de', 'Knapp zwei Drittel der Befragten lehnen das ab.', { value: 66.6666666667, min: 60, max: 66.6666666667, approximate: true }],
  // ---- German: approximators ----
  ['de', 'Etwa 60 Prozent sind dafür.', { text: 'Etwa 60 Prozent', value: 60, min: 54, max: 66, approximate: true }],
  ['de', 'Rund 400 Menschen kamen.', { value: 400, min: 360, max: 440, approximate: true }],
  ['de', 'Ca. 500 Menschen kamen.', { text: 'Ca. 500', value: 500, min: 450, max: 550, approximate: true }],
  ['de', 'Circa 500 Menschen kamen.', { value: 500, min: 450, max: 550, approximate: true }],
  ['de', 'Ungefähr 80 Boote lagen im Hafen.', { value: 80, min: 72, max: 88, approximate: true }],
  ['de', 'Knapp 1.000 Menschen kamen.', { value: 1000, min: 900, max: 1000, approximate: true }],
  ['de', 'Fast 30 Prozent fehlen.', { value: 30, min: 27, max: 30, approximate: true }],
  ['de', 'Mehr als 200 Firmen klagen.', { text: 'Mehr als 200', value: 200, min: 200, max: 300, approximate: true }],
  ['de', 'Über 90 Prozent stimmten zu.', { value: 90, min: 90, max: 100, approximate: true }],
  ['de', 'Bis zu 50 Zentimeter Schnee fallen.', { value: 50, min: 0, max: 50, approximate: true, unit: 'cm' }],
  ['de', 'Weniger als 10 Prozent reagierten.', { value: 10, min: 0, max: 10, approximate: true }],
  ['de', 'Mindestens 12 Menschen starben.', { value: 12, min: 12, max: 18, approximate: true }],
  ['de', 'Höchstens 20 Plätze sind frei.', { value: 20, min: 0, max: 20, approximate: true }],
  ['de', 'Gut 70 Prozent stimmten zu.', { value: 70, min: 70, max: 77, approximate: true }],
  ['de', 'Knapp unter 5 Prozent blieben.', { value: 5, min: 4.5, max: 5, approximate: true }],
  ['de', 'Etwa 2,5 Milliarden Euro fließen.', { value: 2.5e9, min: 2.25e9, max: 2.75e9, approximate: true, unit: 'EUR' }],
  ['de', 'Rund zwanzig Boote fuhren aus.', { value: 20, min: 18, max: 22, approximate: true }],
  ['de', 'Es kamen etwa dreißig Gäste.', { text: 'etwa dreißig', value: 30, approximate: true }],
  // ---- German: ranges ----
  ['de', 'Die Preise steigen um 10 bis 15 Prozent.', { text: '10 bis 15 Prozent', value: 12.5, min: 10, max: 15, approximate: true, unit: 'percent' }],
  ['de', 'Das kostet 2 bis 3 Milliarden Euro.', { value: 2.5e9, min: 2e9, max: 3e9, approximate: true, unit: 'EUR', scale: 1e9 }],
  ['de', 'Zwischen 200 und 300 Menschen kamen.', { text: 'Zwischen 200 und 300', min: 200, max: 300, approximate: true, measure: 'menschen' }],
  ['de', 'Die Quote liegt bei 10-15 %.', { text: '10-15 %', min: 10, max: 15, approximate: true, unit: 'percent' }],
  ['de', 'Es wurden 5–8 Tote gemeldet.', { text: '5–8', min: 5, max: 8, approximate: true, measure: 'tote' }],

  // ---- English: number formats ----
  ['en', 'The mill shipped 1,234.5 tons of paper.', { text: '1,234.5 tons', value: 1234.5, unit: 't' }],
  ['en', 'The deficit was 12,345,678 dollars.', { value: 12345678, unit: 'USD' }],
  ['en', 'Unemployment fell to 4.1%.', { text: '4.1%', value: 4.1, unit: 'percent' }],
  ['en', 'Unemployment fell to 4.1 %.', { text: '4.1 %', value: 4.1, unit: 'percent' }],
  ['en', 'Support reached 60 percent.', { value: 60, unit: 'percent' }],
  ['en', 'Support reached 60 per cent.', { text: '60 per cent', value: 60, unit: 'percent' }],
  ['en', 'The merger is worth $3.7bn.', { text: '$3.7bn', value: 3.7e9, scale: 1e9, unit: 'USD', currency: 'USD' }],
  ['en', 'The merger is worth 3.7 billion dollars.', { text: '3.7 billion dollars', value: 3.7e9, scale: 1e9, unit: 'USD' }],
  ['en', 'The club received a €1.2m grant.', { text: '€1.2m', value: 1.2e6, scale: 1e6, currency: 'EUR' }],
  ['en', 'The studio earned £40m last year.', { value: 4e7, currency: 'GBP' }],
  ['en', 'The startup raised $250k.', { value: 250000, scale: 1000, unit: 'USD' }],
  ['en', 'Tokyo set aside ¥21.3 trillion.', { value: 21.3e12, unit: 'JPY' }],
  ['en', 'The state owes $2.1tn.', { value: 2.1e12, unit: 'USD' }],
  ['en', 'Tickets cost 49 euros.', { value: 49, unit: 'EUR' }],
  ['en', 'Bonds worth US$500 million were sold.', { value: 5e8, unit: 'USD' }],
  ['en', 'The city has 8.4 million residents.', { value: 8.4e6, scale: 1e6, measure: 'residents', measureKey: 'resident' }],
  ['en', 'The pipeline is 30 kilometres long.', { value: 30, unit: 'km' }],
  ['en', 'The pipeline is 30km long.', { text: '30km', value: 30, unit: 'km' }],
  ['en', 'The storm hit at 90 mph.', { value: 90, unit: 'mph' }],
  ['en', 'The farm covers 500 acres.', { value: 500, unit: 'acre' }],
  ['en', 'The rate rose by 0.25 percentage points.', { value: 0.25, unit: 'pp' }],
  // ---- English: counted noun ----
  ['en', 'The factory employs 1,200 workers.', { value: 1200, measure: 'workers', measureKey: 'worker' }],
  ['en', 'Only 21 states ratified the treaty.', { value: 21, measure: 'states', measureKey: 'state' }],
  ['en', 'China supplies 60% of global production.', { value: 60, unit: 'percent', measure: 'production' }],
  ['en', 'The fire destroyed 40 homes.', { value: 40, measure: 'homes', measureKey: 'home' }],
  ['en', 'The scheme covers 300 companies.', { value: 300, measure: 'companies', measureKey: 'company' }],
  ['en', 'The survey reached 2,000 adults.', { value: 2000, measure: 'adults' }],
  ['en', 'The firm hired 50 new engineers.', { value: 50, measure: 'engineers' }],
  ['en', 'Police made 12 arrests.', { value: 12, measure: 'arrests' }],
  ['en', 'The intruders disabled two security cameras.', { value: 2, measure: 'cameras', measureKey: 'camera' }],
  ['en', 'Ten police officers were hurt.', { value: 10, measure: 'officers' }],
  // ---- English: number words ----
  ['en', 'Two ministers resigned.', { text: 'Two', value: 2, measure: 'ministers' }],
  ['en', 'Twenty-one states signed.', { text: 'Twenty-one', value: 21, measure: 'states' }],
  ['en', 'Forty-five people were rescued.', { value: 45, measure: 'people' }],
  ['en', 'Three hundred jobs are at risk.', { text: 'Three hundred', value: 300, measure: 'jobs' }],
  ['en', 'Two hundred and fifty jobs went.', { text: 'Two hundred and fifty', value: 250, measure: 'jobs' }],
  ['en', 'Five thousand fans came.', { value: 5000, measure: 'fans' }],
  ['en', 'Nineteen people were hurt.', { value: 19, measure: 'people' }],
  ['en', 'The region has six million inhabitants.', { value: 6e6, scale: 1e6, measure: 'inhabitants' }],
  ['en', 'A dozen countries objected.', { value: 12, measure: 'countries', measureKey: 'country' }],
  ['en', 'Dozens of people were hurt.', { text: 'Dozens', value: 24, min: 24, max: 99, approximate: true, measure: 'people' }],
  ['en', 'Hundreds of flights were cancelled.', { value: 200, max: 999, approximate: true, measure: 'flights' }],
  ['en', 'Thousands of fans celebrated.', { value: 2000, max: 9999, approximate: true, measure: 'fans' }],
  ['en', 'Tens of thousands of people marched.', { text: 'Tens of thousands', value: 20000, min: 20000, approximate: true, measure: 'people' }],
  ['en', 'Hundreds of thousands of people fled.', { value: 200000, approximate: true, measure: 'people' }],
  // ---- English: fractions ----
  ['en', 'Three quarters of voters agreed.', { text: 'Three quarters', value: 75, unit: 'percent', measure: 'voters' }],
  ['en', 'Two thirds of members backed it.', { value: 66.6666666667, unit: 'percent', measure: 'members' }],
  ['en', 'A third of the staff left.', { text: 'A third', value: 33.3333333333, unit: 'percent', measure: 'staff' }],
  ['en', 'One quarter of the budget is debt.', { value: 25, unit: 'percent', measure: 'budget' }],
  ['en', 'Half of the members voted.', { text: 'Half', value: 50, unit: 'percent', measure: 'members' }],
  ['en', 'More than half of the members voted.', { text: 'More than half', value: 50, min: 50, max: 75, approximate: true }],
  ['en', 'Nearly two thirds of the land is forest.', { value: 66.6666666667, min: 60, approximate: true }],
  // ---- English: approximators ----
  ['en', 'About 60 percent agreed.', { text: 'About 60 percent', value: 60, min: 54, max: 66, approximate: true }],
  ['en', 'Around 400 people came.', { value: 400, min: 360, max: 440, approximate: true }],
  ['en', 'Roughly 1,000 people came.', { value: 1000, min: 900, max: 1100, approximate: true }],
  ['en', 'Approximately 80 boats were moored.', { value: 80, min: 72, max: 88, approximate: true }],
  ['en', 'Nearly 30 percent are missing.', { value: 30, min: 27, max: 30, approximate: true }],
  ['en', 'Almost 500 people came.', { value: 500, min: 450, max: 500, approximate: true }],
  ['en', 'More than 200 firms complained.', { text: 'More than 200', value: 200, min: 200, max: 300, approximate: true }],
  ['en', 'Over 90 percent agreed.', { value: 90, min: 90, max: 100, approximate: true }],
  ['en', 'Up to 50 centimetres of snow fell.', { value: 50, min: 0, max: 50, approximate: true }],
  ['en', 'Less than 10 percent replied.', { value: 10, min: 0, max: 10, approximate: true }],
  ['en', 'Fewer than 50 firms replied.', { value: 50, min: 0, max: 50, approximate: true }],
  ['en', 'At least 12 people died.', { text: 'At least 12', value: 12, min: 12, max: 18, approximate: true }],
  ['en', 'At most 20 seats are left.', { value: 20, min: 0, max: 20, approximate: true }],
  ['en', 'Just over 70 percent agreed.', { value: 70, min: 70, max: 77, approximate: true }],
  ['en', 'Just under 5 percent stayed.', { value: 5, min: 4.5, max: 5, approximate: true }],
  ['en', 'An estimated 3,000 people fled.', { text: 'An estimated 3,000', value: 3000, approximate: true }],
  ['en', 'Some 200 families left.', { value: 200, approximate: true }],
  ['en', 'About $2.5bn is at stake.', { text: 'About $2.5bn', value: 2.5e9, min: 2.25e9, max: 2.75e9, approximate: true }],
  ['en', 'Around twenty boats left.', { value: 20, min: 18, max: 22, approximate: true }],
  // ---- English: ranges ----
  ['en', 'Prices rose 10 to 15 percent.', { text: '10 to 15 percent', value: 12.5, min: 10, max: 15, approximate: true, unit: 'percent' }],
  ['en', 'Between 200 and 300 people came.', { text: 'Between 200 and 300', value: 250, min: 200, max: 300, approximate: true, measure: 'people' }],
  ['en', 'It costs $2-3bn.', { text: '$2-3bn', min: 2e9, max: 3e9, unit: 'USD', currency: 'USD', approximate: true }],
  ['en', 'From 40 to 60 staff will go.', { min: 40, max: 60, approximate: true, measure: 'staff' }],
];

// Sentences whose numbers are years, dates, times, ordinals, labels or identifiers: no quantity at all.
const invalid: [Language, string][] = [
  ['de', 'Die Mauer fiel am 9. November 1989.'],
  ['de', 'Das Treffen ist am 28.10.2025.'],
  ['de', 'Der Bericht erschien am 2025-10-28.'],
  ['de', '1989 fiel die Mauer.'],
  ['de', 'Im Jahr 2025 wurde gewählt.'],
  ['de', 'Seit 2015 gilt das Gesetz.'],
  ['de', 'Die Sitzung beginnt um 14.30 Uhr.'],
  ['de', 'Die Sitzung beginnt um 14 Uhr.'],
  ['de', 'Die Fähre legt um vier Uhr ab.'],
  ['de', 'Sie wurde 3. im Rennen.'],
  ['de', 'Er kam als Zweiter ins Ziel.'],
  ['de', 'Der dritte Versuch klappte.'],
  ['de', 'Laut Artikel 3 ist das verboten.'],
  ['de', 'Die Nr. 5 gewann das Rennen.'],
  ['de', 'Das regelt Paragraf 219 des Gesetzes.'],
  ['de', 'Das steht in § 5 des Vertrags.'],
  ['de', 'Der Zug fährt von Gleis 7 ab.'],
  ['de', 'Die Mannschaft landete auf Platz 2.'],
  ['de', 'Sie finden das auf Seite 12.'],
  ['de', 'Der Hotline-Anruf unter 0800 123 456 ist kostenlos.'],
  ['de', 'Die Nummer lautet +49 30 1234567.'],
  ['de', 'Die Kundennummer ist 0041234.'],
  ['de', 'Der Vorgang hat das Aktenzeichen 123456789.'],
  ['de', 'Die Adresse 192.168.1.1 ist intern.'],
  ['de', 'Das Virus Covid-19 breitete sich aus.'],
  ['de', 'Die G7 trafen sich.'],
  ['de', 'Er war einer der Gründer.'],
  ['de', 'Das war eine gute Idee.'],
  ['de', 'Die Verteidigungsausgaben steigen zwei Jahre früher als geplant.'],
  ['de', 'Das geschah vor drei Tagen.'],
  ['en', 'The wall fell on 9 November 1989.'],
  ['en', 'The talks began on June 17.'],
  ['en', 'The meeting starts at 2:30 p.m.'],
  ['en', 'The game kicked off at 2.30 p.m. in heavy rain.'],
  ['en', 'In 2024 the party won.'],
  ['en', 'She finished 3rd in the race.'],
  ['en', 'It was the 21st summit.'],
  ['en', 'The third attempt worked.'],
  ['en', 'Article 5 of the treaty applies.'],
  ['en', 'Flight 370 vanished.'],
  ['en', 'The team is No. 1 in the league.'],
  ['en', 'Call 555 123 4567 for help.'],
  ['en', 'He plays the F-35 role.'],
  ['en', 'One of them left.'],
  ['en', 'The plant closed two years ago.'],
  ['en', 'The second half of the year was weak.'],
  ['en', 'She waited half an hour.'],
  ['en', 'Profits rose in the third quarter.'],
];

// A score is no quantity and no range; a sequence of counts stays apart.
const apart: [Language, string, number[]][] = [
  ['en', 'Feyenoord won 3-1 against PSV with 20,000 fans watching.', [20000]],
  ['de', 'Die Partie endete 2:1 vor 30.000 Zuschauern.', [30000]],
  ['de', 'Es kamen 300 und dann 200 Menschen.', [300, 200]],
  ['de', 'Von 2020 bis 2025 stieg der Umsatz um 8 Prozent.', [8]],
];

describe('quantity table: German and English formats, counted nouns, words, fractions, approximators', () => {
  it.each(valid)('%s: %s', (lang, sentence, expected) => {
    const q = one(sentence, lang).quantities;
    expect(q.length).toBeGreaterThan(0);
    expect(q[0]).toMatchObject(expected);
    if (expected.approximate === undefined) expect(q[0]!.approximate).toBe(false);
    expect(sentence.slice(q[0]!.span.start, q[0]!.span.end)).toBe(q[0]!.text);
  });

  it.each(invalid)('%s: no quantity in %s', (lang, sentence) => {
    expect(one(sentence, lang).quantities).toEqual([]);
  });

  it.each(apart)('%s: %s keeps the values %j', (lang, sentence, values) => {
    expect(one(sentence, lang).quantities.map((q) => q.value)).toEqual(values);
  });
});

describe('quantity ranges compare across wordings', () => {
  const range = (sentence: string, lang: Language) => {
    const q = one(sentence, lang).quantities[0]!;
    return [q.min, q.max] as const;
  };
  it.each([
    ['de', 'Knapp zwei Drittel der Befragten sind dafür.', 'Etwa 60 % der Befragten sind dafür.', true],
    ['de', 'Mehr als 300 Menschen kamen.', 'Rund 400 Menschen kamen.', true],
    ['de', 'Rund 400 Menschen kamen.', 'Rund 800 Menschen kamen.', false],
    ['en', 'Nearly half of the members voted.', 'About 48 percent of the members voted.', true],
    ['en', 'Up to 50 people were hurt.', 'At least 80 people were hurt.', false],
  ] as const)('%s: "%s" overlaps "%s": %s', (lang, a, b, overlap) => {
    const [aMin, aMax] = range(a, lang);
    const [bMin, bMax] = range(b, lang);
    expect(aMin <= bMax && bMin <= aMax).toBe(overlap);
  });

  it('gives inflected forms of one counted noun the same key', () => {
    const a = one('Die Firma hat 500 Beschäftigte.', 'de').quantities[0]!;
    const b = one('Der Plan trifft 500 Beschäftigten.', 'de').quantities[0]!;
    expect(a.measure).not.toBe(b.measure);
    expect(a.measureKey).toBe(b.measureKey);
  });
});

describe('quantities on hostile input', () => {
  it.each([
    ['a 5,000-digit number', `Die Zahl ${'7'.repeat(5000)} ist groß.`],
    ['100,000 digits separated by spaces', `${'1 '.repeat(100000)}Ende.`],
    ['1 MB of 1.1.1.1', `${'1.'.repeat(500000)}1`],
    ['50,000 number words', `${'zwei '.repeat(50000)}Ende.`],
    ['one glued number word of 100,000 letters', `${'zwei'.repeat(25000)} Menschen.`],
    ['20,000 approximators', `${'etwa '.repeat(20000)}5 Prozent.`],
    ['30,000 chained number words', `${'thousand hundred one '.repeat(30000)}people.`, 'en'],
    ['30,000 "and" between number words', `${'two and '.repeat(30000)}people.`, 'en'],
  ] as [string, string, Language?][])('returns quickly on %s', (_name, text, lang = 'de') => {
    const t0 = performance.now();
    const c = one(text, lang);
    expect(performance.now() - t0).toBeLessThan(2000);
    for (const q of c.quantities) expect(Number.isFinite(q.value) && Number.isFinite(q.min) && Number.isFinite(q.max)).toBe(true);
  });
});
