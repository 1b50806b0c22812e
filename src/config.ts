// The configuration file of the CLI, as a zod schema: one place that says which settings exist and what they accept.
import { z } from 'zod';
import { builtinDetectors } from './detect/index.js';
import { ClaimdiffError } from './errors.js';
import { LanguageSchema } from './model/schema.js';
import { packs } from './lang/index.js';
import { unknownListMessage, wordListNames } from './lang/extend.js';
import type { CompareOptions } from './pipeline.js';

const RuleSettingSchema = z.enum(['off', 'info', 'warning', 'error']);

// Per language, per pack list: extra words. Unknown languages and lists are named with the known ones, in the same pass.
const WordsSchema = z.record(z.string(), z.record(z.string(), z.array(z.string().trim().min(1, 'must be a non-empty string')))).superRefine((words, ctx) => {
  const languages = Object.keys(packs);
  const lists = wordListNames();
  for (const [language, byList] of Object.entries(words)) {
    if (!languages.includes(language)) {
      ctx.addIssue({ code: 'custom', path: [language], message: `unknown language "${language}" (known: ${languages.join(', ')})` });
      continue;
    }
    for (const list of Object.keys(byList)) {
      if (!lists.includes(list)) ctx.addIssue({ code: 'custom', path: [language, list], message: unknownListMessage(list) });
    }
  }
});

/** A domain written as a caller or a citation marker may write it, lower-case without scheme, "www.", port or path; undefined if it is none. */
export function normalizeDomain(value: string): string | undefined {
  let d = value.trim().toLowerCase();
  const scheme = d.indexOf('://');
  if (scheme >= 0) d = d.slice(scheme + 3);
  for (const stop of ['/', ':', '?', '#']) {
    const at = d.indexOf(stop);
    if (at >= 0) d = d.slice(0, at);
  }
  if (d.endsWith('.')) d = d.slice(0, -1);
  if (d.startsWith('www.')) d = d.slice(4);
  const labels = d.split('.');
  if (labels.length < 2 || d.length > 253) return undefined;
  const ok = labels.every((l) => l.length >= 1 && l.length <= 63 && /^[\p{L}\p{N}-]+$/u.test(l) && !l.startsWith('-') && !l.endsWith('-'));
  return ok && /^\p{L}{2,}$/u.test(labels[labels.length - 1]!) ? d : undefined;
}

/** Whether a citation label or url names one of the trusted domains or a subdomain of one. */
export function isTrustedDomain(label: string, trusted: ReadonlySet<string>): boolean {
  let rest = normalizeDomain(label);
  // "news.example.org", then "example.org": a subdomain of a trusted domain is that outlet too.
  while (rest !== undefined) {
    if (trusted.has(rest)) return true;
    const dot = rest.indexOf('.');
    rest = dot < 0 ? undefined : rest.slice(dot + 1);
  }
  return false;
}

const ShareSchema = z.number().min(0).max(1);
const ThresholdsSchema = z.object({ claimSimilarity: ShareSchema.optional(), nameSimilarity: ShareSchema.optional() }).strict();

/** Levels at which a run fails; `none` never fails on findings. */
export const FailOnSchema = z.enum(['info', 'warning', 'error', 'none']);
/** A `failOn` level. */
export type FailOn = z.infer<typeof FailOnSchema>;

/** Builds the config schema against a set of detector ids, so a misspelt id is an error, not a silent no-op. */
export function configSchema(detectorIds: readonly string[] = builtinDetectors.map((d) => d.id)) {
  const ids = [...new Set(detectorIds)];
  // Checked on the record itself, so a misspelt id is reported in the same pass as problems in other fields.
  const DetectorsSchema = z.record(z.string(), RuleSettingSchema).superRefine((rules, ctx) => {
    for (const id of Object.keys(rules)) {
      if (!ids.includes(id)) ctx.addIssue({ code: 'custom', path: [id], message: `unknown detector id "${id}" (known: ${ids.join(', ')})` });
    }
  });
  return z
    .object({
      /** Lets editors validate the file against a published JSON Schema. */
      $schema: z.string().optional(),
      /** Per detector id: `off`, or the severity all its findings get. */
      detectors: DetectorsSchema.optional(),
      /** Known correct spellings of names; they win when a canonical form is chosen. */
      gazetteer: z.array(z.string().min(1, 'must be a non-empty string')).optional(),
      /** Lowest severity that makes the CLI exit 1; `none` never fails. */
      failOn: FailOnSchema.optional(),
      /** Language of articles that do not name one. */
      language: LanguageSchema.optional(),
      /** Language of finding messages. */
      locale: LanguageSchema.optional(),
      /** Extra words per language and pack list (`{"de": {"extract.vagueSources": ["Beobachter"]}}`), appended to the built-in lists. */
      words: WordsSchema.optional(),
      /** Similarity thresholds (0-1) for clustering claims and merging name spellings; higher merges less. */
      thresholds: ThresholdsSchema.optional(),
      /** Domains whose citation markers back a claim, so it is not reported as single-source. */
      trustedDomains: z.array(z.string().refine((d) => normalizeDomain(d) !== undefined, { message: 'must be a domain name like "example.org"' })).optional(),
      /** `one`: every article checked against every other; `split`: story by story; `auto`: split above 50 articles. */
      stories: z.enum(['auto', 'one', 'split']).optional(),
    })
    .strict();
}

/** The config schema for the built-in detectors. */
export const ConfigSchema = configSchema();

/** A claimdiff configuration (`claimdiff.config.json` or the default export of a `.js`/`.mjs` file). */
export type ClaimdiffConfig = z.infer<typeof ConfigSchema>;

/** Identity function that type-checks a config written in JavaScript or TypeScript. */
export function defineConfig(config: ClaimdiffConfig): ClaimdiffConfig {
  return config;
}

/** Validates a parsed config; the error names the source and every field at fault on one line. */
export function parseConfig(value: unknown, source = 'config', detectorIds?: readonly string[]): ClaimdiffConfig {
  const parsed = (detectorIds ? configSchema(detectorIds) : ConfigSchema).safeParse(value);
  if (parsed.success) return parsed.data;
  // prettifyError puts the path on its own line; joined, each issue reads "✖ message → at field".
  const oneLine = z
    .prettifyError(parsed.error)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ')
    .replace(/ ✖ /g, '; ✖ ');
  throw new ClaimdiffError('E_INVALID_OPTIONS', `Invalid config ${source}: ${oneLine}`, { source, issues: parsed.error.issues });
}

/** The `compare` options a config stands for; `failOn` is left to the caller that decides the exit code. */
export function configToOptions(config: ClaimdiffConfig): CompareOptions {
  return {
    ...(config.detectors !== undefined ? { rules: config.detectors } : {}),
    ...(config.gazetteer !== undefined ? { gazetteer: config.gazetteer } : {}),
    ...(config.language !== undefined ? { language: config.language } : {}),
    ...(config.locale !== undefined ? { locale: config.locale } : {}),
    ...(config.words !== undefined ? { words: config.words } : {}),
    ...(config.thresholds !== undefined ? { thresholds: config.thresholds } : {}),
    ...(config.trustedDomains !== undefined ? { trustedDomains: config.trustedDomains } : {}),
    ...(config.stories !== undefined ? { stories: config.stories } : {}),
  };
}
