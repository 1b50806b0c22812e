import type { Report } from '../model/schema.js';

export { renderJson } from './json.js';
export { renderMarkdown, escapeMarkdown } from './markdown.js';
export { renderText } from './text.js';
export type { TextRenderOptions } from './text.js';
export { renderHtml, escapeHtml } from './html.js';
export type { HtmlRenderOptions } from './html.js';

/** Output formats a report can be rendered in. */
export type RenderFormat = 'json' | 'markdown' | 'text' | 'html';
export type { Report };
