// The public API of claimdiff: one explicit export list, so every change to it is a conscious act.
export { compare, compareStories, extractClaims, parseReport, validateArticle } from './pipeline.js';
export { MAX_ARTICLES } from './pipeline.js';
export type { CompareOptions, ExtractOptions, RuleSetting, Thresholds } from './pipeline.js';
export type { WordLists, WordsOption } from './lang/extend.js';
export { createIndex, indexFromJSON } from './incremental.js';
export { compareParallel, extractParallel, closeWorkers, defaultWorkers, MAX_WORKERS } from './parallel.js';
export type { ParallelCompareOptions, ParallelExtractOptions } from './parallel.js';
export type { ClaimIndex, IndexSnapshot } from './incremental.js';
export { segmentSentences } from './segment/index.js';
export type { SegmentOptions, SentenceSpan } from './segment/index.js';
export { compareNames } from './align/names.js';
export type { CompareNamesOptions, NameComparison } from './align/names.js';
export { normalizeArticle, articleFromNinjs, isNinjs, MAX_ARTICLE_LENGTH } from './normalize/index.js';
export type { NinjsOptions } from './normalize/index.js';
export type { NormalizedDocument, Block, BlockKind, BoilerplateKind, Citation } from './normalize/index.js';
export type { Sentence, ArticleClaims } from './extract/index.js';
export { alignClaims, blockingKeys, claimCandidates } from './align/index.js';
export { storyAnchors, splitStories, AUTO_SPLIT_ABOVE, MIN_SHARED_ANCHORS } from './stories/index.js';
export { mergeReports } from './stories/merge.js';
export type { StoryMode } from './stories/index.js';
export { claimSimilarity } from './align/claim-similarity.js';
export type { ClaimSimilarity } from './align/claim-similarity.js';
export type { Alignment, LocatedMention, AlignOptions } from './align/index.js';
export { builtinDetectors, defineDetector, runDetectors } from './detect/index.js';
export type { Detector, DetectorContext, FindingDraft } from './detect/index.js';
export {
  render,
  RENDER_FORMATS,
  renderJson,
  renderMarkdown,
  renderText,
  renderHtml,
  renderSarif,
  renderAnnotations,
  renderClaimReview,
} from './render/index.js';
export type {
  RenderFormat,
  RenderOptions,
  TextRenderOptions,
  HtmlRenderOptions,
  SarifRenderOptions,
  AnnotationRenderOptions,
  ClaimReviewRenderOptions,
  ClaimReviewer,
  ArticleRef,
} from './render/index.js';
export { assertConsistent } from './assert.js';
export type { ConsistencyOptions } from './assert.js';
export { ConfigSchema, configSchema, parseConfig, configToOptions, defineConfig } from './config.js';
export type { ClaimdiffConfig, FailOn } from './config.js';
export { ClaimdiffError, isClaimdiffError } from './errors.js';
export type { ClaimdiffErrorCode } from './errors.js';
export { detectLanguage, getPack, packs } from './lang/index.js';
export type { LanguagePack } from './lang/index.js';
export {
  ArticleInputSchema,
  ReportSchema,
  ClaimSchema,
  FindingSchema,
  EntitySchema,
  SpanSchema,
  SkippedBlockSchema,
  reportJsonSchema,
} from './model/schema.js';
export type {
  ArticleInput,
  Report,
  Claim,
  Finding,
  Entity,
  EntityMention,
  Quantity,
  DateMention,
  Quote,
  Attribution,
  AttributionKind,
  Hedge,
  Evidence,
  Severity,
  Span,
  Language,
  Format,
  Cluster,
  ArticleSummary,
  SkippedBlock,
} from './model/schema.js';
