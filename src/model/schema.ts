import { z } from 'zod';

/** Languages with a language pack. */
export const LanguageSchema = z.enum(['de', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

/** Input formats the readers understand. */
export const FormatSchema = z.enum(['text', 'markdown', 'html']);
export type Format = z.infer<typeof FormatSchema>;

/** UTF-16 offsets into the article's original `text`, end exclusive. */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof SpanSchema>;

/** One article as a caller hands it in. */
export const ArticleInputSchema = z.object({
  id: z.string().min(1, 'must be a non-empty string'),
  text: z.string(),
  title: z.string().optional(),
  language: LanguageSchema.optional(),
  url: z.string().optional(),
  source: z.string().optional(),
  publishedAt: z.string().optional(),
  format: FormatSchema.optional(),
});
export type ArticleInput = z.infer<typeof ArticleInputSchema>;

export const EntityKindSchema = z.enum(['person', 'organization', 'place', 'other']);
export type EntityKind = z.infer<typeof EntityKindSchema>;

/** An entity mention inside one claim. */
export const EntityMentionSchema = z.object({
  text: z.string(),
  span: SpanSchema,
  kind: EntityKindSchema,
  /** Given name(s), when the mention names a person with one. */
  given: z.string().optional(),
  /** Surname or the main name token; what name variants are compared on. */
  surname: z.string().optional(),
  /** Role or title that came with the mention ("Premierministerin", "US-Präsident"). */
  role: z.string().optional(),
  /** Id of the report entity this mention was resolved to. */
  entityId: z.string().optional(),
});
export type EntityMention = z.infer<typeof EntityMentionSchema>;

/** A number with what it counts. `min`/`max` carry approximators ("etwa", "more than") as a range. */
export const QuantitySchema = z.object({
  text: z.string(),
  span: SpanSchema,
  value: z.number(),
  min: z.number(),
  max: z.number(),
  unit: z.string().optional(),
  /** The noun the number counts or measures, lower-cased ("staaten", "produktion"). */
  measure: z.string().optional(),
  approximate: z.boolean(),
  /** Multiplier written as a word or abbreviation and already applied to `value` ("Mio." = 1000000). */
  scale: z.number().optional(),
  /** ISO 4217 code when the unit is money ("EUR", "USD"). */
  currency: z.string().optional(),
  /** Case- and number-folded `measure` for comparing across articles ("beschäftigten" and "beschäftigte" both give "beschäftigt"). */
  measureKey: z.string().optional(),
});
export type Quantity = z.infer<typeof QuantitySchema>;

/** A date, weekday, month or time expression. */
export const DateMentionSchema = z.object({
  text: z.string(),
  span: SpanSchema,
  kind: z.enum(['date', 'weekday', 'month', 'year', 'time', 'relative']),
  /** ISO-like value where known: "2025-10-28", "--10-28" (no year), "P2Y" for durations. */
  value: z.string().optional(),
  /** 1 = Monday ... 7 = Sunday, for weekdays. */
  weekday: z.number().int().min(1).max(7).optional(),
  /** Calendar value resolved against the article's `publishedAt`: "2025-10-27", "2025-11" or "2023" (as precise as the wording). */
  resolved: z.string().optional(),
});
export type DateMention = z.infer<typeof DateMentionSchema>;

/** A direct quote and who said it. */
export const QuoteSchema = z.object({
  text: z.string(),
  span: SpanSchema,
  speaker: z.string().optional(),
  /** A quoted single word or short phrase ("Eckpfeiler") rather than a statement. */
  partial: z.boolean(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const AttributionKindSchema = z.enum([
  'named-person',
  'named-organisation',
  'named-document',
  'citation',
  'vague-group',
  'agentless',
  'anonymous',
  'none',
]);
export type AttributionKind = z.infer<typeof AttributionKindSchema>;

/** On whose authority a claim is made. */
export const AttributionSchema = z.object({
  kind: AttributionKindSchema,
  /** The words that signal the attribution ("Umfragen belegen", "laut", "[radioenneperuhr.de]"). */
  cue: z.string().optional(),
  cueSpan: SpanSchema.optional(),
  /** The named source, when there is one. */
  source: z.string().optional(),
});
export type Attribution = z.infer<typeof AttributionSchema>;

export const HedgeSchema = z.object({ text: z.string(), span: SpanSchema });
export type Hedge = z.infer<typeof HedgeSchema>;

export const ClaimKindSchema = z.enum(['fact', 'quote', 'opinion', 'prediction']);
export type ClaimKind = z.infer<typeof ClaimKindSchema>;

/** One sentence of an article as a checkable statement. */
export const ClaimSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  /** Index of the sentence in its article, in reading order. */
  index: z.number().int().nonnegative(),
  text: z.string(),
  span: SpanSchema,
  /** `headline` for the article's own headline found in its text, `body` for everything else. */
  section: z.enum(['headline', 'body']),
  kind: ClaimKindSchema,
  entities: z.array(EntityMentionSchema),
  quantities: z.array(QuantitySchema),
  dates: z.array(DateMentionSchema),
  quotes: z.array(QuoteSchema),
  attribution: AttributionSchema,
  hedges: z.array(HedgeSchema),
  /** Citation markers of the claim's paragraph ("radioenneperuhr.de"). */
  citations: z.array(z.string()),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const SeveritySchema = z.enum(['info', 'warning', 'error']);
export type Severity = z.infer<typeof SeveritySchema>;

export const EvidenceSchema = z.object({
  articleId: z.string(),
  text: z.string(),
  span: SpanSchema,
  claimId: z.string().optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** A typed observation about the articles; data, never prose only. */
export const FindingSchema = z.object({
  id: z.string(),
  detector: z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be kebab-case'),
  code: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  claimIds: z.array(z.string()),
  evidence: z.array(EvidenceSchema),
  data: z.record(z.string(), z.unknown()),
});
export type Finding = z.infer<typeof FindingSchema>;

export const EntityVariantSchema = z.object({
  text: z.string(),
  articleIds: z.array(z.string()),
  count: z.number().int().positive(),
});

/** One real-world entity as resolved across all articles. */
export const EntitySchema = z.object({
  id: z.string(),
  kind: EntityKindSchema,
  canonical: z.string(),
  variants: z.array(EntityVariantSchema),
});
export type Entity = z.infer<typeof EntitySchema>;

/** Claims from different articles that state the same thing. */
export const ClusterSchema = z.object({
  id: z.string(),
  claimIds: z.array(z.string()),
  score: z.number().optional(),
  reason: z.string().optional(),
});
export type Cluster = z.infer<typeof ClusterSchema>;

export const ArticleSummarySchema = z.object({
  id: z.string(),
  title: z.string().optional(),
  language: LanguageSchema,
  /** Body sentences (headline, headings and boilerplate excluded). */
  sentenceCount: z.number().int().nonnegative(),
  claimCount: z.number().int().nonnegative(),
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

/** A non-boilerplate block that yields no claim, with why: every word of an article is a claim, skipped or boilerplate. */
export const SkippedBlockSchema = z.object({
  articleId: z.string(),
  /** Normalized text of the block. */
  text: z.string(),
  span: SpanSchema,
  /** `heading`: a section heading labels what follows and states nothing. */
  reason: z.enum(['heading']),
});
export type SkippedBlock = z.infer<typeof SkippedBlockSchema>;

/** The comparison report: the contract every renderer and consumer reads. */
export const ReportSchema = z.object({
  version: z.literal(1),
  articles: z.array(ArticleSummarySchema),
  claims: z.array(ClaimSchema),
  entities: z.array(EntitySchema),
  clusters: z.array(ClusterSchema),
  findings: z.array(FindingSchema),
  /** Blocks that yield no claim and are not boilerplate (boilerplate is listed by `input-hygiene` findings); absent when there are none. */
  skipped: z.array(SkippedBlockSchema).optional(),
});
export type Report = z.infer<typeof ReportSchema>;

/** The report's JSON Schema, generated from the zod schema so the two never drift. */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ReportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
