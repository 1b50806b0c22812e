// Caller-supplied extra words for the language packs: new pack objects, so every cache keyed by pack identity stays right.
import { ClaimdiffError } from '../errors.js';
import type { Language } from '../model/schema.js';
import { packs } from './index.js';
import type { LanguagePack } from './types.js';

/**
 * Extra words per list, keyed by the list's path in the language pack: `stopwords` or `<stage>.<field>`
 * (`segment.abbreviations`, `extract.roles`, `extract.vagueSources`, `extract.hedges`, `extract.orgKeywords`,
 * `extract.givenNames`, `names.titles`, `normalize.citationLabels`, …). `wordListNames()` lists them all.
 */
export type WordLists = Readonly<Record<string, readonly string[]>>;

/** Extra words per language, as the `words` option of `extractClaims` and `compare` takes them. */
export type WordsOption = Readonly<Partial<Record<Language, WordLists>>>;

/**
 * Pack stages whose string lists a caller may extend: the stages the pipeline reads per call. `messages` holds
 * templates, not words; `normalize.disclaimerPatterns` holds regular-expression sources, which a caller must not
 * inject (an unchecked pattern could backtrack catastrophically).
 */
const STAGES = ['normalize', 'segment', 'extract', 'names'] as const;
const EXCLUDED: ReadonlySet<string> = new Set(['normalize.disclaimerPatterns']);

const isStringList = (v: unknown): v is readonly string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

// A field counts as a word list when it is an array of strings in every pack and holds a word in at least one,
// so an empty list ("clockWords" in English) is known by what the other language keeps in it.
function computeListNames(): readonly string[] {
  const all = Object.values(packs) as LanguagePack[];
  const names: string[] = [];
  const consider = (path: string, values: unknown[]): void => {
    if (EXCLUDED.has(path)) return;
    if (values.every(isStringList) && values.some((v) => (v as readonly string[]).length > 0)) names.push(path);
  };
  consider('stopwords', all.map((p) => p.stopwords));
  for (const stage of STAGES) {
    const first = all[0]?.[stage] as unknown as Record<string, unknown> | undefined;
    for (const field of Object.keys(first ?? {}).sort()) {
      consider(`${stage}.${field}`, all.map((p) => (p[stage] as unknown as Record<string, unknown>)[field]));
    }
  }
  return names;
}

let listNames: readonly string[] | undefined;

/** The names of every list `words` may extend (the same for every language, since all packs share one shape). */
export function wordListNames(): readonly string[] {
  listNames ??= computeListNames();
  return listNames;
}

