import type { NormalizationPack } from '../../normalize/pack.js';

/** Boilerplate cues seen in English news pages. */
export const normalize: NormalizationPack = {
  // Teaser links to other articles that sit between paragraphs.
  readMorePrefixes: [
    'read more:',
    'read also:',
    'also read:',
    'read next:',
    'related:',
    'related article:',
    'related story:',
    'see also:',
    'more on this story:',
    'more on this:',
    'you may also like:',
    'recommended:',
    'further reading:',
    'click here',
  ],
  // Publisher notes about how the text was made; whole lines, lower-case, `.` escaped.
  disclaimerPatterns: [
    'this (?:article|story|report|text|content) (?:was|has been|is) [^.]{0,120}(?:produced|generated|written|created|translated|edited|reviewed)[^.]{0,120}\\.?',
    '(?:this|the) (?:article|story) (?:was|has been) (?:originally )?published [^.]{0,120}\\.?',
    'editor\'s note: [^.]{0,160}\\.?',
    'disclosure: [^.]{0,160}\\.?',
    'all rights reserved\\.?',
    '(?:©|\\(c\\)|copyright) [^.]{0,80}\\.?',
    'advertisement',
    'sponsored content',
  ],
  // Labels of a publication or update date; alone on a line they mean the date itself is missing.
  datelineWords: ['published', 'published on', 'published at', 'posted', 'posted on', 'updated', 'updated on', 'last updated', 'last updated on', 'date', 'first published'],
  // English-language news agencies and wires that outlets cite in brackets.
  citationLabels: ['ap', 'reuters', 'afp', 'upi', 'pa', 'bloomberg', 'cnn', 'bbc', 'kyodo', 'yonhap', 'xinhua', 'ians', 'pti', 'aap', 'cp', 'efe', 'ansa', 'tass'],
  // Words that introduce a source inside brackets.
  citationPrefixes: ['source:', 'sources:', 'via'],
  // English words for share buttons, ads, comments, recommendations, subscriptions, breadcrumbs and trending lists, as English aria-labels write them ("Share on X", "Trending now").
  furnitureWords: ['share', 'advertising', 'advertisement', 'comments', 'recommended', 'related', 'newsletter', 'subscribe', 'breadcrumb', 'cookies', 'trending', 'popular', 'promoted'],
};
