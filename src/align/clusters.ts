import type { Claim, Cluster } from '../model/schema.js';
import { BANDS, HASHES, ROWS, claimFeatures, minhashInto } from './blocking.js';
import { KeyTable, PairScorer, instantiateSignature, keyKindWeight, packSignature, signatureTemplate, type PackedSignature, type SignatureTemplate } from './claim-similarity.js';
import { UnionFind } from './unionFind.js';

/** Options of `clusterClaims`. */
export interface ClusterOptions {
  /** Frequent function words of every language in play, lower-case; never used as evidence. */
  stopwords: ReadonlySet<string>;
  /** Score at or above which two claims are taken to state the same thing. */
  threshold?: number;
  /** Per-claim work kept from earlier calls (an index passes the same cache to every report). */
  cache?: ClusterCache;
}

/** What clustering reads from one claim that does not depend on the rest of the corpus. */
interface ClaimWork {
  /** The claim's text and entity mentions when this was made: entity resolution may add mentions between calls. */
  fingerprint: string;
  /** Word and number blocking keys. */
  keys: string[];
  /** MinHash signature of the folded text. */
  minhash: Uint32Array;
  template: SignatureTemplate;
  /** Call in which the entry was last read; entries of claims no longer clustered are dropped. */
  used: number;
}

/**
 * Keeps the corpus-free per-claim work of `clusterClaims` (blocking keys, MinHash signature, signature template)
 * between calls, keyed by article and claim id and checked against the claim's text and mentions, so a report
 * after one added article reads only that article's claims anew.
 */
export class ClusterCache {
  private readonly entries = new Map<string, Map<string, ClaimWork>>();
  private stopwords: ReadonlySet<string> | undefined;
  private call = 0;

  /** Drops what is kept for one article (an index calls this when the article leaves). */
  forget(articleId: string): void {
    this.entries.delete(articleId);
  }

  /** @internal Starts a clustering call; a different stopword set makes every entry stale. */
  begin(stopwords: ReadonlySet<string>): void {
    if (stopwords !== this.stopwords) {
      this.entries.clear();
      this.stopwords = stopwords;
    }
    this.call++;
  }

  /** @internal The kept work of a claim, or a fresh one. */
  work(claim: Claim, stopwords: ReadonlySet<string>): ClaimWork {
    const fingerprint = fingerprintOf(claim);
    let article = this.entries.get(claim.articleId);
    if (!article) this.entries.set(claim.articleId, (article = new Map()));
    let entry = article.get(claim.id);
    if (!entry || entry.fingerprint !== fingerprint) {
      entry = claimWork(claim, stopwords, fingerprint);
      article.set(claim.id, entry);
    }
    entry.used = this.call;
    return entry;
  }

  /** @internal Ends a call: claims not read in it are gone from the corpus. */
  end(): void {
    for (const [id, article] of this.entries) {
      for (const [claimId, entry] of article) if (entry.used !== this.call) article.delete(claimId);
      if (article.size === 0) this.entries.delete(id);
    }
  }
}

function fingerprintOf(claim: Claim): string {
  let f = `${claim.span.start}\u0000${claim.text}`;
  for (const e of claim.entities) f += `\u0000${e.span.start}:${e.span.end}:${e.text}:${e.surname ?? ''}`;
  return f;
}

