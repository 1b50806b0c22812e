// A source marker that opens a line is a citation on the first pass, so normalizing normalized text changes nothing.
import { describe, expect, it } from 'vitest';
import type { Format } from '../../src/model/schema.js';
import { normalizeArticle } from '../../src/normalize/index.js';
import { offsetProblems } from './helpers.js';

const norm = (text: string, format: Format = 'text') => normalizeArticle({ id: 'm', text, format, language: 'de' });

describe('source markers at the start of a line', () => {
  it.each([
    ['after the previous line’s full stop', 'Die Halle brannte aus.\n[ndr.de] Niemand wurde verletzt.', 'Die Halle brannte aus. Niemand wurde verletzt.', ['ndr.de']],
    ['a footnote number after a question', 'Who pays for it?\n[3] Nobody said.', 'Who pays for it? Nobody said.', ['3']],
    ['wrapped inside a sentence', 'Die Zahl der Verletzten stieg\n[dpa] am Abend weiter an.', 'Die Zahl der Verletzten stieg am Abend weiter an.', ['dpa']],
    ['opening the paragraph', '[AFP] Das Beben erschütterte die Küste.', 'Das Beben erschütterte die Küste.', ['AFP']],
    ['a chain opening a line', 'Das Beben war stark.\n[dpa][AFP] Niemand wurde verletzt.', 'Das Beben war stark. Niemand wurde verletzt.', ['dpa', 'AFP']],
    ['alone on a middle line', 'Die Zahl stieg weiter an.\n[zeit.de]\nAm Abend sank sie.', 'Die Zahl stieg weiter an. Am Abend sank sie.', ['zeit.de']],
  ])('%s', (_name, text, expected, labels) => {
    const doc = norm(text);
    expect(doc.blocks.map((b) => b.text).join('\n\n')).toBe(expected);
    expect(doc.blocks.flatMap((b) => b.citations.map((c) => c.label))).toEqual(labels);
    for (const c of doc.blocks.flatMap((b) => b.citations)) expect(text.slice(c.span.start, c.span.end)).toBe(`[${c.label}]`);
    expect(offsetProblems(doc)).toEqual([]);
  });

  it.each([
    ['a label that names no source', 'Die Debatte geht weiter.\n[Anm. d. Red.] Der Text wurde gekürzt.'],
    ['an editorial omission', 'Er sagte, man werde\n[...] weitermachen.'],
    ['link syntax in plain text', 'Einzelheiten stehen bei\n[dpa](https://dpa.de) im Bericht.'],
  ])('keeps %s', (_name, text) => {
    const doc = norm(text);
    expect(doc.blocks.flatMap((b) => b.citations)).toEqual([]);
    expect(doc.text).toBe(text.replace(/\n/g, ' '));
  });
});

describe('normalizing normalized text changes nothing', () => {
  const cases: [string, Format][] = [
    ['Die Halle brannte aus.\n[ndr.de] Niemand wurde verletzt.', 'text'],
    ['Die Halle brannte aus.\n[ndr.de]\n[dpa] Niemand wurde verletzt.', 'text'],
    ['Who pays for it?\n[3] Nobody said. [4]', 'text'],
    ['Die Zahl stieg\n[dpa] weiter an.\n\n[AFP] Neuer Absatz.', 'text'],
    ['Die Halle brannte aus.\n[ndr.de] Niemand wurde verletzt.', 'markdown'],
    ['<p>Die Halle brannte aus.<br>[ndr.de] Niemand wurde verletzt.</p>', 'html'],
  ];
  it.each(cases)('%j as %s', (text, format) => {
    const once = norm(text, format);
    const twice = norm(once.text);
    expect(twice.text).toBe(once.text);
    expect(twice.blocks.map((b) => b.text)).toEqual(once.blocks.map((b) => b.text));
  });
});
