import type { Claim, Cluster } from '../model/schema.js';
import { foldName } from './fold.js';
import { bigramProfile, profileDice, type BigramProfile } from './similarity.js';
import { UnionFind } from './unionFind.js';

/** Options of `clusterClaims`. */
export interface ClusterOptions {
  /** Frequent function words of every language in play, lower-case; never used as evidence. */
  stopwords: ReadonlySet<string>;
  /** Score at or above which two claims are taken to state the same thing. */
  threshold?: number;
}

interface Profile {
  claim: Claim;
  stems: Set<string>;
  numbers: Set<string>;
  entities: Set<string>;
  bigrams: BigramProfile;
}

const DEFAULT_THRESHOLD = 0.3;
/** Content words are compared on their first letters, which absorbs most inflection (unterzeichnet/unterzeichneten). */
const STEM_LENGTH = 7;
const MIN_WORD = 4;
/**
 * A blocking key shared by more claims than this is too common to suggest anything; it is not used to pair claims.
 * The cap grows with the number of articles, because a detail every source repeats is shared by that many claims.
 */
const MAX_BLOCK = 40;
const BLOCK_PER_ARTICLE = 3;
/** How many following members of a block each claim is compared with. */
const WINDOW = 40;
/** Weight of the bigram Dice of the folded texts in a pair's score. */
const TEXT_WEIGHT = 0.25;

function stemsOf(folded: string, stopwords: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const w of folded.split(' ')) {
    if (w.length < MIN_WORD || stopwords.has(w) || /^\d+$/.test(w)) continue;
    out.add(w.slice(0, STEM_LENGTH));
  }
  return out;
}

function profile(claim: Claim, stopwords: ReadonlySet<string>): Profile {
  const folded = foldName(claim.text);
  // Words of entity mentions count once, through the entity ids, not again as content words.
  const named = new Set(claim.entities.flatMap((e) => foldName(e.text).split(' ')));
  const content = folded
    .split(' ')
    .filter((w) => !named.has(w))
    .join(' ');
  const numbers = new Set<string>();
  for (const q of claim.quantities) numbers.add(`q${q.value}`);
  for (const d of claim.dates) if (d.value) numbers.add(`d${d.value}`);
  for (const m of folded.matchAll(/\d+/g)) numbers.add(`q${m[0]}`);
  const entities = new Set(claim.entities.map((e) => e.entityId).filter((id): id is string => !!id));
  return { claim, stems: stemsOf(content, stopwords), numbers, entities, bigrams: bigramProfile(folded) };
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  const [s, l] = a.size <= b.size ? [a, b] : [b, a];
  return [...s].filter((x) => l.has(x)).sort();
}

/**
 * Groups claims from different articles that state the same thing. Candidates come from a blocking index over
 * content stems, numbers and entity ids (never all pairs); each pair is scored on weighted stem overlap,
 * bigram Dice of the folded text and shared entities and numbers.
 */
