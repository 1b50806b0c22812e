import type { Claim, Cluster } from '../model/schema.js';
import { claimFeatures, featureKeys, type ClaimFeatures } from './blocking.js';
import { bigramProfile, profileDice, type BigramProfile } from './similarity.js';
import { UnionFind } from './unionFind.js';

/** Options of `clusterClaims`. */
export interface ClusterOptions {
  /** Frequent function words of every language in play, lower-case; never used as evidence. */
  stopwords: ReadonlySet<string>;
  /** Score at or above which two claims are taken to state the same thing. */
  threshold?: number;
}

interface Profile extends ClaimFeatures {
  claim: Claim;
  bigrams: BigramProfile;
}

const DEFAULT_THRESHOLD = 0.3;
/**
 * A word, number or entity key shared by more claims than this is too common to suggest anything; it is not used
 * to pair claims. The cap is fixed, not grown with the corpus, so the work per claim stays bounded at any size.
 * MinHash band keys have no cap: a large band block is text repeated nearly verbatim (wire copy, a story many
 * sources carry), which must still pair, through the window below.
 */
const MAX_BLOCK = 40;
/** How many following members of a block each claim is compared with. */
const WINDOW = 40;
/**
 * Band blocks hold near-identical wordings, so a claim's nearest neighbours there stand for the rest (they end in
 * one cluster through union-find); a short window keeps text repeated by hundreds of sources cheap.
 */
const BAND_WINDOW = 8;
/** Weight of the bigram Dice of the folded texts in a pair's score. */
const TEXT_WEIGHT = 0.25;

function profile(claim: Claim, stopwords: ReadonlySet<string>): Profile {
  const f = claimFeatures(claim, stopwords);
  return { ...f, claim, bigrams: bigramProfile(f.folded) };
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  const [s, l] = a.size <= b.size ? [a, b] : [b, a];
  return [...s].filter((x) => l.has(x)).sort();
}

/** Options of `candidatePairs`. */
export interface CandidateOptions {
  /** Frequent function words, lower-case; see `clusterClaims`. */
  stopwords: ReadonlySet<string>;
}

/**
 * The claim pairs (indexes into `claims`, first < second, different articles) that blocking lets through to
 * scoring; never all pairs. Exposed so the blocking can be measured and reproduced outside claimdiff.
 */
export function candidatePairs(claims: readonly Claim[], options: CandidateOptions): Array<[number, number]> {
  const features = claims.map((c) => claimFeatures(c, options.stopwords));
  const pairs: Array<[number, number]> = [];
  forEachCandidate(features.map(featureKeys), claims, (i, j) => pairs.push([i, j]));
  return pairs;
}

function forEachCandidate(keysOf: readonly string[][], claims: readonly Claim[], visit: (i: number, j: number) => void): void {
  const index = new Map<string, number[]>();
  keysOf.forEach((keys, i) => {
    for (const key of keys) {
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    }
  });
  const seen = new Set<number>();
  for (const key of [...index.keys()].sort()) {
    const list = index.get(key) as number[];
    if (list.length < 2 || (list.length > MAX_BLOCK && key[0] !== 'm')) continue;
    // A sliding window instead of all pairs: in a block of many claims (a detail every source repeats) each claim
    // meets its WINDOW next neighbours, enough to connect them all, and the cost stays linear in the block size.
    const window = key[0] === 'm' ? BAND_WINDOW : WINDOW;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length && y <= x + window; y++) {
        const i = list[x] as number;
        const j = list[y] as number;
        if ((claims[i] as Claim).articleId === (claims[j] as Claim).articleId) continue;
        // A number, not a string key: this set sees every candidate pair of the corpus.
        const id = i * claims.length + j;
        if (seen.has(id)) continue;
        seen.add(id);
        visit(i, j);
      }
    }
  }
}

/** Document frequency of each key, for weighting shared stems. */
function keyCounts(keysOf: readonly string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const keys of keysOf) for (const k of keys) df.set(k, (df.get(k) ?? 0) + 1);
  return df;
}

/**
 * Groups claims from different articles that state the same thing. Candidates come from a blocking index over
 * content stems, numbers, entity ids and MinHash-LSH bands (never all pairs); each pair is scored on weighted stem overlap,
 * bigram Dice of the folded text and shared entities and numbers.
 */
export function clusterClaims(claims: readonly Claim[], options: ClusterOptions): Cluster[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const profiles = claims.map((c) => profile(c, options.stopwords));
  const keysOf = profiles.map(featureKeys);
  const counts = keyCounts(keysOf);
  // Inverse document frequency: a stem few claims share says more than a common one.
  const idf = (key: string) => Math.log(1 + profiles.length / (counts.get(key) ?? 1));
  const weights = profiles.map((p) => [...p.stems].reduce((s, t) => s + idf(`t:${t}`), 0));

  const edges: { i: number; j: number; score: number; reason: string }[] = [];
  forEachCandidate(keysOf, claims, (i, j) => {
    const a = profiles[i] as Profile;
    const b = profiles[j] as Profile;
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
    if ((partial + TEXT_WEIGHT) / total < threshold) return;
    const textScore = profileDice(a.bigrams, b.bigrams);
    let score = (partial + TEXT_WEIGHT * textScore) / total;
    score = Math.min(1, score);
    if (score < threshold || shared.length + sharedEntities.length + sharedNumbers.length < 2) return;
    const why = [`stems:${shared.slice(0, 6).join(',')}`, `dice:${textScore.toFixed(2)}`];
    if (sharedEntities.length) why.push(`entities:${sharedEntities.join(',')}`);
    if (sharedNumbers.length) why.push(`numbers:${sharedNumbers.map((n) => n.slice(1)).join(',')}`);
    edges.push({ i, j, score, reason: why.join(' ') });
  });
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
