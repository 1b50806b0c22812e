import { parse } from 'parse5';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReportSchema, type Report } from '../../src/model/schema.js';
import { escapeHtml, renderHtml } from '../../src/render/html.js';
import { isClaimdiffError } from '../../src/errors.js';
import { ARTICLE_A, ARTICLE_B, at, report } from './fixtures.js';

const articles = [
  { id: 'a', text: ARTICLE_A, url: 'https://example.org/a' },
  { id: 'b', text: ARTICLE_B },
];
const SENTENCE_A = 'Bundeskanzler Olaf Scholz ist am Montag in Paris mit Präsident Emmanuel Macron zusammengekommen.';

// The fixture report plus an info finding on the whole sentence that contains the misspelt-name evidence: two spans overlap.
const overlapping: Report = ReportSchema.parse({
  ...report,
  findings: [
    ...report.findings,
    {
      id: 'single-source-44444444',
      detector: 'single-source',
      code: 'only-one-source',
      severity: 'info',
      message: 'Only article a says where they met',
      claimIds: ['a-1'],
      evidence: [at('a', ARTICLE_A, SENTENCE_A, 'a-1')],
      data: {},
    },
  ],
});

type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string; content?: Node };

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  for (const c of node.childNodes ?? []) walk(c, visit);
  if (node.content) walk(node.content, visit);
}

/** Every element of the page as a browser would parse it. */
function elements(html: string): Node[] {
  const out: Node[] = [];
  walk(parse(html) as unknown as Node, (n) => {
    if (n.attrs) out.push(n);
  });
  return out;
}

function textContent(node: Node): string {
  let s = '';
  walk(node, (n) => {
    if (n.nodeName === '#text') s += n.value ?? '';
  });
  return s;
}

const attr = (n: Node, name: string): string | undefined => n.attrs?.find((a) => a.name === name)?.value;