export function clusterClaims(claims: readonly Claim[], options: ClusterOptions): Cluster[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const profiles = claims.map((c) => profile(c, options.stopwords));
  const index = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    const list = index.get(key);
    if (list) list.push(i);
    else index.set(key, [i]);
  };
  profiles.forEach((p, i) => {
    for (const s of p.stems) add(`t:${s}`, i);
    for (const n of p.numbers) add(`n:${n}`, i);
    for (const e of p.entities) add(`e:${e}`, i);
  });
  const df = (key: string) => index.get(key)?.length ?? 1;
  // Inverse document frequency: a stem few claims share says more than a common one.
  const idf = (key: string) => Math.log(1 + profiles.length / df(key));
  const weight = (p: Profile) => [...p.stems].reduce((s, t) => s + idf(`t:${t}`), 0);
  const weights = profiles.map(weight);

  const articleCount = new Set(claims.map((c) => c.articleId)).size;
  const maxBlock = Math.max(MAX_BLOCK, BLOCK_PER_ARTICLE * articleCount);
  const seen = new Set<number>();
  const edges: { i: number; j: number; score: number; reason: string }[] = [];
  for (const key of [...index.keys()].sort()) {
    const list = index.get(key) as number[];
    if (list.length < 2 || list.length > maxBlock) continue;
    // A sliding window instead of all pairs: in a block of many claims (a detail every source repeats) each claim
    // meets its WINDOW next neighbours, enough to connect them all, and the cost stays linear in the block size.
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length && y <= x + WINDOW; y++) {
        const i = list[x] as number;
        const j = list[y] as number;
        const a = profiles[i] as Profile;
        const b = profiles[j] as Profile;
        if (a.claim.articleId === b.claim.articleId) continue;
        // A number, not a string key: this set sees every candidate pair of the corpus.
        const id = i * profiles.length + j;
        if (seen.has(id)) continue;
        seen.add(id);
        const shared = overlap(a.stems, b.stems);
        const sharedWeight = shared.reduce((s, t) => s + idf(`t:${t}`), 0);
        const wa = weights[i] as number;
        const wb = weights[j] as number;
        const stemScore = wa + wb > 0 ? (2 * sharedWeight) / (wa + wb) : 0;
        const sharedEntities = overlap(a.entities, b.entities);
        const sharedNumbers = overlap(a.numbers, b.numbers);
        // Entities and numbers only weigh in when both claims have some: many claims carry neither.
        const parts: [number, number][] = [[0.55, stemScore]];
        if (a.entities.size && b.entities.size) parts.push([0.2, sharedEntities.length / Math.max(a.entities.size, b.entities.size)]);
        if (a.numbers.size && b.numbers.size) parts.push([0.15, sharedNumbers.length / Math.max(a.numbers.size, b.numbers.size)]);
        const total = parts.reduce((s, [w]) => s + w, 0) + TEXT_WEIGHT;
        const partial = parts.reduce((s, [w, v]) => s + w * v, 0);
        // The bigram Dice is the costly part: skip it when even a perfect text match could not reach the threshold.
        if ((partial + TEXT_WEIGHT) / total < threshold) continue;
        const textScore = profileDice(a.bigrams, b.bigrams);
        let score = (partial + TEXT_WEIGHT * textScore) / total;
        score = Math.min(1, score);
        if (score < threshold || shared.length + sharedEntities.length + sharedNumbers.length < 2) continue;
        const why = [`stems:${shared.slice(0, 6).join(',')}`, `dice:${textScore.toFixed(2)}`];
        if (sharedEntities.length) why.push(`entities:${sharedEntities.join(',')}`);
        if (sharedNumbers.length) why.push(`numbers:${sharedNumbers.map((n) => n.slice(1)).join(',')}`);
        edges.push({ i, j, score, reason: why.join(' ') });
      }
    }
  }
  // Each claim keeps only its best match in each other article before clusters are formed: single linkage over
  // every edge above the threshold would chain loosely related claims into one giant cluster.
  const bestPer = new Map<string, (typeof edges)[number]>();
  const keep = (from: number, to: number, e: (typeof edges)[number]) => {
    const k = `${from}>${(profiles[to] as Profile).claim.articleId}`;
    const cur = bestPer.get(k);
    if (!cur || e.score > cur.score || (e.score === cur.score && (e.i < cur.i || (e.i === cur.i && e.j < cur.j)))) bestPer.set(k, e);
  };
  for (const e of edges) {
    keep(e.i, e.j, e);
    keep(e.j, e.i, e);
  }
  const kept = [...new Set(bestPer.values())];
  const uf = new UnionFind(profiles.length);
  for (const e of kept) uf.union(e.i, e.j);
  const best = new Map<number, { score: number; reason: string }>();
  for (const e of kept) {
    const r = uf.find(e.i);
    const cur = best.get(r);
    if (!cur || e.score > cur.score) best.set(r, { score: e.score, reason: e.reason });
  }
  const clusters: Cluster[] = [];
  for (const group of uf.groups()) {
    if (group.length < 2) continue;
    const members = group.map((i) => (profiles[i] as Profile).claim);
    if (new Set(members.map((c) => c.articleId)).size < 2) continue;
    const claimIds = members.map((c) => c.id).sort();
    const top = best.get(uf.find(group[0] as number));
    clusters.push({
      id: `cluster:${claimIds[0]}`,
      claimIds,
      score: Math.round((top?.score ?? 0) * 1000) / 1000,
      reason: top?.reason ?? '',
    });
  }
  return clusters.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
