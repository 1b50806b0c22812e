import type { ArticleInput, Finding, Language, Report, Severity } from '../model/schema.js';
import { chromeFor, localSummary, type Chrome } from './i18n.js';
import { countBySeverity, foldSpace, readNameDiffs, readWordings, scalarData, SEVERITIES, snap, spanFits, truncate, type DiffPart } from './shared.js';

/** Options of `renderHtml`. */
export interface HtmlRenderOptions {
  /**
   * The compared articles (the report holds only spans, not texts). When given, the sources are shown side by side with
   * every evidence span highlighted, evidence is shown in its surrounding text, and titles link to `url`.
   */
  articles?: readonly Pick<ArticleInput, 'id' | 'text' | 'url' | 'title'>[];
  /** How many UTF-16 units of context to show on each side of an evidence span in a card (default 80). */
  context?: number;
  /** Language of the page's own words (headings, labels); finding messages keep the language `compare` wrote them in. */
  locale?: Language;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attributes alike: every report string passes through here. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

// Most severe first: the colour of text several findings share is the one of the most severe.
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

// Inline CSS only: the page must work offline, from an e-mail attachment, and on a phone.
// Colour is never the only signal: severities also differ in underline style and in the badge text.
const STYLE = `
:root{--fg:#1d1f23;--bg:#fafafa;--card:#fff;--muted:#5b6270;--line:#dde1e6;--error:#c62828;--warning:#b26a00;--info:#0277bd;--ins:#d7f5dd;--del:#fbe0e0;--mark:#fff3b0;--hl-error:#fdd9d7;--hl-warning:#ffe8b8;--hl-info:#d8ecfb;--focus:#6a1b9a}
@media (prefers-color-scheme:dark){:root{--fg:#e6e8eb;--bg:#15171a;--card:#1e2125;--muted:#a0a7b4;--line:#343941;--error:#ef6b6b;--warning:#f0b04a;--info:#5cb8f0;--ins:#1f4d2b;--del:#5a2323;--mark:#5a4d12;--hl-error:#5c2424;--hl-warning:#4f3a12;--hl-info:#173a55;--focus:#d59cf0}}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:90rem;margin:0 auto;padding:1rem;overflow-wrap:anywhere}
a{color:inherit}
.skip{position:absolute;left:-100vw}.skip:focus{left:1rem;top:.5rem;background:var(--card);padding:.25rem .5rem;z-index:1}
h1{font-size:1.5rem;margin:.5rem 0}
h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
h3{font-size:1.05rem;margin:1rem 0 .4rem}
.counts{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0;margin:.5rem 0}
.counts li{padding:.1rem .6rem;border-radius:1rem;border:1px solid var(--line);font-size:.9rem}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;margin:.75rem 0}
.filters fieldset{border:1px solid var(--line);border-radius:.4rem;margin:0;padding:.2rem .75rem .4rem;display:flex;flex-wrap:wrap;gap:.2rem 1rem}
.filters label{white-space:nowrap}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.95rem}
table{overflow-wrap:normal}td:first-child{overflow-wrap:anywhere}th{white-space:nowrap}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
td.num,th.num{text-align:right}
.cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,22rem),1fr));gap:1rem}
.src{background:var(--card);border:1px solid var(--line);border-radius:.4rem;padding:.5rem 1rem;min-width:0}
.src h3{margin:.25rem 0}
.src .meta{color:var(--muted);font-size:.85rem;margin:0 0 .5rem}
.src .text{white-space:pre-wrap;overflow-wrap:anywhere;font-size:.95rem;margin:0}
@media (min-width:48rem){.src .text{max-height:75vh;overflow-y:auto}}
.legend{color:var(--muted);font-size:.85rem}
.hl{color:inherit;text-decoration:none;border-radius:.15rem;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.hl.error{background:var(--hl-error);border-bottom:2px solid var(--error)}
.hl.warning{background:var(--hl-warning);border-bottom:2px dashed var(--warning)}
.hl.info{background:var(--hl-info);border-bottom:2px dotted var(--info)}
.hl.multi{text-decoration:underline double;text-underline-offset:.2em}
.hl:target{outline:3px solid var(--focus)}
.hl:focus-visible,.finding:focus-visible,a:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.finding{background:var(--card);border:1px solid var(--line);border-left:.35rem solid var(--muted);border-radius:.4rem;padding:.75rem 1rem;margin:.75rem 0}
.finding.error{border-left-color:var(--error)}.finding.warning{border-left-color:var(--warning)}.finding.info{border-left-color:var(--info)}
.finding:target{box-shadow:0 0 0 3px var(--focus)}
.badge{display:inline-block;font-size:.75rem;font-weight:600;text-transform:uppercase;letter-spacing:.04em;color:#fff;background:var(--muted);border-radius:.25rem;padding:0 .4rem}
.error .badge{background:var(--error)}.warning .badge{background:var(--warning)}.info .badge{background:var(--info)}
.rule{color:var(--muted);font-size:.85rem;margin-left:.4rem}
.message{margin:.4rem 0;font-weight:600}
.label{color:var(--muted);font-size:.85rem}
.diffs{margin:.4rem 0;padding-left:1.2rem}
.diff{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.words{margin:.4rem 0}
ins{background:var(--ins);text-decoration:none}del{background:var(--del)}
dl.data{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .75rem;margin:.4rem 0;font-size:.9rem}
dl.data dt{color:var(--muted)}dl.data dd{margin:0}
.evidence{list-style:none;padding:0;margin:.5rem 0 0}
.evidence li{margin:.5rem 0}
.source{font-weight:600}.span{color:var(--muted);font-size:.85rem;margin-left:.3rem}.jump{font-size:.85rem;margin-left:.5rem}
blockquote{margin:.2rem 0 0;padding:.2rem .75rem;border-left:3px solid var(--line)}
mark{background:var(--mark);color:inherit}
.context{color:var(--muted)}.context mark{color:var(--fg)}
.finding.error mark{background:var(--hl-error)}.finding.warning mark{background:var(--hl-warning)}.finding.info mark{background:var(--hl-info)}
@media (max-width:30rem){main{padding:.5rem}.finding,.src{padding:.6rem .7rem}body{font-size:15px}dl.data{grid-template-columns:1fr}}
@media print{body{background:#fff;color:#000;font-size:11pt}.filters,.skip,.jump{display:none}main{max-width:none;padding:0}
.cols{display:block}.src{border:0;padding:0;margin:0 0 1rem}.src .text{max-height:none;overflow:visible}
.finding{break-inside:avoid;border-color:#999}.hl,.badge,ins,del,mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}a{text-decoration:none}}
`;

function safeUrl(url: string | undefined): string | undefined {
  // Only web links: a javascript: or data: URL from an article must never become clickable.
  return url !== undefined && /^https?:\/\//i.test(url) ? url : undefined;
}

function contextHtml(text: string, start: number, end: number, width: number): string | undefined {
  if (!spanFits({ start, end }, text.length)) return undefined;
  const from = snap(text, Math.max(0, start - width), -1);
  const to = snap(text, Math.min(text.length, end + width), 1);
  const before = `${from > 0 ? '…' : ''}${foldSpace(text.slice(from, start)).trimStart()}`;
  const after = `${foldSpace(text.slice(end, to)).trimEnd()}${to < text.length ? '…' : ''}`;
  return `${escapeHtml(before)}<mark>${escapeHtml(foldSpace(text.slice(start, end)))}</mark>${escapeHtml(after)}`;
}

// Controls other than tab and line breaks are invalid in HTML text; one-for-one replacement keeps offsets aligned.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

function sourceText(text: string): string {
  return escapeHtml(text.replace(CONTROL, '\ufffd'));
}

function diffHtml(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.removed ? `<del>${escapeHtml(p.value)}</del>` : p.added ? `<ins>${escapeHtml(p.value)}</ins>` : escapeHtml(p.value))).join('');
}

