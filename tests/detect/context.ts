// Runs one detector the way compare() does, on hand-made articles.
import { alignClaims } from '../../src/align/index.js';
import type { ArticleClaims } from '../../src/extract/types.js';
import { runDetectors } from '../../src/detect/index.js';
import type { Detector } from '../../src/detect/types.js';
import { getPack } from '../../src/lang/index.js';
import type { Finding } from '../../src/model/schema.js';

/** Aligns the articles and runs `detector` with English (or the given locale's) messages. */
export function run(detector: Detector, articles: ArticleClaims[], locale: 'de' | 'en' = 'en', gazetteer: string[] = []): Finding[] {
  const alignment = alignClaims(articles, { gazetteer });
  const lang = new Map(articles.map((a) => [a.id, a.document.language] as const));
  return runDetectors(alignment, [detector], {
    messagesPack: getPack(locale),
    packOf: (id) => getPack(lang.get(id) ?? 'en'),
    gazetteer,
  });
}
