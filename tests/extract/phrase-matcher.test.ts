import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PhraseMatcher, tokenize, type PhraseHit } from '../../src/extract/tokens.js';

// The matching rule written plainly: at each token, of the phrases whose words follow there, the one with most words,
// and of those the first listed; `all` then goes on after the hit.
function naiveAt(phrases: readonly string[], words: readonly string[], i: number): PhraseHit | undefined {
  let best: PhraseHit | undefined;
  for (const p of phrases) {
    const pw = tokenize(p).map((t) => t.lower);
    if (pw.length === 0 || i + pw.length > words.length) continue;
    if (!pw.every((w, k) => words[i + k] === w)) continue;
    if (!best || pw.length > best.to - best.from) best = { phrase: p, from: i, to: i + pw.length };
  }
  return best;
}

function naiveAll(phrases: readonly string[], words: readonly string[]): PhraseHit[] {
  const out: PhraseHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const hit = naiveAt(phrases, words, i);
    if (hit) {
      out.push(hit);
      i = hit.to - 1;
    }
  }
  return out;
}

const hits = (phrases: readonly string[], sentence: string) => new PhraseMatcher(phrases).all(tokenize(sentence)).map((h) => [h.phrase, h.from, h.to]);

describe('PhraseMatcher', () => {
  it.each([
    ['the longest phrase wins', ['mehr', 'mehr als'], 'Es waren mehr als 100', [['mehr als', 2, 4]]],
    ['a shorter phrase when the longer breaks off', ['it is said that', 'it is'], 'it is said by some', [['it is', 0, 2]]],
    ['the deeper of two partial paths', ['nach Angaben der Polizei', 'nach Angaben'], 'nach Angaben der Behörde', [['nach Angaben', 0, 2]]],
    ['the first listed of two spellings with the same words', ['According to', 'according to'], 'according to police', [['According to', 0, 2]]],
    ['a single word beside phrases it opens', ['a', 'a source close to'], 'a source said', [['a', 0, 1]]],
    ['case does not matter', ['Weißes Haus'], 'Im WEISSEN Haus und im weißes haus', [['Weißes Haus', 5, 7]]],
    ['upper case spells the same words', ['Weißes Haus'], 'das WEIẞES HAUS', [['Weißes Haus', 1, 3]]],
    ['hits do not overlap', ['a b', 'b c'], 'a b c', [['a b', 0, 2]]],
    ['a phrase cut off by the sentence end', ['it is believed'], 'so it is', []],
    ['no phrase at all', ['sources say'], 'The minister said so', []],
  ])('%s', (_name, phrases, sentence, expected) => {
    expect(hits(phrases, sentence)).toEqual(expected);
  });

  it('`at` gives the phrase at one token only', () => {
    const m = new PhraseMatcher(['nach Angaben', 'nach Informationen von']);
    const tokens = tokenize('Nach Informationen von Reuters und nach Angaben');
    expect(m.at(tokens, 0)).toEqual({ phrase: 'nach Informationen von', from: 0, to: 3 });
    expect(m.at(tokens, 1)).toBeUndefined();
    expect(m.at(tokens, 5)).toEqual({ phrase: 'nach Angaben', from: 5, to: 7 });
  });

  it('matches as the plain rule does on any phrase list and sentence', () => {
    // Few distinct words, so phrases share openings and prefixes and sentences hold them often.
    const word = fc.constantFrom('a', 'b', 'c', 'd', 'A');
    const phrase = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.array(phrase, { maxLength: 12 }), fc.array(word, { maxLength: 14 }), (phrases, ws) => {
        const tokens = tokenize(ws.join(' '));
        const expected = naiveAll(phrases, tokens.map((t) => t.lower));
        expect(new PhraseMatcher(phrases).all(tokens)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });
});
