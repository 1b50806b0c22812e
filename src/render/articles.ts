import type { ArticleInput } from '../model/schema.js';

/** What the interchange renderers need of an article: its text for lines and quotes, its url to point at. */
export type ArticleRef = Pick<ArticleInput, 'id' | 'text' | 'url' | 'title'>;

/** Articles by id; the report only holds ids and spans, so texts and urls come from the caller. */
export function articleMap(articles: readonly ArticleRef[] | undefined): Map<string, ArticleRef> {
  return new Map((articles ?? []).map((a) => [a.id, a] as const));
}

/** An absolute URL as given, or the article id as a relative URI reference (each path segment percent-encoded). */
export function articleUri(id: string, url: string | undefined): string {
  if (url !== undefined && URL.canParse(url)) return url;
  return id.split('/').map(encodeURIComponent).join('/');
}
