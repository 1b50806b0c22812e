// Every bad file, article and field of a batch is named in one usage error, so a user fixes the batch in one go.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAllArticles, readArticles, UsageError, type InputFile } from '../../src/cli/inputs.js';

let dir = '';
const file = (name: string): InputFile => ({ path: path.join(dir, name), id: name.replace(/\.[^.]+$/, '') });

/** The usage error a read throws, or undefined when it reads cleanly. */
function failure(read: () => unknown): UsageError | undefined {
  try {
    read();
    return undefined;
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'claimdiff-inputs-'));
  writeFileSync(path.join(dir, 'good.txt'), 'Die Stadt meldete am Montag einen Brand im Hafen.\n');
  writeFileSync(path.join(dir, 'good.json'), JSON.stringify({ id: 'g', text: 'The city reported a fire at the port on Monday.' }));
  // Three bad articles in one file: a wrong type, an unknown language plus a missing text, and no object at all.
  writeFileSync(
    path.join(dir, 'batch.json'),
    JSON.stringify([{ id: 'b1', text: 42 }, { id: 'b2', language: 'fr' }, 'just a string', { id: 'ok', text: 'Fine.' }]),
  );
  writeFileSync(path.join(dir, 'other.json'), JSON.stringify({ id: 'o1', text: 'Fine.', publishedAt: 7 }));
  writeFileSync(path.join(dir, 'broken.json'), '{ "id": ');
  writeFileSync(path.join(dir, 'dup.json'), JSON.stringify([{ id: 'good', text: 'Again.' }, { id: 'x', text: 'One.' }, { id: 'x', text: 'Two.' }]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readAllArticles names every problem at once', () => {
  const cases: [string, string[], number, (string | RegExp)[]][] = [
    [
      'every bad article and field of one file',
      ['batch.json'],
      4,
      ['4 problems in 1 file', /batch\.json" \[0\]: article "b1", `text`: expected string, got number/, /batch\.json" \[1\]: article "b2", `language`/, /batch\.json" \[1\]: article "b2", `text`/, /batch\.json" \[2\]: expected an article object, got string/],
    ],
    [
      'bad articles in several files and an unreadable one',
      ['good.txt', 'batch.json', 'other.json', 'broken.json'],
      6,
      ['6 problems in 3 files', /batch\.json" \[0\]/, /other\.json": article "o1", `publishedAt`/, /invalid JSON in ".*broken\.json"/],
    ],
    ['a file that does not exist among good ones', ['good.txt', 'missing.txt', 'other.json'], 2, [/missing\.txt.*no such file/, /other\.json/]],
    [
      'ids used twice, across files and inside one, with both places',
      ['good.txt', 'dup.json'],
      2,
      [/duplicate article id "good" \(from ".*good\.txt" and ".*dup\.json" \[0\]\)/, /duplicate article id "x" \(from ".*dup\.json" \[1\] and ".*dup\.json" \[2\]\)/],
    ],
  ];
  it.each(cases)('%s', (_name, names, count, needles) => {
    const error = failure(() => readAllArticles(names.map(file)));
    expect(error).toBeInstanceOf(UsageError);
    for (const needle of needles) expect(error!.message).toMatch(needle);
    // One "✖" line per problem after the summary line.
    expect(error!.message.split('\n').filter((l) => l.startsWith('✖'))).toHaveLength(count);
  });

  const valid: [string, string[], string[]][] = [
    ['a text and a JSON article', ['good.txt', 'good.json'], ['good', 'g']],
    ['a single text file', ['good.txt'], ['good']],
  ];
  it.each(valid)('reads %s', (_name, names, ids) => {
    expect(readAllArticles(names.map(file)).map((a) => a.id)).toEqual(ids);
  });

  it('lists the problems in reading order: files as given, items as they stand', () => {
    const error = failure(() => readAllArticles([file('other.json'), file('batch.json')]));
    const places = error!.message.split('\n').slice(1).map((l) => /(other|batch)\.json"(?: \[(\d)\])?/.exec(l)!.slice(1).join(''));
    expect(places).toEqual(['other', 'batch0', 'batch1', 'batch1', 'batch2']);
  });

  it('keeps a single problem on one plain line', () => {
    const error = failure(() => readAllArticles([file('good.txt'), file('other.json')]));
    expect(error!.message).not.toContain('\n');
    expect(error!.message).toMatch(/^"[^"]*other\.json": article "o1", `publishedAt`/);
  });

  it('readArticles names every bad article of its file, not only the first', () => {
    const error = failure(() => readArticles(file('batch.json')));
    expect(error!.message).toContain('"b1"');
    expect(error!.message).toContain('"b2"');
  });
});
