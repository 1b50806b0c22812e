import type { ArticleInput, Finding, Report, Severity } from '../model/schema.js';
import { countBySeverity, foldSpace, plural, readDiffs, scalarData, SEVERITIES, summaryLine } from './shared.js';

/** Options of `renderHtml`. */
export interface HtmlRenderOptions {
  /** The compared articles; when given, evidence is shown in its surrounding text and titles link to `url`. */
  articles?: readonly Pick<ArticleInput, 'id' | 'text' | 'url'>[];
  /** How many UTF-16 units of context to show on each side of an evidence span (default 80). */
  context?: number;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attributes alike: every report string passes through here. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const HEADING: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };

// Inline CSS only: the page must work offline, from an e-mail attachment, and on a phone.
const STYLE = `
:root{--fg:#1d1f23;--bg:#fafafa;--card:#fff;--muted:#5b6270;--line:#dde1e6;--error:#c62828;--warning:#b26a00;--info:#0277bd;--ins:#d7f5dd;--del:#fbe0e0;--mark:#fff3b0}
@media (prefers-color-scheme:dark){:root{--fg:#e6e8eb;--bg:#15171a;--card:#1e2125;--muted:#a0a7b4;--line:#343941;--error:#ef6b6b;--warning:#f0b04a;--info:#5cb8f0;--ins:#1f4d2b;--del:#5a2323;--mark:#5a4d12}}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.5rem 0}
h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
.counts{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0;margin:.5rem 0}
.counts li{padding:.1rem .6rem;border-radius:1rem;border:1px solid var(--line);font-size:.9rem}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
td.num,th.num{text-align:right}
.finding{background:var(--card);border:1px solid var(--line);border-left:.35rem solid var(--muted);border-radius:.4rem;padding:.75rem 1rem;margin:.75rem 0;overflow-wrap:anywhere}
.finding.error{border-left-color:var(--error)}.finding.warning{border-left-color:var(--warning)}.finding.info{border-left-color:var(--info)}
.badge{display:inline-block;font-size:.75rem;font-weight:600;text-transform:uppercase;letter-spacing:.04em;color:#fff;background:var(--muted);border-radius:.25rem;padding:0 .4rem}
.error .badge{background:var(--error)}.warning .badge{background:var(--warning)}.info .badge{background:var(--info)}
.rule{color:var(--muted);font-size:.85rem;margin-left:.4rem}
.message{margin:.4rem 0;font-weight:600}
.diffs{margin:.4rem 0;padding-left:1.2rem}
.diff{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
ins{background:var(--ins);text-decoration:none}del{background:var(--del)}
dl.data{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .75rem;margin:.4rem 0;font-size:.9rem}
dl.data dt{color:var(--muted)}dl.data dd{margin:0}
.evidence{list-style:none;padding:0;margin:.5rem 0 0}
.evidence li{margin:.5rem 0}
.source{font-weight:600}.span{color:var(--muted);font-size:.85rem;margin-left:.3rem}
blockquote{margin:.2rem 0 0;padding:.2rem .75rem;border-left:3px solid var(--line)}
mark{background:var(--mark);color:inherit}
.context{color:var(--muted)}
@media (max-width:30rem){main{padding:.5rem}.finding{padding:.6rem .7rem}body{font-size:15px}}
`;

function safeUrl(url: string | undefined): string | undefined {
  // Only web links: a javascript: or data: URL from an article must never become clickable.
  return url !== undefined && /^https?:\/\//i.test(url) ? url : undefined;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function contextHtml(text: string, start: number, end: number, width: number): string | undefined {
  if (start > end || end > text.length) return undefined;
  let from = Math.max(0, start - width);
  let to = Math.min(text.length, end + width);
  if (from > 0 && isHighSurrogate(text.charCodeAt(from - 1))) from -= 1;
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to += 1;
  const before = `${from > 0 ? '…' : ''}${foldSpace(text.slice(from, start)).trimStart()}`;
  const after = `${foldSpace(text.slice(end, to)).trimEnd()}${to < text.length ? '…' : ''}`;
  return `${escapeHtml(before)}<mark>${escapeHtml(foldSpace(text.slice(start, end)))}</mark>${escapeHtml(after)}`;
}