/** Stable, attribute-safe element ids: the finding id when it is plain and unique, else its position. */
function cardIds(findings: readonly Finding[]): string[] {
  const seen = new Set<string>();
  return findings.map((f, i) => {
    const id = /^[A-Za-z0-9_-]{1,100}$/.test(f.id) && !seen.has(f.id) ? `finding-${f.id}` : `finding-${i + 1}`;
    seen.add(f.id);
    return id;
  });
}

const evidenceId = (i: number, j: number): string => `ev-${i + 1}-${j + 1}`;

interface Hit {
  start: number;
  end: number;
  finding: number;
  evidence: number;
}

interface PageContext {
  report: Report;
  chrome: Chrome;
  cards: string[];
  /** Class per detector id, by position, so no report string ever becomes a CSS selector. */
  detectorClass: Map<string, string>;
  texts: Map<string, string>;
}

/**
 * One article's text with every evidence span marked. Overlapping spans are cut at every span boundary into segments;
 * each segment is one link coloured by the most severe finding covering it, so spans never need to nest.
 */
function highlightedText(articleId: string, text: string, page: PageContext): string {
  const { report, cards } = page;
  const hits: Hit[] = [];
  report.findings.forEach((f, i) =>
    f.evidence.forEach((e, j) => {
      if (e.articleId === articleId && spanFits(e.span, text.length)) hits.push({ start: e.span.start, end: e.span.end, finding: i, evidence: j });
    }),
  );
  if (hits.length === 0) return sourceText(text);
  const bounds = [...new Set([0, text.length, ...hits.flatMap((h) => [h.start, h.end])])].sort((a, b) => a - b);
  const startsAt = new Map<number, Hit[]>();
  const endsAt = new Map<number, Hit[]>();
  for (const h of hits) {
    const s = startsAt.get(h.start);
    if (s) s.push(h);
    else startsAt.set(h.start, [h]);
    const e = endsAt.get(h.end);
    if (e) e.push(h);
    else endsAt.set(h.end, [h]);
  }
  const active = new Set<Hit>();
  const out: string[] = [];
  for (let k = 0; k < bounds.length; k++) {
    const at = bounds[k]!;
    for (const h of endsAt.get(at) ?? []) active.delete(h);
    const starting = (startsAt.get(at) ?? []).sort((a, b) => a.finding - b.finding || a.evidence - b.evidence);
    for (const h of starting) if (h.end > h.start) active.add(h);
    const next = bounds[k + 1];
    const segment = next === undefined ? '' : text.slice(at, next);
    // Empty spans, and spans sharing a start with an earlier one, get an empty anchor so every card link has a target.
    const own = segment.length > 0 ? starting.find((h) => h.end > at) : undefined;
    for (const h of starting) if (h !== own) out.push(`<span id="${evidenceId(h.finding, h.evidence)}"></span>`);
    if (segment.length === 0) continue;
    if (active.size === 0) {
      out.push(sourceText(segment));
      continue;
    }
    const covering = [...new Set([...active].map((h) => h.finding))].sort(
      (a, b) => RANK[report.findings[a]!.severity] - RANK[report.findings[b]!.severity] || a - b,
    );
    const top = report.findings[covering[0]!]!;
    // The segment a card links to links back to that same card; other segments lead to their most severe finding.
    const target = own ? own.finding : covering[0]!;
    const title = covering.map((i) => truncate(foldSpace(report.findings[i]!.message), 140)).join('\n');
    const classes = `hl ${top.severity} ${page.detectorClass.get(top.detector) ?? ''}${covering.length > 1 ? ' multi' : ''}`;
    const id = own ? ` id="${evidenceId(own.finding, own.evidence)}"` : '';
    out.push(`<a class="${classes}"${id} href="#${cards[target]}" title="${escapeHtml(title)}">${sourceText(segment)}</a>`);
  }
  return out.join('');
}

