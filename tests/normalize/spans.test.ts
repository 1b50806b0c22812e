import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim, Format } from '../../src/model/schema.js';
import { compare, extractClaims } from '../../src/pipeline.js';
import { articleFromNinjs } from '../../src/normalize/index.js';
import { squash } from './helpers.js';

// Words of made-up German and English news copy, with umlauts, quotes, numbers and abbreviations.
const WORDS = ['Der', 'Stadtrat', 'von', 'Lindenau', 'hat', 'am', '9.', 'November', 'laut', 'Dr.', 'Anna', 'Berg', '40', 'Millionen', 'Euro', 'für', 'Häfen', 'Café', '„Wir', 'bleiben“', 'said', 'Mayor', 'Petra', 'Holm', 'über', 'z. B.', 'ca.', '12,5', 'Prozent', 'harbour', 'council'];
const ENDS = ['.', '!', '?'];

type Decor = 'plain' | 'strong' | 'em' | 'code' | 'link' | 'entity' | 'shy' | 'nbsp' | 'comment';

function decorate(word: string, decor: Decor, format: Format): string {
  if (format === 'html') {
    const escaped = word.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    switch (decor) {
      case 'strong': return `<b>${escaped}</b>`;
      case 'em': return `<em class="x">${escaped}</em>`;
      case 'code': return `<span>${escaped}</span>`;
      case 'link': return `<a href="/a?x=1&amp;y=2" onclick="alert(1)">${escaped}</a>`;
      case 'entity': return escaped.replace(/ü/g, '&uuml;').replace(/ä/g, '&#228;').replace(/„/g, '&bdquo;').replace(/“/g, '&#x201C;').replace(/é/g, '&eacute;');
      case 'shy': return escaped.length > 3 ? `${escaped.slice(0, 2)}&shy;${escaped.slice(2)}` : escaped;
      case 'nbsp': return `${escaped}&nbsp;`;
      case 'comment': return `${escaped}<!-- c -->`;
      default: return escaped;
    }
  }
  if (format === 'markdown') {
    switch (decor) {
      case 'strong': return `**${word}**`;
      case 'em': return `_${word}_`;
      case 'code': return `\`${word}\``;
      case 'link': return `[${word}](https://example.org/a_b?x=1)`;
      case 'entity': return `![Bild](bild.png) ${word}`;
      case 'shy': return word.length > 3 ? `${word.slice(0, 2)}\u00AD${word.slice(2)}` : word;
      case 'nbsp': return `${word}\u00A0`;
      case 'comment': return `${word} <!-- c -->`;
      default: return word;
    }
  }
  switch (decor) {
    case 'shy': return word.length > 3 ? `${word.slice(0, 2)}\u00AD${word.slice(2)}` : word;
    case 'nbsp': return `${word}\u00A0`;
    case 'entity': return word.normalize('NFD');
    case 'comment': return `${word}\u200B`;
    default: return word;
  }
}

const decorArb = fc.constantFrom<Decor>('plain', 'plain', 'plain', 'strong', 'em', 'code', 'link', 'entity', 'shy', 'nbsp', 'comment');
const sentenceArb = fc.tuple(fc.array(fc.tuple(fc.constantFrom(...WORDS), decorArb), { minLength: 2, maxLength: 9 }), fc.constantFrom(...ENDS), fc.boolean());
const paragraphArb = fc.tuple(fc.array(sentenceArb, { minLength: 1, maxLength: 4 }), fc.constantFrom('p', 'li', 'quote', 'br', 'h'));
const articleArb = fc.array(paragraphArb, { minLength: 1, maxLength: 6 });

function render(article: fc.Arbitrary<unknown> extends never ? never : [[string, Decor][], string, boolean][][] | any, format: Format): string {
  const paragraphs = (article as [[[string, Decor][], string, boolean][], string][]).map(([sentences, wrap]) => {
    const text = sentences
      .map(([words, end, cited]) => words.map(([w, d]) => decorate(w, d, format)).join(' ') + end + (cited ? '[example.org]' : ''))
      .join(' ');
    if (format === 'html') {
      if (wrap === 'li') return `<ul><li>${text}</li></ul>`;
      if (wrap === 'quote') return `<blockquote><p>${text}</p></blockquote>`;
      if (wrap === 'br') return `<div>${text.replace(/\. /, '.<br>\n')}</div>`;
      if (wrap === 'h') return `<h2>${text}</h2>`;
      return `<p class="c">${text}</p>`;
    }
    if (format === 'markdown') {
      if (wrap === 'li') return `- ${text}`;
      if (wrap === 'quote') return `> ${text.replace(/\. /, '.\n> ')}`;
      if (wrap === 'br') return text.replace(/\. /, '.\n');
      if (wrap === 'h') return `## ${text}`;
      return text;
    }
    return wrap === 'br' ? text.replace(/\. /, '.\n') : text;
  });
  return format === 'html' ? `<html><body><article><h1>Hafen</h1>${paragraphs.join('\n')}</article></body></html>` : paragraphs.join('\n\n');
}