// Edit distance of two short names, for suggestions; names are at most a few dozen characters.
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/** The known list a misspelt or unqualified list name most likely means ("vagueSources" -> "extract.vagueSources"), if any. */
export function suggestList(name: string): string | undefined {
  const lower = name.toLowerCase();
  const known = wordListNames();
  const sameField = known.filter((k) => k.slice(k.indexOf('.') + 1).toLowerCase() === lower);
  if (sameField.length > 0) return sameField.join('" or "');
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = distance(lower, k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

/** The message for an unknown list name: the suggestion first, then every known name. */
export function unknownListMessage(name: string): string {
  const hint = suggestList(name);
  return `unknown word list "${name}"${hint ? ` (did you mean "${hint}"?)` : ''} (known: ${wordListNames().join(', ')})`;
}

/** Checks a `words` value: known languages, known list names, non-empty strings; names the language and list at fault. */
export function checkWords(words: unknown): WordsOption {
  if (typeof words !== 'object' || words === null || Array.isArray(words)) {
    throw new ClaimdiffError('E_INVALID_OPTIONS', 'Invalid options: `words` must be an object keyed by language ("de", "en")');
  }
  const known = new Set(wordListNames());
  for (const [language, lists] of Object.entries(words)) {
    if (!Object.hasOwn(packs, language)) {
      throw new ClaimdiffError(
        'E_INVALID_OPTIONS',
        `Invalid options: \`words\` names unknown language "${language}" (known: ${Object.keys(packs).join(', ')})`,
        { language },
      );
    }
    if (typeof lists !== 'object' || lists === null || Array.isArray(lists)) {
      throw new ClaimdiffError('E_INVALID_OPTIONS', `Invalid options: \`words.${language}\` must be an object of word lists`, { language });
    }
    for (const [list, extra] of Object.entries(lists as Record<string, unknown>)) {
      if (!known.has(list)) {
        throw new ClaimdiffError(
          'E_INVALID_OPTIONS',
          `Invalid options: in \`words.${language}\`: ${unknownListMessage(list)}`,
          { language, list, known: [...known] },
        );
      }
      if (!Array.isArray(extra) || extra.some((w) => typeof w !== 'string' || w.trim() === '')) {
        throw new ClaimdiffError('E_INVALID_OPTIONS', `Invalid options: \`words.${language}.${list}\` must be an array of non-empty strings`, {
          language,
          list,
        });
      }
    }
  }
  return words as WordsOption;
}

// Lists written all lower-case are matched lower-case; an added "Analysten" must land as "analysten" to be found.
function fit(existing: readonly string[], extra: readonly string[]): string[] {
  const lower = existing.every((w) => w === w.toLowerCase());
  const out = [...existing];
  const seen = new Set(existing);
  for (const raw of extra) {
    const w = lower ? raw.trim().toLowerCase() : raw.trim();
    if (!seen.has(w)) {
      seen.add(w);
      out.push(w);
    }
  }
  return out;
}

// Bounded, so a server that builds many distinct configs does not grow without limit; oldest entries go first.
const MAX_CACHED = 64;

// Per base pack and lists: the same words give the same pack object, so compiled lexicons are built once.
const packCache = new WeakMap<LanguagePack, Map<string, LanguagePack>>();

/** A new pack with the extra words appended to the named lists; stages without additions stay the same objects. */
export function extendPack(pack: LanguagePack, lists: WordLists): LanguagePack {
  checkWords({ [pack.code]: lists });
  const key = JSON.stringify(Object.keys(lists).sort().map((k) => [k, lists[k]]));
  let perPack = packCache.get(pack);
  if (!perPack) packCache.set(pack, (perPack = new Map()));
  const hit = perPack.get(key);
  if (hit) return hit;
  const built = buildPack(pack, lists);
  if (perPack.size >= MAX_CACHED) perPack.delete(perPack.keys().next().value as string);
  perPack.set(key, built);
  return built;
}

function buildPack(pack: LanguagePack, lists: WordLists): LanguagePack {
  const out: LanguagePack = { ...pack };
  const stages: Record<string, Record<string, unknown>> = {};
  for (const name of Object.keys(lists).sort()) {
    const extra = lists[name] ?? [];
    if (extra.length === 0) continue;
    const dot = name.indexOf('.');
    if (dot < 0) {
      out.stopwords = fit(pack.stopwords, extra);
      continue;
    }
    const stage = name.slice(0, dot);
    const field = name.slice(dot + 1);
    const copy = (stages[stage] ??= { ...(pack[stage as keyof LanguagePack] as object) });
    copy[field] = fit(copy[field] as readonly string[], extra);
  }
  for (const [stage, copy] of Object.entries(stages)) (out as unknown as Record<string, unknown>)[stage] = copy;
  return out;
}

/** The built-in packs with a caller's extra words, one record per language. */
export type PackSet = Readonly<Record<Language, LanguagePack>>;

const setCache = new Map<string, PackSet>();

// Key order must not matter: {a, b} and {b, a} are the same extension.
function canonicalJson(words: WordsOption): string {
  const langs = Object.keys(words).sort();
  return JSON.stringify(
    langs.map((l) => {
      const lists = words[l as Language] ?? {};
      return [l, Object.keys(lists).sort().map((k) => [k, lists[k]])];
    }),
  );
}

/**
 * The pack set for a `words` option: the built-in `packs` object itself when nothing is added, else extended packs,
 * cached per (language, lists) so repeated calls reuse every compiled lexicon.
 */
export function packsWithWords(words: WordsOption | undefined): PackSet {
  if (words === undefined) return packs;
  const key = canonicalJson(checkWords(words));
  const hit = setCache.get(key);
  if (hit) return hit;
  const out: Record<string, LanguagePack> = { ...packs };
  for (const [language, lists] of Object.entries(words)) {
    if (lists && Object.values(lists).some((l) => l.length > 0)) out[language] = extendPack(packs[language as Language], lists);
  }
  // Nothing actually added: the built-ins, so default caches (and `getPack` identity) are shared.
  const result = Object.keys(out).every((l) => out[l] === packs[l as Language]) ? packs : (out as PackSet);
  if (setCache.size >= MAX_CACHED) setCache.delete(setCache.keys().next().value as string);
  setCache.set(key, result);
  return result;
}
