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
  /** Length of the longest key of `strong`, `ending`, `closing` and `beforeNumber`: a longer word is none of them. */
  longestKey: number;
  /** Every key of `strong`, `ending`, `closing` and `beforeNumber`: one lookup rules out all four for most words. */
  listed: ReadonlySet<string>;
}

const cache = new WeakMap<SegmentationPack, CompiledPack>();

// Pack entries are written "z. b" or "z.b"; lookups use the form without spaces.
const key = (s: string): string => s.toLowerCase().replace(/\s+/g, '').replace(/\.$/, '');

/** Compiles (once per pack object) the word lists into lookup sets. */
export function compilePack(pack: SegmentationPack): CompiledPack {
  let compiled = cache.get(pack);
  if (!compiled) {
    const strong = new Set(pack.abbreviations.map(key));
    const ending = new Set(pack.endingAbbreviations.map(key));
    const closing = new Set(pack.closingAbbreviations.map(key));
    const beforeNumber = new Set(pack.numberAbbreviations.map(key));
    let longestKey = 0;
    const listed = new Set<string>();
    for (const set of [strong, ending, closing, beforeNumber]) {
      for (const k of set) {
        longestKey = Math.max(longestKey, k.length);
        listed.add(k);
      }
    }
    compiled = {
      strong,
      ending,
      closing,
      beforeNumber,
      compoundEndings: pack.compoundAbbreviations.map(key),
      months: new Set(pack.months.map(key)),
      ordinalPeriod: pack.ordinalPeriod,
      ordinalPreceders: new Set(pack.ordinalPreceders.map(key)),
      starters: new Set(pack.sentenceStarters.map(key)),
      longestKey,
      listed,
    };
    cache.set(pack, compiled);
  }
  return compiled;
}
