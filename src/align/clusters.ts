import type { Claim, Cluster } from '../model/schema.js';
import { claimFeatures, featureKeys, type ClaimFeatures } from './blocking.js';
import { claimSignature, signatureSimilarity, type ClaimSignature } from './claim-similarity.js';
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
/** An edge at least this strong may join a group that already holds a claim of the same article. */
const CHAIN_SCORE = 0.5;
/** Shared keys a pair needs besides a high score. */
const MIN_SHARED = 2;

function profile(claim: Claim, stopwords: ReadonlySet<string>): Profile {
  const f = claimFeatures(claim, stopwords);
  return { ...f, claim };
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

/**
 * Groups claims from different articles that state the same thing. Candidates come from a blocking index over
 * content stems, numbers, entity ids and MinHash-LSH bands (never all pairs); each pair is scored by
 * `signatureSimilarity` (names, numbers, dates and bilingual concepts as anchors, idf-weighted over the corpus,
 * bigram Dice of the wording, and the order of the shared keys so swapped roles score lower).
 */
export function clusterClaims(claims: readonly Claim[], options: ClusterOptions): Cluster[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const profiles = claims.map((c) => profile(c, options.stopwords));
  const keysOf = profiles.map(featureKeys);
  const signatures = claims.map(claimSignature);
  const counts = new Map<string, number>();
  for (const sig of signatures) for (const k of sig.keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  // Inverse document frequency: a key few claims share says more than a common one.
  const idfOf = new Map<string, number>();
  for (const [k, n] of counts) idfOf.set(k, Math.log(1 + signatures.length / n));
  const idf = (key: string) => idfOf.get(key) ?? 1;

  const edges: { i: number; j: number; score: number; reason: string }[] = [];
  forEachCandidate(keysOf, claims, (i, j) => {
    const { score, reason, shared } = signatureSimilarity(signatures[i] as ClaimSignature, signatures[j] as ClaimSignature, idf);
    // One shared key (a number, a name) is a coincidence, not a statement made twice.
    if (score < threshold || shared.length < MIN_SHARED) return;
    edges.push({ i, j, score, reason });
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
  const byScore = (x: (typeof edges)[number], y: (typeof edges)[number]) => y.score - x.score || x.i - y.i || x.j - y.j;
  const candidates = [...new Set(bestPer.values())].sort(byScore);
  const uf = new UnionFind(profiles.length);
  // The articles each group holds, so a weak edge cannot chain two different statements of one article together
  // ("announced on Wednesday" and "closed from Tuesday" through a third claim that shares a word with each).
  const articlesOf = new Map<number, Set<string>>(profiles.map((p, i) => [i, new Set([p.claim.articleId])]));
  const kept: (typeof edges)[number][] = [];
  for (const e of candidates) {
    const ri = uf.find(e.i);
    const rj = uf.find(e.j);
    if (ri === rj) {
      kept.push(e);
      continue;
    }
    const ai = articlesOf.get(ri) as Set<string>;
    const aj = articlesOf.get(rj) as Set<string>;
    const [small, large] = ai.size <= aj.size ? [ai, aj] : [aj, ai];
    if (e.score < CHAIN_SCORE && [...small].some((a) => large.has(a))) continue;
    uf.union(e.i, e.j);
    for (const a of small) large.add(a);
    articlesOf.set(uf.find(e.i), large);
    kept.push(e);
  }
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
