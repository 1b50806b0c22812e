import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/index.js';

// A hard-wrapped paragraph is joined with spaces; each joining space must map back to the line break it replaced
// (and its "\r" or trailing spaces), every other character to itself.
describe('hard-wrapped paragraphs', () => {
  it.each<[string, string, string]>([
    ['lines one "\\n" apart', 'Der Rat tagte am Dienstag\nund beschloss den Haushalt\nfür das Jahr.', '\n'],
    ['lines with "\\r\\n"', 'Der Rat tagte am Dienstag\r\nund beschloss den Haushalt\r\nfür das Jahr.', '\r\n'],
    ['a line with trailing spaces', 'Der Rat tagte am Dienstag  \nund beschloss den Haushalt\nfür das Jahr.', '  \n'],
  ])('maps every unit of a paragraph of %s', (_name, body, firstBreak) => {
    const text = `Titel der Meldung\n\n${body}\n\nZweiter Absatz.`;
    const doc = normalizeArticle({ id: 'w', text });
    const para = doc.blocks.find((b) => b.kind === 'paragraph')!;
    expect(para.text).toBe('Der Rat tagte am Dienstag und beschloss den Haushalt für das Jahr.');
    for (let k = 0; k < para.text.length; k++) {
      const span = doc.toOriginal({ start: para.start + k, end: para.start + k + 1 });
      const source = text.slice(span.start, span.end);
      if (k === 'Der Rat tagte am Dienstag'.length) expect(source).toBe(firstBreak);
      else if (para.text[k] === ' ' && source !== ' ') expect(source.trim()).toBe('');
      else expect(source).toBe(para.text[k]);
    }
    const whole = doc.toOriginal({ start: para.start, end: para.start + para.text.length });
    expect(text.slice(whole.start, whole.end)).toBe(body);
  });
});

// Plain-text lines are cleaned as they are read; a marker's fate depends on whether its line ends the paragraph.
describe('citation markers at line ends of plain text', () => {
  it.each<[string, string, string[], string[]]>([
    ['a marker mid-paragraph stays, one ending it is lifted', 'Kopf der Meldung\n\nDer Rat tagte [dpa]\nund ging [dpa]\n\nEnde.', ['Der Rat tagte [dpa] und ging', 'Ende.'], ['dpa']],
    ['a marker on a line of its own belongs to the paragraph it closes', 'Kopf der Meldung\n\nDer Rat tagte.\n[dpa]\n\nEnde.', ['Der Rat tagte.', 'Ende.'], ['dpa']],
    ['the last line of the text ends its paragraph', 'Kopf der Meldung\n\nDer Rat tagte\nund ging [afp]', ['Der Rat tagte und ging'], ['afp']],
    ['"\\r\\n" line ends', 'Kopf der Meldung\r\n\r\nDer Rat tagte [dpa]\r\nund ging [dpa]\r\n\r\nEnde.', ['Der Rat tagte [dpa] und ging', 'Ende.'], ['dpa']],
  ])('%s', (_name, text, paragraphs, labels) => {
    const doc = normalizeArticle({ id: 'c', text }, { language: 'de' });
    const body = doc.blocks.filter((b) => b.kind !== 'title');
    expect(body.map((b) => b.text)).toEqual(paragraphs);
    expect(body[0]!.citations.map((c) => c.label)).toEqual(labels);
    for (const c of body[0]!.citations) expect(text.slice(c.span.start, c.span.end)).toBe(`[${c.label}]`);
  });
});
