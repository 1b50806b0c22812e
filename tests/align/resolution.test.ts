// Who is who, end to end: articles in, resolved entities and name-variant findings out.
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import type { Finding, Language, Report } from '../../src/model/schema.js';

function run(articles: [string, Language, string][], gazetteer?: string[]): Report {
  return compare(
    articles.map(([id, language, text]) => ({ id, language, text })),
    gazetteer ? { gazetteer } : {},
  );
}

const nameFindings = (r: Report): Finding[] => r.findings.filter((f) => f.detector === 'name-variant');
const people = (r: Report) => r.entities.filter((e) => e.kind === 'person');

describe('transliterations between German and English articles are info', () => {
  // German newspaper spelling, English newspaper spelling of one person.
  const pairs: [string, string][] = [
    ['Wolodymyr Selenskyj', 'Volodymyr Zelensky'],
    ['Nikita Chruschtschow', 'Nikita Khrushchev'],
    ['Boris Jelzin', 'Boris Yeltsin'],
    ['Michail Gorbatschow', 'Mikhail Gorbachev'],
    ['Muammar al-Gaddafi', 'Muammar al-Qaddafi'],
    // Japanese Hepburn against Kunrei-shiki romanization: chi/ti, shi/si, tsu/tu.
    ['Shinichi Tsuchiya', 'Sinichi Tutiya'],
  ];
  it.each(pairs)('%s / %s', (de, en) => {
    const r = run([
      ['de', 'de', `Der Politiker ${de} sprach am Montag in der Hauptstadt. Später sagte ${de}, die Lage sei ernst.`],
      ['en', 'en', `The politician ${en} spoke on Monday in the capital. Later ${en} said the situation was serious.`],
    ]);
    expect(people(r)).toHaveLength(1);
    const findings = nameFindings(r);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'transliteration', severity: 'info' });
  });

  it('the same letters swapped within one language stay a misspelling (warning)', () => {
    const r = run([
      ['a', 'en', 'The politician Muammar Gaddafi spoke on Monday in the capital.'],
      ['b', 'en', 'The politician Muammar Qaddafi spoke on Monday in the capital.'],
    ]);
    expect(nameFindings(r).map((f) => [f.code, f.severity])).toEqual([['spelling', 'warning']]);
  });
});

describe('one person, one finding', () => {
  it('"Dela Cruz" and "de la Cruz" are one person', () => {
    const r = run([
      ['a', 'en', 'Treasurer Marisol de la Cruz said the budget was balanced. De la Cruz added that taxes would not rise.'],
      ['b', 'en', 'Treasurer Marisol Dela Cruz said the budget was balanced. Dela Cruz added more.'],
    ]);
    expect(people(r).map((e) => e.canonical)).toEqual([expect.stringMatching(/^Marisol de?\s?la Cruz$/i)]);
    expect(nameFindings(r)).toHaveLength(1);
  });

  it('an article that writes both "Dela Cruz" and "de la Cruz" is named as inconsistent (error)', () => {
    const r = run([
      ['a', 'de', 'Der Preis geht an die philippinische Regisseurin Marisol Dela Cruz. Dela Cruz widmete ihn den Fährleuten.'],
      ['b', 'de', 'In Marisol Dela Cruz’ Film spielt sie eine Köchin. Regisseurin de la Cruz schrieb die Rolle für eine Filipina.'],
    ]);
    expect(people(r)).toHaveLength(1);
    const f = nameFindings(r);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: 'spelling', severity: 'error', data: { inconsistentArticles: ['b'] } });
  });

  it('a bare "von der Leyen" joins the person named in full or with a role', () => {
    const r = run([
      ['a', 'de', 'EU-Kommissionspräsidentin Ursula von der Leyen reiste nach Kiew. Dort sagte von der Leyen, die Hilfe gehe weiter.'],
      ['b', 'de', 'Von der Leyen sprach in Kiew von einem wichtigen Tag. Die Kommissionschefin von der Leyen versprach Hilfe.'],
    ]);
    expect(people(r).map((e) => e.canonical)).toEqual(['Ursula von der Leyen']);
    expect(nameFindings(r)).toEqual([]);
  });

  it('"Mr. Okafor" and "Okafor" join "Daniel Okafor"', () => {
    const r = run([['a', 'en', 'Daniel Okafor resigned on Monday. Mr. Okafor said he was proud. The board thanked Okafor.']]);
    expect(people(r)).toEqual([expect.objectContaining({ canonical: 'Daniel Okafor' })]);
  });
});

