import type { Claim, Cluster } from '../model/schema.js';
import { BANDS, HASHES, ROWS, claimFeatures, minhashInto } from './blocking.js';
import { KeyTable, PairScorer, SignatureStore, keyKindWeight, signatureTemplate, type SignatureTemplate } from './claim-similarity.js';
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

  /**
   * `evictUnused` drops, at the end of each call, the entries of claims that call did not read: right when every
   * call clusters the whole set. An index that clusters one story per call passes false and forgets articles itself.
   */
  constructor(private readonly evictUnused = true) {}

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
    if (!this.evictUnused) return;
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
  const minhash = new Uint32Array(HASHES);
  const keys = blockingWork(claim, stopwords, minhash, 0);
  return { fingerprint, keys, minhash, template: signatureTemplate(claim), used: 0 };
}

/** The word and number blocking keys of a claim; its MinHash signature goes to `out` at `offset`. */
function blockingWork(claim: Claim, stopwords: ReadonlySet<string>, out: Uint32Array, offset: number): string[] {
  const f = claimFeatures(claim, stopwords);
  const keys: string[] = [];
  for (const k of f.stems) keys.push(`t:${k}`);
  for (const k of f.numbers) keys.push(`n:${k}`);
  minhashInto(f.folded, out, offset);
  return keys;
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
  const blocks = buildBlocks(claims, (c, i, sigs) => blockingWork(c, options.stopwords, sigs, i * HASHES));
  forEachCandidate(blocks, articleNumbers(claims), (i, j) => pairs.push([i, j]));
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/** A number per article (in order of first sight) for each claim: comparing numbers beats comparing id strings in hot loops. */
function articleNumbers(claims: readonly Claim[]): Int32Array {
  const numbers = new Map<string, number>();
  return Int32Array.from(claims, (c) => {
    let n = numbers.get(c.articleId);
    if (n === undefined) numbers.set(c.articleId, (n = numbers.size));
    return n;
  });
}

/** A list of 32-bit integers that doubles its typed array when full. */
class IntList {
  data: Int32Array;
  length = 0;

  constructor(capacity = 64) {
    this.data = new Int32Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
}

/**
 * The blocks of a corpus in packed form. Block members (claim indexes, ascending within a block) lie in `members`
 * block after block; claim `i`'s places there are `place[claimStart[i]..claimStart[i+1])`, and `reach` tells for
 * each how many following members of its block the claim is paired with (the block's window, cut at its end).
 * Typed arrays, not a Map of string keys to arrays, because at 10,000 claims the keys and arrays were most of what
 * alignment held per claim. `spare` is the MinHash buffer, unused once the blocks are built: the next large array
 * can live in it instead of in new memory.
 */
interface Blocks {
  members: Int32Array;
  claimStart: Int32Array;
  place: Int32Array;
  reach: Uint8Array;
  spare: ArrayBuffer;
}

// Reads each claim's blocking keys and MinHash signature once, in order (`read` writes the signature into `sigs` at
// the claim's place and returns its keys). Keys become numbers on first sight and blocks are laid out by counting,
// so no list object is made per key or per block: what is held per claim is a few integers per key and its MinHash
// values, and only until the blocks are built.
function buildBlocks(claims: readonly Claim[], read: (claim: Claim, index: number, sigs: Uint32Array) => readonly string[]): Blocks {
  const n = claims.length;
  // Word and number keys, and entity ids (the `e:` keys of `blockingKeys`, a key space of their own).
  const wordIds = new Map<string, number>();
  const entityIds = new Map<string, number>();
  let keyCount = 0;
  // Claim i's key numbers are keyOf[keyStart[i]..keyStart[i+1]).
  const keyStart = new Int32Array(n + 1);
  // Room for the usual dozen keys a claim, so the list rarely regrows.
  const keyOf = new IntList(n * 12);
  // Per key number, the claim index + 1 that last added it: a claim names one entity several times.
  let lastClaim = new Int32Array(64);
  const sigs = new Uint32Array(n * HASHES);
  const add = (id: number, i: number) => {
    if (id >= lastClaim.length) {
      const next = new Int32Array(lastClaim.length * 2);
      next.set(lastClaim);
      lastClaim = next;
    }
    if (lastClaim[id] === i + 1) return;
    lastClaim[id] = i + 1;
    keyOf.push(id);
  };
  for (let i = 0; i < n; i++) {
    const claim = claims[i] as Claim;
    for (const k of read(claim, i, sigs)) {
      let id = wordIds.get(k);
      if (id === undefined) wordIds.set(k, (id = keyCount++));
      add(id, i);
    }
    // Entity ids come from resolution over the whole corpus, so they are read from the claim on every call.
    for (const e of claim.entities) {
      const k = e.entityId;
      if (!k) continue;
      let id = entityIds.get(k);
      if (id === undefined) entityIds.set(k, (id = keyCount++));
      add(id, i);
    }
    keyStart[i + 1] = keyOf.length;
  }
  wordIds.clear();
  entityIds.clear();
  // A key shared by 2..MAX_BLOCK claims is a block; `blockOf` first counts each key's claims.
  const blockOf = new Int32Array(keyCount);
  for (let p = 0; p < keyOf.length; p++) {
    const k = keyOf.data[p] as number;
    blockOf[k] = (blockOf[k] as number) + 1;
  }
  let wordBlocks = 0;
  for (let k = 0; k < keyCount; k++) if ((blockOf[k] as number) >= 2 && (blockOf[k] as number) <= MAX_BLOCK) wordBlocks++;
  // MinHash bands: claims with equal band values (one block) are grouped by hashing, in index order, so each group's
  // members come out ascending; a sort per band made this n log n with a comparator call per step. Once a band is
  // read, its first value of each claim is overwritten with the claim's band block number + 1 (0: none), so the band
  // blocks need no lists of their own; `runs` keeps each band block's size. A band block with exactly the members of
  // an earlier one is dropped: it would offer the same pairs again (text repeated verbatim lands in the same block in
  // every band), and kept it would cost memory per member in every band. Block numbers only lay blocks out: which
  // claims meet in which window depends on the members alone, so the pairs do not depend on the numbering.
  const runs = new IntList();
  const bands = new BandGroups(n);
  for (let band = 0; band < BANDS; band++) {
    const at = band * ROWS;
    const groups = bands.group(sigs, at);
    const { groupOf, groupStart, byGroup, markOf } = bands;
    for (let g = 0; g < groups; g++) {
      const from = groupStart[g] as number;
      const k = groupStart[g + 1] as number;
      const mark = k - from >= 2 && !repeatsRun(sigs, runs, byGroup, from, k, band) ? runs.length + 1 : 0;
      if (mark) runs.push(k - from);
      markOf[g] = mark;
    }
    // No value of this band is compared again.
    for (let i = 0; i < n; i++) sigs[i * HASHES + at] = markOf[groupOf[i] as number] as number;
  }
  const blockCount = wordBlocks + runs.length;
  const start = new Int32Array(blockCount + 1);
  let b = 0;
  for (let k = 0; k < keyCount; k++) {
    const size = blockOf[k] as number;
    if (size >= 2 && size <= MAX_BLOCK) {
      start[b + 1] = (start[b] as number) + size;
      blockOf[k] = b++;
    } else blockOf[k] = -1;
  }
  for (let r = 0; r < runs.length; r++, b++) start[b + 1] = (start[b] as number) + (runs.data[r] as number);
  // Claims in ascending order, so each block's members come out ascending, as the window needs, and each claim's
  // places come out together.
  const total = start[blockCount] as number;
  const members = new Int32Array(total);
  const place = new Int32Array(total);
  const reach = new Uint8Array(total);
  const claimStart = new Int32Array(n + 1);
  const fill = start.slice(0, blockCount);
  let placed = 0;
  const put = (block: number, i: number) => {
    const at = fill[block] as number;
    fill[block] = at + 1;
    members[at] = i;
    place[placed] = at;
    const window = block < wordBlocks ? WORD_WINDOW : BAND_WINDOW;
    reach[placed++] = Math.min(start[block + 1] as number, at + 1 + window) - (at + 1);
  };
  for (let i = 0; i < n; i++) {
    for (let p = keyStart[i] as number; p < (keyStart[i + 1] as number); p++) {
      const block = blockOf[keyOf.data[p] as number] as number;
      if (block >= 0) put(block, i);
    }
    for (let band = 0; band < BANDS; band++) {
      const mark = sigs[i * HASHES + band * ROWS] as number;
      if (mark) put(wordBlocks + mark - 1, i);
    }
    claimStart[i + 1] = placed;
  }
  return { members, claimStart, place, reach, spare: sigs.buffer };
}

/**
 * Groups claims by their values in one band of the MinHash signatures, in linear time: an open-addressing table
 * from band values to a group number (given in order of each group's first claim), then a counting pass that lists
 * each group's claims ascending. The arrays are made once and reused for every band.
 */
class BandGroups {
  /** Group number of each claim. */
  readonly groupOf: Int32Array;
  /** Group `g`'s claims, ascending, are `byGroup[groupStart[g]..groupStart[g + 1])`. */
  readonly groupStart: Int32Array;
  readonly byGroup: Int32Array;
  /** Scratch for the caller: a value per group. */
  readonly markOf: Int32Array;
  /** Per slot, the first claim of its group + 1 (0: empty). */
  private readonly slots: Int32Array;
  private readonly shift: number;

  constructor(private readonly n: number) {
    let bits = 4;
    while (1 << bits < 2 * n) bits++;
    this.slots = new Int32Array(1 << bits);
    this.shift = 32 - bits;
    this.groupOf = new Int32Array(n);
    this.groupStart = new Int32Array(n + 1);
    this.byGroup = new Int32Array(n);
    this.markOf = new Int32Array(n);
  }

  /** Groups the claims by their band values at `at` in `sigs`; returns the number of groups. */
  group(sigs: Uint32Array, at: number): number {
    const { n, slots, groupOf, groupStart, byGroup, shift } = this;
    const mask = slots.length - 1;
    slots.fill(0);
    let groups = 0;
    for (let i = 0; i < n; i++) {
      let h = 0;
      for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ (sigs[i * HASHES + at + r] as number), 0x9e3779b1);
      let slot = h >>> shift;
      for (;;) {
        const first = (slots[slot] as number) - 1;
        if (first < 0) {
          slots[slot] = i + 1;
          groupOf[i] = groups++;
          break;
        }
        if (sameBand(sigs, first, i, at)) {
          groupOf[i] = groupOf[first] as number;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    groupStart.fill(0, 0, groups + 1);
    for (let i = 0; i < n; i++) {
      const g = groupOf[i] as number;
      groupStart[g + 1] = (groupStart[g + 1] as number) + 1;
    }
    for (let g = 0; g < groups; g++) groupStart[g + 1] = (groupStart[g + 1] as number) + (groupStart[g] as number);
    // Claims in ascending order, so each group's list comes out ascending; `markOf` serves as the fill pointers.
    const fill = this.markOf;
    fill.set(groupStart.subarray(0, groups));
    for (let i = 0; i < n; i++) {
      const g = groupOf[i] as number;
      byGroup[fill[g] as number] = i;
      fill[g] = (fill[g] as number) + 1;
    }
    return groups;
  }
}

/**
 * Whether the band run `order[from..k)` (ascending claim indexes) has exactly the members of the latest earlier band
 * block of its first claim; earlier bands' first values of `sigs` hold band block numbers + 1 by then.
 */
function repeatsRun(sigs: Uint32Array, runs: IntList, order: Int32Array, from: number, k: number, band: number): boolean {
  const first = (order[from] as number) * HASHES;
  for (let earlier = band - 1; earlier >= 0; earlier--) {
    const mark = sigs[first + earlier * ROWS] as number;
    if (mark === 0) continue;
    if (runs.data[mark - 1] !== k - from) return false;
    for (let q = from + 1; q < k; q++) if (sigs[(order[q] as number) * HASHES + earlier * ROWS] !== mark) return false;
    return true;
  }
  return false;
}

function sameBand(sigs: Uint32Array, x: number, y: number, at: number): boolean {
  for (let r = 0; r < ROWS; r++) if (sigs[x * HASHES + at + r] !== sigs[y * HASHES + at + r]) return false;
  return true;
}

/**
 * Visits every pair (i < j, different articles) that meets within its block's window, once. Pairs are produced
 * claim by claim (all pairs of `i` before those of `i + 1`), so a stamp per claim replaces a set of every
 * candidate pair of the corpus; each claim's partners come in ascending order, so the pairs come in ascending
 * (i, j) order, which lets edges be told apart by their number where their scores tie (see `sortEdges`).
 */
function forEachCandidate(blocks: Blocks, articleOf: Int32Array, visit: (i: number, j: number) => void): void {
  const n = articleOf.length;
  const { members, claimStart, place, reach } = blocks;
  const stamp = new Int32Array(n).fill(-1);
  let partners = new Int32Array(64);
  for (let i = 0; i < n; i++) {
    let count = 0;
    const article = articleOf[i] as number;
    for (let m = claimStart[i] as number; m < (claimStart[i + 1] as number); m++) {
      const k = place[m] as number;
      const end = k + 1 + (reach[m] as number);
      // A sliding window instead of all pairs: in a block of many claims (a detail every source repeats) each
      // claim meets its next neighbours, enough to connect them all, and the cost stays linear in the block size.
      for (let q = k + 1; q < end; q++) {
        const j = members[q] as number;
        if (stamp[j] === i || articleOf[j] === article) continue;
        stamp[j] = i;
        if (count === partners.length) {
          const more = new Int32Array(2 * count);
          more.set(partners);
          partners = more;
        }
        partners[count++] = j;
      }
    }
    if (count > 1) partners.subarray(0, count).sort();
    for (let x = 0; x < count; x++) visit(i, partners[x] as number);
  }
}

const CHUNK_BITS = 15;
const CHUNK = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK - 1;

/**
 * The scored pairs above the threshold, in fixed-size typed chunks: an array grown by doubling holds up to twice
 * what it needs and leaves its old copies as garbage, and edges are the largest thing clustering makes.
 */
class Edges {
  length = 0;
  private readonly first: Int32Array[] = [];
  private readonly second: Int32Array[] = [];
  private readonly scores: Float64Array[] = [];

  push(i: number, j: number, score: number): void {
    const chunk = this.length >>> CHUNK_BITS;
    if (chunk === this.first.length) {
      this.first.push(new Int32Array(CHUNK));
      this.second.push(new Int32Array(CHUNK));
      this.scores.push(new Float64Array(CHUNK));
    }
    const at = this.length & CHUNK_MASK;
    (this.first[chunk] as Int32Array)[at] = i;
    (this.second[chunk] as Int32Array)[at] = j;
    (this.scores[chunk] as Float64Array)[at] = score;
    this.length++;
  }

  i(e: number): number {
    return (this.first[e >>> CHUNK_BITS] as Int32Array)[e & CHUNK_MASK] as number;
  }

  j(e: number): number {
    return (this.second[e >>> CHUNK_BITS] as Int32Array)[e & CHUNK_MASK] as number;
  }

  score(e: number): number {
    return (this.scores[e >>> CHUNK_BITS] as Float64Array)[e & CHUNK_MASK] as number;
  }
}

// Sorts edge numbers strongest first, ties by first then second claim ascending, with `scratch` of at least their
// length. Edges are numbered in ascending (first, second) order (see `forEachCandidate`) and `ids` come ascending, so
// a stable merge sort by score alone gives that order, with no comparator call and no tie-break lookups.
function sortEdges(ids: Int32Array, edges: Edges, scratch: Int32Array): void {
  const n = ids.length;
  let src: Int32Array = ids;
  let dst: Int32Array = scratch;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        const x = src[i] as number;
        const y = src[j] as number;
        // Only a strictly stronger edge of the right run goes first: equal scores keep their order (stable).
        if (edges.score(y) > edges.score(x)) {
          dst[k++] = y;
          j++;
        } else {
          dst[k++] = x;
          i++;
        }
      }
      while (i < mid) dst[k++] = src[i++] as number;
      while (j < hi) dst[k++] = src[j++] as number;
    }
    [src, dst] = [dst, src];
  }
  if (src !== ids) ids.set(src.subarray(0, n));
}

/** The signatures and scored edges of a corpus; the blocks are dropped once the pairs are scored. */
function scoreCandidates(claims: readonly Claim[], articleOf: Int32Array, options: ClusterOptions): { scorer: PairScorer; edges: Edges } {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const cache = options.cache;
  const stopwords = options.stopwords;
  cache?.begin(stopwords);
  // With a cache every claim's work is kept anyway; without one, the blocking work (whose MinHash values take
  // 256 bytes a claim) is done and dropped before the signatures are made, so the two are never held together.
  const works = cache ? claims.map((c) => cache.work(c, stopwords)) : undefined;
  cache?.end();
  const blocks = buildBlocks(claims, (c, i, sigs) => {
    const work = works?.[i];
    if (!work) return blockingWork(c, stopwords, sigs, i * HASHES);
    sigs.set(work.minhash, i * HASHES);
    return work.keys;
  });
  // The summed text lengths bound the bigram codes closely, so the store's code array is made once.
  let textLength = 0;
  for (const c of claims) textLength += c.text.length;
  // Each signature is packed as soon as it is made: the key strings then live once, in the table, and the
  // signature's numbers in the store's shared arrays.
  const store = new SignatureStore(new KeyTable(), textLength, blocks.spare, claims.length);
  claims.forEach((c, i) => store.addTemplate(works?.[i]?.template ?? signatureTemplate(c), c));
  const keys = store.table.keys;
  const counts = new Int32Array(keys.length);
  const used = store.keyStart[store.size] as number;
  for (let p = 0; p < used; p++) {
    const k = store.keys[p] as number;
    counts[k] = (counts[k] as number) + 1;
  }
  // Inverse document frequency: a key few claims share says more than a common one.
  const weights = Float64Array.from(keys, (key, k) => keyKindWeight(key) * Math.log(1 + store.size / (counts[k] as number)));
  const scorer = new PairScorer(store, weights);
  // Edges are explained only when one ends up as a cluster's top edge: an object and a reason string per edge
  // above the threshold were much of what a large alignment held.
  const edges = new Edges();
  forEachCandidate(blocks, articleOf, (i, j) => {
    // One shared key (a number, a name) is a coincidence, not a statement made twice (scored -1).
    const score = scorer.scoreSharing(i, j, MIN_SHARED);
    if (score < threshold || score < 0) return;
    edges.push(i, j, score);
  });
  return { scorer, edges };
}

/**
 * Each claim keeps only its best match in each other article before clusters are formed: single linkage over
 * every edge above the threshold would chain loosely related claims into one giant cluster. Returns the edges
 * that are some claim's best match in some article, strongest first. Edges come grouped by their first claim
 * (see `forEachCandidate`); those of each second claim are gathered by counting, so no map of claim and article
 * pairs is made.
 */
function bestMatches(edges: Edges, articleOf: Int32Array, before: (x: number, y: number) => number): Int32Array {
  const n = articleOf.length;
  const count = edges.length;
  const firstStart = new Int32Array(n + 1);
  const secondStart = new Int32Array(n + 1);
  for (let e = 0; e < count; e++) {
    const i = edges.i(e);
    const j = edges.j(e);
    firstStart[i + 1] = (firstStart[i + 1] as number) + 1;
    secondStart[j + 1] = (secondStart[j + 1] as number) + 1;
  }
  for (let i = 0; i < n; i++) {
    firstStart[i + 1] = (firstStart[i + 1] as number) + (firstStart[i] as number);
    secondStart[i + 1] = (secondStart[i + 1] as number) + (secondStart[i] as number);
  }
  const bySecond = new Int32Array(count);
  const fill = secondStart.slice(0, n);
  for (let e = 0; e < count; e++) {
    const j = edges.j(e);
    const at = fill[j] as number;
    fill[j] = at + 1;
    bySecond[at] = e;
  }
  let articles = 0;
  for (let i = 0; i < n; i++) articles = Math.max(articles, (articleOf[i] as number) + 1);
  const seen = new Int32Array(articles).fill(-1);
  const bestIn = new Int32Array(articles);
  const touched = new Int32Array(articles);
  const keep = new Uint8Array(count);
  let kept = 0;
  for (let c = 0; c < n; c++) {
    let t = 0;
    const offer = (e: number, other: number) => {
      const a = articleOf[other] as number;
      if (seen[a] !== c) {
        seen[a] = c;
        bestIn[a] = e;
        touched[t++] = a;
      } else if (before(e, bestIn[a] as number) > 0) bestIn[a] = e;
    };
    for (let e = firstStart[c] as number; e < (firstStart[c + 1] as number); e++) offer(e, edges.j(e));
    for (let q = secondStart[c] as number; q < (secondStart[c + 1] as number); q++) {
      const e = bySecond[q] as number;
      offer(e, edges.i(e));
    }
    for (let x = 0; x < t; x++) {
      const e = bestIn[touched[x] as number] as number;
      if (!keep[e]) {
        keep[e] = 1;
        kept++;
      }
    }
  }
  const candidates = new Int32Array(kept);
  for (let e = 0, k = 0; e < count; e++) if (keep[e]) candidates[k++] = e;
  // `bySecond` is read and can serve as the sort's scratch.
  sortEdges(candidates, edges, bySecond);
  return candidates;
}

/**
 * Groups claims from different articles that state the same thing. Candidates come from a blocking index over
 * content stems, numbers, entity ids and MinHash-LSH bands (never all pairs); each pair is scored by
 * `signatureSimilarity` (names, numbers, dates and bilingual concepts as anchors, idf-weighted over the corpus,
 * bigram Dice of the wording, and the order of the shared keys so swapped roles score lower).
 */
export function clusterClaims(claims: readonly Claim[], options: ClusterOptions): Cluster[] {
  const articleOf = articleNumbers(claims);
  const { scorer, edges } = scoreCandidates(claims, articleOf, options);
  // A strict order of edges: by score, then by their claims, so every choice below is independent of edge order.
  const before = (x: number, y: number) => edges.score(x) - edges.score(y) || edges.i(y) - edges.i(x) || edges.j(y) - edges.j(x);
  const candidates = bestMatches(edges, articleOf, before);
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
    const i = edges.i(e);
    const j = edges.j(e);
    const ri = uf.find(i);
    const rj = uf.find(j);
    if (ri === rj) continue;
    const ai = groupArticles(ri);
    const aj = groupArticles(rj);
    const [small, large] = ai.size <= aj.size ? [ai, aj] : [aj, ai];
    if (edges.score(e) < CHAIN_SCORE && overlaps(small, large)) continue;
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
  const clusters: Cluster[] = [];
  for (const group of uf.groups(2)) {
    const members = group.map((i) => claims[i] as Claim);
    if (new Set(members.map((c) => c.articleId)).size < 2) continue;
    const claimIds = members.map((c) => c.id).sort();
    const at = best.get(uf.find(group[0] as number));
    const top = at === undefined ? undefined : candidates[at];
    const score = top === undefined ? 0 : edges.score(top);
    const reason = top === undefined ? '' : scorer.explain(edges.i(top), edges.j(top)).reason;
    clusters.push({ id: `cluster:${claimIds[0]}`, claimIds, score: Math.round(score * 1000) / 1000, reason });
  }
  return clusters.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function overlaps(small: ReadonlySet<number>, large: ReadonlySet<number>): boolean {
  for (const a of small) if (large.has(a)) return true;
  return false;
}
