// The annotated stories as one feed: every article of every story in one `compare`, as a desk would pass a day's
// articles. Measures how `splitStories` groups them (pairs of articles put together or apart, against the stories
// they came from) and what each story's detectors score when it is checked inside the feed rather than alone:
// with `stories: 'one'` every article is checked against every other, with `'split'` story by story.
import { loadStory, scoreStory } from './stories.mjs';

// Article ids in the feed are `<story>␞<file id>`; the separator cannot occur in a file name.
const SEP = '\u241e';

// The part of a feed report that concerns one story, with the story's prefix taken off every id, so the story's
// own gold scores it: its claims and entities, and every finding with evidence in it (a finding that joins two
// stories counts against both).
function storyPart(report, story) {
  const prefix = `${story}${SEP}`;
  const mine = (id) => typeof id === 'string' && id.startsWith(prefix);
  const part = {
    ...report,
    articles: report.articles.filter((a) => mine(a.id)),
    claims: report.claims.filter((c) => mine(c.articleId)),
    entities: report.entities.filter((e) => e.variants.some((v) => v.articleIds.some(mine))),
    clusters: report.clusters.filter((c) => c.claimIds.some(mine)),
    findings: report.findings.filter((f) => f.evidence.some((e) => mine(e.articleId))),
  };
  return JSON.parse(JSON.stringify(part).replaceAll(prefix, ''));
}

/** Story-split pair precision/recall and per-detector totals of the feed, alone vs inside the feed. */
export function runFeed(lib, paths) {
  const stories = paths.map(({ name, path }) => ({ name, ...loadStory(path) }));
  const feed = stories.flatMap((s) => s.articles.map((a) => ({ ...a, id: `${s.name}${SEP}${a.id}` })));
  const storyOf = (id) => id.slice(0, id.indexOf(SEP));

  const groups = lib.splitStories(feed.map((a) => lib.extractClaims(a)));
  const groupOf = new Map();
  groups.forEach((g, i) => g.forEach((a) => groupOf.set(a.id, i)));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < feed.length; i++) {
    for (let j = i + 1; j < feed.length; j++) {
      const same = storyOf(feed[i].id) === storyOf(feed[j].id);
      const together = groupOf.get(feed[i].id) === groupOf.get(feed[j].id);
      if (same && together) tp++;
      else if (together) fp++;
      else if (same) fn++;
    }
  }
  const whole = stories.filter((s) => new Set(s.articles.map((a) => groupOf.get(`${s.name}${SEP}${a.id}`))).size === 1).length;
  const split = {
    articles: feed.length,
    stories: stories.length,
    groups: groups.length,
    largest: Math.max(...groups.map((g) => g.length)),
    pairPrecision: tp / (tp + fp),
    pairRecall: tp / (tp + fn),
    storiesKeptWhole: whole,
  };

  const totals = (reportOf) => {
    const t = new Map();
    for (const s of stories) {
      for (const r of scoreStory(reportOf(s), s.gold)) {
        const x = t.get(r.detector) ?? { detector: r.detector, tp: 0, fp: 0, fn: 0, noPrecision: r.fp === null };
        x.tp += r.tp;
        x.fp += r.fp ?? 0;
        x.fn += r.fn;
        t.set(r.detector, x);
      }
    }
    return t;
  };
  const alone = totals((s) => lib.compare(s.articles));
  const byMode = {};
  for (const mode of ['one', 'split']) {
    const report = lib.compare(feed, { stories: mode });
    byMode[mode] = totals((s) => storyPart(report, s.name));
  }
  const rows = [...alone.values()].map((a) => ({
    detector: a.detector,
    noPrecision: a.noPrecision,
    alone: a,
    one: byMode.one.get(a.detector),
    split: byMode.split.get(a.detector),
  }));
  return { split, rows };
}
