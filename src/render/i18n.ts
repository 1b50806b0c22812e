import { ClaimdiffError } from '../errors.js';
import type { Language, Severity } from '../model/schema.js';

/** The fixed words of a rendered report ("chrome"), separate from finding messages, which the language packs provide. */
export interface Chrome {
  title: string;
  articlesCompared: (n: number) => string;
  findings: (n: number) => string;
  severity: Record<Severity, (n: number) => string>;
  /** Singular badge label per severity. */
  badge: Record<Severity, string>;
  heading: Record<Severity, string>;
  articles: string;
  article: string;
  articleTitle: string;
  language: string;
  sentences: string;
  claims: string;
  sources: string;
  findingsHeading: string;
  noFindings: string;
  filters: string;
  bySeverity: string;
  byDetector: string;
  showInSource: string;
  backToFinding: string;
  skipToFindings: string;
  nameSpellings: string;
  wording: string;
  versus: string;
  legend: string;
  overlap: string;
  noText: string;
}

// English chrome; the summary line must stay identical to the text and Markdown renderers' English summary.
const en: Chrome = {
  title: 'claimdiff report',
  articlesCompared: (n) => `${n} ${n === 1 ? 'article' : 'articles'} compared`,
  findings: (n) => `${n} ${n === 1 ? 'finding' : 'findings'}`,
  severity: {
    error: (n) => `${n} ${n === 1 ? 'error' : 'errors'}`,
    warning: (n) => `${n} ${n === 1 ? 'warning' : 'warnings'}`,
    info: (n) => `${n} info`,
  },
  badge: { error: 'error', warning: 'warning', info: 'info' },
  heading: { error: 'Errors', warning: 'Warnings', info: 'Info' },
  articles: 'Articles',
  article: 'Article',
  articleTitle: 'Title',
  language: 'Language',
  sentences: 'Sentences',
  claims: 'Claims',
  sources: 'Sources side by side',
  findingsHeading: 'Findings',
  noFindings: 'No findings.',
  filters: 'Filters',
  bySeverity: 'Severity',
  byDetector: 'Detector',
  showInSource: 'show in source',
  backToFinding: 'Go to finding',
  skipToFindings: 'Skip to findings',
  nameSpellings: 'Spellings',
  wording: 'Wording',
  versus: 'vs.',
  legend: 'Highlights: colour = most severe finding on that text; a double underline marks text several findings share.',
  overlap: 'findings',
  noText: 'Article text not supplied; evidence is shown as quoted in the report.',
};

// German chrome, with the plural forms German needs ("1 Befund", "2 Befunde").
const de: Chrome = {
  title: 'claimdiff-Bericht',
  articlesCompared: (n) => `${n} Artikel verglichen`,
  findings: (n) => `${n} ${n === 1 ? 'Befund' : 'Befunde'}`,
  severity: {
    error: (n) => `${n} Fehler`,
    warning: (n) => `${n} ${n === 1 ? 'Warnung' : 'Warnungen'}`,
    info: (n) => `${n} ${n === 1 ? 'Hinweis' : 'Hinweise'}`,
  },
  badge: { error: 'Fehler', warning: 'Warnung', info: 'Hinweis' },
  heading: { error: 'Fehler', warning: 'Warnungen', info: 'Hinweise' },
  articles: 'Artikel',
  article: 'Artikel',
  articleTitle: 'Titel',
  language: 'Sprache',
  sentences: 'Sätze',
  claims: 'Aussagen',
  sources: 'Quellen nebeneinander',
  findingsHeading: 'Befunde',
  noFindings: 'Keine Befunde.',
  filters: 'Filter',
  bySeverity: 'Schweregrad',
  byDetector: 'Detektor',
  showInSource: 'in der Quelle zeigen',
  backToFinding: 'Zum Befund',
  skipToFindings: 'Zu den Befunden springen',
  nameSpellings: 'Schreibweisen',
  wording: 'Wortlaut',
  versus: 'statt',
  legend: 'Markierungen: Farbe = schwerster Befund an dieser Stelle; doppelt unterstrichen = Text, den mehrere Befunde teilen.',
  overlap: 'Befunde',
  noText: 'Artikeltext nicht übergeben; Belege werden so gezeigt, wie der Bericht sie zitiert.',
};

const CHROME: Readonly<Record<Language, Chrome>> = { de, en };

/** The chrome words for a locale; an unknown locale is a caller mistake. */
export function chromeFor(locale: string | undefined): Chrome {
  const key = locale ?? 'en';
  const table = Object.hasOwn(CHROME, key) ? CHROME[key as Language] : undefined;
  if (!table) {
    throw new ClaimdiffError('E_INVALID_OPTIONS', `Unknown render locale "${key}"; expected one of ${Object.keys(CHROME).join(', ')}`, {
      option: 'locale',
    });
  }
  return table;
}

/** "4 findings: 1 error, 2 warnings, 1 info" in the chrome's language. */
export function localSummary(chrome: Chrome, counts: Record<Severity, number>, total: number): string {
  return `${chrome.findings(total)}: ${chrome.severity.error(counts.error)}, ${chrome.severity.warning(counts.warning)}, ${chrome.severity.info(counts.info)}`;
}
