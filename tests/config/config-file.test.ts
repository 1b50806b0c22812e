import { describe, expect, it } from 'vitest';
import { compare } from '../../src/index.js';
import { configToOptions, parseConfig } from '../../src/config.js';
import { ClaimdiffError } from '../../src/errors.js';

describe('config: words, thresholds, trustedDomains', () => {
  it.each([
    [{ words: { de: { 'extract.vagueSources': ['Zugvogelzähler'] }, en: { 'segment.abbreviations': ['brgdr'] } } }],
    [{ words: {} }],
    [{ thresholds: { claimSimilarity: 0.5 } }],
    [{ thresholds: { claimSimilarity: 0, nameSimilarity: 1 } }],
    [{ trustedDomains: ['example.org', 'www.radio.example.com'] }],
    [{ stories: 'split' }],
  ])('accepts %j', (value) => {
    expect(parseConfig(value)).toEqual(value);
  });

  it.each([
    ['an unknown word list', { words: { de: { 'extract.vagueSource': ['x'] } } }, ['unknown word list "extract.vagueSource"', 'words.de', 'extract.vagueSources']],
    ['an unknown language', { words: { fr: { 'extract.roles': ['maire'] } } }, ['unknown language "fr"', 'words.fr']],
    ['words that are not strings', { words: { en: { 'extract.roles': [3] } } }, ['words.en']],
    ['an empty word', { words: { en: { 'extract.roles': ['  '] } } }, ['non-empty']],
    ['a threshold above 1', { thresholds: { claimSimilarity: 1.2 } }, ['thresholds.claimSimilarity']],
    ['an unknown threshold', { thresholds: { clusterSimilarity: 0.5 } }, ['clusterSimilarity']],
    ['a bad domain', { trustedDomains: ['not a domain'] }, ['trustedDomains[0]', 'domain name']],
    ['an unknown story mode', { stories: 'topics' }, ['stories']],
    ['two problems at once', { words: { de: { nope: [] } }, thresholds: { nameSimilarity: -1 } }, ['"nope"', 'nameSimilarity']],
  ])('rejects %s on one line naming the file and field', (_name, value, needles) => {
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
    for (const n of needles) expect(err.message).toContain(n);
  });

  it('maps the new settings to compare options', () => {
    const config = parseConfig({ words: { en: { 'extract.roles': ['deckhand'] } }, thresholds: { claimSimilarity: 0.4 }, trustedDomains: ['example.org'], stories: 'one' });
    expect(configToOptions(config)).toEqual({
      words: { en: { 'extract.roles': ['deckhand'] } },
      thresholds: { claimSimilarity: 0.4 },
      trustedDomains: ['example.org'],
      stories: 'one',
    });
  });

  it('a config file\'s words change what compare finds', () => {
    const articles = [
      { id: 'a', language: 'en' as const, text: 'Birdwatchers say the winter will be harsh. Mayor Jan Roth opened the bridge on Monday.' },
      { id: 'b', language: 'en' as const, text: 'Mayor Jan Roth opened the bridge on Monday.' },
    ];
    const vague = (config: unknown) =>
      compare(articles, configToOptions(parseConfig(config))).findings.filter((f) => f.code === 'vague-source' && f.claimIds.includes('a#0'));
    expect(vague({})).toHaveLength(0);
    expect(vague({ words: { en: { 'extract.vagueSources': ['Birdwatchers'] } } })).toHaveLength(1);
  });
});

describe('README configuration example', () => {
  it('is a valid config', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### Configuration'));
    const json = /```json\n([^`]*)```/.exec(section)?.[1];
    expect(json).toBeDefined();
    const config = parseConfig(JSON.parse(json!), 'README');
    expect(Object.keys(config)).toEqual(expect.arrayContaining(['words', 'thresholds', 'trustedDomains']));
  });
});
