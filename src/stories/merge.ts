import type { Claim, Entity, Finding, Report, SkippedBlock } from '../model/schema.js';
import { sortFindings } from '../detect/index.js';
import { ClaimdiffError } from '../errors.js';
import { byCodeUnit } from '../detect/util.js';

/**
 * Joins the reports of separate stories into one report, ordered as a report of one run is: articles, claims,
 * entities, clusters and findings each in their usual order. Entity ids are made per story from the canonical name,
 * so two stories can both have `person:merz`; the later story's entity is renamed (`person:merz-2`, the form
 * namesakes take within one story) wherever the report names it. The story reports are not changed, and their
 * order does not matter.
 */
export function mergeReports(given: readonly Report[]): Report {
  if (!Array.isArray(given)) throw new ClaimdiffError('E_INVALID_INPUT', `Expected \`reports\` to be an array of reports, got ${typeof given}`);
  // Stories in the order of their first article, so which story's entity keeps an id does not depend on the order given.
  const reports = [...given].sort((a, b) => byCodeUnit(firstArticle(a), firstArticle(b)));
  const renames = renameEntities(reports);
  const articles = reports.flatMap((r) => r.articles).sort((a, b) => byCodeUnit(a.id, b.id));
  // Stories hold disjoint articles; one article in two reports would be listed, and its claims checked, twice.
  for (let i = 1; i < articles.length; i++) {
    const id = (articles[i] as Report['articles'][number]).id;
    if (id === (articles[i - 1] as Report['articles'][number]).id) {
      throw new ClaimdiffError('E_DUPLICATE_ID', `The article "${id}" is in more than one of the reports given to mergeReports`, { id });
    }
  }
  // Each story lists its claims by article, then position; gathered per article, they come out as one run lists them.
  const claimsOf = new Map<string, Claim[]>();
  const entities: Entity[] = [];
  const findings: Finding[] = [];
  const skipped: SkippedBlock[] = [];
  reports.forEach((r, s) => {
    const rename = renames[s] as Map<string, string>;
    for (const c of r.claims) {
      const claim = rename.size > 0 ? renamedClaim(c, rename) : c;
      let list = claimsOf.get(c.articleId);
      if (!list) claimsOf.set(c.articleId, (list = []));
      list.push(claim);
    }
    for (const e of r.entities) {
      const id = rename.get(e.id);
      entities.push(id === undefined ? e : { ...e, id });
    }
    for (const f of r.findings) findings.push(rename.size > 0 ? renamedFinding(f, rename) : f);
    if (r.skipped) skipped.push(...r.skipped);
  });
  const claims: Claim[] = [];
  for (const a of articles) {
    const list = claimsOf.get(a.id);
    if (list) for (const c of list) claims.push(c);
  }
  const report: Report = {
    version: 1,
    articles,
    claims,
    entities: entities.sort((a, b) => byCodeUnit(a.id, b.id)),
    clusters: reports.flatMap((r) => r.clusters).sort((a, b) => byCodeUnit(a.id, b.id)),
    findings: sortFindings(findings),
  };
  // A stable sort by article keeps each article's blocks in reading order, as one run lists them.
  if (skipped.length > 0) report.skipped = skipped.sort((a, b) => byCodeUnit(a.articleId, b.articleId));
  return report;
}

// Per story, the entity ids taken by an earlier story and their new names. A new name is the id with the first
// free `-n` suffix, free meaning used by no story at all, so a rename never collides with another story's own id.
function renameEntities(reports: readonly Report[]): Array<Map<string, string>> {
  const all = new Set<string>();
  for (const r of reports) for (const e of r.entities) all.add(e.id);
  const taken = new Set<string>();
  return reports.map((r) => {
    const rename = new Map<string, string>();
    for (const e of r.entities) {
      if (!taken.has(e.id)) {
        taken.add(e.id);
        continue;
      }
      let n = 2;
      while (all.has(`${e.id}-${n}`) || taken.has(`${e.id}-${n}`)) n++;
      const id = `${e.id}-${n}`;
      taken.add(id);
      rename.set(e.id, id);
    }
    return rename;
  });
}

function renamedClaim(c: Claim, rename: ReadonlyMap<string, string>): Claim {
  if (!c.entities.some((e) => e.entityId !== undefined && rename.has(e.entityId))) return c;
  return {
    ...c,
    entities: c.entities.map((e) => {
      const id = e.entityId === undefined ? undefined : rename.get(e.entityId);
      return id === undefined ? e : { ...e, entityId: id };
    }),
  };
}

// Detectors name entities by id in their data (`entityId`, a quote's `speakerKey`); any top-level string of the
// data that is a renamed id is renamed, so a custom detector's fields are covered too.
function renamedFinding(f: Finding, rename: ReadonlyMap<string, string>): Finding {
  const data = f.data as Record<string, unknown> | undefined;
  if (!data) return f;
  let copy: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(data)) {
    const id = typeof v === 'string' ? rename.get(v) : undefined;
    if (id === undefined) continue;
    copy ??= { ...data };
    copy[k] = id;
  }
  return copy ? { ...f, data: copy as Finding['data'] } : f;
}

function firstArticle(r: Report): string {
  let first = '';
  for (const a of r.articles) if (first === '' || a.id < first) first = a.id;
  return first;
}
