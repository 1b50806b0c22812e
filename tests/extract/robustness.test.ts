import { describe, expect, it } from 'vitest';
import { ClaimSchema, type Language } from '../../src/model/schema.js';
import { extractClaimRecords } from '../../src/extract/index.js';
import { makeDoc, many, one } from './helpers.js';

const odd: [string, Language, string][] = [
  ['a 5,000-digit number', 'de', `Die Zahl ${'9'.repeat(5000)} ist groß.`],
  ['a 5,000-digit grouped number', 'en', `It cost ${'1,000'.repeat(1000)} dollars.`],
  ['an unclosed quote', 'de', 'Er sagte: „Das ist ein Satz ohne Ende'],
  ['300 unclosed openers', 'de', `Er sagte ${'„'.repeat(300)} nichts.`],
  ['300 nested brackets', 'en', `${'('.repeat(300)}Okafor said${')'.repeat(300)} nothing.`],
  ['300 apostrophes', 'en', `${"'a ".repeat(300)}end.`],
  ['only punctuation', 'en', '?!…—–-.,;:'],
  ['an empty sentence', 'de', ''],
  ['digits and dots', 'de', `${'1.'.repeat(2000)} Euro`],
  ['roles without names', 'de', `${'Präsident '.repeat(500)}sagte.`],
  ['capitalized words only', 'en', `${'Alpha Beta Gamma '.repeat(500)}said.`],
  ['surrogate pairs', 'de', '😀 Präsident 😀 Donald Trump 😀 sagte „😀“ am 3. März 😀 2 % 😀.'],
];

describe('odd text', () => {
  it.each(odd)('%s does not throw and stays schema-valid', (_name, lang, sentence) => {
    const c = one(sentence, lang);
    expect(ClaimSchema.safeParse(c).success).toBe(true);
    for (const q of c.quantities) expect(Number.isFinite(q.value)).toBe(true);
  });

  it('stays linear on long adversarial sentences', () => {
    const unit = 'Präsident Donald Trump sagte „ja“ und Experten warnen, etwa 60 % der 1.234,5 Tonnen am 3. März. ';
    const run = (n: number) => {
      const text = unit.repeat(n);
      const t0 = performance.now();
      one(text, 'de');
      return performance.now() - t0;
    };
    run(50);
    const small = run(200);
    const large = run(800);
    // 4x the input may cost at most ~4x (with generous slack for timer noise), never 16x.
    expect(large).toBeLessThan(small * 10 + 100);
    expect(large).toBeLessThan(3000);
  });

  it.each([
    ['punctuation after an unclosed quote', `Er sagte „${'. '.repeat(50000)}x`],
    ['quotes with one far closing mark', `${'„a“ '.repeat(20000)}”`],
    ['capitalized hedges', `${'Könnte '.repeat(30000)}.`],
    ['abbreviated months', `${'am 3. Mai. '.repeat(20000)}`],
    ['dates everywhere', `${'1.2.2020, '.repeat(20000)}`],
  ])('stays fast on %s', (_name, sentence) => {
    const t0 = performance.now();
    one(sentence, 'de');
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('stays linear on many quotes in one sentence', () => {
    const text = (n: number) => `Er nannte es ${'„gut“ und '.repeat(n)}Ende.`;
    const t0 = performance.now();
    const c = one(text(4000), 'de');
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(c.quotes.length).toBe(4000);
  });
});

describe('claim records', () => {
  it('maps every span through toOriginal', () => {
    const { doc, sentences } = makeDoc([['Präsident Donald Trump sagte am 3. März, etwa 60 % seien „genug“.']], 'de');
    const shift = 7;
    const claims = extractClaimRecords({ ...doc, original: '#'.repeat(shift) + doc.text, toOriginal: (s) => ({ start: s.start + shift, end: s.end + shift }) }, sentences);
    const c = claims[0]!;
    const original = '#'.repeat(shift) + doc.text;
    expect(c.span).toEqual({ start: shift, end: shift + c.text.length });
    const spans = [...c.entities, ...c.quantities, ...c.dates, ...c.quotes, ...c.hedges].map((x) => [original.slice(x.span.start, x.span.end), x.text]);
    for (const [got, want] of spans) expect(got).toBe(want);
    expect(original.slice(c.attribution.cueSpan!.start, c.attribution.cueSpan!.end)).toBe(c.attribution.cue);
  });

  it('numbers claims and ids per sentence', () => {
    const claims = many([['Erster Satz.', 'Zweiter Satz.'], ['Dritter Satz.']], 'de');
    expect(claims.map((c) => [c.id, c.index, c.articleId])).toEqual([
      ['a#0', 0, 'a'],
      ['a#1', 1, 'a'],
      ['a#2', 2, 'a'],
    ]);
  });

  it('gives identical output for identical input', () => {
    const text = ['Trump lobte Premierministerin Sanae Takaichi.', 'Analysten verweisen darauf, dass 60 % reichen.'];
    expect(JSON.stringify(many([text], 'de'))).toBe(JSON.stringify(many([text], 'de')));
  });

  it('rejects an unknown language as a caller mistake', () => {
    const { doc, sentences } = makeDoc([['Hallo.']], 'de');
    expect(() => extractClaimRecords({ ...doc, language: 'xx' as Language }, sentences)).toThrow(expect.objectContaining({ code: 'E_UNKNOWN_LANGUAGE' }));
  });
});
