import { ClaimdiffError } from '../errors.js';
import type { Language } from '../model/schema.js';
import type { LanguagePack } from './types.js';
import { de } from './de/index.js';
import { en } from './en/index.js';

export type { LanguagePack } from './types.js';

/** Every built-in language pack, keyed by code. */
export const packs: Readonly<Record<Language, LanguagePack>> = { de, en };

/** The pack for a language code; throws E_UNKNOWN_LANGUAGE for anything else. */
export function getPack(language: string): LanguagePack {
  const pack = (packs as Record<string, LanguagePack | undefined>)[language];
  if (!pack) {
    throw new ClaimdiffError(
      'E_UNKNOWN_LANGUAGE',
      `Unknown language "${language}": expected one of ${Object.keys(packs).map((c) => `"${c}"`).join(', ')}`,
      { language },
    );
  }
  return pack;
}

const WORD = /\p{L}+/gu;
const SAMPLE_CHARS = 20000;

// Built once per pack object: detection runs for every article, and the sets never change.
const stopwordSets = new WeakMap<LanguagePack, ReadonlySet<string>>();
function stopwordSet(pack: LanguagePack): ReadonlySet<string> {
  let set = stopwordSets.get(pack);
  if (!set) {
    set = new Set(pack.stopwords);
    stopwordSets.set(pack, set);
  }
  return set;
}

/** Guesses the language of a text from stopword counts; ties and empty text fall back to `fallback`. */
export function detectLanguage(text: string, fallback: Language = 'en', from: Readonly<Record<string, LanguagePack>> = packs): Language {
  const sets = Object.values(from).map((p) => ({ code: p.code, words: stopwordSet(p), hits: 0 }));
  // A bounded sample keeps detection constant-time on huge articles.
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  for (const m of sample.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    for (const s of sets) if (s.words.has(w)) s.hits++;
  }
  sets.sort((a, b) => b.hits - a.hits || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const best = sets[0];
  const second = sets[1];
  if (!best || best.hits === 0 || (second && second.hits === best.hits)) return fallback;
  return best.code;
}
