import { describe, expect, it } from 'vitest';
import { compare, extractClaims, renderJson } from '../src/index.js';

const story = (_n: number) =>
  `Hafenbrand in Lindenau\n\nIn der Nacht zum Freitag brannte im Hafen von Lindenau eine Lagerhalle der Spedition Hartmann aus. ` +
  `Feuerwehrchefin Agnieszka Wróblewska sagte, rund 120 Einsatzkräfte seien vor Ort gewesen. ` +
  `Oberbürgermeister Thomas Brenner kündigte einen Hilfsfonds von 2,5 Millionen Euro an.`;

describe('compare across many sources', () => {
  it.each([2, 12, 45])('finds no single-source claim when %i sources say the same', (n) => {
    const report = compare(Array.from({ length: n }, (_, i) => ({ id: `quelle-${String(i).padStart(2, '0')}`, text: story(i) })));
    const single = report.findings.filter((f) => f.detector === 'single-source');
    expect(single).toEqual([]);
    expect(report.clusters.length).toBeGreaterThanOrEqual(3);
  });

  it('orders ids by code unit, never by the machine locale', () => {
    const report = compare([
      { id: 'zeit', text: story(1) },
      { id: 'ärzteblatt', text: story(2).replace('Wróblewska', 'Wroblewska') },
    ]);
    expect(report.articles.map((a) => a.id)).toEqual(['zeit', 'ärzteblatt']);
    const nv = report.findings.find((f) => f.detector === 'name-variant')!;
    expect(nv.evidence.map((e) => e.articleId)).toEqual(['zeit', 'ärzteblatt']);
  });

  it('gives the same report for the same articles in any order', () => {
    const articles = Array.from({ length: 6 }, (_, i) => ({ id: `s${i}`, text: story(i).replace('120', String(100 + i)) }));
    const forward = renderJson(compare(articles));
    expect(renderJson(compare([...articles].reverse()))).toBe(forward);
    expect(renderJson(compare([articles[3]!, articles[0]!, articles[5]!, articles[1]!, articles[4]!, articles[2]!]))).toBe(forward);
  });
});

describe('people who share a surname', () => {
  it('does not pin a bare surname on one of two people with that surname', () => {
    const text =
      'Streit im Stadtrat\n\nBürgermeisterin Anna Müller verteidigte den Haushalt. Ihr Gegenkandidat Hans Müller kritisierte die Schulden. Müller sagte, die Stadt müsse sparen.';
    const report = compare([{ id: 'a', text }, { id: 'b', text: text.replace('Ihr Gegenkandidat', 'Der Gegenkandidat') }]);
    const claim = report.claims.find((c) => c.articleId === 'a' && c.text.startsWith('Müller sagte'))!;
    const bare = claim.entities.find((e) => e.text === 'Müller')!;
    expect(bare.kind).toBe('person');
    expect(bare.given).toBeUndefined();
    // The last Müller named before the bare surname is Hans.
    const anna = report.entities.find((e) => e.canonical === 'Anna Müller')!;
    expect(anna.variants.map((v) => v.text)).not.toContain('Müller');
    expect(bare.entityId).toBe(report.entities.find((e) => e.canonical === 'Hans Müller')!.id);
  });
});

describe('time stays linear on odd German text', () => {
  it('handles one capitalised 40,000-letter token about as fast per letter as a 10,000-letter one', () => {
    const time = (n: number) => {
      const text = `Die Stadt meldete ${'Ab'.repeat(n / 2)} am Montag.`;
      const t0 = performance.now();
      compare([{ id: 'a', text, language: 'de' }]);
      return performance.now() - t0;
    };
    time(2000);
    const small = Math.max(time(10000), 1);
    const large = time(40000);
    // Four times the input may take at most about four times as long; allow noise on shared machines.
    expect(large / small).toBeLessThan(12);
  });
});

describe('companies and clubs are not people', () => {
  it.each([
    ['de', 'Der spanische Batteriehersteller Celdra will in Altmühlen ein Werk bauen.', 'Celdra'],
    ['en', 'Spanish battery maker Celdra will build a factory in Altmühlen.', 'Celdra'],
    ['en', 'The striker joined Tyneford Rovers on Monday, the club said.', 'Tyneford Rovers'],
    ['de', 'Die Große Strafkammer verurteilte den Mann am Dienstag.', 'Große Strafkammer'],
  ])('%s: %s', (language, text, name) => {
    const report = compare([{ id: 'a', text, language: language as 'de' | 'en' }]);
    const persons = report.entities.filter((e) => e.kind === 'person').flatMap((e) => e.variants.map((v) => v.text));
    expect(persons.join('|')).not.toContain(name.split(' ').pop());
  });
});

