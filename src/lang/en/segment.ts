import type { SegmentationPack } from '../../segment/pack.js';

/** Abbreviations and ordinals that must not end a sentence. */
export const segment: SegmentationPack = {
  abbreviations: [],
  numberAbbreviations: [],
  months: [],
  ordinalPeriod: false,
};
