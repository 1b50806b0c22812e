// Typographic quote and dash glyphs, mapped one UTF-16 unit to one unit so folded text keeps every offset.
const FOLD: Readonly<Record<string, string>> = {
  '\u201E': '"', // „ German opening
  '\u201C': '"', // “ German closing / English opening
  '\u201D': '"', // ” English closing
  '\u201F': '"', // ‟
  '\u00BB': '"', // »
  '\u00AB': '"', // «
  '\u2033': '"', // ″ double prime, often typed for a quote
  '\uFF02': '"', // fullwidth "
  '\u201A': "'", // ‚ German single opening
  '\u2018': "'", // ‘
  '\u2019': "'", // ’ (also the typographic apostrophe)
  '\u201B': "'", // ‛
  '\u203A': "'", // ›
  '\u2039': "'", // ‹
  '\u2032': "'", // ′ prime
  '\u00B4': "'", // ´ acute accent used as apostrophe
  '\u0060': "'", // ` grave accent used as apostrophe
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-', // figure dash
  '\u2013': '-', // en dash
  '\u2014': '-', // em dash
  '\u2015': '-', // horizontal bar
  '\u2212': '-', // minus sign
  '\uFE58': '-', // small em dash
  '\uFE63': '-', // small hyphen-minus
  '\uFF0D': '-', // fullwidth hyphen-minus
};

const FOLDABLE = /[\u201E\u201C\u201D\u201F\u00BB\u00AB\u2033\uFF02\u201A\u2018\u2019\u201B\u203A\u2039\u2032\u00B4\u0060\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
// The glyphs of FOLD by what they fold to: three replacements with a constant string run natively, where one
// replacement with a function called JavaScript back for every quote and dash (most lines of German copy have some).
const classOf = (to: string): RegExp =>
  new RegExp(`[${Object.keys(FOLD).filter((c) => FOLD[c] === to).map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g');
const DOUBLE = classOf('"');
const SINGLE = classOf("'");
const DASH = classOf('-');

/** Maps typographic quotes to `"`/`'` and dashes to `-` (same length), for code that compares strings across styles. */
export function foldForComparison(text: string): string {
  // Most strings hold nothing to fold: one search answers for them.
  if (!FOLDABLE.test(text)) return text;
  return text.replace(DOUBLE, '"').replace(SINGLE, "'").replace(DASH, '-');
}