function claimWork(claim: Claim, stopwords: ReadonlySet<string>, fingerprint: string): ClaimWork {
  const f = claimFeatures(claim, stopwords);
  const keys: string[] = [];
  for (const k of f.stems) keys.push(`t:${k}`);
  for (const k of f.numbers) keys.push(`n:${k}`);
  const minhash = new Uint32Array(HASHES);
  minhashInto(f.folded, minhash, 0);
  return { fingerprint, keys, minhash, template: signatureTemplate(claim), used: 0 };
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
const WORD_WINDOW = 40;
/**
 * Band blocks hold near-identical wordings, so a claim's nearest neighbours there stand for the rest (they end in
 * one cluster through union-find); a short window keeps text repeated by hundreds of sources cheap.
 */
const BAND_WINDOW = 8;
/** An edge at least this strong may join a group that already holds a claim of the same article. */
const CHAIN_SCORE = 0.5;
/** Shared keys a pair needs besides a high score. */
const MIN_SHARED = 2;

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
  const pairs: Array<[number, number]> = [];
  const blocks = buildBlocks(claims, (c) => claimWork(c, options.stopwords, ''));
  forEachCandidate(blocks, claims, (i, j) => pairs.push([i, j]));
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/**
 * The blocks of a corpus in packed form: block `b` holds the claim indexes `members[start[b]..start[b+1])` in
 * ascending order and pairs each with its `window[b]` next members. Typed arrays, not a Map of string keys to
 * arrays, because at 10,000 claims the keys and arrays were most of what alignment held per claim.
 */
interface Blocks {
  start: Int32Array;
  members: Int32Array;
  window: Uint8Array;
}

// Reads each claim's work once, in order, and hands it to `use` right away, so no array of every claim's work is
// held (without a cache the work is garbage as soon as its keys, MinHash values and signature are taken).
function buildBlocks(claims: readonly Claim[], workOf: (claim: Claim) => ClaimWork, use?: (work: ClaimWork, claim: Claim) => void): Blocks {
  const n = claims.length;
  const lists: number[][] = [];
  const windows: number[] = [];
  // Word, number and entity keys: a Map per corpus, filled as each claim's features are made and then dropped.
  const byKey = new Map<string, number[]>();
  const sigs = new Uint32Array(n * HASHES);
  for (let i = 0; i < n; i++) {
    const add = (key: string) => {
      const list = byKey.get(key);
      if (list) list.push(i);
      else byKey.set(key, [i]);
    };
    const work = workOf(claims[i] as Claim);
    use?.(work, claims[i] as Claim);
    for (const k of work.keys) add(k);
    // Entity ids come from resolution over the whole corpus, so they are read from the claim on every call.
    for (const k of new Set((claims[i] as Claim).entities.map((e) => e.entityId))) if (k) add(`e:${k}`);
    sigs.set(work.minhash, i * HASHES);
  }
  for (const list of byKey.values()) {
    if (list.length < 2 || list.length > MAX_BLOCK) continue;
    lists.push(list);
    windows.push(WORD_WINDOW);
  }
  byKey.clear();
  // MinHash bands: claims sorted by their band values, so equal bands (one block) sit side by side, in index order.
  const order = new Int32Array(n);
  for (let band = 0; band < BANDS; band++) {
    for (let i = 0; i < n; i++) order[i] = i;
    const at = band * ROWS;
    order.sort((x, y) => {
      for (let r = 0; r < ROWS; r++) {
        const d = (sigs[x * HASHES + at + r] as number) - (sigs[y * HASHES + at + r] as number);
        if (d !== 0) return d;
      }
      return x - y;
    });
    let from = 0;
    for (let k = 1; k <= n; k++) {
      if (k < n && sameBand(sigs, order[from] as number, order[k] as number, at)) continue;
      if (k - from >= 2) {
        lists.push(Array.from(order.subarray(from, k)));
        windows.push(BAND_WINDOW);
      }
      from = k;
    }
  }
  const start = new Int32Array(lists.length + 1);
  for (let b = 0; b < lists.length; b++) start[b + 1] = (start[b] as number) + (lists[b] as number[]).length;
  const members = new Int32Array(start[lists.length] as number);
  lists.forEach((list, b) => members.set(list, start[b] as number));
  return { start, members, window: Uint8Array.from(windows) };
}

function sameBand(sigs: Uint32Array, x: number, y: number, at: number): boolean {
  for (let r = 0; r < ROWS; r++) if (sigs[x * HASHES + at + r] !== sigs[y * HASHES + at + r]) return false;
  return true;
}

/**
 * Visits every pair (i < j, different articles) that meets within its block's window, once. Pairs are produced
 * claim by claim, so a stamp per claim replaces a set of every candidate pair of the corpus.
 */
function forEachCandidate(blocks: Blocks, claims: readonly Claim[], visit: (i: number, j: number) => void): void {
  const n = claims.length;
  const { start, members, window } = blocks;
  // Where each claim sits in each block it belongs to (packed by claim), so its window can be read from there.
  const count = new Int32Array(n + 1);
  for (let k = 0; k < members.length; k++) {
    const i = members[k] as number;
    count[i + 1] = (count[i + 1] as number) + 1;
  }
  for (let i = 0; i < n; i++) count[i + 1] = (count[i + 1] as number) + (count[i] as number);
  const fill = count.slice(0, n);
  const inBlock = new Int32Array(members.length);
  const position = new Int32Array(members.length);
  for (let b = 0; b + 1 < start.length; b++) {
    for (let k = start[b] as number; k < (start[b + 1] as number); k++) {
      const i = members[k] as number;
      const at = fill[i] as number;
      fill[i] = at + 1;
      inBlock[at] = b;
      position[at] = k;
    }
  }
  const stamp = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const article = (claims[i] as Claim).articleId;
    for (let m = count[i] as number; m < (count[i + 1] as number); m++) {
      const b = inBlock[m] as number;
      const end = Math.min(start[b + 1] as number, (position[m] as number) + 1 + (window[b] as number));
      // A sliding window instead of all pairs: in a block of many claims (a detail every source repeats) each
      // claim meets its next neighbours, enough to connect them all, and the cost stays linear in the block size.
      for (let k = (position[m] as number) + 1; k < end; k++) {
        const j = members[k] as number;
        if (stamp[j] === i || (claims[j] as Claim).articleId === article) continue;
        stamp[j] = i;
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
  const cache = options.cache;
  const stopwords = options.stopwords;
  // Each signature is packed as soon as it is made: the key strings then live once, in the table.
  const table = new KeyTable();
  const signatures: PackedSignature[] = [];
  cache?.begin(stopwords);
  const blocks = buildBlocks(
    claims,
    (c) => (cache ? cache.work(c, stopwords) : claimWork(c, stopwords, '')),
    (work, c) => signatures.push(packSignature(instantiateSignature(work.template, c), table)),
  );
  cache?.end();
  const counts = new Int32Array(table.keys.length);
  for (const sig of signatures) for (const k of sig.keys) counts[k] = (counts[k] as number) + 1;
  // Inverse document frequency: a key few claims share says more than a common one.
  const weights = Float64Array.from(table.keys, (key, k) => keyKindWeight(key) * Math.log(1 + signatures.length / (counts[k] as number)));
  const scorer = new PairScorer(table, weights);

  // Edges as parallel number arrays, explained only when one ends up as a cluster's top edge: an object and a
  // reason string per edge above the threshold were much of what a large alignment held.
  const edgeI: number[] = [];
  const edgeJ: number[] = [];
  const edgeScore: number[] = [];
  forEachCandidate(blocks, claims, (i, j) => {
    const { score, sharedCount } = scorer.score(signatures[i] as PackedSignature, signatures[j] as PackedSignature);
    // One shared key (a number, a name) is a coincidence, not a statement made twice.
    if (score < threshold || sharedCount < MIN_SHARED) return;
    edgeI.push(i);
    edgeJ.push(j);
    edgeScore.push(score);
  });
  const articleNo = new Map<string, number>();
  const articleOf = Int32Array.from(claims, (c) => {
    let n = articleNo.get(c.articleId);
    if (n === undefined) articleNo.set(c.articleId, (n = articleNo.size));
    return n;
  });
  // Each claim keeps only its best match in each other article before clusters are formed: single linkage over
  // every edge above the threshold would chain loosely related claims into one giant cluster.
  const before = (x: number, y: number) =>
    (edgeScore[x] as number) - (edgeScore[y] as number) || (edgeI[y] as number) - (edgeI[x] as number) || (edgeJ[y] as number) - (edgeJ[x] as number);
  const bestPer = new Map<number, number>();
  const keep = (from: number, to: number, e: number) => {
    const k = from * articleNo.size + (articleOf[to] as number);
    const cur = bestPer.get(k);
    if (cur === undefined || before(e, cur) > 0) bestPer.set(k, e);
  };
  for (let e = 0; e < edgeI.length; e++) {
    keep(edgeI[e] as number, edgeJ[e] as number, e);
    keep(edgeJ[e] as number, edgeI[e] as number, e);
  }
  const candidates = [...new Set(bestPer.values())].sort((x, y) => before(y, x));
  bestPer.clear();
  const uf = new UnionFind(claims.length);
  // The articles each group holds, so a weak edge cannot chain two different statements of one article together
  // ("announced on Wednesday" and "closed from Tuesday" through a third claim that shares a word with each).
  // Made when a group first grows; a lone claim's set is its own article.
  const articlesOf = new Map<number, Set<number>>();
  const groupArticles = (r: number) => articlesOf.get(r) ?? new Set([articleOf[r] as number]);
  // The first edge that grew each group is its strongest (candidates are sorted by score): it explains the cluster.
  // Kept as its position in `candidates`.
  const best = new Map<number, number>();
  for (let p = 0; p < candidates.length; p++) {
    const e = candidates[p] as number;
    const i = edgeI[e] as number;
    const j = edgeJ[e] as number;
    const ri = uf.find(i);
    const rj = uf.find(j);
    if (ri !== rj) {
      const ai = groupArticles(ri);
      const aj = groupArticles(rj);
      const [small, large] = ai.size <= aj.size ? [ai, aj] : [aj, ai];
      if ((edgeScore[e] as number) < CHAIN_SCORE && [...small].some((a) => large.has(a))) continue;
      uf.union(i, j);
      for (const a of small) large.add(a);
      articlesOf.delete(ri);
      articlesOf.delete(rj);
      articlesOf.set(uf.find(i), large);
      const bi = best.get(ri);
      const bj = best.get(rj);
      best.delete(ri);
      best.delete(rj);
      // Either group's earlier edge is at least as strong as this one.
      best.set(uf.find(i), bi === undefined ? (bj === undefined ? p : bj) : bj === undefined ? bi : Math.min(bi, bj));
    }
  }
  const clusters: Cluster[] = [];
  for (const group of uf.groups()) {
    if (group.length < 2) continue;
    const members = group.map((i) => claims[i] as Claim);
    if (new Set(members.map((c) => c.articleId)).size < 2) continue;
    const claimIds = members.map((c) => c.id).sort();
    const at = best.get(uf.find(group[0] as number));
    const top = at === undefined ? undefined : candidates[at];
    const score = top === undefined ? 0 : (edgeScore[top] as number);
    const reason = top === undefined ? '' : scorer.explain(signatures[edgeI[top] as number] as PackedSignature, signatures[edgeJ[top] as number] as PackedSignature).reason;
    clusters.push({ id: `cluster:${claimIds[0]}`, claimIds, score: Math.round(score * 1000) / 1000, reason });
  }
  return clusters.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
