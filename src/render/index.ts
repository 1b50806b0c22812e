import type { Report } from '../model/schema.js';

export { renderJson } from './json.js';
export { renderMarkdown } from './markdown.js';
export { renderText } from './text.js';
export { renderHtml } from './html.js';

/** Output formats a report can be rendered in. */
export type RenderFormat = 'json' | 'markdown' | 'text' | 'html';
export type { Report };
