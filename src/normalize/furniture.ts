// Class and id words that web developers use, whatever the language of the page, for parts of a news page that
// are not the story: consent and cookie banners, share bars and social buttons, newsletter and subscription boxes,
// teasers of related or recommended stories, comment sections, breadcrumbs, ads and sponsored slots, pop-ups.
// Matched against whole words of a class, id or aria-label ("share-bar", "relatedArticles"), never inside a word
// ("js-shareable-content" keeps its text). Words of a particular language live in the packs (`furnitureWords`).
export const FURNITURE_WORDS: ReadonlySet<string> = new Set([
  'cookie', 'cookies', 'consent', 'gdpr', 'cmp', 'privacy',
  'share', 'sharing', 'shares', 'sharebar', 'shariff', 'social', 'socials', 'socialmedia',
  'newsletter', 'subscribe', 'subscription', 'paywall', 'signup',
  'related', 'recommended', 'recommendation', 'recommendations', 'recirculation', 'outbrain', 'taboola', 'plista',
  'comment', 'comments', 'disqus', 'breadcrumb', 'breadcrumbs',
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'adslot', 'adunit', 'sponsor', 'sponsored', 'promo',
  'popup', 'modal', 'toolbar', 'skiplink',
]);

// ARIA roles of page regions that never hold the story: site navigation, site header and footer, side bars,
// search, dialogs (consent pop-ups) and menus.
export const FURNITURE_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar', 'tablist',
]);
