import type { Language } from '../model/schema.js';
import type { NormalizationPack } from '../normalize/pack.js';
import type { SegmentationPack } from '../segment/pack.js';
import type { ExtractionPack } from '../extract/pack.js';
import type { AlignPack, NamePack } from '../align/pack.js';
import type { MessagePack } from '../detect/pack.js';

/** Everything claimdiff knows about one language, as plain data. Shared code asks the pack; it never branches on the code. */
export interface LanguagePack {
  code: Language;
  /** Frequent function words, lower-case, used to guess the language of an article that does not say. */
  stopwords: readonly string[];
  normalize: NormalizationPack;
  segment: SegmentationPack;
  extract: ExtractionPack;
  names: NamePack;
  /** Words claim alignment reads: function words, endings, bilingual concept groups. */
  align: AlignPack;
  messages: MessagePack;
}
