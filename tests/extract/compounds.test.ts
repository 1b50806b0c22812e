import { describe, expect, it } from 'vitest';
import { hasNounTail } from '../../src/extract/compounds.js';

const nouns = new Set(['amt', 'stadt', 'schützer', 'experten']);

describe('hasNounTail', () => {
  it.each([
    ['amt', { compounds: false }, true],
    ['umweltamt', { compounds: false }, false],
    ['umweltamt', { compounds: true, minTail: 3 }, true],
    ['umweltamts', { compounds: true, minTail: 3, endings: ['', 's'] }, true],
    ['naturschützer', { compounds: true }, true],
    ['finanzexperten', { compounds: true }, true],
    ['innenstadt', { compounds: true, wholeOnly: new Set(['stadt']) }, false],
    ['stadt', { compounds: true, wholeOnly: new Set(['stadt']) }, true],
    ['xamt', { compounds: true, minTail: 3, minHead: 3 }, false],
  ] as const)('%s with %j → %s', (word, options, expected) => {
    expect(hasNounTail(word, nouns, options)).toBe(expected);
  });

  it('stays linear on a pasted 200,000-letter token', () => {
    const word = 'a'.repeat(200_000);
    const t0 = performance.now();
    expect(hasNounTail(word, nouns, { compounds: true, endings: ['', 's', 'en'] })).toBe(false);
    expect(performance.now() - t0).toBeLessThan(200);
  });
});
