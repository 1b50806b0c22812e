import { describe, expect, it } from 'vitest';
import { alignClaims } from '../../src/align/index.js';
import type { Alignment } from '../../src/align/types.js';
import { article, shuffled } from './fixtures.js';
import { correct, misspelt } from './seedStory.js';

function personWith(al: Alignment, text: string) {
  return al.entities.find((e) => e.kind === 'person' && e.variants.some((v) => v.text === text));
}

describe('entity resolution on a story with a misspelt name', () => {
  const al = alignClaims([correct, misspelt]);

  it('merges every spelling of the prime minister into one person', () => {
    const pm = personWith(al, 'Sanae Takaichi');
    expect(pm).toBeDefined();
    const texts = pm!.variants.map((v) => v.text).sort();
    expect(texts).toEqual(['Sanae Takahichi', 'Sanae Takaichi', 'Takahichi', 'Takahiti', 'Takaichi']);
  });

  it('picks the spelling of the self-consistent source as canonical', () => {
    const pm = personWith(al, 'Takahichi')!;
    expect(pm.canonical).toBe('Sanae Takaichi');
    expect(al.canonicalReasons?.get(pm.id)).toBe('self-consistent-source');
  });

  it('a gazetteer spelling wins over the sources', () => {
    const g = alignClaims([correct, misspelt], { gazetteer: ['Sanae Takahichi'] });
    const pm = personWith(g, 'Takaichi')!;
    expect(pm.canonical).toBe('Sanae Takahichi');
    expect(g.canonicalReasons?.get(pm.id)).toBe('gazetteer');
  });

  it.each([
    ['Shinzo Abe', 'Sanae Takahichi'],
    ['Donald Trump', 'Xi Jinping'],
    ['Hideki Matsuyama', 'Sanae Takahichi'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(personWith(al, a)?.id).toBeDefined();
    expect(personWith(al, a)?.id).not.toBe(personWith(al, b)?.id);
  });

  it('never turns a month or weekday into a person', () => {
    const persons = al.entities.filter((e) => e.kind === 'person').flatMap((e) => e.variants.map((v) => v.text));
    expect(persons).not.toContain('März');
    expect(persons).not.toContain('Donnerstag');
  });

  it('adds the headline misspelling the extractor missed, with a span into the original text', () => {
    const headline = al.claims.find((c) => c.id === 'b-misspelt#0')!;
    const swept = headline.entities.find((e) => e.text === 'Takahiti');
    expect(swept).toBeDefined();
    expect(misspelt.document.original.slice(swept!.span.start, swept!.span.end)).toBe('Takahiti');
    expect(swept!.entityId).toBe(personWith(al, 'Takaichi')!.id);
  });

  it.each([
    ['a noun one letter off a surname', 'Der Kellner brachte Anna Keller den Kaffee.', ['Anna Keller']],
    ['the surname itself, already tagged', 'Anna Keller kam spät.', ['Anna Keller']],
  ])('does not sweep %s', (_n, text, entities) => {
    const al = alignClaims([
      article('a', [{ text, entities }]),
      article('b', [{ text: 'Bürgermeisterin Anna Keller sprach.', entities: ['Bürgermeisterin|Anna Keller'] }]),
    ]);
    expect(al.claims[0]!.entities.map((e) => e.text)).toEqual(entities);
  });

  it('fills entityId on every mention and lists every mention under its entity', () => {
    const all = al.claims.flatMap((c) => c.entities);
    expect(all.every((m) => typeof m.entityId === 'string')).toBe(true);
    const listed = [...al.mentions.values()].reduce((n, l) => n + l.length, 0);
    expect(listed).toBe(all.length);
  });

  it('leaves the caller’s claims untouched', () => {
    expect(misspelt.claims[0]!.entities.map((e) => e.text)).toEqual(['Trump']);
    expect(misspelt.claims[1]!.entities[0]!.entityId).toBeUndefined();
  });

  it('does not depend on the order of the articles', () => {
    const again = alignClaims(shuffled([correct, misspelt], 1));
    expect(JSON.stringify(again.entities)).toBe(JSON.stringify(al.entities));
    expect(JSON.stringify(again.clusters)).toBe(JSON.stringify(al.clusters));
    expect(JSON.stringify(again.claims)).toBe(JSON.stringify(al.claims));
  });
});

describe('people who only look alike', () => {
  it.each([
    [
      'same surname, different given names',
      [{ text: 'Anna Berger sprach zuerst.', entities: ['Anna Berger'] }],
      [{ text: 'Danach sprach Paul Berger.', entities: ['Paul Berger'] }],
      2,
    ],
    [
      'similar names with incompatible roles',
      [{ text: 'Bürgermeisterin Maria Keller eröffnete die Brücke.', entities: ['Bürgermeisterin|Maria Keller'] }],
      [{ text: 'Sprecherin Marie Keller bestätigte das.', entities: ['Sprecherin|Marie Keller'] }],
      2,
    ],
    [
      'one person with two words for the same office',
      [{ text: 'Regierungschefin Sanae Takaichi reiste ab.', entities: ['Regierungschefin|Sanae Takaichi'] }],
      [{ text: 'Premierministerin Sanae Takaichi reiste ab.', entities: ['Premierministerin|Sanae Takaichi'] }],
      1,
    ],
  ])('%s', (_name, a, b, persons) => {
    const al = alignClaims([article('a', a), article('b', b)]);
    expect(al.entities.filter((e) => e.kind === 'person')).toHaveLength(persons);
  });

  it('attaches a bare surname to the person its own article names', () => {
    const al = alignClaims([
      article('a', [{ text: 'Anna Berger sprach, dann nickte Berger.', entities: ['Anna Berger', 'Berger'] }]),
      article('b', [{ text: 'Paul Berger sprach, dann lachte Berger.', entities: ['Paul Berger', 'Berger'] }]),
    ]);
    const anna = al.entities.find((e) => e.canonical === 'Anna Berger')!;
    expect(al.mentions.get(anna.id)!.map((m) => m.articleId)).toEqual(['a', 'a']);
  });

  it.each([
    ['place:China', 'place:Chinas', 'place'],
    ['Shinzo Abe', 'Abes', 'person'],
  ])('treats the genitive of %s as the same entity', (a, b, kind) => {
    const name = (x: string) => x.replace(/^place:/, '');
    const al = alignClaims([
      article('a', [{ text: `Heute sprach ${name(a)} lange.`, entities: [a] }]),
      article('b', [{ text: `Die Rede ${name(b)} dauerte lange.`, entities: [b] }]),
    ]);
    expect(al.entities.filter((e) => e.kind === kind)).toHaveLength(1);
  });

  it('groups places by their folded name and never with a person of the same name', () => {
    const al = alignClaims([
      article('a', [{ text: 'In Paris sprach Paris Hilton.', entities: ['place:Paris', 'Paris Hilton'] }]),
      article('b', [{ text: 'Die Stadt PARIS wartet.', entities: ['place:PARIS'] }]),
    ]);
    const places = al.entities.filter((e) => e.kind === 'place');
    expect(places).toHaveLength(1);
    expect(places[0]!.variants.map((v) => v.articleIds).flat().sort()).toEqual(['a', 'b']);
  });
});

describe('claim clusters', () => {
  it.each([
    [
      'the same statement in two sources',
      'Die Regierung hat am Montag ein neues Gesetz zum Schutz der Moore beschlossen.',
      'Am Montag hat die Regierung ein neues Gesetz zum Schutz der Moore beschlossen.',
      1,
    ],
    [
      'two unrelated statements',
      'Die Regierung hat am Montag ein neues Gesetz zum Schutz der Moore beschlossen.',
      'Der Fußballverein gewann das Pokalfinale nach Elfmeterschießen.',
      0,
    ],
  ])('%s', (_name, a, b, count) => {
    const al = alignClaims([article('a', [{ text: a }]), article('b', [{ text: b }])]);
    expect(al.clusters).toHaveLength(count);
    if (count) {
      expect(al.clusters[0]!.claimIds).toEqual(['a#0', 'b#0']);
      expect(al.clusters[0]!.score).toBeGreaterThan(0.4);
      expect(al.clusters[0]!.reason).toMatch(/stems:/);
    }
  });

  it('never clusters two claims of one article alone', () => {
    const text = 'Die Regierung hat am Montag ein neues Gesetz zum Schutz der Moore beschlossen.';
    const al = alignClaims([article('a', [{ text }, { text }]), article('b', [{ text: 'Etwas ganz anderes geschah gestern.' }])]);
    expect(al.clusters).toEqual([]);
  });

  it('stays fast on a large corpus (blocking, not all pairs)', () => {
    const specs = Array.from({ length: 2000 }, (_, i) => ({
      text: `Im Bezirk ${i} meldete die Behörde ${i * 7} neue Fälle und ${i % 13} Schließungen von Schulen.`,
    }));
    const started = performance.now();
    const al = alignClaims([article('a', specs), article('b', specs.slice().reverse())]);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(al.clusters.length).toBeGreaterThan(0);
  });
});

describe('caller mistakes', () => {
  it.each([
    ['articles not an array', () => alignClaims('x' as never), 'E_INVALID_INPUT'],
    ['gazetteer of numbers', () => alignClaims([], { gazetteer: [1] as never }), 'E_INVALID_OPTIONS'],
  ])('%s', (_n, fn, code) => expect(fn).toThrow(expect.objectContaining({ code })));
});
