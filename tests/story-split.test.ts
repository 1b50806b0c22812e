import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  AUTO_SPLIT_ABOVE,
  ReportSchema,
  compare,
  compareStories,
  createIndex,
  extractClaims,
  isClaimdiffError,
  mergeReports,
  splitStories,
  storyAnchors,
  type ArticleInput,
  type Report,
} from '../src/index.js';
import { StoryGraph, isStrongAnchor } from '../src/stories/index.js';
import { ReportJoin } from '../src/stories/merge.js';
import { runIndexSteps } from './index-steps.js';

const storiesDir = join(__dirname, 'fixtures/stories');
const storyNames = readdirSync(storiesDir).sort();
const articlesOf = (story: string): ArticleInput[] =>
  readdirSync(join(storiesDir, story))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: `${story}/${f}`, text: readFileSync(join(storiesDir, story, f), 'utf8') }));

// The reference the graph is checked against: connected groups of the "at least two shared anchors, one of them
// strong" links, by
// looking at every pair (fine for a test's dozen articles).
function referenceStories(anchors: ReadonlyMap<string, readonly string[]>): string[][] {
  const ids = [...anchors.keys()].sort();
  const linked = (a: string, b: string) => {
    const shared = (anchors.get(a) as string[]).filter((x) => (anchors.get(b) as string[]).includes(x));
    return shared.length >= 2 && shared.some(isStrongAnchor);
  };
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const start of ids) {
    if (seen.has(start)) continue;
    const group = [start];
    seen.add(start);
    for (let i = 0; i < group.length; i++) {
      for (const other of ids) {
        if (!seen.has(other) && linked(group[i] as string, other)) {
          seen.add(other);
          group.push(other);
        }
      }
    }
    out.push(group.sort());
  }
  return out;
}

