// The detectors of one run share tables (claims per cluster, measure concepts, anchor words): the findings must be
// the same whether the detectors run together, one at a time, twice over one alignment, or outside `runDetectors`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignClaims } from '../../src/align/index.js';
import { builtinDetectors, runDetectors, sortFindings } from '../../src/detect/index.js';
import type { DetectorContext } from '../../src/detect/types.js';
import { extractClaims } from '../../src/pipeline.js';
import { getPack } from '../../src/lang/index.js';

const stories = fileURLToPath(new URL('../fixtures/stories/', import.meta.url));
const names = existsSync(stories) ? readdirSync(stories).sort().slice(0, 8) : [];

function setUp(name: string) {
  const dir = join(stories, name);
  const extracted = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => extractClaims({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8') }));
  const lang = new Map(extracted.map((a) => [a.id, a.document.language] as const));
  const context: DetectorContext = { messagesPack: getPack('en'), packOf: (id) => getPack(lang.get(id) ?? 'en'), gazetteer: [] };
  return { alignment: alignClaims(extracted), context };
}

describe.skipIf(names.length === 0)('running the detectors over one alignment', () => {
  it.each(names)('%s: all at once equals one detector at a time', (name) => {
    const { alignment, context } = setUp(name);
    const together = runDetectors(alignment, builtinDetectors, context);
    const alone = sortFindings(builtinDetectors.flatMap((d) => runDetectors(alignment, [d], context)));
    expect(together).toEqual(alone);
  });

  it.each(names)('%s: a second run over the same alignment finds the same', (name) => {
    const { alignment, context } = setUp(name);
    const first = JSON.stringify(runDetectors(alignment, builtinDetectors, context));
    expect(JSON.stringify(runDetectors(alignment, builtinDetectors, context))).toBe(first);
  });

  it.each(names)('%s: a detector called directly drafts what runDetectors reports', (name) => {
    const { alignment, context } = setUp(name);
    for (const detector of builtinDetectors) {
      const drafts = detector.detect(alignment, context);
      const findings = runDetectors(alignment, [detector], context);
      expect(new Set(drafts.map((d) => JSON.stringify([d.code, d.data]))).size).toBe(new Set(findings.map((f) => JSON.stringify([f.code, f.data]))).size);
    }
  });
});
