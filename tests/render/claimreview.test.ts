import { describe, expect, it } from 'vitest';
import { isClaimdiffError } from '../../src/errors.js';
import { renderClaimReview, toClaimReviews } from '../../src/render/claimreview.js';
import { ARTICLE_A, ARTICLE_B, report } from './fixtures.js';

const articles = [
  { id: 'a', text: ARTICLE_A, url: 'https://example.org/a' },
  { id: 'b', text: ARTICLE_B, url: 'https://example.org/b' },
];

describe('renderClaimReview', () => {
  it('writes a ClaimReview only for the confirmed findings', () => {
    const out = JSON.parse(renderClaimReview(report, { articles, confirmed: ['unsourced-claim-22222222'] }));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: 'Beobachter meinen, das Treffen sei überfällig gewesen.',
      itemReviewed: { '@type': 'Claim', appearance: [{ '@type': 'CreativeWork', url: 'https://example.org/b', headline: 'Kanzler Scholtz in Paris' }] },
      reviewRating: { '@type': 'Rating', alternateName: report.findings[2]!.message },
    });
  });

  it('lists every article a confirmed finding appears in, and the reviewer', () => {
    const [review] = toClaimReviews(report, { articles, confirmed: ['name-variant-0a1b2c3d'], reviewer: { name: 'Newsdesk' }, datePublished: '2025-10-30' });
    expect(review).toMatchObject({
      author: { '@type': 'Organization', name: 'Newsdesk' },
      datePublished: '2025-10-30',
      itemReviewed: { appearance: [{ url: 'https://example.org/a' }, { url: 'https://example.org/b' }] },
    });
  });

  it.each([[undefined], [[]]])('is an empty list when nothing is confirmed (%j)', (confirmed) => {
    expect(JSON.parse(renderClaimReview(report, confirmed ? { confirmed } : {}))).toEqual([]);
  });

  it('rejects a confirmed id the report does not have, naming it', () => {
    let err: unknown;
    try {
      renderClaimReview(report, { confirmed: ['no-such-finding'] });
    } catch (e) {
      err = e;
    }
    expect(isClaimdiffError(err) && err.code === 'E_INVALID_OPTIONS' && err.message.includes('"no-such-finding"')).toBe(true);
  });
});
