// The CLI's side of rendering: which formats it offers and which options each run passes to `render`.
import { render, RENDER_FORMATS, type RenderFormat } from '../render/index.js';
import type { ArticleInput, Language, Report } from '../index.js';

/** Formats `claimdiff compare --format` accepts: every format the library renders. */
export const FORMATS: readonly RenderFormat[] = RENDER_FORMATS;
/** One of `FORMATS`. */
export type OutputFormat = RenderFormat;

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
export function renderReport(report: Report, format: OutputFormat, context: CliRenderContext): string {
  return render(report, format, {
    articles: context.articles,
    color: context.color,
    toolVersion: context.toolVersion,
    ...(context.locale !== undefined ? { locale: context.locale } : {}),
    ...(context.confirmed !== undefined && context.confirmed.length > 0 ? { confirmed: context.confirmed } : {}),
  });
}
