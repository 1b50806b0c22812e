import { describe, expect, it } from 'vitest';
import { split } from './helpers.js';

// Each row: input, expected sentences. Written for this suite; names and events are used as facts only.
const cases: Array<[string, string[]]> = [
  // plain boundaries
  ['Die Sitzung begann pünktlich. Der Rat stimmte ab.', ['Die Sitzung begann pünktlich.', 'Der Rat stimmte ab.']],
  ['Wer zahlt die Rechnung? Das Land zahlt.', ['Wer zahlt die Rechnung?', 'Das Land zahlt.']],
  ['Endlich geschafft! Die Brücke ist offen.', ['Endlich geschafft!', 'Die Brücke ist offen.']],
  ['Wirklich?! Das glaube ich nicht.', ['Wirklich?!', 'Das glaube ich nicht.']],
  ['Ein Satz ohne Punkt am Ende', ['Ein Satz ohne Punkt am Ende']],
  // country and given names that look like abbreviations ("schweiz." = schweizerisch) still end a sentence
  ['Es brennt in der Sächsischen Schweiz. Nach Angaben der Feuerwehr sind 150 Hektar betroffen.', ['Es brennt in der Sächsischen Schweiz.', 'Nach Angaben der Feuerwehr sind 150 Hektar betroffen.']],
  ['Das Wort hatte Franz. Danach sprach Anna.', ['Das Wort hatte Franz.', 'Danach sprach Anna.']],
  // abbreviations that never end a sentence
  ['Das gilt z. B. für Pendler aus Essen.', ['Das gilt z. B. für Pendler aus Essen.']],
  ['Das gilt z.B. für Pendler aus Essen.', ['Das gilt z.B. für Pendler aus Essen.']],
  ['Er kam spät, d. h. nach Mitternacht.', ['Er kam spät, d. h. nach Mitternacht.']],
  ['Vertreten waren u. a. Grüne und Linke.', ['Vertreten waren u. a. Grüne und Linke.']],
  ['Vertreten waren u.a. Grüne und Linke.', ['Vertreten waren u.a. Grüne und Linke.']],
  ['Der Preis liegt bei ca. 40 Euro.', ['Der Preis liegt bei ca. 40 Euro.']],
  ['Die Stadt bzw. der Kreis trägt die Kosten.', ['Die Stadt bzw. der Kreis trägt die Kosten.']],
  ['Vgl. dazu den Bericht vom Vorjahr.', ['Vgl. dazu den Bericht vom Vorjahr.']],
  ['Dr. Anna Berger leitet die Klinik.', ['Dr. Anna Berger leitet die Klinik.']],
  ['Prof. Dr. Klaus Weber widersprach.', ['Prof. Dr. Klaus Weber widersprach.']],
  ['Das Urteil steht in Nr. 12 der Sammlung.', ['Das Urteil steht in Nr. 12 der Sammlung.']],
  ['Die Grafik steht auf S. 47 des Berichts.', ['Die Grafik steht auf S. 47 des Berichts.']],
  ['Geregelt ist das in Art. 5 Abs. 2 des Gesetzes.', ['Geregelt ist das in Art. 5 Abs. 2 des Gesetzes.']],
  ['Die Praxis liegt in der Bahnhofstr. 12 in Hagen.', ['Die Praxis liegt in der Bahnhofstr. 12 in Hagen.']],
  ['Sie wohnt in der Wilhelm-Busch-Str. 3 in Köln.', ['Sie wohnt in der Wilhelm-Busch-Str. 3 in Köln.']],
  ['Das Treffen ist i. d. R. öffentlich.', ['Das Treffen ist i. d. R. öffentlich.']],
  ['Er ist z. Zt. im Urlaub.', ['Er ist z. Zt. im Urlaub.']],
  ['Die Bahn hat sog. Sprinterzüge bestellt.', ['Die Bahn hat sog. Sprinterzüge bestellt.']],
  ['Sie besucht eine kath. Grundschule in Witten.', ['Sie besucht eine kath. Grundschule in Witten.']],
  ['Der Sender gehört zur Funke Mediengruppe GmbH & Co. KG und sendet täglich.', ['Der Sender gehört zur Funke Mediengruppe GmbH & Co. KG und sendet täglich.']],
  ['Frau Prof. Lange ist ggf. morgen erreichbar.', ['Frau Prof. Lange ist ggf. morgen erreichbar.']],
  // abbreviations that may end a sentence
  ['Sie kauften Brot, Milch, Eier usw. Dann fuhren sie heim.', ['Sie kauften Brot, Milch, Eier usw.', 'Dann fuhren sie heim.']],
  ['Gezählt wurden Busse, Bahnen usw. an allen Tagen.', ['Gezählt wurden Busse, Bahnen usw. an allen Tagen.']],
  ['Der Bau kostet 4,5 Mio. Euro.', ['Der Bau kostet 4,5 Mio. Euro.']],
  ['Der Bau kostet 4,5 Mio. Das ist mehr als geplant.', ['Der Bau kostet 4,5 Mio.', 'Das ist mehr als geplant.']],
  ['Der Schaden liegt bei 2 Mrd. Die Versicherer zahlen.', ['Der Schaden liegt bei 2 Mrd.', 'Die Versicherer zahlen.']],
  ['Die Kirche entstand im 12. Jh. Sie wurde später erweitert.', ['Die Kirche entstand im 12. Jh.', 'Sie wurde später erweitert.']],
  ['Die Kirche entstand im 12. Jh. am Rande der Stadt.', ['Die Kirche entstand im 12. Jh. am Rande der Stadt.']],
  ['Augustus regierte bis 14 n. Chr. Danach folgte Tiberius.', ['Augustus regierte bis 14 n. Chr.', 'Danach folgte Tiberius.']],
  // ordinals, dates and numbers
  ['Die Mauer fiel am 9. November 1989.', ['Die Mauer fiel am 9. November 1989.']],
  ['Die Wahl findet am 23. Februar statt.', ['Die Wahl findet am 23. Februar statt.']],
  ['Der Verein spielt in der 2. Bundesliga.', ['Der Verein spielt in der 2. Bundesliga.']],
  ['Die 27. Große Strafkammer verhandelt den Fall.', ['Die 27. Große Strafkammer verhandelt den Fall.']],
  ['Das Gesetz gilt seit dem 1. Januar.', ['Das Gesetz gilt seit dem 1. Januar.']],
  ['Das Spiel endete in der 90. Minute.', ['Das Spiel endete in der 90. Minute.']],
  ['Er wurde 3. und verpasste das Podium.', ['Er wurde 3. und verpasste das Podium.']],
  ['Die Kurse fanden vom 1. -3. Oktober statt.', ['Die Kurse fanden vom 1. -3. Oktober statt.']],
  ['Die Gründung war im Jahr 2019. Danach wuchs die Firma.', ['Die Gründung war im Jahr 2019.', 'Danach wuchs die Firma.']],
  ['Die Zahl der Verletzten stieg auf 2019. Experten rechnen mit mehr.', ['Die Zahl der Verletzten stieg auf 2019.', 'Experten rechnen mit mehr.']],
  ['Die Infos stehen auf Seite 12. Dort steht auch die Karte.', ['Die Infos stehen auf Seite 12.', 'Dort steht auch die Karte.']],
  ['Wir treffen uns um 14 Uhr. Danach geht es los.', ['Wir treffen uns um 14 Uhr.', 'Danach geht es los.']],
  ['Am 28.10.2025 tagte der Rat. Er beschloss den Haushalt.', ['Am 28.10.2025 tagte der Rat.', 'Er beschloss den Haushalt.']],
  ['Die Sitzung war am 28.10.2025. Sie dauerte lange.', ['Die Sitzung war am 28.10.2025.', 'Sie dauerte lange.']],
  ['Der Etat steigt auf 1.250.000 Euro.', ['Der Etat steigt auf 1.250.000 Euro.']],
  ['Die Quote lag bei 3,5 Prozent. Im Vorjahr waren es 4,1 Prozent.', ['Die Quote lag bei 3,5 Prozent.', 'Im Vorjahr waren es 4,1 Prozent.']],
  // Decision: "<digits>." before a capitalised word that is neither a month nor after an article is a boundary.
  ['Die Tagesordnung umfasst 3. Punkte', ['Die Tagesordnung umfasst 3.', 'Punkte']],
  // Roman numerals
  ['Ludwig XIV. ließ Versailles ausbauen.', ['Ludwig XIV. ließ Versailles ausbauen.']],
  ['Es regierte Ludwig XIV. Er baute Versailles.', ['Es regierte Ludwig XIV.', 'Er baute Versailles.']],
  // quotes
  ['„Wir kommen wieder.“ sagte er.', ['„Wir kommen wieder.“ sagte er.']],
  ['„Wir kommen wieder.“ Dann fuhr der Bus ab.', ['„Wir kommen wieder.“', 'Dann fuhr der Bus ab.']],
  ['„Kommt ihr mit?“, fragte sie. Niemand antwortete.', ['„Kommt ihr mit?“, fragte sie.', 'Niemand antwortete.']],
  ['Er sagte: „Das ist gut.“ Dann ging er.', ['Er sagte: „Das ist gut.“', 'Dann ging er.']],
  ['Sie nannte es »einen Erfolg«. Die Opposition widersprach.', ['Sie nannte es »einen Erfolg«.', 'Die Opposition widersprach.']],
  ['Er rief: »Halt!« Dann rannte er los.', ['Er rief: »Halt!«', 'Dann rannte er los.']],
  ['Die Partei (sie regiert seit 2021.) will weitermachen.', ['Die Partei (sie regiert seit 2021.) will weitermachen.']],
  ['Der Plan scheiterte. (Das hatte niemand erwartet.) Nun wird neu geplant.', ['Der Plan scheiterte.', '(Das hatte niemand erwartet.)', 'Nun wird neu geplant.']],
  ['„Wir sind bereit. Die Gespräche gehen weiter“, sagte die Ministerin. Dann ging sie.', ['„Wir sind bereit. Die Gespräche gehen weiter“, sagte die Ministerin.', 'Dann ging sie.']],
  ['»Das ist gut. Sehr gut«, sagte sie.', ['»Das ist gut. Sehr gut«, sagte sie.']],
  ['„Wir sind bereit. Die Gespräche gehen weiter.“ Sie ging.', ['„Wir sind bereit.', 'Die Gespräche gehen weiter.“', 'Sie ging.']],
  // ellipses
  ['Er zögerte … und ging dann doch.', ['Er zögerte … und ging dann doch.']],
  ['Er zögerte... Dann ging er doch.', ['Er zögerte...', 'Dann ging er doch.']],
  ['Er zögerte… Dann ging er doch.', ['Er zögerte…', 'Dann ging er doch.']],
  ['Im Zitat heißt es: „Wir werden [...] handeln.“ Das reichte nicht.', ['Im Zitat heißt es: „Wir werden [...] handeln.“', 'Das reichte nicht.']],
  // addresses
  ['Mehr dazu auf radioenneperuhr.de. Dort gibt es auch Fotos.', ['Mehr dazu auf radioenneperuhr.de.', 'Dort gibt es auch Fotos.']],
  ['Anmeldung unter info@stadt-hagen.de. Die Plätze sind begrenzt.', ['Anmeldung unter info@stadt-hagen.de.', 'Die Plätze sind begrenzt.']],
  ['Der Bericht steht unter https://www.example.org/bericht.pdf. Er ist kostenlos.', ['Der Bericht steht unter https://www.example.org/bericht.pdf.', 'Er ist kostenlos.']],
  // lists and lines
  ['1. Die Stadt prüft den Antrag.', ['1. Die Stadt prüft den Antrag.']],
  ['• 1. Erst planen! \n• 2. Dann bauen!', ['• 1. Erst planen!', '• 2. Dann bauen!']],
  ['Erster Absatz ohne Punkt\n\nZweiter Absatz.', ['Erster Absatz ohne Punkt', 'Zweiter Absatz.']],
  ['Hagen (dpa)\nDie Stadt hat gewählt.', ['Hagen (dpa)', 'Die Stadt hat gewählt.']],
];

describe('segmentSentences (German)', () => {
  it('has at least 60 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it.each(cases)('%s', (input, expected) => {
    expect(split(input, 'de')).toEqual(expected);
  });
});
