import type { Claim, Entity, Finding, Report, SkippedBlock } from '../model/schema.js';
import { findingOrder, sortFindings } from '../detect/index.js';
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

// One story's share of a joined report, with its entity renames applied.
interface StoryPart {
  report: Report;
  claims: Claim[];
  entities: Entity[];
  findings: Finding[];
}

const byId = (a: { id: string }, b: { id: string }): number => byCodeUnit(a.id, b.id);
// The order a report lists its claims in: by article, then by position in the article.
const claimOrder = (a: Claim, b: Claim): number => byCodeUnit(a.articleId, b.articleId) || a.index - b.index;

/**
 * `mergeReports` kept up to date story by story, for an index whose stories change a few at a time. After a change,
 * only the changed stories' lines are placed (by binary search in lists kept sorted), and entity renames are worked
 * out again only for the ids those stories name; the rest is one copy of each list for the report handed out.
 * Its reports equal `mergeReports` of the same story reports (the index's property tests hold it to that).
 */
export class ReportJoin {
  private readonly stories = new Map<unknown, Report>();
  private readonly parts = new Map<Report, StoryPart>();
  /** Per entity id, the stories whose reports name it: an id named by several is renamed in all but the first. */
  private readonly owners = new Map<string, Report[]>();
  /** Per story, its renames as last worked out. */
  private readonly renames = new Map<Report, Map<string, string>>();
  private readonly firsts = new WeakMap<Report, string>();
  private articles: Report['articles'] = [];
  private entities: Entity[] = [];
  private clusters: Report['clusters'] = [];
  private findings: Finding[] = [];
  private claims: Claim[] = [];
  private readonly skippedOf = new Map<string, SkippedBlock[]>();
  private pendingIn = new Set<Report>();
  private pendingOut = new Set<Report>();

  /** Sets (or replaces) the report of the story under `key`. */
  set(key: unknown, report: Report): void {
    const old = this.stories.get(key);
    if (old === report) return;
    if (old) this.leave(old);
    this.stories.set(key, report);
    if (this.pendingOut.has(report)) this.pendingOut.delete(report);
    else this.pendingIn.add(report);
  }

  /** Drops the story under `key`. */
  delete(key: unknown): void {
    const old = this.stories.get(key);
    if (!old) return;
    this.stories.delete(key);
    this.leave(old);
  }

  /** Number of stories held. */
  get size(): number {
    return this.stories.size;
  }

  /** The report of the one story held, as it was given (a report of one story is that story's report). */
  only(): Report | undefined {
    if (this.stories.size !== 1) return undefined;
    for (const r of this.stories.values()) return r;
    return undefined;
  }

  /** Drops every story. */
  clear(): void {
    for (const key of [...this.stories.keys()]) this.delete(key);
  }

  /** The joined report of the stories held now. */
  report(): Report {
    if (this.pendingIn.size > 0 || this.pendingOut.size > 0) this.apply();
    const report: Report = {
      version: 1,
      articles: this.articles.slice(),
      claims: this.claims.slice(),
      entities: this.entities.slice(),
      clusters: this.clusters.slice(),
      findings: this.findings.slice(),
    };
    if (this.skippedOf.size > 0) {
      // Few articles have headings: their blocks in article order, each article's in reading order.
      const skipped: SkippedBlock[] = [];
      for (const id of [...this.skippedOf.keys()].sort(byCodeUnit)) skipped.push(...(this.skippedOf.get(id) as SkippedBlock[]));
      report.skipped = skipped;
    }
    return report;
  }

  private leave(report: Report): void {
    if (this.pendingIn.has(report)) this.pendingIn.delete(report);
    else this.pendingOut.add(report);
  }

  private first(report: Report): string {
    let f = this.firsts.get(report);
    if (f === undefined) this.firsts.set(report, (f = firstArticle(report)));
    return f;
  }

  private apply(): void {
    const gone = new Set<Report>(this.pendingOut);
    const coming = [...this.pendingIn];
    this.pendingIn = new Set();
    this.pendingOut = new Set();
    // The ids whose rename chains may change: those the changed stories name, and for an id of the form `x-n`, the
    // chain of `x`, whose free suffixes it takes or gives back.
    const dirty = new Set<string>();
    const touch = (id: string): void => {
      dirty.add(id);
      const m = /^(.*)-\d+$/.exec(id);
      if (m) dirty.add(m[1] as string);
    };
    for (const r of gone) {
      for (const e of r.entities) {
        touch(e.id);
        const list = this.owners.get(e.id) as Report[];
        list.splice(list.indexOf(r), 1);
        if (list.length === 0) this.owners.delete(e.id);
      }
      this.renames.delete(r);
    }
    for (const r of coming) {
      for (const e of r.entities) {
        touch(e.id);
        const list = this.owners.get(e.id);
        if (list) list.push(r);
        else this.owners.set(e.id, [r]);
      }
      this.renames.set(r, new Map());
    }
    // Each chain as `mergeReports` makes it: the owners in order of their first article; the first keeps the id, each
    // later one takes the next `id-n` (n from 2) that no story names. Chains of different ids never meet.
    const changed = new Set<Report>(coming);
    for (const id of dirty) {
      const list = this.owners.get(id);
      if (!list) continue;
      if (list.length > 1) list.sort((a, b) => byCodeUnit(this.first(a), this.first(b)));
      let n = 2;
      list.forEach((r, k) => {
        const rename = this.renames.get(r) as Map<string, string>;
        let name: string | undefined;
        if (k > 0) {
          while (this.owners.has(`${id}-${n}`)) n++;
          name = `${id}-${n}`;
          n++;
        }
        if (rename.get(id) === name) return;
        if (name === undefined) rename.delete(id);
        else rename.set(id, name);
        changed.add(r);
      });
    }
    // A story whose renames changed leaves the lists and comes back with its new names.
    const out: StoryPart[] = [];
    for (const r of gone) {
      out.push(this.parts.get(r) as StoryPart);
      this.parts.delete(r);
    }
    const into: StoryPart[] = [];
    for (const r of changed) {
      const old = this.parts.get(r);
      if (old) out.push(old);
      const part = storyPart(r, this.renames.get(r) as Map<string, string>);
      this.parts.set(r, part);
      into.push(part);
    }
    this.update(out, into);
  }

