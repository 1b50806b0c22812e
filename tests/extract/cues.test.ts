import { describe, expect, it } from 'vitest';
import type { Attribution, Language } from '../../src/model/schema.js';
import { extractClaims } from '../../src/index.js';
import { getPack } from '../../src/lang/index.js';
import { lexicon } from '../../src/extract/lexicon.js';
import { tokenize, WORD_CACHE_LIMIT } from '../../src/extract/tokens.js';
import { CUE_ANONYMOUS_WORD, CUE_AUXILIARY, CUE_MAYBE_ANONYMOUS_CAP, CUE_PARTICIPLE, CUE_VAGUE, cueBits, cueTable } from '../../src/extract/hedges.js';
import { attribute } from '../../src/extract/attribution.js';
import { claimKind } from '../../src/extract/kind.js';
import { findHedges } from '../../src/extract/hedges.js';
import type { ClaimKind } from '../../src/model/schema.js';
import { many, one } from './helpers.js';

// Attribution, hedges and claim kind look each word up once in a per-pack table of cue classes, remember compound
// answers per word ("Klinikkreisen"), and skip every pass whose words a sentence lacks. These cases hit each skip:
// the answer must be the same on a pack's first sentence (nothing known yet) as on a warm pack.
type Expect = Pick<Attribution, 'kind'> & Partial<Pick<Attribution, 'source'>>;
const cases: [Language, string, Expect][] = [
  ['de', 'Die Zahlen stammen aus Klinikkreisen.', { kind: 'anonymous' }],
  // Only the compound of an anonymous noun is a cue here: no list's phrase, no one-word cue.
  ['de', 'Die Nachricht erreichte Klinikkreisen zuerst.', { kind: 'anonymous' }],
  ['de', 'Regierungsinsider rechnen mit einem Rücktritt.', { kind: 'anonymous' }],
  ['de', 'Unter Anwohnern gilt der Plan als gescheitert.', { kind: 'vague-group' }],
  ['de', 'Nach unbestätigten Berichten brannte die Halle.', { kind: 'vague-group' }],
  ['de', 'Experten zufolge steigt der Preis.', { kind: 'vague-group' }],
  ['de', 'Einige Parteifreunde sollen den Rücktritt gefordert haben.', { kind: 'vague-group' }],
  ['de', 'Die Brücke ist marode und die Straße ist eng.', { kind: 'none' }],
  ['en', 'The plan is widely regarded as a failure.', { kind: 'agentless' }],
  // A passive of a reporting verb that no phrase list spells out: auxiliary and participle together open the pass.
  ['en', 'The new mayor was fiercely criticised.', { kind: 'agentless' }],
  ['en', 'The new mayor was praised by many.', { kind: 'vague-group' }],
  ['en', 'The bridge is old and the road is narrow.', { kind: 'none' }],
  ['en', 'Some economists expect rates to fall.', { kind: 'vague-group' }],
  ['en', 'Rates will fall, according to the central bank.', { kind: 'named-organisation' }],
];

// A fresh pack per call: an unused extra word makes the library build new lists and a new cue table for it.
let fresh = 0;
function firstOfNewPack(language: Language, text: string) {
  const words = { [language]: { 'extract.vagueSources': [`Qqxz${++fresh}`] } };
  return extractClaims({ id: 'a', text, language }, { words }).claims[0]!;
}

