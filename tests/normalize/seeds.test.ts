import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/normalize/index.js';
import { offsetProblems } from './helpers.js';

const dir = new URL('../../../shared/seeds/', import.meta.url);
const load = (name: string) => {
  const text = readFileSync(new URL(name, dir), 'utf8');
  return normalizeArticle({ id: name, text });
};

describe.skipIf(!existsSync(dir))('seed articles', () => {
  it('000: headline, disclaimer, empty dateline, teasers, repeated headline, headings, citations', () => {
    const doc = load('000_bb8dceb7c4b5fd8d.txt');
    expect(doc.language).toBe('de');
    expect(doc.title).toBe('USA und Japan schließen Allianz: Kampf gegen Chinas Monopol!');
    const bp = doc.blocks.filter((b) => b.kind === 'boilerplate').map((b) => b.boilerplate);
    expect(bp).toEqual(['disclaimer', 'empty-dateline', 'repeated-teaser', 'repeated-teaser', 'repeated-teaser', 'repeated-headline']);
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'Militärische Stärke und wirtschaftliche Zusammenarbeit',
      'Globale Perspektiven',
    ]);
    const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph');
    expect(paragraphs).toHaveLength(6);
    const cited = paragraphs.filter((b) => b.citations.length > 0);
    expect(cited.map((b) => b.text.slice(0, 20))).toEqual(['Was passiert an der ', 'In einer Zeit, in de', 'Die Apec-Gruppe, die']);
    for (const b of cited) {
      expect(b.citations.map((c) => doc.original.slice(c.span.start, c.span.end))).toEqual(['[radioenneperuhr.de]']);
    }
    expect(doc.text).not.toContain('radioenneperuhr');
    expect(offsetProblems(doc)).toEqual([]);
  });

  it('004: headline, sub-headline with a colon inside, seven paragraphs', () => {
    const doc = load('004_b51737cd954b67bb.txt');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['title', 'heading', ...Array(7).fill('paragraph')]);
    expect(doc.blocks[1]!.text).toBe('Neue Ära der Zusammenarbeit: USA und Japan stärken Partnerschaft im Bereich seltener Erden');
    expect(offsetProblems(doc)).toEqual([]);
  });
});
