import type { Claim, Language } from '../../src/model/schema.js';
import type { Block, Citation, NormalizedDocument } from '../../src/normalize/types.js';
import type { Sentence } from '../../src/extract/types.js';
import { extractClaimRecords } from '../../src/extract/index.js';

/** A paragraph given as its sentences, with optional citation labels. */
export interface Para {
  sentences: string[];
  citations?: string[];
  kind?: Block['kind'];
}

/** Builds a normalized document by hand (identity offsets) so the tests do not depend on the normalize and segment stages. */
export function makeDoc(paras: (Para | string[])[], language: Language, extra: { id?: string; publishedAt?: string } = {}): { doc: NormalizedDocument; sentences: Sentence[] } {
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  let text = '';
  paras.forEach((p, bi) => {
    const para: Para = Array.isArray(p) ? { sentences: p } : p;
    if (bi > 0) text += '\n\n';
    const start = text.length;
    let body = '';
    para.sentences.forEach((s, si) => {
      if (si > 0) body += ' ';
      const at = start + body.length;
      body += s;
      sentences.push({
        index: sentences.length,
        blockIndex: bi,
        section: para.kind === 'title' ? 'headline' : 'body',
        text: s,
        span: { start: at, end: at + s.length },
      });
    });
    text += body;
    const citations: Citation[] = (para.citations ?? []).map((label) => ({ label, span: { start: start + body.length, end: start + body.length + label.length + 2 } }));
    blocks.push({ kind: para.kind ?? 'paragraph', text: body, start, citations });
  });
  const doc: NormalizedDocument = {
    id: extra.id ?? 'a',
    input: { id: extra.id ?? 'a', text, ...(extra.publishedAt ? { publishedAt: extra.publishedAt } : {}) },
    language,
    original: text,
    text,
    blocks,
    toOriginal: (span) => ({ ...span }),
  };
  return { doc, sentences };
}

/** Claims of a single sentence in its own paragraph. */
export function one(sentence: string, language: Language, publishedAt?: string): Claim {
  const { doc, sentences } = makeDoc([[sentence]], language, publishedAt ? { publishedAt } : {});
  return extractClaimRecords(doc, sentences)[0]!;
}

/** Claims of a paragraph of several sentences. */
export function many(paras: (Para | string[])[], language: Language, publishedAt?: string): Claim[] {
  const { doc, sentences } = makeDoc(paras, language, publishedAt ? { publishedAt } : {});
  return extractClaimRecords(doc, sentences);
}

/** Splits a plain-text seed article into paragraphs of sentences, moving a trailing "[label]" marker into citations. */
export function splitSeed(raw: string): Para[] {
  return raw
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const citations: string[] = [];
      const body = p.replace(/\[([^\]\s]{1,80})\]\s*$/u, (_m, label: string) => {
        citations.push(label);
        return '';
      });
      const sentences = body.split(/(?<=[.!?])\s+(?=[\p{Lu}„"])/u).map((s) => s.trim()).filter(Boolean);
      return { sentences, citations };
    });
}
