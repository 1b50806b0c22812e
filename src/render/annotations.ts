import type { Language, Report } from '../model/schema.js';
import { articleMap, articleUri, type ArticleRef } from './articles.js';
import { snap, spanFits } from './shared.js';

/** Options of `renderAnnotations`. */
export interface AnnotationRenderOptions {
  /** The compared articles: `url` becomes the target source (else the id), `text` gives quote context and positions. */
  articles?: readonly ArticleRef[];
  /** Language the finding messages are written in (the `locale` given to `compare`), stated on each body. */
  locale?: Language;
}

// 32 characters on each side tell repeated wordings apart without copying whole sentences into every annotation.
const CONTEXT = 32;
const ASTRAL = /[\ud800-\udbff][\udc00-\udfff]/;

/**
 * Converts UTF-16 offsets to code-point offsets, which the Web Annotation model counts in; identity for texts without
 * characters beyond the Basic Multilingual Plane, else one linear prefix count per text.
 */
function codePointOffsets(text: string): (offset: number) => number {
  if (!ASTRAL.test(text)) return (o) => o;
  const pairsBefore = new Uint32Array(text.length + 1);
  let pairs = 0;
  for (let i = 0; i < text.length; i++) {
    pairsBefore[i] = pairs;
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = text.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) {
        pairs += 1;
        pairsBefore[i] = pairs;
      }
    }
  }
  pairsBefore[text.length] = pairs;
  // An offset counts the pairs that end before it: a pair ending at i-1 was counted at index i-1.
  return (o) => o - (o > 0 ? pairsBefore[o - 1]! : 0);
}

/** The report as W3C Web Annotation JSON-LD objects, one per evidence span, as plain data. */
export function toAnnotations(report: Report, options: AnnotationRenderOptions = {}): Array<Record<string, unknown>> {
  const articles = articleMap(options.articles);
  const converters = new Map<string, (o: number) => number>();
  const out: Array<Record<string, unknown>> = [];
  for (const f of report.findings) {
    f.evidence.forEach((e, j) => {
      const ref = articles.get(e.articleId);
      const text = ref?.text !== undefined && spanFits(e.span, ref.text.length) ? ref.text : undefined;
      const quote: Record<string, unknown> = { type: 'TextQuoteSelector', exact: text?.slice(e.span.start, e.span.end) ?? e.text };
      let position = { start: e.span.start, end: e.span.end };
      if (text !== undefined) {
        const prefix = text.slice(snap(text, Math.max(0, e.span.start - CONTEXT), 1), e.span.start);
        const suffix = text.slice(e.span.end, snap(text, Math.min(text.length, e.span.end + CONTEXT), -1));
        if (prefix) quote['prefix'] = prefix;
        if (suffix) quote['suffix'] = suffix;
        let cp = converters.get(e.articleId);
        if (!cp) converters.set(e.articleId, (cp = codePointOffsets(text)));
        position = { start: cp(e.span.start), end: cp(e.span.end) };
      }
      const language = options.locale ? { language: options.locale } : {};
      out.push({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: `urn:claimdiff:${encodeURIComponent(f.id)}:${j + 1}`,
        type: 'Annotation',
        motivation: 'assessing',
        body: [
          { type: 'TextualBody', purpose: 'assessing', format: 'text/plain', value: f.message, ...language },
          { type: 'TextualBody', purpose: 'tagging', value: `${f.detector}/${f.code}` },
          { type: 'TextualBody', purpose: 'classifying', value: f.severity },
        ],
        target: {
          source: articleUri(e.articleId, ref?.url),
          selector: [quote, { type: 'TextPositionSelector', ...position }],
        },
      });
    });
  }
  return out;
}

/** The report as a JSON array of W3C Web Annotations (one per evidence span, quote and position selectors). */
export function renderAnnotations(report: Report, options: AnnotationRenderOptions = {}): string {
  return `${JSON.stringify(toAnnotations(report, options), null, 2)}\n`;
}
