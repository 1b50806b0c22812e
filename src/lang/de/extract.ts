import type { ExtractionPack } from '../../extract/pack.js';

/** Word lists of the claim extractors. */
export const extract: ExtractionPack = {
  months: {},
  weekdays: {},
};