describe('places next to names are not people', () => {
  it.each([
    ['de', 'In Bad Schandau rechnen viele Vermieter mit einer verlorenen Saison.', 'Schandau'],
    ['de', 'Die Feuerwehr will über eine Evakuierung von Schmilka entscheiden, sagte Kreisbrandmeister Cem Karakaya.', 'Schmilka'],
    ['en', 'The new ferries will be built near Port Glasgow, Transport Secretary Fiona Hyslop said.', 'Glasgow'],
    ['de', 'Der Streik trifft auch die Linien in Neukölln, sagte Verdi-Sprecherin Gökçe Şahin.', 'Neukölln'],
  ])('%s: %s', (language, text, place) => {
    const report = compare([{ id: 'a', text, language: language as 'de' | 'en' }]);
    const persons = report.entities.filter((e) => e.kind === 'person').flatMap((e) => e.variants.map((v) => v.text));
    expect(persons.join('|')).not.toContain(place);
    expect(persons.length).toBeLessThanOrEqual(1);
  });
});

describe('attribution in held-out wordings', () => {
  it.each([
    ['en', 'The RMT union, which represents about 1200 ferry workers, welcomed the result.', 'named-organisation'],
    ['de', 'Laut dem Lagebericht des Landratsamts stehen 200 Feldbetten bereit.', 'named-document'],
    ['de', 'Ein Feuerwehrmann, der seinen Namen nicht in der Zeitung lesen möchte, berichtete von erschöpften Kameraden.', 'anonymous'],
    ['de', 'Im Dorf ist man sich einig, dass die Wege zu lange gesperrt waren.', 'agentless'],
    ['de', 'Man hört, dass auch die Busfahrer über einen Streik nachdenken.', 'agentless'],
    ['en', 'Several island councillors, speaking privately, said they doubted the plan.', 'anonymous'],
    ['en', 'Word around Holyrood is that several backbenchers only backed the bill late.', 'agentless'],
  ])('%s: %s', (language, text, kind) => {
    const { claims } = extractClaims({ id: 'a', text, language: language as 'de' | 'en' });
    expect(claims[0]!.attribution.kind).toBe(kind);
  });
});

describe('double surnames', () => {
  it('groups "Abdel Fattah", "Abdel-Fattah" and "Abdelfattah" as one person and flags the spellings', () => {
    const report = compare([
      { id: 'a', text: 'Gewerkschafterin Dina Abdel-Fattah rief zum Streik auf. Abdel-Fattah sagte, die Löhne reichten nicht.' },
      { id: 'b', text: 'Union official Dina Abdelfattah called the strike. Abdelfattah said wages were too low.' },
      { id: 'c', text: 'Zum Streik rief Abdel Fattah auf. Später sprach Abdel-Fattah vor dem Hafentor.', language: 'de' },
    ]);
    const people = report.entities.filter((e) => e.kind === 'person' && /fattah/i.test(e.canonical));
    expect(people).toHaveLength(1);
    const nv = report.findings.filter((f) => f.detector === 'name-variant');
    expect(nv).toHaveLength(1);
    expect(nv[0]!.data.inconsistentArticles).toEqual(['c']);
  });
});

describe('names with particles', () => {
  it.each([
    ['de', 'EU-Kommissionspräsidentin Ursula von der Leyen sagte am Montag, die Lage sei ernst.', 'Ursula', 'von der Leyen'],
    ['en', 'Brazilian President Luiz Inácio Lula da Silva said the deal was fair.', 'Luiz Inácio Lula', 'da Silva'],
    ['en', 'Director Marisol de la Cruz thanked the jury.', 'Marisol', 'de la Cruz'],
  ])('%s: %s', (language, text, given, surname) => {
    const { claims } = extractClaims({ id: 'a', text, language: language as 'de' | 'en' });
    const person = claims[0]!.entities.find((e) => e.kind === 'person')!;
    expect({ given: person.given, surname: person.surname }).toEqual({ given, surname });
    expect(claims[0]!.attribution.kind).toBe('named-person');
  });
});
