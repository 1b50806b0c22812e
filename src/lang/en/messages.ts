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
  'single-source': {
    'only-one-source': 'Only article {articleId} makes this claim; checkable details: {anchors}.',
  },
};
