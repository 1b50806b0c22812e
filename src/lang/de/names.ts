import type { NamePack } from '../../align/pack.js';

/** Transliteration rules for name keys. */
export const names: NamePack = {
  transliteration: [],
};
