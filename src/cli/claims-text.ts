// A readable view of one article's claim records, for debugging a pipeline by eye.
import type { ArticleClaims, Claim } from '../index.js';

function q(text: string): string {
  return `"${text.replace(/\s+/g, ' ').trim()}"`;
}

function claimLines(claim: Claim): string[] {
  const lines = [`#${claim.index} ${claim.section} ${claim.kind} ${claim.span.start}-${claim.span.end}  ${q(claim.text)}`];
  const add = (label: string, items: string[]): void => {
    if (items.length > 0) lines.push(`    ${label}: ${items.join(', ')}`);
  };
  add('entities', claim.entities.map((e) => `${q(e.text)} ${e.kind}${e.role ? ` (${e.role})` : ''}`));
  add(
    'quantities',
    claim.quantities.map((n) => `${q(n.text)} = ${n.min === n.max ? n.value : `${n.min}..${n.max}`}${n.unit ? ` ${n.unit}` : ''}${n.measure ? ` [${n.measure}]` : ''}`),
  );
  add('dates', claim.dates.map((d) => `${q(d.text)} ${d.kind}${d.value ? ` ${d.value}` : ''}`));
  add('quotes', claim.quotes.map((x) => `${q(x.text)}${x.speaker ? ` (${x.speaker})` : ''}`));
  const a = claim.attribution;
  if (a.kind !== 'none') lines.push(`    attribution: ${a.kind}${a.cue ? ` cue ${q(a.cue)}` : ''}${a.source ? ` source ${q(a.source)}` : ''}`);
  add('hedges', claim.hedges.map((h) => q(h.text)));
  add('citations', claim.citations);
  return lines;
}

/** One block per claim: the sentence, then one line per kind of record it holds. */
export function formatClaimsText(result: ArticleClaims): string {
  const title = result.document.title !== undefined ? ` · ${q(result.document.title)}` : '';
  const lines = [`${result.id} (${result.document.language})${title} · ${result.claims.length} claims`];
  for (const claim of result.claims) {
    lines.push('');
    lines.push(...claimLines(claim));
  }
  return `${lines.join('\n')}\n`;
}
