import { ClaimdiffError } from '../errors.js';
import type { Claim } from '../model/schema.js';
import type { ArticleClaims } from '../extract/types.js';
import { packs, type LanguagePack } from '../lang/index.js';
import { candidatePairs, clusterClaims, type ClusterCache } from './clusters.js';

export { ClusterCache } from './clusters.js';
import { claimBlockingKeys } from './blocking.js';
import { resolveEntities } from './entities.js';
import type { NamePack } from './pack.js';
import type { Alignment } from './types.js';

export type { Alignment, LocatedMention, CanonicalReason } from './types.js';

/** Options of `alignClaims`. */
export interface AlignOptions {
  /** Known correct spellings of names. */
  gazetteer?: readonly string[];
  /** Score (0-1) at or above which two claims are clustered; defaults to the clustering default (0.3). */
  claimThreshold?: number;
  /** Score (0-1) at or above which two surname spellings are one person; defaults to `compareNames`' default (0.7). */
  nameThreshold?: number;
  /** Language packs whose name rules and stopwords apply (the built-in `packs` plus a caller's words); defaults to `packs`. */
  packs?: Readonly<Record<string, LanguagePack>>;
  /** Per-claim clustering work kept between calls (see `ClusterCache`); `createIndex` passes one. */
  cache?: ClusterCache;
}

// Every pack's name rules apply to every name: a German article spells foreign names too. Sorted by code for stable rule order.
// Derived once per pack set (a WeakMap by identity), so the name caches keyed by the `namePacks` array stay warm.
const derived = new WeakMap<object, { namePacks: readonly NamePack[]; stopwords: ReadonlySet<string> }>();
function rulesOf(set: Readonly<Record<string, LanguagePack>>): { namePacks: readonly NamePack[]; stopwords: ReadonlySet<string> } {
  let d = derived.get(set);
  if (!d) {
    const codes = Object.keys(set).sort();
    d = { namePacks: codes.map((c) => set[c]!.names), stopwords: new Set(codes.flatMap((c) => set[c]!.stopwords)) };
    derived.set(set, d);
  }
  return d;
}
const { stopwords } = rulesOf(packs);

// A threshold outside 0-1 is a caller's mistake, named by its option.
function checkThreshold(name: string, value: unknown): void {
  if (value !== undefined && !(typeof value === 'number' && value >= 0 && value <= 1)) {
    throw new ClaimdiffError('E_INVALID_OPTIONS', `Expected \`${name}\` between 0 and 1, got ${String(value)}`);
  }
}

// Resolution sets `entityId` on mentions and adds or drops mentions, so the claim and its mentions are copied; spans
// are never written after extraction, so they are shared (one object less per mention at 100,000 claims).
function copyClaim(c: Claim): Claim {
  return { ...c, entities: c.entities.map((e) => ({ ...e })) };
}

/** Resolves entity mentions across articles and clusters claims that say the same thing. */
export function alignClaims(articles: ArticleClaims[], options: AlignOptions = {}): Alignment {
  return alignWith(articles, options, copyClaim);
}

/**
 * `alignClaims` for extractions nobody else sees (`compare`'s own): their claims are filled in place instead of copied,
 * so a large batch does not hold every claim twice while it is aligned and reported.
 */
export function alignOwnedClaims(articles: ArticleClaims[], options: AlignOptions = {}): Alignment {
  return alignWith(articles, options, (c) => c);
}

function alignWith(articles: ArticleClaims[], options: AlignOptions, prepare: (claim: Claim) => Claim): Alignment {
  if (!Array.isArray(articles)) {
    throw new ClaimdiffError('E_INVALID_INPUT', `Expected \`articles\` to be an array, got ${typeof articles}`);
  }
  const gazetteer = options.gazetteer ?? [];
  if (!Array.isArray(gazetteer) || gazetteer.some((g) => typeof g !== 'string')) {
    throw new ClaimdiffError('E_INVALID_OPTIONS', 'Expected `gazetteer` to be an array of strings');
  }
  checkThreshold('claimThreshold', options.claimThreshold);
  checkThreshold('nameThreshold', options.nameThreshold);
  const rules = rulesOf(options.packs ?? packs);
  // Sorting here too keeps the result independent of the order a direct caller passes articles in.
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Unless the caller handed them over, its claims stay untouched: alignment fills copies with entity ids and swept mentions.
  const claimsByArticle = new Map<string, Claim[]>(
    sorted.map((a) => [a.id, [...a.claims].sort((x, y) => x.index - y.index).map(prepare)]),
  );
  const { entities, mentions, canonicalReasons } = resolveEntities(sorted, claimsByArticle, gazetteer, rules.namePacks, options.nameThreshold);
  for (const list of claimsByArticle.values()) {
    for (const c of list) c.entities.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
  }
  const aligned = sorted.map((a) => ({ ...a, claims: claimsByArticle.get(a.id) ?? [] }));
  const claims = aligned.flatMap((a) => a.claims);
  const clusters = clusterClaims(claims, {
    stopwords: rules.stopwords,
    ...(options.cache ? { cache: options.cache } : {}),
    ...(options.claimThreshold !== undefined ? { threshold: options.claimThreshold } : {}),
  });
  return { articles: aligned, claims, entities, mentions, clusters, canonicalReasons };
}

/** The blocking keys of a report claim, so an external engine (a database join, a Spark job) can pair claims as claimdiff does. */
export function blockingKeys(claim: Claim): string[] {
  return claimBlockingKeys(claim, stopwords);
}

/** The claim pairs (indexes, different articles) that blocking passes to scoring; for measuring and reproducing the alignment. */
export function claimCandidates(claims: readonly Claim[]): Array<[number, number]> {
  return candidatePairs(claims, { stopwords });
}
