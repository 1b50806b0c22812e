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
  'single-source': {
    'only-one-source': 'Nur Artikel {articleId} trifft diese Aussage; überprüfbare Angaben: {anchors}.',
  },
};