describe('different people stay apart', () => {
  const cases: [string, [string, Language, string][]][] = [
    ['same surname, different given names', [
      ['a', 'de', 'Ministerin Anna Berger stellte den Plan vor.'],
      ['b', 'de', 'Sprecher Paul Berger bestätigte den Plan.'],
    ]],
    ['near-identical names with different roles', [
      ['a', 'de', 'Bürgermeisterin Maria Keller eröffnete die Brücke.'],
      ['b', 'en', 'Spokeswoman Marie Keller confirmed the opening.'],
    ]],
    ['near-identical names with roles in apposition', [
      ['a', 'en', 'Maria Keller, mayor of Lindau, opened the bridge.'],
      ['b', 'en', 'Marie Keller, spokeswoman for the city, confirmed the opening.'],
    ]],
    ['two given names in swapped order', [
      ['a', 'de', 'Der Richter Hans Friedrich sprach das Urteil.'],
      ['b', 'de', 'Der Anwalt Friedrich Hans legte Berufung ein.'],
    ]],
  ];
  it.each(cases)('%s', (_name, articles) => {
    const r = run(articles);
    expect(people(r)).toHaveLength(2);
    expect(nameFindings(r)).toEqual([]);
  });
});

describe('organisations', () => {
  it('keep an abbreviation in parentheses as an alias; a later bare abbreviation links to them', () => {
    const r = run([
      ['a', 'de', 'Die Bundesanstalt für Geowissenschaften und Rohstoffe (BGR) warnte vor Engpässen. Die BGR rechnet mit höheren Preisen.'],
      ['b', 'en', 'The BGR said supplies were tight.'],
    ]);
    const orgs = r.entities.filter((e) => e.kind === 'organization');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]!.canonical).toBe('Bundesanstalt für Geowissenschaften und Rohstoffe');
    expect(orgs[0]!.variants.map((v) => v.text).sort()).toEqual(['BGR', 'Bundesanstalt für Geowissenschaften und Rohstoffe']);
  });

  it('an abbreviation that does not fit the name before it is no alias', () => {
    const r = run([['a', 'de', 'Die Bundesanstalt für Geowissenschaften und Rohstoffe (IEA) warnte vor Engpässen.']]);
    expect(r.entities.filter((e) => e.kind === 'organization')).toHaveLength(2);
  });

  it('a firm with and without its legal form is one organisation, never a person', () => {
    const r = run([
      ['a', 'de', 'Die Spedition Hartmann & Söhne GmbH aus Bremen meldete Insolvenz an. Ein Sprecher von Hartmann & Söhne bestätigte das.'],
    ]);
    expect(r.entities.filter((e) => e.kind === 'organization').map((e) => e.variants.length)).toEqual([2]);
    expect(people(r)).toEqual([]);
  });
});

describe('gazetteer', () => {
  it('a gazetteer spelling wins as canonical even when most sources spell it otherwise', () => {
    const r = run(
      [
        ['a', 'de', 'Premierministerin Sanae Takahichi reiste nach Seoul.'],
        ['b', 'de', 'Premierministerin Sanae Takahichi reiste am Montag ab.'],
        ['c', 'de', 'Premierministerin Sanae Takaichi reiste nach Seoul.'],
      ],
      ['Sanae Takaichi'],
    );
    expect(people(r).map((e) => e.canonical)).toEqual(['Sanae Takaichi']);
    const f = nameFindings(r);
    expect(f).toHaveLength(1);
    expect(f[0]!.data).toMatchObject({ canonical: 'Sanae Takaichi', canonicalReason: 'gazetteer' });
  });

  it('without the gazetteer the majority of sources wins', () => {
    const r = run([
      ['a', 'de', 'Premierministerin Sanae Takahichi reiste nach Seoul.'],
      ['b', 'de', 'Premierministerin Sanae Takahichi reiste am Montag ab.'],
      ['c', 'de', 'Premierministerin Sanae Takaichi reiste nach Seoul.'],
    ]);
    expect(nameFindings(r)[0]!.data).toMatchObject({ canonical: 'Sanae Takahichi', canonicalReason: 'majority-of-sources' });
  });
});

