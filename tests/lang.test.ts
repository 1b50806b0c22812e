import { describe, expect, it } from 'vitest';
import { packs } from '../src/index.js';

// A new language is a new folder with the same files: this test holds every pack to the same shape.
function shape(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return [`${path}[]`];
  if (value && typeof value === 'object') {
    return Object.keys(value)
      .sort()
      .flatMap((k) => {
        const child = (value as Record<string, unknown>)[k];
        // Keyed word maps (month names, message codes) differ by language; only their presence is shape.
        const isWordMap = child && typeof child === 'object' && !Array.isArray(child) && Object.values(child).every((v) => typeof v !== 'object');
        return isWordMap ? [`${path}.${k}{}`] : shape(child, `${path}.${k}`);
      });
  }
  return [`${path}:${typeof value}`];
}

function emptyLists(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.length === 0 ? [path] : [];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => emptyLists(v, `${path}.${k}`));
  }
  return [];
}

describe('language packs', () => {
  const entries = Object.entries(packs);

  it('has a German and an English pack', () => {
    expect(Object.keys(packs).sort()).toEqual(['de', 'en']);
  });

  it.each(entries)('%s has the same fields as every other pack', (_code, pack) => {
    expect(shape(pack)).toEqual(shape(packs.en));
  });

  it('leaves no word list empty in every pack (a list may be empty where a language lacks the feature)', () => {
    const emptyEverywhere = emptyLists(packs.en).filter((path) => entries.every(([, p]) => emptyLists(p).includes(path)));
    expect(emptyEverywhere).toEqual([]);
  });

  it.each(entries)('%s carries its own code', (code, pack) => {
    expect(pack.code).toBe(code);
  });

  it.each(entries)('%s has a message for every detector code the other packs know', (_code, pack) => {
    for (const other of Object.values(packs)) {
      for (const [detector, codes] of Object.entries(other.messages)) {
        for (const c of Object.keys(codes)) expect(pack.messages[detector]?.[c], `${detector}/${c}`).toBeTypeOf('string');
      }
    }
  });
});
