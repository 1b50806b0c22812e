import type { MessagePack } from '../../detect/pack.js';

/** One-line finding messages by detector and code. */
export const messages: MessagePack = {
  'name-variant': {
    spelling: 'Der Name wird unterschiedlich geschrieben: {formList}. Kanonische Form „{canonical}“ ({canonicalReason}); in sich uneinheitliche Artikel: {inconsistent}.',
    transliteration: 'Artikel in verschiedenen Sprachen transkribieren den Namen unterschiedlich: {formList}. Kanonische Form „{canonical}“ ({canonicalReason}).',
  },
  'unsourced-claim': {
    'vague-source': 'Die Aussage stützt sich auf eine vage Gruppe („{cue}“) statt auf eine benannte Quelle.',
    agentless: 'Die Aussage nennt nicht, wer sie trifft („{cue}“).',
    'anonymous-source': 'Die Aussage stützt sich auf eine anonyme Quelle („{cue}“).',
  },
  'input-hygiene': {
    'repeated-teaser': 'Ein Teaser steht {occurrences}-mal in Artikel {articleId} und wurde nicht als Aussage gewertet: „{text}“.',
    'repeated-headline': 'Die Überschrift von Artikel {articleId} wird im Text wiederholt ({occurrences} Vorkommen) und wurde nicht als Aussage gewertet: „{text}“.',
    'read-more': 'Artikel {articleId} verweist in Lesetipp-Zeilen auf andere Artikel ({occurrences} insgesamt), nicht als Aussage gewertet: „{text}“.',
    disclaimer: 'Artikel {articleId} enthält einen Hinweis des Verlags, nicht als Aussage gewertet: „{text}“.',
    'empty-dateline': 'Artikel {articleId} hat eine Datumszeile ohne Datum („{text}“).',
  },
  'single-source': {
    'only-one-source': 'Nur Artikel {articleId} trifft diese Aussage; überprüfbare Angaben: {anchors}.',
  },
  'numeric-mismatch': {
    'different-value': 'Die Quellen nennen für dieselbe Größe ({referent}) verschiedene Zahlen: {valueList}.',
  },
  'date-mismatch': {
    'different-date': 'Die Quellen datieren dasselbe Ereignis unterschiedlich: {valueList}.',
  },
  'quote-mismatch': {
    'different-words': '{speaker} wird mit unterschiedlichen Worten zitiert: {valueList}.',
    'different-speaker': 'Dieselben Worte werden verschiedenen Personen zugeschrieben: {speakerList}.',
  },
  'hedge-mismatch': {
    'hedged-vs-asserted': 'Artikel {hedgedArticle} schränkt ein („{cues}“), was Artikel {assertingArticle} als Tatsache darstellt.',
  },
};
