import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/model/schema.js';
import { many, splitSeed } from './helpers.js';

const dir = new URL('../../../shared/seeds/', import.meta.url);
const present = existsSync(new URL('gold.json', dir));

interface Gold {
  articles: string[];
  notPersons: string[];
  unsourced: { article: string; text: string }[];
  sourced: { article: string; text: string; via: string }[];
  hedged: { article: string; text: string }[];
  citations: { article: string; paragraphStartsWith: string }[];
}

describe.skipIf(!present)('seed articles', () => {
  const gold = present ? (JSON.parse(readFileSync(new URL('gold.json', dir), 'utf8')) as Gold) : undefined;
  const claims = new Map<string, Claim[]>();
  const paragraphs = new Map<string, string[][]>();
  for (const file of gold?.articles ?? []) {
    const paras = splitSeed(readFileSync(new URL(file, dir), 'utf8'));
    paragraphs.set(file, paras.map((p) => p.sentences));
    claims.set(file, many(paras, 'de'));
  }
  const find = (file: string, text: string) => {
    const head = text.slice(0, 40);
    const c = claims.get(file)!.find((x) => x.text.includes(head));
    expect(c, `claim starting "${head}"`).toBeDefined();
    return c!;
  };
  const all = () => [...claims.values()].flat();

  it('never makes a person of the gold non-persons', () => {
    const persons = all().flatMap((c) => c.entities.filter((e) => e.kind === 'person').map((e) => e.text));
    for (const word of gold!.notPersons) expect(persons.filter((p) => p.includes(word))).toEqual([]);
  });

  it('finds the people of both articles, with bare and genitive surnames', () => {
    const people = all().flatMap((c) => c.entities.filter((e) => e.kind === 'person'));
    const texts = new Set(people.map((e) => e.text));
    for (const name of ['Donald Trump', 'Trump', 'Trumps', 'Sanae Takaichi', 'Takaichi', 'Xi Jinping', 'Sanae Takahichi', 'Takahichi', 'Shinzo Abe', 'Abe', 'Hideki Matsuyama']) {
      expect(texts.has(name), name).toBe(true);
    }
    expect(people.filter((e) => e.text === 'Trumps').every((e) => e.surname === 'Trump' && e.given === 'Donald')).toBe(true);
    expect(people.filter((e) => e.text === 'Takahichi').every((e) => e.given === 'Sanae')).toBe(true);
  });

  it('flags the unsourced sentences as vague groups', () => {
    for (const u of gold!.unsourced) expect(find(u.article, u.text).attribution.kind).toBe('vague-group');
  });

  it('credits the sourced sentences', () => {
    for (const s of gold!.sourced) {
      const kind = find(s.article, s.text).attribution.kind;
      const want = s.via.startsWith('named data') ? ['named-document'] : s.via.startsWith('named speaker') ? ['named-person'] : ['citation'];
      expect(want, `${s.text.slice(0, 50)} → ${kind}`).toContain(kind);
    }
  });

  it('sources every sentence of a cited paragraph by citation or a named person', () => {
    for (const cit of gold!.citations) {
      const para = paragraphs.get(cit.article)!.find((p) => p[0]!.startsWith(cit.paragraphStartsWith))!;
      for (const s of para) expect(['citation', 'named-person']).toContain(find(cit.article, s).attribution.kind);
    }
  });

  it('finds hedges in the hedged sentences', () => {
    for (const h of gold!.hedged) {
      const c = claims.get(h.article)!.find((x) => x.text.includes(h.text.slice(-40)))!;
      expect(c.hedges.length, h.text).toBeGreaterThan(0);
    }
  });

  it('reads the numbers and dates of the seeds', () => {
    const q = all().flatMap((c) => c.quantities);
    expect(q).toEqual(expect.arrayContaining([
      expect.objectContaining({ value: 2, unit: 'percent' }),
      expect.objectContaining({ value: 60, unit: 'percent', approximate: true, measure: 'produktion' }),
      expect.objectContaining({ value: 21, measure: 'staaten' }),
    ]));
    const d = all().flatMap((c) => c.dates);
    expect(d).toEqual(expect.arrayContaining([
      expect.objectContaining({ text: 'März', kind: 'month' }),
      expect.objectContaining({ text: 'Donnerstag', kind: 'weekday', weekday: 4 }),
      expect.objectContaining({ text: 'zwei Jahre früher', kind: 'relative' }),
    ]));
  });

  it('keeps the quoted catch-phrases without a speaker', () => {
    const quotes = all().flatMap((c) => c.quotes);
    for (const t of ['Goldenes Zeitalter', 'Goldene Ära', 'neues goldenes Zeitalter']) {
      expect(quotes.find((q) => q.text === t)).toMatchObject({ partial: true });
      expect(quotes.find((q) => q.text === t)!.speaker).toBeUndefined();
    }
    expect(quotes.find((q) => q.text === 'Ein sehr kräftiger Händedruck')).toMatchObject({ partial: false, speaker: 'Donald Trump' });
  });
});