function sourcesSection(page: PageContext, urls: ReadonlyMap<string, string | undefined>, titles: ReadonlyMap<string, string | undefined>): string {
  const cols: string[] = [];
  for (const a of page.report.articles) {
    const text = page.texts.get(a.id);
    if (text === undefined) continue;
    const url = safeUrl(urls.get(a.id));
    const title = a.title ?? titles.get(a.id) ?? a.id;
    const link = url ? ` · <a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(truncate(url, 60))}</a>` : '';
    cols.push(
      `<article class="src" lang="${escapeHtml(a.language)}" aria-label="${escapeHtml(title)}"><h3>${escapeHtml(title)}</h3><p class="meta">${escapeHtml(a.id)}${link}</p><div class="text">${highlightedText(a.id, text, page)}</div></article>`,
    );
  }
  if (cols.length === 0) return '';
  return `<section id="sources" aria-labelledby="h-sources"><h2 id="h-sources">${escapeHtml(page.chrome.sources)}</h2><p class="legend">${escapeHtml(page.chrome.legend)}</p><div class="cols">${cols.join('')}</div></section>`;
}

function articleTable(report: Report, chrome: Chrome, urls: ReadonlyMap<string, string | undefined>): string {
  const rows = report.articles.map((a) => {
    const url = safeUrl(urls.get(a.id));
    const title = a.title ? escapeHtml(a.title) : '–';
    const titleCell = url ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${title}</a>` : title;
    return `<tr><td>${escapeHtml(a.id)}</td><td lang="${escapeHtml(a.language)}">${titleCell}</td><td>${escapeHtml(a.language)}</td><td class="num">${a.sentenceCount}</td><td class="num">${a.claimCount}</td></tr>`;
  });
  const head = [chrome.article, chrome.articleTitle, chrome.language].map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  return `<div class="table-wrap"><table><thead><tr>${head}<th class="num">${escapeHtml(chrome.sentences)}</th><th class="num">${escapeHtml(chrome.claims)}</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function findingCard(f: Finding, index: number, page: PageContext, languages: ReadonlyMap<string, string>, width: number, locale: string): string {
  const { chrome } = page;
  const cardId = page.cards[index]!;
  const parts: string[] = [];
  parts.push(
    `<article class="finding ${f.severity} ${page.detectorClass.get(f.detector) ?? ''}" id="${escapeHtml(cardId)}" tabindex="0" aria-labelledby="${escapeHtml(cardId)}-msg">`,
  );
  parts.push(`<div><span class="badge">${escapeHtml(chrome.badge[f.severity])}</span><span class="rule">${escapeHtml(f.detector)}/${escapeHtml(f.code)}</span></div>`);
  parts.push(`<p class="message" id="${escapeHtml(cardId)}-msg">${escapeHtml(f.message)}</p>`);
  const diffs = readNameDiffs(f.data);
  if (diffs.length > 0) {
    const items = diffs.map(
      (d) => `<li><span class="diff">${diffHtml(d.parts)}</span> ${escapeHtml(d.variant)} (${escapeHtml(chrome.versus)} ${escapeHtml(d.canonical)})</li>`,
    );
    parts.push(`<div class="spellings"><span class="label">${escapeHtml(chrome.nameSpellings)}</span><ul class="diffs">${items.join('')}</ul></div>`);
  }
  const wordings = readWordings(f.data, locale);
  if (wordings.length > 0) {
    const items = wordings.map((w) => {
      const who = w.from !== undefined && w.to !== undefined ? `<span class="label">${escapeHtml(w.from)} → ${escapeHtml(w.to)}</span> ` : '';
      return `<li>${who}<span class="words">${diffHtml(w.parts)}</span></li>`;
    });
    parts.push(`<div class="wording"><span class="label">${escapeHtml(chrome.wording)}</span><ul class="diffs">${items.join('')}</ul></div>`);
  }
  const data = scalarData(f.data);
  if (data.length > 0) {
    parts.push(`<dl class="data">${data.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`);
  }
  if (f.evidence.length > 0) {
    const items = f.evidence.map((e, j) => {
      const lang = languages.get(e.articleId);
      const langAttr = lang ? ` lang="${escapeHtml(lang)}"` : '';
      const source = page.texts.get(e.articleId);
      const inContext = source === undefined ? undefined : contextHtml(source, e.span.start, e.span.end, width);
      const quote = inContext ?? escapeHtml(e.text);
      const jump = inContext ? `<a class="jump" href="#${evidenceId(index, j)}">${escapeHtml(chrome.showInSource)}</a>` : '';
      return `<li><span class="source">${escapeHtml(e.articleId)}</span><span class="span">${e.span.start}–${e.span.end}</span>${jump}<blockquote${langAttr}${inContext ? ' class="context"' : ''}>${quote}</blockquote></li>`;
    });
    parts.push(`<ul class="evidence">${items.join('')}</ul>`);
  }
  parts.push('</article>');
  return parts.join('\n');
}

/** CSS-only filters: the page needs no script, and without `:has()` support every finding simply stays visible. */
function filterStyle(detectorClass: ReadonlyMap<string, string>): string {
  const rules = SEVERITIES.map(
    (s) => `body:has(#flt-${s}:not(:checked)) .group.${s}{display:none}body:has(#flt-${s}:not(:checked)) .hl.${s}{background:none;border-bottom-color:transparent}`,
  );
  for (const cls of detectorClass.values()) {
    rules.push(`body:has(#flt-${cls}:not(:checked)) .finding.${cls}{display:none}body:has(#flt-${cls}:not(:checked)) .hl.${cls}{background:none;border-bottom-color:transparent}`);
  }
  return rules.join('\n');
}

function filtersForm(report: Report, chrome: Chrome, detectorClass: ReadonlyMap<string, string>): string {
  if (report.findings.length === 0) return '';
  const counts = countBySeverity(report.findings);
  const sev = SEVERITIES.filter((s) => counts[s] > 0).map(
    (s) => `<label><input type="checkbox" id="flt-${s}" checked> ${escapeHtml(chrome.heading[s])} (${counts[s]})</label>`,
  );
  const perDetector = new Map<string, number>();
  for (const f of report.findings) perDetector.set(f.detector, (perDetector.get(f.detector) ?? 0) + 1);
  const det = [...detectorClass].map(
    ([id, cls]) => `<label><input type="checkbox" id="flt-${cls}" checked> ${escapeHtml(id)} (${perDetector.get(id) ?? 0})</label>`,
  );
  return `<form class="filters" aria-label="${escapeHtml(chrome.filters)}"><fieldset><legend>${escapeHtml(chrome.bySeverity)}</legend>${sev.join('')}</fieldset><fieldset><legend>${escapeHtml(chrome.byDetector)}</legend>${det.join('')}</fieldset></form>`;
}

/**
 * The report as one self-contained HTML5 page: summary, filters, the sources side by side with every evidence span
 * highlighted, and a card per finding linking to its spans (and each span back to its card).
 */
export function renderHtml(report: Report, options: HtmlRenderOptions = {}): string {
  const chrome = chromeFor(options.locale);
  const locale = options.locale ?? 'en';
  const width = Math.max(0, Math.floor(options.context ?? 80));
  const texts = new Map<string, string>();
  const urls = new Map<string, string | undefined>();
  const titles = new Map<string, string | undefined>();
  for (const a of options.articles ?? []) {
    texts.set(a.id, a.text);
    urls.set(a.id, a.url);
    titles.set(a.id, a.title);
  }
  const detectors = [...new Set(report.findings.map((f) => f.detector))].sort();
  const detectorClass = new Map(detectors.map((d, i) => [d, `det${i + 1}`] as const));
  const page: PageContext = { report, chrome, cards: cardIds(report.findings), detectorClass, texts };
  const languages = new Map(report.articles.map((a) => [a.id, a.language] as const));
  const counts = countBySeverity(report.findings);
  const body: string[] = [];
  body.push(`<a class="skip" href="#findings">${escapeHtml(chrome.skipToFindings)}</a>`);
  body.push('<header>', `<h1>${escapeHtml(chrome.title)}</h1>`);
  body.push(`<p class="summary">${escapeHtml(chrome.articlesCompared(report.articles.length))} · ${escapeHtml(localSummary(chrome, counts, report.findings.length))}</p>`);
  body.push(`<ul class="counts">${SEVERITIES.map((s) => `<li class="${s}">${escapeHtml(chrome.severity[s](counts[s]))}</li>`).join('')}</ul>`);
  body.push(filtersForm(report, chrome, detectorClass), '</header>');
  body.push('<section aria-labelledby="h-articles">', `<h2 id="h-articles">${escapeHtml(chrome.articles)}</h2>`, articleTable(report, chrome, urls), '</section>');
  const sources = sourcesSection(page, urls, titles);
  if (sources) body.push(sources);
  body.push('<section id="findings" aria-labelledby="h-findings">', `<h2 id="h-findings">${escapeHtml(chrome.findingsHeading)}</h2>`);
  if (report.findings.length === 0) body.push(`<p>${escapeHtml(chrome.noFindings)}</p>`);
  for (const severity of SEVERITIES) {
    const indices = report.findings.map((f, i) => (f.severity === severity ? i : -1)).filter((i) => i >= 0);
    if (indices.length === 0) continue;
    body.push(`<section class="group ${severity}">`, `<h3>${escapeHtml(chrome.heading[severity])}</h3>`);
    for (const i of indices) body.push(findingCard(report.findings[i]!, i, page, languages, width, locale));
    body.push('</section>');
  }
  body.push('</section>');
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(chrome.title)}</title>`,
    `<style>${STYLE}${filterStyle(detectorClass)}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body.filter((s) => s !== ''),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
