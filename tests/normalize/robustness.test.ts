import { describe, expect, it } from 'vitest';
import type { Format } from '../../src/model/schema.js';
import { normalizeArticle } from '../../src/normalize/index.js';
import { offsetProblems } from './helpers.js';
import { describeDoubling, doublingRatio, median3 } from '../timing.js';

const FORMATS: Format[] = ['text', 'markdown', 'html'];
const run = (text: string, format: Format) => normalizeArticle({ id: 'r', text, format }, { language: 'en' });

describe('bad input gives a document, never a throw', () => {
  it.each(
    FORMATS.flatMap((format) => [
      ['empty text', format, ''],
      ['whitespace only', format, ' \n\t\n\u00A0\u200B \r\n'],
      ['NUL bytes', format, '\u0000\u0000Text\u0000 here.\u0000'],
      ['lone surrogates', format, 'Broken \uD800 pair \uDC00 here.\n\nMore \uDBFF'],
      ['unclosed markup', format, '<p><b>Unclosed <!-- comment <script>x'],
      ['brackets only', format, '[[[[[[ ]]]]] (((( ))) **** ____ ````'],
    ]),
  )('%s (%s)', (_name, format, text) => {
    const doc = run(text as string, format as Format);
    expect(typeof doc.text).toBe('string');
    for (const b of doc.blocks) expect(b.text.length).toBeGreaterThan(0);
    expect(doc.text).not.toContain('\u0000');
    expect(offsetProblems(doc, format as Format)).toEqual([]);
  });

  it('empty text has no blocks and maps the empty span to 0', () => {
    const doc = run('', 'text');
    expect(doc.blocks).toEqual([]);
    expect(doc.toOriginal({ start: 0, end: 0 })).toEqual({ start: 0, end: 0 });
  });

  it('reads 10,000 nested divs', () => {
    const text = '<div>'.repeat(10000) + 'Deep text.' + '</div>'.repeat(10000);
    expect(run(text, 'html').blocks.map((b) => b.text)).toEqual(['Deep text.']);
    expect(run('<div>'.repeat(10000) + 'Deep text.', 'html').blocks.map((b) => b.text)).toEqual(['Deep text.']);
  });

  it.each(FORMATS)('reads a 1 MB line (%s)', (format) => {
    const line = 'word '.repeat(200000) + '[dpa]';
    const t0 = performance.now();
    const doc = run(line, format);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(doc.blocks).toHaveLength(1);
    expect(doc.blocks[0]!.text.length).toBeGreaterThan(900000);
  });
});

// Input that exercises every reader path: entities, tags, markdown markup, citations, boilerplate, repeats.
function sample(format: Format, paragraphs: number): string {
  const parts: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const p = `Paragraph ${i} says „quoted“ things &amp; more\u00AD text with café.[dpa] Read more: x [${i % 7}]`;
    if (format === 'html') parts.push(`<div class="c${i}"><p>${p} <b>bold</b></p></div>`);
    else if (format === 'markdown') parts.push(`## Head ${i}\n\n- item **${i}** [link](http://x/${i})\n\n${p}`);
    else parts.push(`${p}\nsecond line ${i % 50}`);
  }
  return parts.join('\n\n');
}

describe('linear time', () => {
  it.each(FORMATS)('doubling the input roughly doubles the time (%s)', (format) => {
    const time = (n: number): number => {
      const text = sample(format, n);
      return median3(() => {
        const t0 = performance.now();
        run(text, format);
        return performance.now() - t0;
      });
    };
    // Generous: a quadratic reader would be about 4x; noise on shared machines stays well under 3.5x.
    const m = doublingRatio(time, 2000, 3.5);
    expect(m.ratio, describeDoubling(m)).toBeLessThan(3.5);
  }, 60_000);

  it('huge runs of one markup character stay linear', () => {
    for (const ch of ['[', ']', '(', '*', '_', '`', '<', '&', '\n', ' ']) {
      const t0 = performance.now();
      run(ch.repeat(200000), 'markdown');
      run(ch.repeat(200000), 'html');
      run(ch.repeat(200000), 'text');
      expect(performance.now() - t0, ch).toBeLessThan(3000);
    }
  });
});
