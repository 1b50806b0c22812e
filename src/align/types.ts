import type { Claim, Cluster, Entity, EntityMention } from '../model/schema.js';
import type { ArticleClaims } from '../extract/types.js';

/** A mention with where it was found, the unit entity resolution works on. */
export interface LocatedMention {
  articleId: string;
  claimId: string;
  mention: EntityMention;
}

/** Why an entity's canonical spelling was chosen. */
export type CanonicalReason = 'gazetteer' | 'majority-of-sources' | 'self-consistent-source' | 'most-mentions';

/** Everything the detectors look at: articles (sorted by id), claims with resolved entity ids, entities, clusters. */
export interface Alignment {
  articles: ArticleClaims[];
  /** All claims of all articles, sorted by article id then sentence index; `entities[].entityId` is set. */
  claims: Claim[];
  entities: Entity[];
  /** For each entity id, every mention of it. */
  mentions: ReadonlyMap<string, LocatedMention[]>;
  /** Clusters of claims from two or more articles that state the same thing. */
  clusters: Cluster[];
  /** For each entity id, why its canonical form was chosen (absent for alignments built by hand). */
  canonicalReasons?: ReadonlyMap<string, CanonicalReason>;
}
