import { ClaimdiffError } from '../errors.js';
import type { Claim } from '../model/schema.js';
import type { ArticleClaims } from '../extract/types.js';
import { packs } from '../lang/index.js';
import { candidatePairs, clusterClaims } from './clusters.js';
import { claimBlockingKeys } from './blocking.js';
import { resolveEntities } from './entities.js';
import type { NamePack } from './pack.js';
import type { Alignment } from './types.js';

export type { Alignment, LocatedMention, CanonicalReason } from './types.js';

/** Options of `alignClaims`. */
export interface AlignOptions {
  /** Known correct spellings of names. */
  gazetteer?: readonly string[];
}

// Every pack's name rules apply to every name: a German article spells foreign names too. Sorted by code for stable rule order.
const codes = Object.keys(packs).sort() as (keyof typeof packs)[];
const namePacks: readonly NamePack[] = codes.map((c) => packs[c].names);
const stopwords: ReadonlySet<string> = new Set(codes.flatMap((c) => packs[c].stopwords));

function copyClaim(c: Claim): Claim {
  return { ...c, entities: c.entities.map((e) => ({ ...e, span: { ...e.span } })) };
}

/** Resolves entity mentions across articles and clusters claims that say the same thing. */
export function alignClaims(articles: ArticleClaims[], options: AlignOptions = {}): Alignment {
  if (!Array.isArray(articles)) {
    throw new ClaimdiffError('E_INVALID_INPUT', `Expected \`articles\` to be an array, got ${typeof articles}`);
  }
  const gazetteer = options.gazetteer ?? [];
  if (!Array.isArray(gazetteer) || gazetteer.some((g) => typeof g !== 'string')) {
    throw new ClaimdiffError('E_INVALID_OPTIONS', 'Expected `gazetteer` to be an array of strings');
  }
  // Sorting here too keeps the result independent of the order a direct caller passes articles in.
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // The caller's claims stay untouched: alignment works on copies it may fill with entity ids and swept mentions.
  const claimsByArticle = new Map<string, Claim[]>(
    sorted.map((a) => [a.id, [...a.claims].sort((x, y) => x.index - y.index).map(copyClaim)]),
  );
  const { entities, mentions, canonicalReasons } = resolveEntities(sorted, claimsByArticle, gazetteer, namePacks);
  for (const list of claimsByArticle.values()) {
    for (const c of list) c.entities.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
  }
  const aligned = sorted.map((a) => ({ ...a, claims: claimsByArticle.get(a.id) ?? [] }));
  const claims = aligned.flatMap((a) => a.claims);
  const clusters = clusterClaims(claims, { stopwords });
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
