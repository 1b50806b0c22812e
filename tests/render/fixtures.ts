import { ReportSchema, type Claim, type Evidence, type Report } from '../../src/model/schema.js';

// Two short German reports of one (real) event, written for these tests; one misspells a name.
export const ARTICLE_A = [
  'Scholz trifft Macron in Paris',
  '',
  'Bundeskanzler Olaf Scholz ist am Montag in Paris mit Präsident Emmanuel Macron zusammengekommen.',
  'Experten zufolge soll es vor allem um die Verteidigung gehen.',
].join('\n');

export const ARTICLE_B = [
  'Kanzler Scholtz in Paris',
  '',
  'Kanzler Olaf Scholtz reiste am Montag nach Paris.',
  'Beobachter meinen, das Treffen sei überfällig gewesen.',
  'Beide Regierungen wollen 2 Milliarden Euro in gemeinsame Projekte stecken.',
].join('\n');

/** Evidence for `needle` in `text`, with the span computed so the fixture cannot drift from its text. */
export function at(articleId: string, text: string, needle: string, claimId?: string): Evidence {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`fixture: "${needle}" not in ${articleId}`);
  return { articleId, text: needle, span: { start, end: start + needle.length }, ...(claimId ? { claimId } : {}) };
}

function claim(id: string, articleId: string, text: string, sentence: string, index: number): Claim {
  const ev = at(articleId, text, sentence);
  return {
    id,
    articleId,
    index,
    text: sentence,
    span: ev.span,
    section: 'body',
    kind: 'fact',
    entities: [],
    quantities: [],
    dates: [],
    quotes: [],
    attribution: { kind: 'none' },
    hedges: [],
    citations: [],
  };
}

const A2 = 'Bundeskanzler Olaf Scholz ist am Montag in Paris mit Präsident Emmanuel Macron zusammengekommen.';
const A3 = 'Experten zufolge soll es vor allem um die Verteidigung gehen.';
const B2 = 'Kanzler Olaf Scholtz reiste am Montag nach Paris.';
const B3 = 'Beobachter meinen, das Treffen sei überfällig gewesen.';
const B4 = 'Beide Regierungen wollen 2 Milliarden Euro in gemeinsame Projekte stecken.';

/** A realistic report: one name variant (error), two unsourced claims (warning), one single-source claim (info). */
export const report: Report = ReportSchema.parse({
  version: 1,
  articles: [
    { id: 'a', title: 'Scholz trifft Macron in Paris', language: 'de', sentenceCount: 2, claimCount: 2 },
    { id: 'b', title: 'Kanzler Scholtz in Paris', language: 'de', sentenceCount: 3, claimCount: 3 },
  ],
  claims: [
    claim('a-1', 'a', ARTICLE_A, A2, 1),
    claim('a-2', 'a', ARTICLE_A, A3, 2),
    claim('b-1', 'b', ARTICLE_B, B2, 1),
    claim('b-2', 'b', ARTICLE_B, B3, 2),
    claim('b-3', 'b', ARTICLE_B, B4, 3),
  ],
  entities: [
    {
      id: 'e-scholz',
      kind: 'person',
      canonical: 'Olaf Scholz',
      variants: [
        { text: 'Olaf Scholz', articleIds: ['a'], count: 1 },
        { text: 'Olaf Scholtz', articleIds: ['b'], count: 1 },
      ],
    },
  ],
  clusters: [{ id: 'c-1', claimIds: ['a-1', 'b-1'], score: 0.7 }],
  findings: [
    {
      id: 'name-variant-0a1b2c3d',
      detector: 'name-variant',
      code: 'spelling',
      severity: 'error',
      message: 'The name is spelled differently across sources: Olaf Scholz, Olaf Scholtz',
      claimIds: ['a-1', 'b-1'],
      evidence: [at('a', ARTICLE_A, 'Olaf Scholz', 'a-1'), at('b', ARTICLE_B, 'Olaf Scholtz', 'b-1')],
      data: {
        canonical: 'Olaf Scholz',
        forms: ['Olaf Scholz', 'Olaf Scholtz'],
        diffs: [
          {
            variant: 'Olaf Scholtz',
            canonical: 'Olaf Scholz',
            parts: [{ value: 'Olaf Schol' }, { value: 't', added: true }, { value: 'z' }],
          },
        ],
      },
    },
    {
      id: 'unsourced-claim-11111111',
      detector: 'unsourced-claim',
      code: 'vague-group',
      severity: 'warning',
      message: 'Attributed only to an unnamed group ("Experten zufolge")',
      claimIds: ['a-2'],
      evidence: [at('a', ARTICLE_A, A3, 'a-2')],
      data: { cue: 'Experten zufolge' },
    },
    {
      id: 'unsourced-claim-22222222',
      detector: 'unsourced-claim',
      code: 'vague-group',
      severity: 'warning',
      message: 'Attributed only to an unnamed group ("Beobachter meinen")',
      claimIds: ['b-2'],
      evidence: [at('b', ARTICLE_B, B3, 'b-2')],
      data: { cue: 'Beobachter meinen' },
    },
    {
      id: 'single-source-33333333',
      detector: 'single-source',
      code: 'only-one-source',
      severity: 'info',
      message: 'Only one source makes this claim',
      claimIds: ['b-3'],
      evidence: [at('b', ARTICLE_B, B4, 'b-3')],
      data: { articleId: 'b' },
    },
  ],
});

/** The same report with no findings. */
export const emptyReport: Report = ReportSchema.parse({ ...report, findings: [] });

export const HOSTILE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "it's & <b>bold</b>"] as const;

/** A report whose every text field an article could control carries hostile markup. */
export function hostileReport(payload: string): Report {
  return ReportSchema.parse({
    ...report,
    articles: report.articles.map((a) => ({ ...a, title: `${a.title} ${payload}` })),
    findings: report.findings.map((f) => ({
      ...f,
      code: `${f.code}${payload}`,
      message: `${f.message} ${payload}`,
      evidence: f.evidence.map((e) => ({ ...e, text: `${e.text} ${payload}`, articleId: `${e.articleId}${payload}` })),
      data: {
        ...f.data,
        cue: payload,
        diffs: [{ variant: payload, canonical: 'x', parts: [{ value: payload, added: true }, { value: payload, removed: true }] }],
      },
    })),
  });
}