describe('StoryGraph', () => {
  it('keeps the stories of the pairwise rule through any sequence of additions and removals', () => {
    // Few anchor names, so links, merges, copies (equal anchors) and splits on removal all happen often.
    const anchorSet = fc.uniqueArray(fc.constantFrom('p:a', 'o:b', 'q:1', 'l:c', 'd:2', 'p:e'), { maxLength: 4 }).map((xs) => xs.sort());
    const op = fc.record({ add: fc.boolean(), id: fc.nat({ max: 9 }), anchors: anchorSet });
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 40 }), (ops) => {
        const graph = new StoryGraph();
        const held = new Map<string, readonly string[]>();
        for (const { add, id, anchors } of ops) {
          const key = `x${id}`;
          if (add && !held.has(key)) {
            graph.add(key, anchors);
            held.set(key, anchors);
          } else if (!add && held.has(key)) {
            graph.remove(key);
            held.delete(key);
          }
          expect(graph.stories()).toEqual(referenceStories(held));
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});

describe('splitStories', () => {
  it('puts the sources of each fixture story together and different events apart', () => {
    const picked = ['council-vote', 'marathon', 'eastmere-flood', 'bvg-warnstreik'];
    const extracted = picked.flatMap(articlesOf).map((a) => extractClaims(a));
    const stories = splitStories(extracted).map((s) => s.map((a) => a.id.split('/')[0]));
    expect(stories.map((s) => [...new Set(s)])).toEqual(picked.sort().map((p) => [p]));
  });

  it('refuses two extracted articles with one id, naming it, and input that is not an array', () => {
    const a = extractClaims(ferryA);
    expect(() => splitStories([a, a])).toThrow(/"ferry-a"/);
    expect(() => splitStories('ferry' as never)).toThrow(/array/);
    expect(() => mergeReports({} as never)).toThrow(/array/);
  });

  it('reads names, figures and dates as anchors, not words, and anchors misspelt surnames alike', () => {
    const claims = extractClaims({
      id: 'a',
      text: 'Bürgermeisterin Anna Kessler eröffnete am 12. März 2025 in Rostock eine Brücke für 48 Millionen Euro. Es regnete.',
    });
    const anchors = storyAnchors(claims);
    expect(anchors).toEqual(expect.arrayContaining(['l:rostock', 'q:48000000']));
    expect(anchors.some((a) => a.startsWith('d:'))).toBe(true);
    expect(anchors.some((a) => a.includes('regnete') || a.includes('brucke'))).toBe(false);
    const person = (text: string) => storyAnchors(extractClaims({ id: 'p', text })).filter((a) => a.startsWith('p:'));
    expect(person('Bürgermeisterin Anna Kessler sprach.')).toEqual(person('Bürgermeisterin Anna Keßler sprach.'));
    expect(person('Der Abgeordnete Jan Kowalczyk sprach.')).toEqual(person('Der Abgeordnete Jan Kowalcyzk sprach.'));
    expect(person('Der Abgeordnete Jan Kowalczyk sprach.')).not.toEqual(person('Der Abgeordnete Jan Kowalski sprach.'));
  });
});

// Two unrelated events that both name a "Maria Hoffmann" (two different people): split, they must stay two entities.
const ferryA: ArticleInput = {
  id: 'ferry-a',
  text: 'Die Fähre „Nordlicht“ ist am Dienstag im Hafen von Sassnitz auf Grund gelaufen. Kapitänin Maria Hoffmann sagte, alle 212 Passagiere seien unverletzt. Die Reederei Baltic Lines ließ 212 Fahrgäste mit Booten an Land bringen.',
};
const ferryB: ArticleInput = {
  id: 'ferry-b',
  text: 'Im Hafen von Sassnitz lief am Dienstag die Fähre „Nordlicht“ auf Grund. Nach Angaben der Reederei Baltic Lines blieben alle 214 Passagiere unverletzt. Kapitänin Maria Hofmann sprach von einem Navigationsfehler.',
};
const choirA: ArticleInput = {
  id: 'choir-a',
  text: 'Der Kammerchor Lübeck hat den Landeschorwettbewerb in Kiel gewonnen. Chorleiterin Maria Hoffmann nahm den Preis von 5000 Euro entgegen. Der Chor tritt im Juni in Schwerin auf.',
};
const choirB: ArticleInput = {
  id: 'choir-b',
  text: 'In Kiel gewann der Kammerchor Lübeck den Landeschorwettbewerb. Den mit 5000 Euro dotierten Preis nahm Chorleiterin Maria Hoffmann entgegen.',
};

describe('compare with stories', () => {
  const split = compare([ferryA, ferryB, choirA, choirB], { stories: 'split' });

  it('checks each story on its own: findings never join articles of different stories', () => {
    const storyOf = (id: string) => id.split('-')[0];
    expect(ReportSchema.safeParse(split).success).toBe(true);
    for (const f of split.findings) expect(new Set(f.evidence.map((e) => storyOf(e.articleId))).size).toBe(1);
    // The ferry story still finds its own disagreements: the passenger count and the captain's name.
    expect(split.findings.some((f) => f.detector === 'numeric-mismatch')).toBe(true);
    expect(split.findings.some((f) => f.detector === 'name-variant' && f.evidence.every((e) => storyOf(e.articleId) === 'ferry'))).toBe(true);
  });

  it('gives every entity its own id and points each mention at an entity of the report', () => {
    const ids = split.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const known = new Set(ids);
    for (const c of split.claims) for (const e of c.entities) if (e.entityId) expect(known.has(e.entityId)).toBe(true);
    // The two people named Hoffmann are two entities, one per story.
    const hoffmanns = split.entities.filter((e) => e.kind === 'person' && e.variants.some((v) => v.text.includes('Hoffmann')));
    expect(hoffmanns).toHaveLength(2);
    for (const h of hoffmanns) {
      const articles = new Set(h.variants.flatMap((v) => v.articleIds).map((id) => id.split('-')[0]));
      expect(articles.size).toBe(1);
    }
  });

  it('equals the reports of the stories compared one by one, joined', () => {
    const ferry = compare([ferryA, ferryB]);
    const choir = compare([choirA, choirB]);
    const ids = (r: Report) => r.findings.map((f) => f.id).sort();
    expect(ids(split)).toEqual([...ids(ferry), ...ids(choir)].sort());
    expect(split.clusters).toEqual([...ferry.clusters, ...choir.clusters].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(split.claims.map((c) => c.id)).toEqual([...choir.claims, ...ferry.claims].map((c) => c.id));
  });

  it('is what mergeReports makes of the stories compared one by one, so a cluster can compare stories apart', () => {
    expect(mergeReports([compare([ferryA, ferryB]), compare([choirA, choirB])])).toEqual(split);
  });

  it('streams the same stories with compareStories, one report per story, checking input in the call', () => {
    const parts = [...compareStories([ferryB, choirA, ferryA, choirB], { stories: 'split' })];
    expect(parts.map((r) => r.articles.map((a) => a.id))).toEqual([['choir-a', 'choir-b'], ['ferry-a', 'ferry-b']]);
    expect(mergeReports(parts)).toEqual(split);
    expect([...compareStories([ferryA, ferryB, choirA, choirB])]).toEqual([compare([ferryA, ferryB, choirA, choirB])]);
    expect(() => compareStories([ferryA, { ...ferryB, id: 'ferry-a' }])).toThrow(/ferry-a/);
  });

  it('reports progress once per article while streaming, though each story is extracted again on its turn', () => {
    const seen: string[] = [];
    const stream = compareStories([ferryB, choirA, ferryA, choirB], { stories: 'split', onProgress: (done, total, id) => seen.push(`${done}/${total} ${id}`) });
    expect(seen).toEqual(['1/4 choir-a', '2/4 choir-b', '3/4 ferry-a', '4/4 ferry-b']);
    const first = stream.next();
    expect(first.done).toBe(false);
    expect(seen).toHaveLength(4);
    const perStory = [first.value as Report, ...stream].map((r) => r.claims.length);
    expect(perStory).toEqual(['choir', 'ferry'].map((story) => split.claims.filter((c) => c.articleId.startsWith(story)).length));
    expect(perStory.every((n) => n > 0)).toBe(true);
  });

  it('refuses to merge reports that share an article, naming it', () => {
    let err: unknown;
    try {
      mergeReports([compare([ferryA, ferryB]), compare([ferryB, choirA])]);
    } catch (e) {
      err = e;
    }
    expect(isClaimdiffError(err) && err.code === 'E_DUPLICATE_ID' && err.message.includes('"ferry-b"')).toBe(true);
  });

  it('gives the same report whatever the order of the articles', () => {
    expect(compare([choirB, ferryB, choirA, ferryA], { stories: 'split' })).toEqual(split);
  });

  it(`compares up to ${AUTO_SPLIT_ABOVE} articles as one story by default, and splits a larger set`, () => {
    expect(compare([ferryA, ferryB, choirA, choirB])).toEqual(compare([ferryA, ferryB, choirA, choirB], { stories: 'one' }));
    const feed = Array.from({ length: AUTO_SPLIT_ABOVE + 1 }, (_, i) => ({ ...(i % 2 ? choirA : ferryA), id: `n${String(i).padStart(2, '0')}` }));
    feed.push({ ...ferryB, id: 'z-ferry' }, { ...choirB, id: 'z-choir' });
    const auto = compare(feed);
    expect(auto).toEqual(compare(feed, { stories: 'split' }));
    expect(auto).not.toEqual(compare(feed, { stories: 'one' }));
  });

  it('refuses an unknown mode, naming the option', () => {
    let err: unknown;
    try {
      compare([ferryA], { stories: 'by-topic' as never });
    } catch (e) {
      err = e;
    }
    expect(isClaimdiffError(err) && err.code === 'E_INVALID_OPTIONS' && /stories/.test(err.message)).toBe(true);
  });
});

describe('createIndex with stories', () => {
  // Three stories of the fixtures plus the unrelated made-up ones above.
  const pool = [...['council-vote', 'marathon', 'eastmere-flood'].flatMap(articlesOf), ferryA, ferryB, choirA, choirB];

  it('gives the report compare() gives after every step of any sequence of additions and removals', () => {
    const op = fc.record({ add: fc.boolean(), at: fc.nat({ max: pool.length - 1 }), check: fc.boolean() });
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 14 }), (ops) => {
        runIndexSteps(pool, ops, { stories: 'split' });
      }),
      { numRuns: 12, seed: 5 },
    );
  });

  it(`equals compare() across the ${AUTO_SPLIT_ABOVE}-article line, both ways`, () => {
    const feed = Array.from({ length: AUTO_SPLIT_ABOVE + 2 }, (_, i) => ({ ...[ferryA, ferryB, choirA, choirB][i % 4]!, id: `n${String(i).padStart(2, '0')}` }));
    const index = createIndex();
    for (const a of feed.slice(0, AUTO_SPLIT_ABOVE)) index.add(a);
    expect(index.report()).toEqual(compare(feed.slice(0, AUTO_SPLIT_ABOVE)));
    for (const a of feed.slice(AUTO_SPLIT_ABOVE)) index.add(a);
    expect(index.report()).toEqual(compare(feed));
    for (const a of feed.slice(0, 3)) index.remove(a.id);
    expect(index.report()).toEqual(compare(feed.slice(3)));
  });

  it('recomputes only the story an added article joins', () => {
    const index = createIndex({ stories: 'split' });
    for (const a of [ferryA, choirA, choirB]) index.add(a);
    const before = index.report();
    index.add(ferryB);
    const after = index.report();
    // The choir story's objects are reused as they were: only the ferry story was aligned again.
    const choirClaim = (r: Report) => r.claims.find((c) => c.articleId === 'choir-a');
    expect(choirClaim(after)).toBe(choirClaim(before));
    expect(after).toEqual(compare([ferryA, ferryB, choirA, choirB], { stories: 'split' }));
  });

  // Three stories that each name the same spokesman and share nothing else: each story's report has its own
  // person:jonas-keller, so the joined report renames all but the first story's, and which one keeps the plain id
  // moves as articles come and go.
  const namesake = [
    { id: 'a-bridge-1', text: 'Die Baufirma Steinhart sperrt in Augsburg die Lechbrücke. Jonas Keller von der Stadtverwaltung nannte die Sperrung unvermeidlich.' },
    { id: 'a-bridge-2', text: 'In Augsburg bleibt die Lechbrücke gesperrt, teilte die Baufirma Steinhart mit. Laut Jonas Keller prüft die Stadt eine Umleitung.' },
    { id: 'b-choir-1', text: 'Der Kammerchor Lindenau hat in Leipzig den Landeswettbewerb gewonnen. Chorleiter Jonas Keller sprach von einem verdienten Sieg.' },
    { id: 'b-choir-2', text: 'Beim Landeswettbewerb in Leipzig siegte der Kammerchor Lindenau. Jonas Keller leitet den Chor seit Jahren.' },
    { id: 'c-ferry-1', text: 'Die Reederei Nordlicht meldet in Kiel einen Schaden an der Fähre Seestern. Sprecher Jonas Keller kündigte Ausfälle an.' },
    { id: 'c-ferry-2', text: 'Wegen eines Schadens fällt die Fähre Seestern in Kiel aus, so die Reederei Nordlicht. Jonas Keller bat um Geduld.' },
  ];

  it('renames an entity that several stories name, as compare() does, while the stories come and go', () => {
    const full = compare(namesake, { stories: 'split' });
    expect(full.entities.map((e) => e.id).filter((id) => id.includes('keller'))).toEqual(['person:jonas-keller', 'person:jonas-keller-2', 'person:jonas-keller-3']);
    const index = createIndex({ stories: 'split' });
    const held = new Map<string, ArticleInput>();
    // Later stories first, so every addition of an earlier one takes the plain id from a story already joined.
    for (const a of [...namesake].reverse()) {
      index.add(a);
      held.set(a.id, a);
      expect(index.report()).toEqual(compare([...held.values()], { stories: 'split' }));
    }
    for (const id of ['a-bridge-1', 'a-bridge-2', 'c-ferry-2']) {
      index.remove(id);
      held.delete(id);
      expect(index.report()).toEqual(compare([...held.values()], { stories: 'split' }));
    }
  });

  it('joins story reports as mergeReports does, whatever stories are set and dropped in between', () => {
    // Story reports that share entity ids (the namesake stories, a fixture story twice under other ids) and ones that do not.
    const renamed = (story: string, prefix: string): ArticleInput[] => articlesOf(story).map((a) => ({ ...a, id: `${prefix}/${a.id}` }));
    const stories = [
      ...[['a-bridge-1', 'a-bridge-2'], ['b-choir-1', 'b-choir-2'], ['c-ferry-1', 'c-ferry-2']].map((ids) => namesake.filter((a) => ids.includes(a.id))),
      [ferryA, ferryB],
      articlesOf('marathon'),
      renamed('marathon', 'again'),
      renamed('marathon', 'zz'),
    ].map((set) => compare(set, { stories: 'one' }));
    const op = fc.record({ set: fc.boolean(), at: fc.nat({ max: stories.length - 1 }) });
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 16 }), (ops) => {
        const join = new ReportJoin();
        const held = new Map<number, Report>();
        for (const { set, at } of ops) {
          if (set) {
            join.set(at, stories[at] as Report);
            held.set(at, stories[at] as Report);
          } else {
            join.delete(at);
            held.delete(at);
          }
          const expected = held.size === 0 ? undefined : mergeReports([...held.values()]);
          if (expected) expect(join.report()).toEqual(expected);
        }
      }),
      { numRuns: 40, seed: 11 },
    );
  });
});
