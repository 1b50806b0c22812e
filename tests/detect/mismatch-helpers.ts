// Runs the full pipeline on two or three short articles and keeps the findings of one detector.
import { compare } from '../../src/pipeline.js';
import type { Finding, Language } from '../../src/model/schema.js';

/** One article: its text and, for mixed-language pairs, its language. */
export type Side = string | { text: string; language: Language };

/** The findings `detector` raises when the articles a, b (and c) are compared. */
export function findingsOf(detector: string, sides: Side[], locale: Language = 'en'): Finding[] {
  const articles = sides.map((s, i) => {
    const id = String.fromCharCode(97 + i);
    return typeof s === 'string' ? { id, text: s } : { id, text: s.text, language: s.language };
  });
  return compare(articles, { locale }).findings.filter((f) => f.detector === detector);
}

/** The evidence texts of a finding, per article, in the article's order. */
export function evidenceTexts(f: Finding): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of f.evidence) (out[e.articleId] ??= []).push(e.text);
  return out;
}
