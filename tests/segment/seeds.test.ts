import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../src/segment/index.js';

const dir = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

// An approximation of the normalize stage: body paragraphs are blank-line separated blocks ending with a
// period, without citation markers; a block with a line repeated elsewhere in the file is a teaser.
function bodyParagraphs(text: string): string[] {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const seen = new Map<string, number>();
  for (const l of lines) seen.set(l, (seen.get(l) ?? 0) + 1);
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.split('\n').every((l) => seen.get(l.trim()) === 1))
    .map((p) => p.replace(/\[[^\]\s]+\]/g, ''))
    .filter((p) => p.endsWith('.'));
}

describe.skipIf(!existsSync(dir))('seed articles', () => {
  const gold = existsSync(dir) ? (JSON.parse(readFileSync(`${dir}gold.json`, 'utf8')) as { articles: string[]; sentences?: unknown }) : { articles: [] };

  it.each(gold.articles)('%s has 15 body sentences', (file) => {
    const sentences = bodyParagraphs(readFileSync(`${dir}${file}`, 'utf8')).flatMap((p) => segmentSentences(p, { language: 'de' }));
    expect(sentences).toHaveLength(15);
    for (const s of sentences) expect(s.text).toMatch(/^\p{Lu}.*[.?!]$/u);
  });
});
