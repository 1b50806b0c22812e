import type { NormalizationPack } from '../../normalize/pack.js';

/** Boilerplate cues seen in German news pages. */
export const normalize: NormalizationPack = {
  // Teaser links to other articles that sit between paragraphs.
  readMorePrefixes: [
    'lesen sie auch:',
    'lesen sie mehr:',
    'lesen sie hier:',
    'lesen sie dazu:',
    'lesen sie außerdem:',
    'lesetipp:',
    'mehr zum thema:',
    'mehr dazu:',
    'mehr lesen:',
    'auch interessant:',
    'das könnte sie auch interessieren:',
    'weiterlesen:',
    'siehe auch:',
    'zum thema:',
    'empfehlungen der redaktion:',
  ],
  // Publisher notes about how the text was made; whole lines, lower-case, `.` escaped.
  disclaimerPatterns: [
    'transparenz: redaktionell erstellt und geprüft\\.?',
    'transparenz: [^.]{0,80}\\.?',
    'dieser (?:artikel|text|beitrag) (?:wurde|ist) [^.]{0,120}(?:erstellt|generiert|übersetzt|verfasst|geprüft)\\.?',
    'hinweis: dieser (?:artikel|text|beitrag) [^.]{0,120}\\.?',
    '(?:mit|von) (?:hilfe|unterstützung) (?:von|einer|der) (?:ki|künstlichen intelligenz) [^.]{0,80}\\.?',
    'alle rechte vorbehalten\\.?',
    '(?:©|\\(c\\)|copyright) [^.]{0,80}\\.?',
    'anzeige',
  ],
  // Labels of a publication or update date; alone on a line they mean the date itself is missing.
  datelineWords: [
    'veröffentlicht',
    'veröffentlicht am',
    'veröffentlicht um',
    'erschienen am',
    'erstellt am',
    'aktualisiert',
    'aktualisiert am',
    'zuletzt aktualisiert',
    'zuletzt aktualisiert am',
    'stand',
    'stand vom',
    'datum',
  ],
  // German-language news agencies that papers cite in brackets or parentheses.
  citationLabels: ['dpa', 'afp', 'ap', 'reuters', 'epd', 'kna', 'dts', 'sid', 'apa', 'sda', 'keystone-sda', 'ddp', 'dapd', 'idea', 'kap', 'ots', 'red', 'sz', 'faz'],
  // Words that introduce a source inside brackets.
  citationPrefixes: ['quelle:', 'quellen:', 'via'],
  // German words for share buttons, ads, comments, recommendations, subscriptions, breadcrumbs and privacy notices, as German sites write them in class names and aria-labels.
  furnitureWords: ['teilen', 'werbung', 'anzeige', 'anzeigen', 'kommentar', 'kommentare', 'empfehlung', 'empfehlungen', 'abonnieren', 'abo', 'brotkrumen', 'brotkrumennavigation', 'datenschutz', 'datenschutzhinweis', 'weiterlesen', 'mehrzumthema'],
};
