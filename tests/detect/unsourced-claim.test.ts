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

describe('unsourced-claim: a document the article identifies later', () => {
  const lead = 'Ein neuer Bericht zeigt, dass die Mieten stark gestiegen sind.';
  const later = 'Laut dem Bericht stiegen die Mieten um zwölf Prozent.';
  const cases: [string, Attribution, Attribution, number][] = [
    ['an indefinite report the article later cites as "the report"', { kind: 'vague-group', cue: 'Bericht zeigt' }, { kind: 'named-document', cue: 'Laut', source: 'dem Bericht' }, 0],
    ['a vague group beside a named report', { kind: 'vague-group', cue: 'Experten warnen' }, { kind: 'named-document', cue: 'Laut', source: 'dem Bericht' }, 1],
    ['plural studies beside a named study', { kind: 'vague-group', cue: 'Studien zeigen' }, { kind: 'named-document', cue: 'Laut', source: 'der Studie' }, 1],
    ['an indefinite report with no report named anywhere', { kind: 'vague-group', cue: 'Bericht zeigt' }, { kind: 'none' }, 1],
  ];
  it.each(cases)('%s', (_n, first, second, expected) => {
    const articles = [article('a', [{ text: lead, attribution: first }, { text: later, attribution: second }])];
    expect(run(unsourcedClaim, articles)).toHaveLength(expected);
  });

  it('does not let another article identify the document', () => {
    const articles = [
      article('a', [{ text: lead, attribution: { kind: 'vague-group', cue: 'Bericht zeigt' } }]),
      article('b', [{ text: later, attribution: { kind: 'named-document', cue: 'Laut', source: 'dem Bericht' } }]),
    ];
    expect(run(unsourcedClaim, articles)).toHaveLength(1);
  });
});
