import { describe, expect, it } from 'vitest';
import { singleSource } from '../../src/detect/detectors/single-source.js';
import { article } from '../align/fixtures.js';
import type { SentenceSpec } from '../align/fixtures.js';
import { run } from './context.js';

const shared = 'Die Regierung hat am Montag ein neues Gesetz zum Schutz der Moore beschlossen.';
const filler: SentenceSpec = { text: 'Das Wetter war mild.' };

describe('single-source', () => {
  const valid: [string, SentenceSpec[], SentenceSpec[]][] = [
    ['a claim both sources make', [{ text: shared, quantities: [] , entities: ['organization:Regierung'] }], [{ text: shared, entities: ['organization:Regierung'] }]],
    ['a claim with nothing checkable', [{ text: 'Das war ein bemerkenswerter Tag für alle.' }], [filler]],
    ['a headline', [{ text: 'Anna Berger gewinnt mit 60 Prozent', section: 'headline', entities: ['Anna Berger'], quantities: ['60 Prozent'] }], [filler]],
  ];
  it.each(valid)('valid: %s', (_n, a, b) => {
    expect(run(singleSource, [article('a', a), article('b', b)]).filter((f) => f.evidence[0]!.articleId === 'a')).toEqual([]);
  });

  const invalid: [string, SentenceSpec, string[]][] = [
    ['a number only one source gives', { text: 'Der Bau kostet 60 Millionen Euro.', quantities: ['60'] }, ['60']],
    ['a named person', { text: 'Anna Berger leitet künftig das Amt.', entities: ['Anna Berger'] }, ['Anna Berger']],
  ];
  it.each(invalid)('invalid: %s', (_n, a, anchors) => {
    const findings = run(singleSource, [article('a', [a]), article('b', [filler])]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'only-one-source', severity: 'info', claimIds: ['a#0'], data: { checkability: anchors.length, anchors } });
  });

  it('stays silent with a single article', () => {
    expect(run(singleSource, [article('a', [{ text: 'Anna Berger leitet das Amt.', entities: ['Anna Berger'] }])])).toEqual([]);
  });
});
