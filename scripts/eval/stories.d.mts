import type { ArticleInput, Report } from '../../src/index.js';

export interface GoldStory {
  articlesDir?: string;
  articles?: string[];
  agreeing?: boolean;
  nameVariants?: { entity: string; forms: string[]; inconsistentArticles?: string[] }[];
  distinctEntities?: [string, string, string?][];
  notPersons?: string[];
  unsourced?: { article: string; text: string }[];
  sourced?: { article: string; text: string }[];
  singleSource?: { article: string; text: string }[];
  sentences?: Record<string, number>;
  numericConflicts?: GoldConflict[];
  numericAgreements?: GoldConflict[];
  dateConflicts?: GoldConflict[];
  quoteConflicts?: GoldConflict[];
  hedgeConflicts?: GoldConflict[];
  boilerplate?: { article: string; text: string; occurrences?: number; kind?: string }[];
}
/** One conflict (or agreement) between sources: the text each article states it with. */
export interface GoldConflict {
  evidence: { article: string; text: string }[];
  note?: string;
}
export interface ScoreRow {
  detector: string;
  tp: number;
  fp: number | null;
  fn: number;
}
export function fold(text: string): string;
export function loadStory(goldPath: string): { gold: GoldStory; articles: ArticleInput[]; name: string };
export function scoreStory(report: Report, gold: GoldStory): ScoreRow[];
export function storyPaths(root: string): { name: string; path: string; holdout: boolean }[];
