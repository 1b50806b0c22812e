// Unnamed groups as the source of a view, and the wordings that only look like one.
import { describe, expect, it } from 'vitest';
import type { Attribution, Language } from '../../src/model/schema.js';
import { many, one } from './helpers.js';

type Expect = Partial<Pick<Attribution, 'kind' | 'cue' | 'source'>>;

describe('attribution: unnamed groups that voice a view', () => {
  const invalid: [Language, string, Expect][] = [
    // a quantifier standing alone as the subject, with a phrase after it
    ['de', 'Manche unter den Gästen empfanden die Rede als viel zu lang.', { kind: 'vague-group', cue: 'Manche unter den Gästen empfanden' }],
    ['en', 'Many in the crowd felt the verdict was unfair, and some on the council said so.', { kind: 'vague-group' }],
    // verbs of judging, wondering and questioning
    ['de', 'Viele Pendler fragen sich, warum die Linie eingestellt wird.', { kind: 'vague-group', cue: 'Viele Pendler fragen sich' }],
    ['de', 'Kritiker werten den Kompromiss als Niederlage der Regierung.', { kind: 'vague-group', cue: 'Kritiker werten' }],
    ['en', 'Some analysts questioned whether the merger would survive the review.', { kind: 'vague-group', cue: 'Some analysts questioned' }],
    ['en', 'Supporters on the terraces are already calling it a miracle.', { kind: 'vague-group' }],
    // a bare name after a preposition inside the group's phrase describes the group
    ['de', 'Beobachter vor Ort sprechen von einem historischen Wendepunkt.', { kind: 'vague-group', cue: 'Beobachter vor Ort sprechen' }],
    ['en', 'Residents of Millbrook said the water had been brown for days.', { kind: 'vague-group' }],
    // a group noun the entity extractor may read as a surname
    ['de', 'Geschädigte werfen der Bank vor, die Warnzeichen übersehen zu haben.', { kind: 'vague-group', cue: 'Geschädigte werfen' }],
    // a report preposition before an unnamed report
    ['de', 'Nach unbestätigten Berichten soll der Minister zurücktreten.', { kind: 'vague-group', cue: 'Nach unbestätigten Berichten' }],
    ['de', 'Nach ersten Schätzungen sind rund 300 Häuser beschädigt.', { kind: 'vague-group' }],
    // hearsay as the subject
    ['en', 'Talk in the village suggests that several shops will close by winter.', { kind: 'vague-group' }],
  ];
  it.each(invalid)('%s: %s', (lang, sentence, expected) => {
    expect(one(sentence, lang).attribution).toMatchObject(expected);
  });

  const valid: [Language, string][] = [
    // a group after "that" is the reported clause's subject, not the verb's
    ['en', 'The data suggest that many small farms could close within a decade.'],
    ['de', 'Die Studie zeigt, dass viele Kliniken zu wenig Personal haben.'],
    // "nach" before a named report, a search or a place is no source cue
    ['de', 'Nach dem Bericht der Polizei war der Fahrer zu schnell.'],
    ['de', 'Nach Schätzungen der Feuerwehr sind rund 300 Häuser beschädigt.'],
    ['de', 'Die Polizei sucht nach Zeugen des Unfalls.'],
    ['de', 'Nach Berlin fuhren am Sonntag rund 300 Busse.'],
    ['de', 'Die Reederei hat nach eigenen Angaben alle Fahrten gestrichen.'],
    ['de', 'Der Anruf erreichte die Leitstelle nach deren Angaben gegen Mitternacht.'],
  ];
  it.each(valid)('%s: %s is not an unnamed group', (lang, sentence) => {
    expect(one(sentence, lang).attribution.kind).not.toBe('vague-group');
  });

  it('keeps a document vague when only an adjective after it is capitalised', () => {
    expect(one('A study of Alpine glaciers shows that the ice is melting faster.', 'en').attribution.kind).toBe('vague-group');
  });

  it('takes a capitalised name after a document as its source where only names are capitalised', () => {
    const c = one('The package is worth €3 billion, according to a statement from the Treasury.', 'en');
    expect(c.attribution).toMatchObject({ kind: 'named-document', source: 'Treasury' });
  });
});

describe('attribution across sentences', () => {
  it('keeps an unnamed group as the source when a pronoun follows it', () => {
    const claims = many([['Ward sister Helen Brooks described the night shift.', 'Many nurses we interviewed said they were exhausted.']], 'en');
    expect(claims[1]!.attribution).toMatchObject({ kind: 'vague-group', cue: 'Many nurses we interviewed said' });
  });

  it('still continues a named source through a possessive after "nach"', () => {
    const claims = many([['Bürgermeister Klaus Weber stellte den Plan vor.', 'Nach seinen Angaben kostet der Umbau zwei Millionen Euro.']], 'de');
    expect(claims[1]!.attribution.kind).not.toBe('vague-group');
  });

  const definite: [Language, string, string, string][] = [
    ['de', 'Richterin Eva Brandt verlas das Urteil am Morgen.', '„Das war ein kaltblütiger Betrug“, sagte die Juristin.', 'Eva Brandt'],
    ['de', 'Richter Jonas Kral verlas das Urteil am Morgen.', '„Das war ein kaltblütiger Betrug“, sagte der Richter.', 'Jonas Kral'],
  ];
  it('does not take a spokesperson of a body for the person named before', () => {
    const claims = many([['Bürgermeister Hans Schulz kritisierte die Stadtwerke.', '„Wir prüfen den Vorwurf“, sagte der Sprecher der Stadtwerke.']], 'de');
    expect(claims[1]!.quotes[0]?.speaker).not.toBe('Hans Schulz');
  });

  it.each(definite)('%s: a definite person noun beside the verb points back to the person named before', (lang, first, second, speaker) => {
    const claims = many([[first, second]], lang);
    expect(claims[1]!.quotes[0]?.speaker).toBe(speaker);
    expect(claims[1]!.attribution).toMatchObject({ kind: 'named-person', source: speaker });
  });
});
