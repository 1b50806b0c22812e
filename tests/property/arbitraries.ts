// Generators for property tests: article texts that look like news copy in pieces, mixed with what the web
// really delivers (control characters, lone surrogates, right-to-left marks, emoji sequences, markup debris).
import fc from 'fast-check';
import type { ArticleInput } from '../../src/index.js';

/** News-like pieces in German and English: names, titles, numbers, dates, quotes, attributions, hedges, abbreviations. */
const WORDS = [
  'Die', 'Der', 'Stadt', 'Feuerwehr', 'sagte', 'laut', 'zufolge', 'Experten', 'Umfragen', 'belegen', 'angeblich',
  'könnte', 'Präsident', 'Premierministerin', 'Anna', 'Berg', 'Jonas', 'Weber', 'Müller', 'Dr.', 'z. B.', 'u. a.',
  'am', '28.', 'Oktober', '2025', 'Okt.', 'Montag', 'um', '14.30', 'Uhr', 'rund', 'etwa', 'mehr als', '1.234,5',
  '12.000', '3,5', 'Prozent', 'Mio.', 'Euro', 'Tonnen', 'Menschen', 'und', 'oder', 'nicht', 'heute', 'gestern',
  'The', 'city', 'police', 'said', 'according to', 'analysts', 'say', 'reportedly', 'may', 'President', 'Mr.',
  'Sen.', 'Oct.', '3', 'on', 'Tuesday', 'about', 'more than', '1,234.5', '12,000', '$', '€', '£', '2.5', 'million',
  'percent', 'people', 'sources', 'familiar', 'with', 'the', 'matter', 'Sanaa', 'Al-Masri', "O'Neill", 'van der',
  'Berg-Schmidt', 'NATO', 'EU', 'USA', 'GmbH', 'Inc.', 'Nr.', 'No.', 'ca.', 'bzw.', 'St.', 'Jr.',
];
const PUNCT = ['.', ',', '!', '?', ':', ';', '…', '–', '—', '-', '„', '“', '”', '"', "'", '»', '«', '‚', '‘', '’', '(', ')', '[', ']', '%', '/'];
const SPACES = [' ', ' ', ' ', '', '\n', '\n\n', '\t', '\u00a0', '\u202f', '\r\n'];
const MARKUP = ['# ', '## ', '- ', '* ', '> ', '**', '_', '`', '```\n', '[a](b)', '![x](y.png)', '<p>', '</p>', '<h2>', '</h2>', '<br>', '<script>', '</script>', '<!--', '-->', '&amp;', '&bdquo;', '&#0;', '&#xD800;', '<article>', '<nav>', '[ndr.de]', '[1]', 'Mehr lesen:', 'Read more:', 'Foto: dpa'];
/** Characters that break naive code: NUL, controls, lone surrogates, bidi marks, combining marks, emoji ZWJ sequences. */
const ODD = [
  '\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029', '\ufeff', '\ufffd', '\ud800', '\udfff',
  '\ud83d', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202e', '\u2066', 'שלום', 'مرحبا', 'e\u0301', 'a\u0308',
  '👩‍👩‍👧‍👦', '🏳️‍🌈', '👍🏽', '🇩🇪', '😀', '\u{1d400}', 'ǅ', 'ß', 'ẞ', 'İ', 'ﬁ', '①', '٣', '\u0660',
];

const piece = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 99_999 }).map(String) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  // Any UTF-16 code unit, lone surrogates included.
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 4 }) },
);

/** Article text: up to `maxPieces` pieces, each followed by a separator. */
export function textArb(maxPieces = 40): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(piece, fc.constantFrom(...SPACES)), { maxLength: maxPieces })
    .map((parts) => parts.map(([p, s]) => p + s).join(''));
}

/** Deep nesting: thousands of opening quotes or brackets (or tags), some text, and maybe their closers. */
export const nestedArb: fc.Arbitrary<string> = fc
  .record({
    open: fc.constantFrom('„', '“', '"', '«', '»', '(', '[', '{', "'", '‚', '<b>', '<div>', '> ', '*', '_'),
    close: fc.constantFrom('“', '”', '"', '»', '«', ')', ']', '}', "'", '‘', '</b>', '</div>', '', '*', '_'),
    depth: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1000, max: 10_000 }), fc.constant(10_000)),
    inner: textArb(8),
    closed: fc.boolean(),
  })
  .map(({ open, close, depth, inner, closed }) => open.repeat(depth) + inner + (closed ? close.repeat(depth) : ''));

/** A valid article: distinct ids are the caller's job (see `articlesArb`). */
export function articleArb(text: fc.Arbitrary<string> = textArb()): fc.Arbitrary<Omit<ArticleInput, 'id'>> {
  return fc.record(
    {
      text,
      format: fc.constantFrom('text' as const, 'markdown' as const, 'html' as const),
      language: fc.constantFrom('de' as const, 'en' as const),
      title: textArb(6),
      publishedAt: fc.constantFrom('2025-10-30', '2025-10-30T08:00:00Z', 'gestern', '', '0000-00-00'),
      source: fc.string({ maxLength: 8 }),
    },
    { requiredKeys: ['text'] },
  );
}

/** One to `max` valid articles with distinct ids (ids may hold any characters). */
export function articlesArb(max = 3, text?: fc.Arbitrary<string>): fc.Arbitrary<ArticleInput[]> {
  return fc
    .uniqueArray(fc.oneof(fc.constantFrom('a', 'b', 'c', 'spiegel.de', 'zeit/2025/x'), fc.string({ minLength: 1, maxLength: 5 })), {
      minLength: 1,
      maxLength: max,
    })
    .chain((ids) => fc.tuple(...ids.map((id) => articleArb(text).map((a) => ({ ...a, id })))));
}
