import type { SegmentationPack } from './pack.js';

/** A segmentation pack turned into sets for constant-time lookups. */
export interface CompiledPack {
  strong: ReadonlySet<string>;
  ending: ReadonlySet<string>;
  closing: ReadonlySet<string>;
  beforeNumber: ReadonlySet<string>;
  compoundEndings: readonly string[];
  months: ReadonlySet<string>;
  ordinalPeriod: boolean;
  ordinalPreceders: ReadonlySet<string>;
  starters: ReadonlySet<string>;
}

const cache = new WeakMap<SegmentationPack, CompiledPack>();

// Pack entries are written "z. b" or "z.b"; lookups use the form without spaces.
const key = (s: string): string => s.toLowerCase().replace(/\s+/g, '').replace(/\.$/, '');

/** Compiles (once per pack object) the word lists into lookup sets. */
export function compilePack(pack: SegmentationPack): CompiledPack {
  let compiled = cache.get(pack);
  if (!compiled) {
    compiled = {
      strong: new Set(pack.abbreviations.map(key)),
      ending: new Set(pack.endingAbbreviations.map(key)),
      closing: new Set(pack.closingAbbreviations.map(key)),
      beforeNumber: new Set(pack.numberAbbreviations.map(key)),
      compoundEndings: pack.compoundAbbreviations.map(key),
      months: new Set(pack.months.map(key)),
      ordinalPeriod: pack.ordinalPeriod,
      ordinalPreceders: new Set(pack.ordinalPreceders.map(key)),
      starters: new Set(pack.sentenceStarters.map(key)),
    };
    cache.set(pack, compiled);
  }
  return compiled;
}
