import { z } from 'zod';
import { ClaimdiffError } from '../errors.js';
import { LanguageSchema, type Language, type Report } from '../model/schema.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';
import { renderHtml } from './html.js';
import { renderSarif } from './sarif.js';
import { renderAnnotations } from './annotations.js';
import { renderClaimReview, type ClaimReviewer } from './claimreview.js';
import type { ArticleRef } from './articles.js';

export { renderJson } from './json.js';
export { renderMarkdown, escapeMarkdown } from './markdown.js';
export { renderText } from './text.js';
export type { TextRenderOptions } from './text.js';
export { renderHtml, escapeHtml } from './html.js';
export type { HtmlRenderOptions } from './html.js';
export { renderSarif, toSarif } from './sarif.js';
export type { SarifRenderOptions } from './sarif.js';
export { renderAnnotations, toAnnotations } from './annotations.js';
export type { AnnotationRenderOptions } from './annotations.js';
export { renderClaimReview, toClaimReviews } from './claimreview.js';
export type { ClaimReviewRenderOptions, ClaimReviewer } from './claimreview.js';
export type { ArticleRef } from './articles.js';

/** Every format `render` accepts, in the order the CLI lists them. */
export const RENDER_FORMATS = ['json', 'markdown', 'text', 'html', 'sarif', 'annotations', 'claimreview'] as const;

/** Output formats a report can be rendered in. */
export type RenderFormat = (typeof RENDER_FORMATS)[number];

/** Options of `render`; each format reads the ones it needs and ignores the rest. */
export interface RenderOptions {
  /** The compared articles (id, text, url, title): HTML shows them side by side, SARIF counts lines, annotations quote. */
  articles?: readonly ArticleRef[];
  /** ANSI colours in `text`; the caller decides from TTY and `NO_COLOR`. */
  color?: boolean;
  /** Context width around evidence in HTML cards, in UTF-16 units. */
  context?: number;
  /** Language of the HTML page's own words and of annotation bodies. */
  locale?: Language;
  /** `claimreview`: ids of the findings an editor has confirmed. */
  confirmed?: readonly string[];
  /** `claimreview`: who reviewed. */
  reviewer?: ClaimReviewer;
  /** `claimreview`: publication date (ISO 8601). */
  datePublished?: string;
  /** `claimreview`: URL of the page publishing the reviews. */
  url?: string;
  /** `sarif`: claimdiff version for `tool.driver.version`. */
  toolVersion?: string;
}

const RenderOptionsSchema = z
  .object({
    articles: z
      .array(z.object({ id: z.string(), text: z.string(), url: z.string().optional(), title: z.string().optional() }).loose())
      .optional(),
    color: z.boolean().optional(),
    context: z.number().int().nonnegative().optional(),
    locale: LanguageSchema.optional(),
    confirmed: z.array(z.string()).optional(),
    reviewer: z
      .object({ name: z.string().min(1), url: z.string().optional(), type: z.enum(['Organization', 'Person']).optional() })
      .strict()
      .optional(),
    datePublished: z.string().optional(),
    url: z.string().optional(),
    toolVersion: z.string().optional(),
  })
  .strict();

/** Renders a report in any format by name: the one entry point the CLI and pipelines call. */
export function render(report: Report, format: RenderFormat, options: RenderOptions = {}): string {
  if (!(RENDER_FORMATS as readonly string[]).includes(format)) {
    throw new ClaimdiffError('E_INVALID_OPTIONS', `Unknown render format "${String(format)}"; expected one of ${RENDER_FORMATS.join(', ')}`, {
      option: 'format',
    });
  }
  const parsed = RenderOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) {
    throw new ClaimdiffError('E_INVALID_OPTIONS', `Invalid render options:\n${z.prettifyError(parsed.error)}`);
  }
  const o = options ?? {};
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'markdown':
      return renderMarkdown(report);
    case 'text':
      return renderText(report, { color: o.color === true });
    case 'html':
      return renderHtml(report, { ...pick(o, ['articles', 'context', 'locale']) });
    case 'sarif':
      return renderSarif(report, { ...pick(o, ['articles', 'toolVersion']) });
    case 'annotations':
      return renderAnnotations(report, { ...pick(o, ['articles', 'locale']) });
    case 'claimreview':
      return renderClaimReview(report, { ...pick(o, ['articles', 'confirmed', 'reviewer', 'datePublished', 'url']) });
  }
}

// exactOptionalPropertyTypes-safe: copies only the options that are set.
function pick<K extends keyof RenderOptions>(o: RenderOptions, keys: readonly K[]): Pick<RenderOptions, K> {
  const out: Partial<RenderOptions> = {};
  for (const k of keys) if (o[k] !== undefined) (out as Record<string, unknown>)[k] = o[k];
  return out as Pick<RenderOptions, K>;
}

export type { Report };
