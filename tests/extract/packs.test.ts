import { describe, expect, it } from 'vitest';
import { packs } from '../../src/lang/index.js';
import { tokenize } from '../../src/extract/tokens.js';

const all = Object.values(packs);

describe('extraction packs', () => {
  it('have the same fields in every language', () => {
    const keys = all.map((p) => Object.keys(p.extract).sort());
    for (const k of keys) expect(k).toEqual(keys[0]);
  });

  it.each(all.map((p) => [p.code, p] as const))('%s: lists are filled and lower-case where the contract says so', (_code, pack) => {
    const x = pack.extract;
    expect(new Set(x.givenNames).size).toBeGreaterThanOrEqual(300);
    expect(new Set(x.places).size).toBeGreaterThanOrEqual(150);
    expect(Object.keys(x.months).length).toBeGreaterThanOrEqual(12);
    expect(new Set(Object.values(x.weekdays))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7]));
    for (const list of [x.roles, x.speechVerbs, x.vagueSources, x.agentlessPhrases, x.anonymousPhrases, x.hedges, x.documentNouns, x.functionWords]) {
      expect(list.length).toBeGreaterThan(0);
      for (const w of list) expect(w).toBe(w.toLowerCase());
    }
    for (const m of Object.keys(x.months)) expect(m).toBe(m.toLowerCase());
  });

  it.each(all.map((p) => [p.code, p] as const))('%s: every phrase is made of tokens the tokenizer sees', (_code, pack) => {
    const x = pack.extract;
    for (const p of [...x.speechVerbs, ...x.agentlessPhrases, ...x.anonymousPhrases, ...x.hedges, ...x.roles, ...x.sourceBefore]) {
      expect(tokenize(p).length).toBeGreaterThan(0);
    }
  });
});

describe('speech verbs', () => {
  // The first word of a speech verb also marks a name next to it ("sagte Müller"): a copula there would make
  // "ist Teil eines Plans" a person.
  const copulas = new Set(['ist', 'sind', 'war', 'waren', 'wird', 'werden', 'hat', 'haben', 'is', 'are', 'was', 'were', 'be', 'has', 'have', 'had']);
  it.each(all.map((p) => [p.code, p] as const))('%s: no speech verb starts with a copula or auxiliary', (_code, pack) => {
    const heads = pack.extract.speechVerbs.map((v) => v.split(' ')[0]!.toLowerCase());
    expect(heads.filter((h) => copulas.has(h))).toEqual([]);
  });
});
