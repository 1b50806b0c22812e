import type { LanguagePack } from '../types.js';
import { normalize } from './normalize.js';
import { segment } from './segment.js';
import { extract } from './extract.js';
import { names } from './names.js';
import { align } from './align.js';
import { messages } from './messages.js';

/** English. */
export const en: LanguagePack = {
  code: 'en',
  // Short, frequent function words that rarely occur in German text.
  stopwords: ['the', 'and', 'is', 'of', 'to', 'in', 'that', 'it', 'with', 'for', 'on', 'was', 'as', 'by', 'at', 'from', 'are', 'has', 'have', 'said', 'this', 'which', 'their', 'its', 'been', 'were', 'will', 'would', 'not', 'but'],
  normalize,
  segment,
  extract,
  names,
  align,
  messages,
};
