import type { Finding, Report, Severity } from '../model/schema.js';
import { oneLine, readNameDiffs, readWordings, scalarData, SEVERITIES, summaryLine, plural, type DiffPart } from './shared.js';

// Inline characters that start emphasis, links, code, HTML, tables, strikethrough or entities anywhere on a line.
const INLINE_SPECIAL = /[\\`*[\]<>|~&]/g;
// An underscore between letters or digits can neither open nor close emphasis (CommonMark), so file-like ids stay readable.
const EDGE_UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
// At the start of a line these begin headings, quotes, lists or setext underlines.
const LINE_START = /^([#>+=-])/;
const ORDERED_START = /^(\d{1,9})([.)])/;

/** Escapes article or report text so it renders literally and cannot break the surrounding Markdown layout. */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(INLINE_SPECIAL, '\\$&').replace(EDGE_UNDERSCORE, '\\_').replace(LINE_START, '\\$1').replace(ORDERED_START, '$1\\$2');
}

const HEADING: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };

function articleTable(report: Report): string[] {
  const rows = ['| Article | Title | Language | Sentences | Claims |', '| --- | --- | --- | ---: | ---: |'];
  for (const a of report.articles) {
    const title = a.title ? escapeMarkdown(a.title) : '–';
    rows.push(`| ${escapeMarkdown(a.id)} | ${title} | ${a.language} | ${a.sentenceCount} | ${a.claimCount} |`);
  }
  return rows;
}

function diffNotation(parts: readonly DiffPart[]): string {
  // wdiff notation ([-removed-]{+added+}) reads in plain text and in rendered Markdown alike.
  return parts
    .map((p) => (p.removed ? `[-${p.value}-]` : p.added ? `{+${p.value}+}` : p.value))
    .join('');
}

function findingBlock(f: Finding, locale: string): string[] {
  const out = [`### ${escapeMarkdown(f.message)}`, '', `${escapeMarkdown(f.detector)} · ${escapeMarkdown(f.code)} · ${escapeMarkdown(f.id)}`, ''];
  const data = scalarData(f.data);
  for (const [key, value] of data) out.push(`- ${escapeMarkdown(key)}: ${escapeMarkdown(value)}`);
  for (const d of readNameDiffs(f.data)) {
    out.push(`- ${escapeMarkdown(d.variant)} (vs. ${escapeMarkdown(d.canonical)}): ${escapeMarkdown(diffNotation(d.parts))}`);
  }
  const wordings = readWordings(f.data, locale);
  for (const w of wordings) {
    const who = w.from !== undefined && w.to !== undefined ? ` ${escapeMarkdown(`(${w.from} → ${w.to})`)}` : '';
    out.push(`- wording${who}: ${escapeMarkdown(diffNotation(w.parts))}`);
  }
  if (data.length > 0 || readNameDiffs(f.data).length > 0 || wordings.length > 0) out.push('');
  for (const e of f.evidence) {
    // The blank line after each quote stops the next source from being lazily continued into it.
    out.push(`**${escapeMarkdown(e.articleId)}** (${e.span.start}–${e.span.end}):`, '', `> ${escapeMarkdown(e.text)}`, '');
  }
  return out;
}

/** The report as Markdown: a table of the articles and the findings grouped by severity, evidence quoted per source. */
export function renderMarkdown(report: Report): string {
  const lines = ['# claimdiff report', '', `${plural(report.articles.length, 'article')} compared · ${summaryLine(report)}`, ''];
  lines.push(...articleTable(report), '');
  if (report.findings.length === 0) {
    lines.push('No findings.', '');
  } else {
    for (const severity of SEVERITIES) {
      const group = report.findings.filter((f) => f.severity === severity);
      if (group.length === 0) continue;
      lines.push(`## ${HEADING[severity]}`, '');
      // Word boundaries follow the articles' language; reports are sorted, so the first article is a stable choice.
      for (const f of group) lines.push(...findingBlock(f, report.articles[0]?.language ?? 'en'));
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
