import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inputHygiene } from '../../src/detect/detectors/input-hygiene.js';
import { builtinDetectors } from '../../src/detect/index.js';
import { compare, extractClaims } from '../../src/pipeline.js';
import type { ArticleInput } from '../../src/model/schema.js';
import { run } from './context.js';

const findings = (text: string, locale: 'de' | 'en' = 'en', extra: Partial<ArticleInput> = {}) =>
  run(inputHygiene, [extractClaims({ id: 'a', text, ...extra })], locale);

const head = 'Stadtrat beschließt neuen Hafenplan';
const body = 'Der Stadtrat von Lindenau hat am Montag einen neuen Plan für den Hafen beschlossen. Die Kosten liegen bei 40 Millionen Euro.';

describe('input-hygiene', () => {
  it('is registered as a built-in detector with severity info', () => {
    expect(builtinDetectors).toContain(inputHygiene);
    expect(inputHygiene.severity).toBe('info');
  });

  it.each([
    ['a clean article', `${head}\n\n${body}`],
    ['a dateline with its date', `${head}\n\nVeröffentlicht am 3. März 2025\n\n${body}`],
    ['a sentence about transparency', `${head}\n\nTransparenz ist dem Stadtrat wichtig, sagte die Bürgermeisterin.\n\n${body}`],
    ['a short line that repeats', `${head}\n\nHafen\n\n${body}\n\nHafen`],
  ])('valid: %s', (_name, text) => {
    expect(findings(text, 'de')).toEqual([]);
  });

  const teaser = 'Erfahren Sie, was der neue Plan für die Anwohner am Hafen bedeutet.';
  it.each<[string, string, string, number, string]>([
    ['a teaser standing three times', `${head}\n\n${teaser}\n\n${body}\n\n${teaser}\n${teaser}`, 'repeated-teaser', 3, teaser],
    ['the headline repeated in the body', `${head}\n\n${body}\n\n${head}\n\nMehr dazu folgt.`, 'repeated-headline', 2, head],
    ['a read-more line', `${head}\n\n${body}\n\nLesen Sie auch: Wie andere Städte ihre Häfen planen`, 'read-more', 1, 'Lesen Sie auch: Wie andere Städte ihre Häfen planen'],
    ['two read-more lines', `${head}\n\nRead more: Port plans elsewhere\n\n${body}\n\nSee also: The harbour in numbers`, 'read-more', 2, 'Read more: Port plans elsewhere'],
    ['a publisher disclaimer', `${head}\n\n${body}\n\nThis article was produced with the help of an automated translation tool.`, 'disclaimer', 1, 'This article was produced with the help of an automated translation tool.'],
    ['an empty dateline', `${head}\n\nAktualisiert am:\n\n${body}`, 'empty-dateline', 1, 'Aktualisiert am:'],
  ])('invalid: %s', (_name, text, code, occurrences, first) => {
    const found = findings(text, 'de');
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f).toMatchObject({ detector: 'input-hygiene', code, severity: 'info', claimIds: [], data: { kind: code, occurrences } });
    expect(f.evidence).toHaveLength(occurrences);
    // Every occurrence is pointed at in the original text.
    for (const e of f.evidence) expect(text.slice(e.span.start, e.span.end)).toBe(e.text);
    expect(f.evidence[0]!.text).toBe(first);
    expect(f.message).toContain(first);
  });

  it('writes its messages in German and English', () => {
    const text = `${head}\n\nVeröffentlicht am\n\n${body}`;
    expect(findings(text, 'de')[0]!.message).toMatch(/Datumszeile ohne Datum/);
    expect(findings(text, 'en')[0]!.message).toMatch(/dateline without a date/);
  });

  it('gives one finding per kind and article, never a claim', () => {
    const a = `${head}\n\n${teaser}\n\n${body}\n\n${teaser}\n\nLesen Sie auch: Mehr\n\nLesen Sie auch: Noch mehr`;
    const report = compare([{ id: 'a', text: a }, { id: 'b', text: a }], { detectors: [inputHygiene] });
    expect(report.findings.map((f) => `${f.evidence[0]!.articleId}:${f.code}:${f.data.occurrences}`)).toEqual([
      'a:repeated-teaser:2',
      'a:read-more:2',
      'b:repeated-teaser:2',
      'b:read-more:2',
    ]);
    for (const c of report.claims) expect(c.text).not.toMatch(/Erfahren Sie|Lesen Sie/);
  });

  it('finds boilerplate in HTML and points into the markup', () => {
    const html = `<article><h1>${head}</h1><p>${body}</p><p>Lesen Sie auch: Neue Kais &amp; Brücken</p><p>${head}</p></article>`;
    const found = findings(html, 'de', { format: 'html' });
    expect(found.map((f) => f.code).sort()).toEqual(['read-more', 'repeated-headline']);
    const readMore = found.find((f) => f.code === 'read-more')!;
    expect(readMore.evidence[0]!.text).toBe('Lesen Sie auch: Neue Kais &amp; Brücken');
  });
});

const dir = new URL('../../../shared/seeds/', import.meta.url);

describe.skipIf(!existsSync(dir))('input-hygiene on the seed articles', () => {
  const names = ['000_bb8dceb7c4b5fd8d.txt', '004_b51737cd954b67bb.txt'];
  it('reports exactly the boilerplate items of gold.json, with their occurrences', () => {
    const gold = JSON.parse(readFileSync(new URL('gold.json', dir), 'utf8')) as { boilerplate: { article: string; text: string; occurrences: number }[] };
    const articles = names.map((id) => ({ id, text: readFileSync(new URL(id, dir), 'utf8') }));
    const report = compare(articles, { detectors: [inputHygiene] });
    const got = report.findings.map((f) => ({ article: f.evidence[0]!.articleId, text: f.evidence[0]!.text, occurrences: f.data.occurrences }));
    const want = gold.boilerplate.map((b) => ({ article: b.article, text: b.text, occurrences: b.occurrences }));
    const order = (xs: typeof got) => [...xs].sort((x, y) => (x.text < y.text ? -1 : 1));
    expect(order(got)).toEqual(order(want));
    for (const f of report.findings) {
      expect(f.evidence).toHaveLength(f.data.occurrences as number);
      const original = articles.find((a) => a.id === f.evidence[0]!.articleId)!.text;
      for (const e of f.evidence) expect(original.slice(e.span.start, e.span.end)).toBe(e.text);
    }
  });

  it('finds the same items when the seed comes as an HTML page', () => {
    const name = names[0]!;
    const text = readFileSync(new URL(name, dir), 'utf8');
    const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/„/g, '&bdquo;');
    const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    const html =
      `<html><head><title>${escape(paragraphs[0]!)}</title></head><body><nav>Start · Politik</nav><article><h1>${escape(paragraphs[0]!)}</h1>` +
      paragraphs.slice(1).map((p) => `<p>${p.split('\n').map(escape).join('<br>\n')}</p>`).join('\n') +
      '</article><footer>Impressum</footer></body></html>';
    const report = compare([{ id: name, text: html, format: 'html' }], { detectors: [inputHygiene] });
    expect(report.findings.map((f) => [f.code, f.data.occurrences]).sort()).toEqual([
      ['disclaimer', 1],
      ['empty-dateline', 1],
      ['repeated-headline', 2],
      ['repeated-teaser', 3],
    ]);
    for (const f of report.findings) for (const e of f.evidence) expect(html.slice(e.span.start, e.span.end)).toBe(e.text);
  });
});