describe('cue classes', () => {
  it.each(cases)('%s: %s', (language, text, expected) => {
    const cold = firstOfNewPack(language, text);
    const warm = extractClaims({ id: 'a', text, language }).claims[0]!;
    expect(warm.attribution).toMatchObject(expected);
    expect(cold).toEqual(warm);
  });

  it.each([
    ['de', ['Bundeskanzler Olaf Scholz sagte, die Lage sei ernst.', 'Er fügte hinzu, man müsse jetzt handeln.'], 'Olaf Scholz'],
    ['de', ['Ministerin Lisa Paus kritisierte den Entwurf scharf.', 'Er sei unausgewogen.'], 'Lisa Paus'],
    ['en', ['President Joe Biden said the economy is strong.', 'He added that jobs are growing.'], 'Joe Biden'],
  ] as [Language, string[], string][])('%s: a pronoun or reported speech continues the named source (%s)', (language, sentences, source) => {
    const claims = many([sentences], language);
    expect(claims[1]!.attribution).toMatchObject({ kind: 'named-person', source });
  });

  it.each([
    ['de', 'Laut Medienberichten wurde niemand verletzt.', 'vague-group'],
    ['de', 'Aus Klinikkreisen hieß es, die Lage sei stabil.', 'anonymous'],
    ['en', 'It has been suggested that the plan failed.', 'agentless'],
    ['en', 'The weather was fine.', 'none'],
  ] as [Language, string, Attribution['kind']][])('%s: attribute reads "%s" the same with or without the caller\'s classes', (language, text, kind) => {
    const pack = getPack(language).extract;
    const lex = lexicon(pack);
    const tokens = tokenize(text);
    const input = { text, tokens, entities: [], quotes: [], dates: [] };
    const alone = attribute(input, lex, pack);
    const given = attribute({ ...input, cues: cueBits(tokens, cueTable(lex, pack)) }, lex, pack);
    expect(alone.kind).toBe(kind);
    expect(given).toEqual(alone);
  });

  it.each([
    ['de', 'Klinikkreisen', CUE_ANONYMOUS_WORD, false],
    ['de', 'Insider', CUE_ANONYMOUS_WORD, true],
    ['en', 'experts', CUE_VAGUE, true],
    ['en', 'is', CUE_AUXILIARY, true],
    ['en', 'regarded', CUE_PARTICIPLE, true],
    ['en', 'bridge', CUE_VAGUE | CUE_AUXILIARY | CUE_PARTICIPLE, false],
  ] as [Language, string, number, boolean][])('%s: "%s" has the class bits %i: %s', (language, word, bit, set) => {
    const pack = getPack(language).extract;
    const bits = cueBits(tokenize(word), cueTable(lexicon(pack), pack));
    expect((bits[0]! & bit) !== 0).toBe(set);
    // The sentence's union sits after its last token (with the anonymous-compound hint, which no word carries).
    const union = bits[1]! & ~CUE_MAYBE_ANONYMOUS_CAP;
    expect(union).toBe(bits[0]! & union);
  });

  it.each([
    // A capitalized word not yet known not to be an anonymous compound, or known to be one: the loops must run.
    ['de', 'Die Nachricht erreichte Klinikkreisen zuerst.', true],
    // Lower-case words never count, whatever their answer: the compound loops look at capitalized words only.
    ['de', 'und oder aber', false],
    // A listed anonymous word has its own bit; the hint is only for compounds the list does not spell out.
    ['de', 'insider Insider', false],
  ] as [Language, string, boolean][])('%s: "%s" hints at an anonymous compound: %s', (language, text, hint) => {
    const pack = getPack(language).extract;
    const lex = lexicon(pack);
    const tokens = tokenize(text);
    // Asked twice: the first attribution learns each capitalized word's answer, the second reads it.
    for (let pass = 0; pass < 2; pass++) {
      const bits = cueBits(tokens, cueTable(lex, pack));
      expect((bits[tokens.length]! & CUE_MAYBE_ANONYMOUS_CAP) !== 0).toBe(hint);
      attribute({ text, tokens, entities: [], quotes: [], dates: [], cues: bits }, lex, pack);
    }
  });

  it('drops the hint once every capitalized word is known to be no anonymous compound', () => {
    const pack = getPack('de').extract;
    const lex = lexicon(pack);
    const text = 'Die Qzbrückenwärter sprechen.';
    const tokens = tokenize(text);
    const first = cueBits(tokens, cueTable(lex, pack));
    expect(first[tokens.length]! & CUE_MAYBE_ANONYMOUS_CAP).not.toBe(0);
    // A speech verb makes attribution run its passes, which learn the answers of the capitalized words.
    expect(attribute({ text, tokens, entities: [], quotes: [], dates: [], cues: first }, lex, pack).kind).not.toBe('anonymous');
    const later = cueBits(tokens, cueTable(lex, pack));
    expect(later[tokens.length]! & CUE_MAYBE_ANONYMOUS_CAP).toBe(0);
  });

  it('keeps answering right after the word table overflows and starts afresh', () => {
    const pack = getPack('de').extract;
    const lex = lexicon(pack);
    const sentence = 'Die Zahlen stammen aus Klinikkreisen.';
    expect(one(sentence, 'de').attribution.kind).toBe('anonymous');
    // More distinct words than the table holds: it is emptied once on the way.
    const flood = Array.from({ length: WORD_CACHE_LIMIT + 10 }, (_, i) => `wort${i}`).join(' ');
    const table = cueTable(lex, pack);
    cueBits(tokenize(flood), table);
    expect(table.words.size).toBeLessThanOrEqual(WORD_CACHE_LIMIT);
    expect(one(sentence, 'de').attribution.kind).toBe('anonymous');
  });

  it.each([
    ['de', 'Das war ein Skandal!', 'opinion'],
    ['de', 'Das war ein Skandal!  ', 'opinion'],
    ['en', 'The sign read: Stop!»', 'opinion'],
    ['en', 'The price rose! by 5 percent.', 'fact'],
    ['en', 'Is this the end?', 'fact'],
    ['de', 'Die Brücke wird im Mai eröffnet werden.', 'prediction'],
    ['de', 'Die Preise werden kontrolliert.', 'fact'],
    ['de', 'Das ist ja kein Wunder.', 'opinion'],
    ['de', 'Wahrscheinlich sind es eher 150.', 'opinion'],
  ] as [Language, string, ClaimKind][])('%s: claim kind of "%s" is %s, with or without the caller\'s classes', (language, text, kind) => {
    const pack = getPack(language).extract;
    const lex = lexicon(pack);
    const tokens = tokenize(text);
    expect(claimKind(tokens, [], lex, pack, text)).toBe(kind);
    expect(claimKind(tokens, [], lex, pack, text, cueBits(tokens, cueTable(lex, pack)))).toBe(kind);
  });

  it.each([
    ['en', 'Some critics generally complain about the plan.', ['Some critics', 'generally']],
    ['en', 'Some 300 people came.', []],
    ['de', 'Viele Beobachter halten den Plan weitgehend für gescheitert.', ['Viele Beobachter', 'weitgehend']],
    ['de', 'Der Plan ist gescheitert.', []],
  ] as [Language, string, string[]][])('%s: hedges of "%s", with or without the caller\'s classes', (language, text, hedges) => {
    const pack = getPack(language).extract;
    const lex = lexicon(pack);
    const tokens = tokenize(text);
    expect(findHedges(text, tokens, lex, pack).map((h) => h.text)).toEqual(hedges);
    expect(findHedges(text, tokens, lex, pack, cueBits(tokens, cueTable(lex, pack))).map((h) => h.text)).toEqual(hedges);
  });
});
