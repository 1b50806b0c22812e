import type { NormalizationPack } from '../../normalize/pack.js';

/** Boilerplate cues seen in news pages. */
export const normalize: NormalizationPack = {
  readMorePrefixes: [],
  disclaimerPatterns: [],
  datelineWords: [],
};
