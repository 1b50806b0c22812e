/** Options of `compareNames`. */
export interface CompareNamesOptions {
  /** Score at or above which two names count as the same person (0-1). */
  threshold?: number;
}

/** Result of `compareNames`. */
export interface NameComparison {
  same: boolean;
  score: number;
  reasons: string[];
}

/** Decides whether two person names are spellings of one name, with a score and the evidence. */
export function compareNames(a: string, b: string, options: CompareNamesOptions = {}): NameComparison {
  // PLACEHOLDER. Replaced by the align stage.
  const same = a.trim().toLowerCase() === b.trim().toLowerCase();
  void options;
  return { same, score: same ? 1 : 0, reasons: same ? ['identical'] : [] };
}
