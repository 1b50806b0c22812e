import { describe, expect, it } from 'vitest';
import { ConfigSchema, configToOptions, defineConfig, parseConfig } from '../../src/config.js';
import { builtinDetectors } from '../../src/detect/index.js';
import { ClaimdiffError } from '../../src/errors.js';

const ID = builtinDetectors[0]?.id ?? 'name-variant';

describe('parseConfig', () => {
  it.each([
    [{}],
    [{ detectors: { [ID]: 'off' } }],
    [{ detectors: { [ID]: 'error' }, failOn: 'warning', gazetteer: ['Anna Berger'] }],
    [{ language: 'de', locale: 'en', failOn: 'none' }],
    [{ $schema: './claimdiff.schema.json' }],
  ])('accepts %j', (value) => {
    expect(parseConfig(value)).toEqual(value);
  });

  it.each([
    ['an unknown key', { colour: true }, ['"c.json"', 'colour']],
    ['an unknown detector id', { detectors: { 'name-varient': 'off' } }, ['unknown detector id "name-varient"', 'detectors']],
    ['a bad severity', { detectors: { [ID]: 'loud' } }, ['"off"|"info"|"warning"|"error"', `detectors`]],
    ['a bad failOn', { failOn: 'fatal' }, ['failOn']],
    ['an empty gazetteer name', { gazetteer: [''] }, ['gazetteer[0]']],
    ['a gazetteer that is not a list', { gazetteer: 'Anna Berger' }, ['gazetteer']],
    ['an unknown language', { language: 'fr' }, ['language']],
    ['an array', [], ['expected object']],
    ['two problems at once', { detectors: { nope: 'off' }, failOn: 'x' }, ['nope', 'failOn']],
  ])('rejects %s with one line naming the file and field', (_name, value, needles) => {
    let error: unknown;
    try {
      parseConfig(value, '"c.json"');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ClaimdiffError);
    const err = error as ClaimdiffError;
    expect(err.code).toBe('E_INVALID_OPTIONS');
    expect(err.message).not.toContain('\n');
    expect(err.message).toContain('"c.json"');
    for (const needle of needles) expect(err.message).toContain(needle);
  });

  it('checks detector ids against the ids it is given', () => {
    expect(parseConfig({ detectors: { mine: 'warning' } }, 'x', ['mine'])).toEqual({ detectors: { mine: 'warning' } });
    expect(() => parseConfig({ detectors: { [ID]: 'off' } }, 'x', ['mine'])).toThrow(/unknown detector id/);
  });

  it('maps a config to compare options, leaving failOn to the caller', () => {
    const config = defineConfig({ detectors: { [ID]: 'off' }, gazetteer: ['Anna Berger'], failOn: 'error', locale: 'de' });
    expect(configToOptions(config)).toEqual({ rules: { [ID]: 'off' }, gazetteer: ['Anna Berger'], locale: 'de' });
    expect(configToOptions({})).toEqual({});
    expect(ConfigSchema.safeParse(config).success).toBe(true);
  });
});