function articleTable(report: Report, urls: ReadonlyMap<string, string | undefined>): string {
  const rows = report.articles.map((a) => {
    const url = safeUrl(urls.get(a.id));
    const title = a.title ? escapeHtml(a.title) : '–';
    const titleCell = url ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${title}</a>` : title;
    return `<tr><td>${escapeHtml(a.id)}</td><td lang="${a.language}">${titleCell}</td><td>${a.language}</td><td class="num">${a.sentenceCount}</td><td class="num">${a.claimCount}</td></tr>`;
  });
  return `<div class="table-wrap"><table><thead><tr><th>Article</th><th>Title</th><th>Language</th><th class="num">Sentences</th><th class="num">Claims</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function findingCard(
  f: Finding,
  languages: ReadonlyMap<string, string>,
  texts: ReadonlyMap<string, string>,
  width: number,
): string {
  const parts: string[] = [];
  parts.push(`<article class="finding ${f.severity}" id="${escapeHtml(`finding-${f.id}`)}">`);
  parts.push(`<div><span class="badge">${f.severity}</span><span class="rule">${escapeHtml(f.detector)}/${escapeHtml(f.code)}</span></div>`);
  parts.push(`<p class="message">${escapeHtml(f.message)}</p>`);
  const diffs = readDiffs(f.data);
  if (diffs.length > 0) {
    const items = diffs.map((d) => {
      const marked = d.parts
        .map((p) => (p.removed ? `<del>${escapeHtml(p.value)}</del>` : p.added ? `<ins>${escapeHtml(p.value)}</ins>` : escapeHtml(p.value)))
        .join('');
      return `<li><span class="diff">${marked}</span> ${escapeHtml(d.variant)} (vs. ${escapeHtml(d.canonical)})</li>`;
    });
    parts.push(`<ul class="diffs">${items.join('')}</ul>`);
  }
  const data = scalarData(f.data);
  if (data.length > 0) {
    parts.push(`<dl class="data">${data.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`);
  }
  if (f.evidence.length > 0) {
    const items = f.evidence.map((e) => {
      const lang = languages.get(e.articleId);
      const langAttr = lang ? ` lang="${escapeHtml(lang)}"` : '';
      const source = texts.get(e.articleId);
      const inContext = source === undefined ? undefined : contextHtml(source, e.span.start, e.span.end, width);
      const quote = inContext ?? escapeHtml(e.text);
      return `<li><span class="source">${escapeHtml(e.articleId)}</span><span class="span">${e.span.start}–${e.span.end}</span><blockquote${langAttr}${inContext ? ' class="context"' : ''}>${quote}</blockquote></li>`;
    });
    parts.push(`<ul class="evidence">${items.join('')}</ul>`);
  }
  parts.push('</article>');
  return parts.join('\n');
}

/** The report as one self-contained HTML5 page: summary, article table and a card per finding with its evidence. */
export function renderHtml(report: Report, options: HtmlRenderOptions = {}): string {
  const width = Math.max(0, Math.floor(options.context ?? 80));
  const texts = new Map<string, string>();
  const urls = new Map<string, string | undefined>();
  for (const a of options.articles ?? []) {
    texts.set(a.id, a.text);
    urls.set(a.id, a.url);
  }
  const languages = new Map(report.articles.map((a) => [a.id, a.language] as const));
  const counts = countBySeverity(report.findings);
  const body: string[] = [];
  body.push('<header>', '<h1>claimdiff report</h1>');
  body.push(`<p class="summary">${plural(report.articles.length, 'article')} compared · ${summaryLine(report)}</p>`);
  body.push(`<ul class="counts">${SEVERITIES.map((s) => `<li class="${s}">${plural(counts[s], s)}</li>`).join('')}</ul>`, '</header>');
  body.push('<section>', '<h2>Articles</h2>', articleTable(report, urls), '</section>');
  body.push('<section>', '<h2>Findings</h2>');
  if (report.findings.length === 0) body.push('<p>No findings.</p>');
  for (const severity of SEVERITIES) {
    const group = report.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    body.push(`<h3>${HEADING[severity]}</h3>`);
    for (const f of group) body.push(findingCard(f, languages, texts, width));
  }
  body.push('</section>');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>claimdiff report</title>',
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
