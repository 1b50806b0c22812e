import type { LanguagePack } from '../types.js';
import { normalize } from './normalize.js';
import { segment } from './segment.js';
import { extract } from './extract.js';
import { names } from './names.js';
import { align } from './align.js';
import { messages } from './messages.js';

/** German. */
export const de: LanguagePack = {
  code: 'de',
  // Short, frequent function words that rarely occur in English text.
  stopwords: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'den', 'dem', 'ein', 'eine', 'auf', 'für', 'sich', 'auch', 'wird', 'zu', 'im', 'sie', 'wie', 'über', 'bei', 'nach', 'haben', 'dass', 'zwischen', 'werden', 'oder', 'sind'],
  normalize,
  segment,
  extract,
  names,
  align,
  messages,
};