describe('given names spelt two ways are one person and one finding', () => {
  // [case, article a, article b, code, severity]
  const cases: [string, [string, Language, string], [string, Language, string], string, string][] = [
    ['a letter dropped from the given name',
      ['a', 'en', 'Lead author Johanna Lindqvist presented the study on Monday.'],
      ['b', 'en', 'Lead author Johana Lindqvist presented the study on Monday.'], 'spelling', 'warning'],
    ['a double given name hyphenated and spaced',
      ['a', 'de', 'Die Solistin Marie-Luise Brandt spielte am Samstag.'],
      ['b', 'de', 'Die Solistin Marie Luise Brandt spielte am Samstag.'], 'spelling', 'warning'],
    ['a double given name hyphenated and joined',
      ['a', 'de', 'Der Pegelwart Hans-Jürgen Vogt warnte am Montag.'],
      ['b', 'de', 'Der Pegelwart Hansjürgen Vogt warnte am Montag.'], 'spelling', 'warning'],
    ['a given name transliterated by German and English rules',
      ['a', 'de', 'Der Minister Serhij Marchenko sprach am Montag in Berlin.'],
      ['b', 'en', 'The minister Serhii Marchenko spoke on Monday in Berlin.'], 'transliteration', 'info'],
    ['accents dropped by one source',
      ['a', 'en', 'The conductor Zoltán Szabó led the orchestra on Saturday.'],
      ['b', 'de', 'Der Dirigent Zoltan Szabo leitete am Samstag das Orchester.'], 'spelling', 'warning'],
  ];
  it.each(cases)('%s', (_name, a, b, code, severity) => {
    const r = run([a, b]);
    expect(people(r)).toHaveLength(1);
    const findings = nameFindings(r);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code, severity });
  });

  it('an article that writes the given name two ways is named as inconsistent (error)', () => {
    const r = run([
      ['a', 'en', 'The coach Wojciech Nowicki praised the team on Sunday.'],
      ['b', 'en', 'The coach Wojciech Nowicki praised the team on Sunday. Wojceich Nowicki said the title was deserved.'],
    ]);
    expect(people(r)).toHaveLength(1);
    expect(nameFindings(r)).toEqual([expect.objectContaining({ code: 'spelling', severity: 'error', data: expect.objectContaining({ inconsistentArticles: ['b'] }) })]);
  });

  it('the accented spelling is canonical even when the source without accents names the person more often', () => {
    const r = run([
      ['a', 'en', 'The conductor Zoltán Szabó led the orchestra on Saturday.'],
      ['b', 'de', 'Der Dirigent Zoltan Szabo leitete am Samstag das Orchester. Szabo dankte dem Publikum. Szabo kommt wieder.'],
    ]);
    expect(people(r).map((p) => p.canonical)).toEqual(['Zoltán Szabó']);
  });

  const quiet: [string, [string, Language, string], [string, Language, string]][] = [
    ['a middle name present in one source only',
      ['a', 'en', 'Grace Wanjiru Kiptoo won the race on Sunday.'],
      ['b', 'en', 'Grace Kiptoo won the race on Sunday.']],
    ['a short form of the given name',
      ['a', 'en', 'The minister William Harcourt resigned on Monday.'],
      ['b', 'en', 'The minister Bill Harcourt resigned on Monday.']],
    ['an initial for the given name',
      ['a', 'en', 'The minister James Harcourt resigned on Monday.'],
      ['b', 'en', 'The minister J. Harcourt resigned on Monday.']],
  ];
  it.each(quiet)('no finding for %s', (_name, a, b) => {
    const r = run([a, b]);
    expect(people(r)).toHaveLength(1);
    expect(nameFindings(r)).toEqual([]);
  });
});

describe('near-identical names introduced side by side are two people', () => {
  const cases: [string, [string, Language, string][]][] = [
    ['defendant and expert whose surnames differ by one letter, in both sources', [
      ['a', 'de', 'Der Angeklagte Stefan Huber schwieg. Der Gutachter Stefan Hubert erläuterte die Zahlen.'],
      ['b', 'de', 'Stefan Huber nahm das Urteil regungslos auf. Ein Gutachten von Stefan Hubert belastete ihn.'],
    ]],
    ['brothers with different given names', [
      ['a', 'de', 'Vitali Klitschko und Wladimir Klitschko besuchten die Stadt.'],
    ]],
    ['two brothers whose given names are forms of one name, named in one article', [
      ['a', 'de', 'Die Brüder Jan Berger und Hans Berger führen den Betrieb gemeinsam.'],
    ]],
    ['two runners with one surname', [
      ['a', 'en', 'Ruth Chepngetich won, ahead of Mercy Chepngetich, who is not related to her.'],
    ]],
  ];
  it.each(cases)('%s', (_name, articles) => {
    const r = run(articles);
    expect(people(r)).toHaveLength(2);
    expect(nameFindings(r)).toEqual([]);
  });
});

describe('things named like people are not people', () => {
  it('a ship named after its description stays a ship wherever it is mentioned', () => {
    const r = run([
      ['a', 'en', 'A fire broke out on the ferry Skye Navigator on Friday. The operator cancelled all Skye Navigator sailings.'],
      ['b', 'en', 'The Skye Navigator was towed to Mallaig. Navigator crews were praised.'],
    ]);
    expect(people(r)).toEqual([]);
    expect(r.entities.filter((e) => e.kind === 'other' && e.canonical === 'Skye Navigator')).toHaveLength(1);
  });

  it('a surname that is also a lower-case word stays a person once a source names the person in full', () => {
    const r = run([
      ['a', 'en', 'Former prime minister Theresa May spoke on Monday. May said the deal may fail.'],
      ['b', 'en', 'May said the vote may be close.'],
    ]);
    expect(people(r).map((p) => p.canonical)).toEqual(['Theresa May']);
  });

  it('a plural noun at the start of a sentence that the articles also write in lower case is no person', () => {
    const r = run([
      ['a', 'en', 'Organisers said about 9,000 runners finished the race.'],
      ['b', 'en', 'The organisers want to host the championships in 2027.'],
    ]);
    expect(people(r)).toEqual([]);
  });
});
