import { describe, expect, it } from 'vitest';
import { builtinDetectors, compare, defineDetector, renderMarkdown } from '../src/index.js';

// The README's examples, run as written, so the documentation cannot drift from the API.
describe('README examples', () => {
  it('a custom detector joins the built-in ones', () => {
    const longClaims = defineDetector({
      id: 'long-claim',
      description: 'Claims longer than 400 characters are hard to check.',
      severity: 'info',
      detect: (alignment) =>
        alignment.claims
          .filter((c) => c.text.length > 400)
          .map((c) => ({
            code: 'too-long',
            message: `A claim of ${c.text.length} characters is hard to check.`,
            claimIds: [c.id],
            evidence: [{ articleId: c.articleId, text: c.text, span: c.span }],
            data: { length: c.text.length },
          })),
    });
    const long = `Die Stadt ${'und die Region '.repeat(40)}hat am Montag beschlossen.`;
    const report = compare([{ id: 'a', text: long }, { id: 'b', text: 'Die Stadt hat am Montag beschlossen.' }], {
      detectors: [...builtinDetectors, longClaims],
    });
    const found = report.findings.filter((f) => f.detector === 'long-claim');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe(`A claim of ${long.length} characters is hard to check.`);
    expect(found[0]!.evidence[0]!.text).toBe(long);
  });

  it('compare and renderMarkdown as in the quick example', () => {
    const report = compare([
      { id: 'kurier', text: 'Bürgermeisterin Anna Keller eröffnete am Montag die Brücke.' },
      { id: 'nord', text: 'Bürgermeisterin Anna Kellerr eröffnete am Montag die Brücke.', language: 'de' },
      { id: 'times', text: '<h1>Bridge opens</h1><p>Mayor Anna Keller opened the bridge on Monday.</p>', format: 'html' },
    ]);
    expect(report.findings.map((f) => f.detector)).toContain('name-variant');
    expect(renderMarkdown(report)).toContain('Kellerr');
  });
});