const MARKUP = /[*_`\\[\]<>|]/g;

/** The claim text and the original slice read the same once markup, entities, spaces and invisibles are gone. */
function mismatches(claims: readonly Claim[], original: string, format: Format): string[] {
  const out: string[] = [];
  for (const c of claims) {
    if (c.span.start < 0 || c.span.end > original.length || c.span.start > c.span.end) {
      out.push(`span out of range: ${JSON.stringify(c.span)}`);
      continue;
    }
    let want = squash(c.text);
    let got = squash(original.slice(c.span.start, c.span.end), format);
    if (format !== 'text') {
      want = want.replace(MARKUP, '').replace(/\s+/g, ' ').trim();
      got = got.replace(MARKUP, '').replace(/\s+/g, ' ').trim();
    }
    if (want !== got) out.push(`${JSON.stringify(c.text)} <- ${JSON.stringify(original.slice(c.span.start, c.span.end))}`);
  }
  return out;
}

describe('every claim span maps back to the original (property)', () => {
  it.each<Format>(['text', 'markdown', 'html'])('%s', (format) => {
    fc.assert(
      fc.property(articleArb, (article) => {
        const text = render(article, format);
        const a = extractClaims({ id: 'p', text, format, language: 'de' });
        expect(mismatches(a.claims, text, format)).toEqual([]);
        for (const c of a.claims) expect(c.text).not.toMatch(/<|>|\*\*|\]\(|onclick|&amp;|&shy;/);
      }),
      { numRuns: 60, seed: 20251124 },
    );
  });

  it('ninjs bodies (html and text)', () => {
    fc.assert(
      fc.property(articleArb, fc.boolean(), (article, html) => {
        const body = render(article, html ? 'html' : 'text');
        const doc = html ? { uri: 'urn:x', headline: 'Hafen', bodies: [{ contenttype: 'text/html', value: body }] } : { uri: 'urn:x', headline: 'Hafen', body_text: body, language: 'de' };
        const input = articleFromNinjs(doc);
        const a = extractClaims(input);
        expect(mismatches(a.claims, input.text, input.format ?? 'text')).toEqual([]);
      }),
      { numRuns: 40, seed: 7 },
    );
  });
});

describe('a Markdown article leaks no markup into claims', () => {
  const article = [
    '# Stadtrat beschließt *neuen* Hafenplan',
    '',
    'Der Stadtrat von [Lindenau](https://lindenau.example/rat "Rat") hat am Montag einen **neuen Plan** für den Hafen beschlossen.',
    '',
    '![Luftbild des Hafens](hafen.jpg)',
    '',
    '## Kosten',
    '',
    'Die Kosten liegen bei `40 Millionen` Euro, sagte _Bürgermeisterin_ Petra Holm.',
    '',
    '- Der Bau beginnt im ***Herbst*** 2026.',
    '- Fertig sein soll er laut [Plan][p] 2029.',
    '',
    '| Posten | Betrag |',
    '|:-------|-------:|',
    '| Kaimauer | 25 Mio. Euro |',
    '| Kräne | 15 Mio. Euro |',
    '',
    '> Wir haben lange gestritten,',
    '> sagte Holm.',
    '',
    '[p]: https://lindenau.example/plan',
  ].join('\n');

  it('gives the visible text only, with exact spans', () => {
    const a = extractClaims({ id: 'md', text: article, format: 'markdown', language: 'de' });
    expect(a.document.title).toBe('Stadtrat beschließt neuen Hafenplan');
    const texts = a.claims.map((c) => c.text);
    expect(texts).toEqual([
      'Stadtrat beschließt neuen Hafenplan',
      'Der Stadtrat von Lindenau hat am Montag einen neuen Plan für den Hafen beschlossen.',
      'Die Kosten liegen bei 40 Millionen Euro, sagte Bürgermeisterin Petra Holm.',
      'Der Bau beginnt im Herbst 2026.',
      'Fertig sein soll er laut Plan 2029.',
      'Kaimauer 25 Mio. Euro',
      'Kräne 15 Mio. Euro',
      'Wir haben lange gestritten, sagte Holm.',
    ]);
    for (const t of texts) expect(t).not.toMatch(/[*_`|#\][()]|https?:|hafen\.jpg|Luftbild/);
    expect(mismatches(a.claims, article, 'markdown')).toEqual([]);
    const holm = a.claims[2]!;
    expect(article.slice(holm.span.start, holm.span.end)).toBe('Die Kosten liegen bei `40 Millionen` Euro, sagte _Bürgermeisterin_ Petra Holm.');
  });

  it('a report over the Markdown article validates and quotes the original', () => {
    const report = compare([{ id: 'md', text: article, format: 'markdown', language: 'de' }]);
    for (const c of report.claims) expect(c.span.end).toBeLessThanOrEqual(article.length);
  });
});

describe('random markup soup (property)', () => {
  const soup = fc
    .array(fc.constantFrom('<', '>', '/', '&', ';', '#', 'x', '1', 'amp', 'p', 'b', 'br', 'div', 'script', '!--', '-->', '"', "'", '=', ' ', '\n', '\r', '\u0000', '\uD800', 'ä', '„', '*', '_', '`', '[', ']', '(', ')', '|', '-', 'Wort', '.'), { maxLength: 120 })
    .map((parts) => parts.join(''));
  it.each<Format>(['text', 'markdown', 'html'])('%s never throws and every claim lies inside the original', (format) => {
    fc.assert(
      fc.property(soup, (text) => {
        const a = extractClaims({ id: 's', text, format, language: 'de' });
        for (const c of a.claims) {
          expect(c.span.start).toBeGreaterThanOrEqual(0);
          expect(c.span.end).toBeLessThanOrEqual(text.length);
          expect(c.span.start).toBeLessThanOrEqual(c.span.end);
        }
        if (format === 'html') for (const c of a.claims) expect(c.text).not.toMatch(/<\/?(?:p|b|br|div|script)\b/);
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
