import type { MessagePack } from '../../detect/pack.js';

/** One-line finding messages by detector and code. */
export const messages: MessagePack = {
  'name-variant': {
    spelling: 'The name is spelt in different ways: {formList}. Canonical form "{canonical}" ({canonicalReason}); articles inconsistent with themselves: {inconsistent}.',
    transliteration: 'The name is transliterated differently by articles in different languages: {formList}. Canonical form "{canonical}" ({canonicalReason}).',
  },
  'unsourced-claim': {
    'vague-source': 'The claim rests on a vague group ("{cue}") instead of a named source.',
    agentless: 'The claim is stated without saying who says so ("{cue}").',
    'anonymous-source': 'The claim rests on an anonymous source ("{cue}").',
  },
  'input-hygiene': {
    'repeated-teaser': 'A teaser stands {occurrences} times in article {articleId} and was kept out of the claims: "{text}".',
    'repeated-headline': 'The headline of article {articleId} is repeated in its body ({occurrences} occurrences) and was kept out of the claims: "{text}".',
    'read-more': 'Article {articleId} links to other articles in read-more lines ({occurrences} in all), kept out of the claims: "{text}".',
    disclaimer: 'Article {articleId} carries a publisher note, kept out of the claims: "{text}".',
    'empty-dateline': 'Article {articleId} has a dateline without a date ("{text}").',
  },
  'single-source': {
    'only-one-source': 'Only article {articleId} makes this claim; checkable details: {anchors}.',
  },
  'numeric-mismatch': {
    'different-value': 'Sources give different figures for the same quantity ({referent}): {valueList}.',
  },
  'date-mismatch': {
    'different-date': 'Sources date the same event differently: {valueList}.',
  },
  'quote-mismatch': {
    'different-words': '{speaker} is quoted with different words: {valueList}.',
    'different-speaker': 'The same words are attributed to different speakers: {speakerList}.',
  },
  'hedge-mismatch': {
    'hedged-vs-asserted': 'Article {hedgedArticle} hedges ("{cues}") what article {assertingArticle} states as fact.',
  },
};
