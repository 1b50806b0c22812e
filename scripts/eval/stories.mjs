// Scores a comparison report against a story's gold.json (the format of the seed stories).
// Used by `npm run eval` and by the test suite, so the numbers people read and the numbers tests assert agree.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';

/** Lower-cases, folds quotes/dashes and whitespace, drops edge punctuation: gold texts are often fragments. */
export function fold(text) {
  return text
    .normalize('NFC')
    .replace(/[„“”‟«»"]/g, '"')
    .replace(/[‚‘’‛']/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'.,;:]+|[\s"'.,;:!?]+$/g, '')
    .toLowerCase();
}

const idOf = (file) => basename(file, extname(file));

/** Loads the articles a gold file names, as ArticleInput objects with the file name (sans extension) as id. */
export function loadStory(goldPath) {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
  const dir = resolve(dirname(goldPath), gold.articlesDir ?? '.');
  const files = gold.articles ?? readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const articles = files.map((f) => ({ id: idOf(f), text: readFileSync(join(dir, f), 'utf8') }));
  return { gold, articles, name: basename(dirname(goldPath)) };
}

function claimTexts(report, finding) {
  const byId = new Map(report.claims.map((c) => [c.id, c]));
  const texts = finding.evidence.map((e) => ({ articleId: e.articleId, text: fold(e.text) }));
  for (const id of finding.claimIds) {
    const c = byId.get(id);
    if (c) texts.push({ articleId: c.articleId, text: fold(c.text) });
  }
  return texts;
}

function covers(texts, article, goldText) {
  const g = fold(goldText);
  const id = idOf(article);
  return texts.some((t) => t.articleId === id && (t.text.includes(g) || (t.text.length > 20 && g.includes(t.text))));
}

const lastToken = (name) => fold(name).split(' ').pop();

/** Precision/recall rows for one story: name variants, unsourced claims, single-source recall, entity sanity, sentence counts. */
export function scoreStory(report, gold) {
  const rows = [];
  const byDetector = (d) => report.findings.filter((f) => f.detector === d);

  // name-variant: a finding matches a gold group when its forms cover every gold spelling.
  const nv = byDetector('name-variant');
  const groups = gold.nameVariants ?? [];
  const formTokens = (f) => {
    const forms = Array.isArray(f.data?.forms) ? f.data.forms.map((x) => x.text) : [];
    return new Set([...forms, ...f.evidence.map((e) => e.text)].map(lastToken));
  };
  let nvTp = 0;
  const matchedGroups = new Set();
  const inconsistency = { expected: 0, found: 0 };
  for (const f of nv) {
    const tokens = formTokens(f);
    const gi = groups.findIndex((g) => g.forms.every((form) => tokens.has(lastToken(form))));
    if (gi >= 0) {
      nvTp++;
      matchedGroups.add(gi);
      const want = (groups[gi].inconsistentArticles ?? []).map(idOf).sort();
      const got = [...(f.data?.inconsistentArticles ?? [])].sort();
      inconsistency.expected += want.length;
      inconsistency.found += want.filter((w) => got.includes(w)).length - got.filter((g) => !want.includes(g)).length;
    }
  }
  rows.push(row('name-variant', nvTp, nv.length - nvTp, groups.length - matchedGroups.size));
  if (inconsistency.expected > 0) {
    rows.push({ detector: 'name-variant (self-inconsistent article named)', tp: Math.max(0, inconsistency.found), fp: 0, fn: inconsistency.expected - Math.max(0, inconsistency.found) });
  }

  // unsourced-claim: every gold entry must be flagged; nothing in `sourced` may be.
  const un = byDetector('unsourced-claim');
  const unsourced = gold.unsourced ?? [];
  let unTp = 0;
  const hit = new Set();
  for (const f of un) {
    const texts = claimTexts(report, f);
    const gi = unsourced.findIndex((u) => covers(texts, u.article, u.text));
    if (gi >= 0) {
      unTp++;
      hit.add(gi);
    }
  }
  rows.push(row('unsourced-claim', unTp, un.length - unTp, unsourced.length - hit.size));

  // single-source: recall of the gold list (the gold is not exhaustive, so precision is not scored).
  const ss = byDetector('single-source');
  if (gold.singleSource) {
    const texts = ss.flatMap((f) => claimTexts(report, f));
    const found = gold.singleSource.filter((s) => covers(texts, s.article, s.text)).length;
    rows.push({ detector: 'single-source (recall only)', tp: found, fp: null, fn: gold.singleSource.length - found });
  }

  // Conflict detectors: a finding matches a gold conflict when it has evidence overlapping every gold text in
  // that article. Scored when the gold lists the detector's conflicts (or says the sources agree); any other finding
  // of the detector is a false positive, and so is one that matches a listed agreement.
  for (const [detector, key, agreements] of CONFLICT_KEYS) {
    if (!(key in gold) && !(gold.agreeing && detector !== 'hedge-mismatch')) continue;
    const findings = byDetector(detector);
    const conflicts = gold[key] ?? [];
    const agreed = agreements ? gold[agreements] ?? [] : [];
    let tp = 0;
    let fp = 0;
    const matched = new Set();
    for (const f of findings) {
      const gi = conflicts.findIndex((c) => matchesConflict(report, f, c));
      if (gi >= 0 && !agreed.some((c) => matchesConflict(report, f, c))) {
        tp++;
        matched.add(gi);
      } else fp++;
    }
    rows.push(row(detector, tp, fp, conflicts.length - matched.size));
  }

  // input-hygiene: every gold boilerplate occurrence must lie in a finding's evidence; findings covering none are false positives.
  if (gold.boilerplate) {
    const ih = byDetector('input-hygiene');
    const found = gold.boilerplate.filter((b) => ih.some((f) => evidenceOverlaps(report, f, b.article, b.text))).length;
    const fp = ih.filter((f) => !gold.boilerplate.some((b) => evidenceOverlaps(report, f, b.article, b.text))).length;
    rows.push(row('input-hygiene', found, fp, gold.boilerplate.length - found));
  }

  // Conflicts in a story whose sources agree are all false positives (a hedge is a difference in certainty, not a conflict).
  if (gold.agreeing) {
    const conflicts = report.findings.filter((f) => /^(name-variant|numeric-mismatch|date-mismatch|quote-mismatch)$/.test(f.detector));
    rows.push({ detector: 'conflicts in agreeing story', tp: 0, fp: conflicts.length, fn: 0 });
  }

  // Entity sanity: words that must never be people, and people that must never be merged.
  const persons = report.entities.filter((e) => e.kind === 'person');
  const notPersons = (gold.notPersons ?? []).map(fold);
  const wrongPersons = persons.filter((e) => e.variants.some((v) => notPersons.includes(fold(v.text))));
  rows.push({ detector: 'entities: not-a-person violations', tp: notPersons.length - wrongPersons.length, fp: wrongPersons.length, fn: 0 });
  const merged = (gold.distinctEntities ?? []).filter(([a, b]) =>
    persons.some((e) => {
      const vs = e.variants.map((v) => fold(v.text));
      return vs.includes(fold(a)) && vs.includes(fold(b));
    }),
  );
  rows.push({ detector: 'entities: distinct people merged', tp: (gold.distinctEntities ?? []).length - merged.length, fp: merged.length, fn: 0 });

  // Sentence counts per article.
  if (gold.sentences) {
    const counts = Object.entries(gold.sentences);
    const ok = counts.filter(([file, n]) => report.articles.find((a) => a.id === idOf(file))?.sentenceCount === n).length;
    rows.push({ detector: 'sentence counts match', tp: ok, fp: null, fn: counts.length - ok });
  }
  return rows;
}

/** Gold keys of the conflict detectors: [detector id, conflicts key, agreements key]. */
const CONFLICT_KEYS = [
  ['numeric-mismatch', 'numericConflicts', 'numericAgreements'],
  ['date-mismatch', 'dateConflicts', null],
  ['quote-mismatch', 'quoteConflicts', null],
  ['hedge-mismatch', 'hedgeConflicts', null],
];

/**
 * Where a gold text lies in the original article: claims carry the exact original slice and its span, so the gold
 * text is looked up inside them (exactly, then case-insensitively) and turned into absolute spans.
 */
function goldSpans(report, article, text) {
  const id = idOf(article);
  const out = [];
  const lower = text.toLowerCase();
  for (const c of report.claims) {
    if (c.articleId !== id) continue;
    for (const [hay, needle] of [[c.text, text], [c.text.toLowerCase(), lower]]) {
      let at = hay.indexOf(needle);
      while (at >= 0) {
        out.push({ start: c.span.start + at, end: c.span.start + at + needle.length });
        at = hay.indexOf(needle, at + 1);
      }
      if (out.length) break;
    }
  }
  return out;
}

function evidenceOverlaps(report, finding, article, text) {
  const id = idOf(article);
  const spans = goldSpans(report, article, text);
  const evidence = finding.evidence.filter((e) => e.articleId === id);
  if (spans.length === 0) {
    // A text outside every claim (boilerplate): compare the texts themselves.
    const g = fold(text);
    return evidence.some((e) => fold(e.text).includes(g) || g.includes(fold(e.text)));
  }
  return evidence.some((e) => spans.some((s) => e.span.start < s.end && s.start < e.span.end));
}

/** A finding matches a gold conflict when, for every gold evidence, it has an overlapping evidence span in that article. */
function matchesConflict(report, finding, conflict) {
  return (conflict.evidence ?? []).length > 0 && conflict.evidence.every((g) => evidenceOverlaps(report, finding, g.article, g.text));
}

function row(detector, tp, fp, fn) {
  return { detector, tp, fp, fn };
}

/**
 * Every gold story of the project plus the seeds when `../shared/seeds` exists. Stories under
 * tests/fixtures/holdout* were written without sight of the rules and are never tuned on: `holdout: true`.
 */
export function storyPaths(root) {
  const out = [];
  const seeds = resolve(root, '../shared/seeds/gold.json');
  if (existsSync(seeds)) out.push({ name: 'seeds (shared)', path: seeds, holdout: false });
  const fixtures = join(root, 'tests/fixtures');
  const folders = readdirSync(fixtures).filter((f) => f === 'stories' || f.startsWith('holdout')).sort();
  for (const folder of folders) {
    const holdout = folder !== 'stories';
    const dir = join(fixtures, folder);
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name, 'gold.json');
      if (existsSync(p)) out.push({ name: holdout ? `${folder}/${name}` : name, path: p, holdout });
    }
  }
  return out;
}
