import { ClaimdiffError } from '../errors.js';
import type { Finding, Report } from '../model/schema.js';
import { articleMap, articleUri, type ArticleRef } from './articles.js';

/** Who reviewed the claims: a newsroom or a person, as schema.org `author`. */
export interface ClaimReviewer {
  name: string;
  url?: string;
  type?: 'Organization' | 'Person';
}

/** Options of `renderClaimReview`. */
export interface ClaimReviewRenderOptions {
  /** Ids of the findings an editor has confirmed; only these become ClaimReviews. */
  confirmed?: readonly string[];
  /** The compared articles: their `url` is where the claim appears. */
  articles?: readonly ArticleRef[];
  reviewer?: ClaimReviewer;
  /** Publication date of the reviews (ISO 8601), when known; never taken from the clock so output stays reproducible. */
  datePublished?: string;
  /** URL of the page that publishes the reviews. */
  url?: string;
}

function claimText(report: Report, f: Finding, claims: ReadonlyMap<string, string>): string {
  for (const id of f.claimIds) {
    const text = claims.get(id);
    if (text !== undefined) return text;
  }
  return f.evidence[0]?.text ?? f.message;
}

/** schema.org ClaimReview objects for the confirmed findings, in report order, as plain data. */
export function toClaimReviews(report: Report, options: ClaimReviewRenderOptions = {}): Array<Record<string, unknown>> {
  const byId = new Map(report.findings.map((f) => [f.id, f] as const));
  const confirmed = new Set(options.confirmed ?? []);
  for (const id of confirmed) {
    // A confirmation of a finding the report does not have is a caller mistake (a stale id, a typo).
    if (!byId.has(id)) {
      throw new ClaimdiffError('E_INVALID_OPTIONS', `Confirmed finding "${id}" is not in the report`, { option: 'confirmed', findingId: id });
    }
  }
  const articles = articleMap(options.articles);
  const claims = new Map(report.claims.map((c) => [c.id, c.text] as const));
  const titles = new Map(report.articles.map((a) => [a.id, a.title] as const));
  const reviewer = options.reviewer
    ? { author: { '@type': options.reviewer.type ?? 'Organization', name: options.reviewer.name, ...(options.reviewer.url ? { url: options.reviewer.url } : {}) } }
    : {};
  return report.findings
    .filter((f) => confirmed.has(f.id))
    .map((f) => {
      const appearing = [...new Set(f.evidence.map((e) => e.articleId))];
      return {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        identifier: f.id,
        ...(options.url ? { url: options.url } : {}),
        ...(options.datePublished ? { datePublished: options.datePublished } : {}),
        ...reviewer,
        claimReviewed: claimText(report, f, claims),
        itemReviewed: {
          '@type': 'Claim',
          appearance: appearing.map((id) => {
            const ref = articles.get(id);
            const title = titles.get(id) ?? ref?.title;
            return { '@type': 'CreativeWork', url: articleUri(id, ref?.url), ...(title ? { headline: title } : {}) };
          }),
        },
        reviewRating: {
          '@type': 'Rating',
          alternateName: f.message,
          name: `${f.detector}/${f.code}`,
        },
        reviewBody: f.message,
      };
    });
}

/** The confirmed findings as a JSON array of schema.org ClaimReview JSON-LD objects (empty when none is confirmed). */
export function renderClaimReview(report: Report, options: ClaimReviewRenderOptions = {}): string {
  return `${JSON.stringify(toClaimReviews(report, options), null, 2)}\n`;
}