  private update(out: readonly StoryPart[], into: readonly StoryPart[]): void {
    for (const p of out) for (const a of p.report.articles) this.skippedOf.delete(a.id);
    for (const p of into) {
      for (const b of p.report.skipped ?? []) {
        let list = this.skippedOf.get(b.articleId);
        if (!list) this.skippedOf.set(b.articleId, (list = []));
        list.push(b);
      }
    }
    const gone = lines(out);
    const come = lines(into);
    this.articles = replaceSorted(this.articles, gone.articles, come.articles, byId);
    for (let i = 1; i < this.articles.length; i++) {
      const id = (this.articles[i] as Report['articles'][number]).id;
      if (id === (this.articles[i - 1] as Report['articles'][number]).id) {
        throw new ClaimdiffError('E_DUPLICATE_ID', `The article "${id}" is in more than one story report`, { id });
      }
    }
    this.claims = replaceSorted(this.claims, gone.claims, come.claims, claimOrder);
    this.entities = replaceSorted(this.entities, gone.entities, come.entities, byId);
    this.clusters = replaceSorted(this.clusters, gone.clusters, come.clusters, byId);
    this.findings = replaceSorted(this.findings, gone.findings, come.findings, findingOrder);
  }
}

// The lines of some stories, list by list (loops, not spread pushes: one story may hold 100,000 claims).
function lines(parts: readonly StoryPart[]): Pick<Report, 'articles' | 'claims' | 'entities' | 'clusters' | 'findings'> {
  const out: Pick<Report, 'articles' | 'claims' | 'entities' | 'clusters' | 'findings'> = { articles: [], claims: [], entities: [], clusters: [], findings: [] };
  for (const p of parts) {
    for (const a of p.report.articles) out.articles.push(a);
    for (const c of p.claims) out.claims.push(c);
    for (const e of p.entities) out.entities.push(e);
    for (const c of p.report.clusters) out.clusters.push(c);
    for (const f of p.findings) out.findings.push(f);
  }
  return out;
}

function storyPart(report: Report, rename: ReadonlyMap<string, string>): StoryPart {
  return {
    report,
    claims: rename.size > 0 ? report.claims.map((c) => renamedClaim(c, rename)) : report.claims,
    entities: rename.size > 0 ? report.entities.map((e) => {
      const id = rename.get(e.id);
      return id === undefined ? e : { ...e, id };
    }) : report.entities,
    findings: rename.size > 0 ? report.findings.map((f) => renamedFinding(f, rename)) : report.findings,
  };
}

// `sorted` (in `order`, a total order) without the items of `out` (all in it) and with those of `into`: each is placed
// by binary search, and the rest of the list is copied once.
function replaceSorted<T>(sorted: readonly T[], out: T[], into: T[], order: (a: T, b: T) => number): T[] {
  if (out.length === 0 && into.length === 0) return sorted as T[];
  const at = (x: T): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (order(sorted[mid] as T, x) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const drop: number[] = [];
  for (const x of out) {
    const i = at(x);
    if (sorted[i] === x) drop.push(i);
  }
  drop.sort((a, b) => a - b);
  into.sort(order);
  // The kept runs of the list are copied as slices (native copies), one per gap between changes.
  const parts: T[][] = [];
  let from = 0;
  let d = 0;
  const copy = (to: number): void => {
    while (from < to) {
      const stop = d < drop.length && (drop[d] as number) < to ? (drop[d] as number) : to;
      if (stop > from) parts.push(sorted.slice(from, stop));
      from = stop;
      if (stop < to) {
        from++;
        d++;
      }
    }
  };
  let run: T[] = [];
  for (const x of into) {
    const i = at(x);
    if (i > from) {
      if (run.length > 0) parts.push(run);
      run = [];
      copy(i);
    }
    run.push(x);
  }
  if (run.length > 0) parts.push(run);
  copy(sorted.length);
  return concatAll(parts);
}

// One array of many: `concat` takes them in batches, as a call takes only so many arguments.
function concatAll<T>(parts: readonly T[][]): T[] {
  if (parts.length === 1) return parts[0] as T[];
  let out: T[] = [];
  for (let i = 0; i < parts.length; i += 4096) out = out.concat(...parts.slice(i, i + 4096));
  return out;
}
