import { describe, expect, it } from 'vitest';
import { unsourcedClaim } from '../../src/detect/detectors/unsourced-claim.js';
import type { Attribution } from '../../src/model/schema.js';
import { article } from '../align/fixtures.js';
import { run } from './context.js';

const text = 'Die Unterstützung für das Abkommen ist stark gewachsen.';
const one = (attribution: Attribution, citations: string[] = []) => [article('a', [{ text, attribution, citations }])];

describe('unsourced-claim', () => {
  const valid: [string, Attribution, string[]][] = [
    ['no attribution at all', { kind: 'none' }, []],
    ['a named person', { kind: 'named-person', cue: 'sagte', source: 'Anna Berger' }, []],
    ['a named organisation', { kind: 'named-organisation', cue: 'laut', source: 'US Geological Survey' }, []],
    ['a citation marker', { kind: 'citation', cue: '[example.org]' }, ['example.org']],
    ['vague wording in a cited paragraph', { kind: 'agentless', cue: 'Wie berichtet wird' }, ['example.org']],
  ];
  it.each(valid)('valid: %s', (_n, attribution, citations) => {
    expect(run(unsourcedClaim, one(attribution, citations))).toEqual([]);
  });

  const invalid: [string, Attribution, string][] = [
    ['a vague group', { kind: 'vague-group', cue: 'Umfragen belegen' }, 'vague-source'],
    ['no agent', { kind: 'agentless', cue: 'Es heißt' }, 'agentless'],
    ['an anonymous source', { kind: 'anonymous', cue: 'aus Regierungskreisen' }, 'anonymous-source'],
  ];
  it.each(invalid)('invalid: %s', (_n, attribution, code) => {
    const findings = run(unsourcedClaim, one(attribution));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code, severity: 'warning', claimIds: ['a#0'], data: { cue: attribution.cue, attribution: attribution.kind } });
    expect(findings[0]!.evidence).toEqual([{ articleId: 'a', text, span: { start: 0, end: text.length }, claimId: 'a#0' }]);
    expect(findings[0]!.message).toContain(attribution.cue);
  });
});
