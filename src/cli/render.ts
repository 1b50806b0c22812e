// The CLI's side of rendering: which formats it offers and which options each run passes to `render`.
import { render, RENDER_FORMATS, type RenderFormat } from '../render/index.js';
import type { ArticleInput, Language, Report } from '../index.js';

/**
 * Formats `claimdiff compare --format` accepts: every format the library renders, and `ndjson`, one story's report
 * per line as each story is compared (the library's `compareStories`), for feeds too large to hold one report of.
 */
export const FORMATS: readonly OutputFormat[] = [...RENDER_FORMATS, 'ndjson'];
/** One of `FORMATS`. */
export type OutputFormat = RenderFormat | 'ndjson';

/** What a CLI run knows that renderers may use. */
export interface CliRenderContext {
  color: boolean;
  articles: readonly ArticleInput[];
  locale?: Language | undefined;
  toolVersion: string;
  /** Finding ids confirmed by an editor (`--confirm`), for `claimreview`. */
  confirmed?: readonly string[];
}

/** Renders a report in one format, passing the articles so HTML, SARIF and annotations can quote them. */
export function renderReport(report: Report, format: RenderFormat, context: CliRenderContext): string {
  return render(report, format, {
    articles: context.articles,
    color: context.color,
    toolVersion: context.toolVersion,
    ...(context.locale !== undefined ? { locale: context.locale } : {}),
    ...(context.confirmed !== undefined && context.confirmed.length > 0 ? { confirmed: context.confirmed } : {}),
  });
}
