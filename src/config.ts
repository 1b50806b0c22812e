// The configuration file of the CLI, as a zod schema: one place that says which settings exist and what they accept.
import { z } from 'zod';
import { builtinDetectors } from './detect/index.js';
import { ClaimdiffError } from './errors.js';
import { LanguageSchema } from './model/schema.js';
import type { CompareOptions } from './pipeline.js';

const RuleSettingSchema = z.enum(['off', 'info', 'warning', 'error']);

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
  };
}
