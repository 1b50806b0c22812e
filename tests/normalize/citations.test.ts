import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/normalize/index.js';
import { offsetProblems } from './helpers.js';

const para = (text: string) => {
  const doc = normalizeArticle({ id: 'c', text }, { language: 'de' });
  return { doc, block: doc.blocks[0]! };
};

describe('citation markers', () => {
  it.each([
    ['domain glued to the final period', 'Die Lage ist ernst.[radioenneperuhr.de]', 'Die Lage ist ernst.', ['radioenneperuhr.de']],
    ['agency after a space', 'Die Lage ist ernst. [dpa]', 'Die Lage ist ernst.', ['dpa']],
    ['agency after a sentence, more text follows', 'Die Lage ist ernst. [AFP] Niemand widersprach.', 'Die Lage ist ernst. Niemand widersprach.', ['AFP']],
    ['glued between two sentences', 'Die Lage ist ernst.[Reuters]Niemand widersprach.', 'Die Lage ist ernst. Niemand widersprach.', ['Reuters']],
    ['footnote number', 'The plan was approved.[1] It starts in May.[2]', 'The plan was approved. It starts in May.', ['1', '2']],
    ['two agencies in one marker', 'Das Beben war stark. [dpa/AFP]', 'Das Beben war stark.', ['dpa/AFP']],
    ['chain of markers', 'Das Beben war stark.[dpa][AFP]', 'Das Beben war stark.', ['dpa', 'AFP']],
    ['source prefix', 'Die Zahl stieg. [Quelle: Reuters]', 'Die Zahl stieg.', ['Quelle: Reuters']],
    ['after a closing quote', 'Er sagte: „Wir bleiben.“ [tagesschau.de]', 'Er sagte: „Wir bleiben.“', ['tagesschau.de']],
    ['at the paragraph end without a period', 'Die Zahl stieg weiter an [spiegel.de]', 'Die Zahl stieg weiter an', ['spiegel.de']],
    ['on its own last line', 'Die Zahl stieg weiter an.\n[zeit.de]', 'Die Zahl stieg weiter an.', ['zeit.de']],
  ])('%s', (_name, text, expected, labels) => {
    const { doc, block } = para(text);
    expect(block.text).toBe(expected);
    expect(block.citations.map((c) => c.label)).toEqual(labels);
    for (const c of block.citations) {
      expect(text.slice(c.span.start, c.span.end)).toBe(`[${c.label}]`);
      expect(doc.text).not.toContain(`[${c.label}]`);
    }
    expect(offsetProblems(doc)).toEqual([]);
  });

  it.each([
    ['editorial omission', 'Er sagte, man werde [...] weitermachen.'],
    ['sic', 'Sie schrieb „Standart“ [sic] in den Brief.'],
    ['markdown-like link syntax in plain text', 'Siehe [dpa](https://dpa.de) für Details.'],
    ['a source label in the middle of a sentence', 'Die Agentur [dpa] meldete neue Zahlen.'],
    ['a non-source label at the end', 'Die Debatte geht weiter. [Anm. d. Red.]'],
  ])('leaves %s alone', (_name, text) => {
    const { block } = para(text);
    expect(block.text).toBe(text);
    expect(block.citations).toEqual([]);
  });
});
