import type { Claim } from '../model/schema.js';
import { foldName } from './fold.js';

/**
 * Blocking keys decide which claim pairs are ever scored. Two claims become candidates when they share one key:
 * a rare content stem, a number or date, an entity id, or a MinHash-LSH band over character shingles (which
 * catches near-identical wording even when no single word is rare). The keys are plain strings, so a database
 * join or a Spark/Flink job can do the same pairing as a keyed join when one machine is not enough.
 */

/** Content words are compared on their first letters, which absorbs most inflection (unterzeichnet/unterzeichneten). */
export const STEM_LENGTH = 7;
const MIN_WORD = 4;
/** Character shingle length for MinHash; 4 keeps German compounds and English phrases apart without being brittle. */
const SHINGLE = 4;
/** 32 bands of 2 rows: pairs with Dice >= 0.6 share a band with high probability, unrelated pairs rarely do. */
export const BANDS = 32;
export const ROWS = 2;

/** The parts of a claim that blocking and scoring read, computed once per claim. */
export interface ClaimFeatures {
  folded: string;
  stems: Set<string>;
  numbers: Set<string>;
  entities: Set<string>;
}

/** Folds a claim's text and collects its content stems, numbers and entity ids. */
export function claimFeatures(claim: Claim, stopwords: ReadonlySet<string>): ClaimFeatures {
  const folded = foldName(claim.text);
  // Words of entity mentions count once, through the entity ids, not again as content words.
  const named = new Set(claim.entities.flatMap((e) => foldName(e.text).split(' ')));
  const stems = new Set<string>();
  for (const w of folded.split(' ')) {
    if (w.length < MIN_WORD || named.has(w) || stopwords.has(w) || isDigits(w)) continue;
    stems.add(w.slice(0, STEM_LENGTH));
  }
  const numbers = new Set<string>();
  for (const q of claim.quantities) numbers.add(`q${q.value}`);
  for (const d of claim.dates) if (d.value) numbers.add(`d${d.value}`);
  for (const m of folded.matchAll(/\d+/g)) numbers.add(`q${m[0]}`);
  const entities = new Set(claim.entities.map((e) => e.entityId).filter((id): id is string => !!id));
  return { folded, stems, numbers, entities };
}

function isDigits(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return w.length > 0;
}

// FNV-1a over UTF-16 code units: fast, deterministic on every platform, good enough to seed the permutations.
function fnv1a(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// A 32-bit finaliser (murmur3 fmix) turns `hash ^ seed` into an independent-looking permutation per seed.
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Values in one MinHash signature. */
export const HASHES = BANDS * ROWS;

/** MinHash signature of a text's character shingles (spaces removed, as the Dice score ignores them). */
export function minhash(text: string): Uint32Array {
  const sig = new Uint32Array(HASHES);
  minhashInto(text, sig, 0);
  return sig;
}

/**
 * Writes the MinHash signature of `text` into `out` at `offset` (HASHES values): a corpus keeps all signatures in
 * one typed array instead of one small array object per claim.
 */
export function minhashInto(text: string, out: Uint32Array, offset: number): void {
  const s = text.replace(/\s+/g, '');
  out.fill(0xffffffff, offset, offset + HASHES);
  if (s.length === 0) return;
  const n = Math.max(1, s.length - SHINGLE + 1);
  // Distinct shingles only: repeats do not change a minimum, and skipping them halves the work on repetitive text.
  const seen = shingleSet(n);
  // The minima are kept with the top bit flipped, as signed 32-bit integers: their signed order is the unsigned
  // order of the values, and the inner loop (64 steps per shingle, most of blocking's time) stays in int32 arithmetic.
  mins.fill(0x7fffffff);
  for (let i = 0; i < n; i++) {
    const h1 = fnv1a(s, i, Math.min(s.length, i + SHINGLE));
    if (!seen.addNew(h1)) continue;
    // Kirsch-Mitzenmacher: h1 + k*h2 behaves like k independent hash functions at the cost of one add each.
    const a = mix(h1);
    const b = mix(a ^ 0x9e3779b9) | 1;
    let v = (a ^ 0x80000000) | 0;
    for (let k = 0; k < HASHES; k++) {
      if (v < (mins[k] as number)) mins[k] = v;
      v = (v + b) | 0;
    }
  }
  for (let k = 0; k < HASHES; k++) out[offset + k] = ((mins[k] as number) ^ 0x80000000) >>> 0;
}

const mins = new Int32Array(HASHES);

/**
 * A set of 32-bit hashes in two reused typed arrays (open addressing, a stamp per slot instead of clearing): a `Set`
 * per claim boxed every hash above 2^30 as a heap number and was the largest allocation of alignment's blocking.
 */
class HashSet32 {
  private keys = new Uint32Array(0);
  private stamps = new Int32Array(0);
  private mask = 0;
  /** 32 minus the table's bit count: the top bits of a multiplicative hash pick the slot. */
  private shift = 32;
  private stamp = 0;

  /** Empties the set, with room for `count` members. */
  reset(count: number): this {
    // Grown for a long text, shrunk again after it so one huge claim does not keep a large table alive.
    if (2 * count > this.keys.length || (this.keys.length > 1 << 16 && 2 * count <= 1 << 12)) {
      let bits = 8;
      while (1 << bits < 2 * count) bits++;
      this.keys = new Uint32Array(1 << bits);
      this.stamps = new Int32Array(1 << bits);
      this.mask = (1 << bits) - 1;
      this.shift = 32 - bits;
      this.stamp = 0;
    }
    if (this.stamp === 0x7fffffff) {
      this.stamps.fill(0);
      this.stamp = 0;
    }
    this.stamp++;
    return this;
  }

  /** Adds `h`; false when it was already there. */
  addNew(h: number): boolean {
    const { keys, stamps, mask, stamp } = this;
    let at = Math.imul(h, 0x9e3779b1) >>> this.shift;
    for (;;) {
      at &= mask;
      if (stamps[at] !== stamp) {
        stamps[at] = stamp;
        keys[at] = h;
        return true;
      }
      if (keys[at] === h) return false;
      at++;
    }
  }
}

const shingles = new HashSet32();
const shingleSet = (count: number): HashSet32 => shingles.reset(count);

/** The LSH band keys of a MinHash signature: claims sharing one are likely to have similar wording. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let key = `m${b}`;
    for (let r = 0; r < ROWS; r++) key += `:${(sig[b * ROWS + r] as number).toString(36)}`;
    keys.push(key);
  }
  return keys;
}

/** Every blocking key of a claim whose entities carry resolved ids (as in a report): for keyed joins outside claimdiff. */
export function claimBlockingKeys(claim: Claim, stopwords: ReadonlySet<string>): string[] {
  const f = claimFeatures(claim, stopwords);
  return featureKeys(f);
}

/** Blocking keys from precomputed features. */
export function featureKeys(f: ClaimFeatures): string[] {
  const keys: string[] = [];
  for (const s of f.stems) keys.push(`t:${s}`);
  for (const n of f.numbers) keys.push(`n:${n}`);
  for (const e of f.entities) keys.push(`e:${e}`);
  for (const k of bandKeys(minhash(f.folded))) keys.push(k);
  return keys.sort();
}