describe('renderHtml: sources side by side', () => {
  const page = renderHtml(overlapping, { articles });
  const els = elements(page);

  it('shows one column per article with its whole original text', () => {
    const cols = els.filter((e) => e.nodeName === 'article' && attr(e, 'class') === 'src');
    expect(cols.map((c) => attr(c, 'aria-label'))).toEqual(['Scholz trifft Macron in Paris', 'Kanzler Scholtz in Paris']);
    expect(page).toContain('grid-template-columns:repeat(auto-fit,minmax(min(100%,22rem),1fr))');
    // Marks aside, the text is there character for character.
    const texts = cols.map((c) => textContent(c.childNodes!.find((n) => attr(n, 'class') === 'text')!));
    expect(texts).toEqual([ARTICLE_A, ARTICLE_B]);
  });

  it.each([
    ['error', 'Olaf Scholtz'],
    ['warning', 'Experten zufolge soll es vor allem um die Verteidigung gehen.'],
    ['info', 'Beide Regierungen wollen 2 Milliarden Euro in gemeinsame Projekte stecken.'],
  ])('highlights a %s span exactly: %s', (severity, text) => {
    expect(page).toMatch(new RegExp(`<a class="hl ${severity} det\\d+"[^>]*>${text.replace(/[.]/g, '\\.')}</a>`));
  });

  it('splits overlapping spans into segments coloured by the most severe finding', () => {
    // The name inside the info sentence: error colour, marked as shared; the rest of the sentence stays info.
    expect(page).toMatch(/>Bundeskanzler <\/a><a class="hl error det\d+ multi"[^>]*>Olaf Scholz<\/a><a class="hl info det\d+"[^>]*> ist am Montag/);
  });

  it('links every card to each of its spans, and each span back to that card', () => {
    const byId = new Map(els.map((e) => [attr(e, 'id'), e] as const));
    const cards = els.filter((e) => attr(e, 'class')?.startsWith('finding '));
    let links = 0;
    for (const card of cards) {
      const jumps: Node[] = [];
      walk(card, (n) => {
        if (attr(n, 'class') === 'jump') jumps.push(n);
      });
      for (const j of jumps) {
        const span = byId.get(attr(j, 'href')!.slice(1));
        expect(span && attr(span, 'href')).toBe(`#${attr(card, 'id')}`);
        links += 1;
      }
    }
    expect(links).toBe(overlapping.findings.reduce((n, f) => n + f.evidence.length, 0));
  });

  it('makes every card focusable and labelled by its message', () => {
    const cards = els.filter((e) => attr(e, 'class')?.startsWith('finding '));
    expect(cards.length).toBe(overlapping.findings.length);
    for (const c of cards) {
      expect(attr(c, 'tabindex')).toBe('0');
      expect(ids(els)).toContain(attr(c, 'aria-labelledby'));
    }
  });

  it('has severity and detector filters that need no script', () => {
    for (const s of ['error', 'warning', 'info']) expect(page).toContain(`<input type="checkbox" id="flt-${s}" checked>`);
    expect(page).toMatch(/body:has\(#flt-error:not\(:checked\)\) \.group\.error\{display:none\}/);
    const detectors = [...new Set(overlapping.findings.map((f) => f.detector))];
    for (const d of detectors) expect(page).toMatch(new RegExp(`id="flt-det\\d+" checked> ${d} \\(\\d+\\)`));
    expect(page).not.toMatch(/<script/i);
  });

  it('has print and phone styles', () => {
    expect(page).toContain('@media print{');
    expect(page).toContain('@media (max-width:30rem)');
  });

  it('ignores evidence whose span does not fit the given text instead of throwing', () => {
    const stale = ReportSchema.parse({
      ...report,
      findings: [{ ...report.findings[0]!, evidence: [{ articleId: 'a', text: 'x', span: { start: 5, end: 99999 } }] }],
    });
    const out = renderHtml(stale, { articles });
    expect(out).not.toContain('class="hl ');
    expect(out).toContain('<blockquote lang="de">x</blockquote>');
  });
});

function ids(els: Node[]): string[] {
  return els.map((e) => attr(e, 'id')).filter((x): x is string => x !== undefined);
}

describe('renderHtml: word diff of two wordings', () => {
  it.each([
    [
      'two quotes',
      { quotes: [{ articleId: 'a', text: 'Wir stehen fest zusammen' }, { articleId: 'b', text: 'Wir stehen eng zusammen' }] },
      '<li><span class="label">a → b</span> <span class="words">Wir stehen <del>fest</del><ins>eng</ins> zusammen</span></li>',
    ],
    ['two plain strings', { figures: ['12.000 Menschen demonstrierten', '1.200 Menschen demonstrierten'] }, '<li><span class="words"><del>12.000</del><ins>1.200</ins> Menschen'],
    [
      "the detector's own word diffs",
      { quotes: [{ text: 'x' }, { text: 'y' }, { text: 'z' }], diffs: [{ from: 'a', to: 'b', parts: [{ value: 'sehr ' }, { value: 'gut', removed: true }, { value: 'schlecht', added: true }] }] },
      '<span class="label">a → b</span> <span class="words">sehr <del>gut</del><ins>schlecht</ins></span>',
    ],
  ])('shows %s as a word diff', (_, data, marked) => {
    const out = renderHtml({ ...report, findings: [{ ...report.findings[1]!, data }] });
    expect(out).toContain('<div class="wording"><span class="label">Wording</span>');
    expect(out).toContain(marked);
  });

  it.each([
    [{ quotes: [{ text: 'same' }, { text: 'same' }] }],
    [{ quotes: [{ text: 'one' }] }],
    [{ quotes: ['a', 'b', 'c'] }],
    [{ forms: ['Scholz', 'Scholtz'] }],
    [{ diffs: [{ variant: 'Scholtz', canonical: 'Scholz', parts: [{ value: 'Schol' }, { value: 't', added: true }, { value: 'z' }] }] }],
  ])('shows no word diff for %j', (data) => {
    const out = renderHtml({ ...report, findings: [{ ...report.findings[1]!, data }] });
    expect(out).not.toContain('class="wording"');
  });
});

describe('renderHtml: chrome in the report locale', () => {
  it.each([
    ['de', '<html lang="de">', 'claimdiff-Bericht', '2 Artikel verglichen · 4 Befunde: 1 Fehler, 2 Warnungen, 1 Hinweis'],
    ['en', '<html lang="en">', 'claimdiff report', '2 articles compared · 4 findings: 1 error, 2 warnings, 1 info'],
  ] as const)('%s', (locale, htmlTag, title, summary) => {
    const out = renderHtml(report, { locale });
    expect(out).toContain(htmlTag);
    expect(out).toContain(`<h1>${title}</h1>`);
    expect(out).toContain(summary);
  });

  it('rejects an unknown locale as a caller mistake', () => {
    let err: unknown;
    try {
      renderHtml(report, { locale: 'fr' as never });
    } catch (e) {
      err = e;
    }
    expect(isClaimdiffError(err) && err.code === 'E_INVALID_OPTIONS' && err.message.includes('"fr"')).toBe(true);
  });
});

describe('renderHtml: no script-injection path', () => {
  const PAYLOADS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", 'javascript:alert(1)'];

  it.each(PAYLOADS)('article text, title and id carrying %j produce no executable element or attribute', (payload) => {
    const textA = `${payload}\n${ARTICLE_A}`;
    const id = `a${payload}`;
    const shift = payload.length + 1;
    const hostile = ReportSchema.parse({
      ...report,
      articles: [{ ...report.articles[0]!, id, title: `T ${payload}` }, report.articles[1]!],
      findings: report.findings.map((f) => ({
        ...f,
        evidence: f.evidence.map((e) =>
          e.articleId === 'a' ? { ...e, articleId: id, span: { start: e.span.start + shift, end: e.span.end + shift } } : e,
        ),
      })).concat([{ ...report.findings[3]!, id: 'x', evidence: [{ articleId: id, text: payload, span: { start: 0, end: payload.length } }] }]),
    });
    const page = renderHtml(hostile, {
      articles: [
        { id, text: textA, url: payload, title: payload },
        { id: 'b', text: ARTICLE_B },
      ],
      locale: 'de',
    });
    const els = elements(page);
    expect(els.filter((e) => ['script', 'img', 'svg', 'iframe', 'object'].includes(e.nodeName))).toEqual([]);
    for (const e of els) {
      for (const a of e.attrs ?? []) {
        expect(a.name.startsWith('on'), `attribute ${a.name} on <${e.nodeName}>`).toBe(false);
        if (a.name === 'href') expect(a.value).toMatch(/^(#|https?:)/);
      }
    }
    // The payload is shown, as text, in the source column, the card and the table.
    expect(page.split(escapeHtml(payload)).length).toBeGreaterThan(3);
  });
});

describe('renderHtml: any set of spans, overlapping or not', () => {
  const SEVERITY = ['error', 'warning', 'info'] as const;
  it('keeps the source text intact and highlights exactly the union of the spans', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 60, unit: fc.constantFrom('a', 'ä', ' ', '\n', '<', '&', '😀') }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(2)), { maxLength: 6 }),
        (text, raw) => {
          const findings = raw.map(([x, y, s], i) => {
            const start = Math.min(x, y) % (text.length + 1);
            const end = Math.min(text.length, start + (Math.max(x, y) % 7));
            return {
              id: `f${i}`,
              detector: 'd',
              code: 'c',
              severity: SEVERITY[s]!,
              message: 'm',
              claimIds: [],
              evidence: [{ articleId: 'a', text: text.slice(start, end), span: { start, end } }],
              data: {},
            };
          });
          const r = ReportSchema.parse({ ...report, articles: [report.articles[0]], findings });
          const els = elements(renderHtml(r, { articles: [{ id: 'a', text }] }));
          const col = els.find((e) => attr(e, 'class') === 'text')!;
          expect(textContent(col)).toBe(text);
          let marked = 0;
          walk(col, (n) => {
            if (attr(n, 'class')?.startsWith('hl ')) marked += textContent(n).length;
          });
          const covered = new Set<number>();
          for (const f of findings) for (let k = f.evidence[0]!.span.start; k < f.evidence[0]!.span.end; k++) covered.add(k);
          expect(marked).toBe(covered.size);
          // Every card's jump link has a target.
          const ids = new Set(els.map((e) => attr(e, 'id')));
          for (const e of els) if (attr(e, 'class') === 'jump') expect(ids.has(attr(e, 'href')!.slice(1))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('renderHtml: character diff of name variants', () => {
  it.each([
    [{ canonical: 'Sanae Takaichi', forms: [{ text: 'Sanae Takaichi' }, { text: 'Sanae Takahiti' }] }, 'Sanae Taka<del>ic</del>hi<ins>ti</ins>'],
    [{ canonical: 'Sanae Takaichi', forms: ['Takahichi'] }, 'Taka<ins>h</ins>ichi'],
    [{ canonical: 'Olaf Scholz', forms: ['Olaf Scholz'] }, undefined],
    [{ canonical: 42, forms: ['x'] }, undefined],
  ])('computes the letters from %j when the detector gave no diffs', (data, marked) => {
    const out = renderHtml({ ...report, findings: [{ ...report.findings[0]!, data }] });
    if (marked === undefined) expect(out).not.toContain('class="spellings"');
    else expect(out).toContain(`<span class="diff">${marked}</span>`);
  });
});
