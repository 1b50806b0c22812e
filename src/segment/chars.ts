// Character classes shared by the passes. They describe typography, not a language, so they live in code.

/** Characters that can end a sentence. */
const TERMINATORS = new Set(['.', '!', '?', '…', '‼', '⁇', '⁈', '⁉', '。', '！', '？', '．']);
/** Characters that may follow a sentence end and still belong to it: closing quotes and brackets. */
const CLOSERS = new Set(['"', "'", '”', '“', '’', '‘', '»', '«', '›', '‹', ')', ']', '}', '´', '`']);
/** Characters that may open a sentence before its first letter: quotes, brackets, inverted marks. */
const OPENERS = new Set(['"', "'", '„', '“', '”', '‚', '‘', '’', '»', '«', '›', '‹', '(', '[', '{', '¿', '¡', '`']);
/** List bullets: a sentence (list item) starts at each of them. */
const BULLETS = new Set(['•', '◦', '▪', '▫', '‣', '⁃', '●', '○', '■', '□', '►', '▶', '➢', '➤', '✓', '✔', '∙']);

// Escapes every character, so no mark can change the meaning of the class it is put in.
const charClass = (chars: Iterable<string>): string =>
  `[${[...chars].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`;

/** Finds the next character where a candidate boundary can start: a terminator, a line break or a bullet. */
export const BOUNDARY_MARKS = new RegExp(charClass([...TERMINATORS, '\n', ...BULLETS]), 'g');

const UPPER = /\p{Lu}|\p{Lt}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const SPACE = /\s/u;

// Most characters the passes look at are ASCII: those are classified by code, the Unicode patterns run on the rest.
const ascii = (c: string): number => (c.length === 1 && c < '\u0080' ? c.charCodeAt(0) : -1);
const inRange = (x: number, lo: number, hi: number): boolean => x >= lo && x <= hi;

// Classes of the other single code units (umlauts, typographic quotes), each computed once with the Unicode
// patterns and then remembered: German text would otherwise run a regular expression on every "ä" a pass reads.
const KNOWN = 1;
const UPPER_BIT = 2;
const LOWER_BIT = 4;
const LETTER_BIT = 8;
const DIGIT_BIT = 16;
const SPACE_BIT = 32;
const unitClasses = new Uint8Array(0x10000);
function classesOf(c: string): number {
  const code = c.charCodeAt(0);
  let v = unitClasses[code]!;
  if (v === 0) {
    v = KNOWN;
    if (UPPER.test(c)) v |= UPPER_BIT;
    if (LOWER.test(c)) v |= LOWER_BIT;
    if (LETTER.test(c)) v |= LETTER_BIT;
    if (DIGIT.test(c)) v |= DIGIT_BIT;
    if (SPACE.test(c)) v |= SPACE_BIT;
    unitClasses[code] = v;
  }
  return v;
}
// A non-ASCII string of one code unit is classified from the table; longer strings keep the pattern's meaning.
const test = (c: string, bit: number, pattern: RegExp): boolean => (c.length === 1 ? (classesOf(c) & bit) !== 0 : pattern.test(c));

/** True for a sentence-ending mark. */
export const isTerminator = (c: string | undefined): boolean => c !== undefined && TERMINATORS.has(c);
/** True for a closing quote or bracket. */
export const isCloser = (c: string | undefined): boolean => c !== undefined && CLOSERS.has(c);
/** True for an opening quote or bracket. */
export const isOpener = (c: string | undefined): boolean => c !== undefined && OPENERS.has(c);
/** True for a list bullet. */
export const isBullet = (c: string | undefined): boolean => c !== undefined && BULLETS.has(c);
/** True for an upper-case (or title-case) letter. */
export const isUpper = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const a = ascii(c);
  return a >= 0 ? inRange(a, 65, 90) : test(c, UPPER_BIT, UPPER);
};
/** True for a lower-case letter. */
export const isLower = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const a = ascii(c);
  return a >= 0 ? inRange(a, 97, 122) : test(c, LOWER_BIT, LOWER);
};
/** True for any letter. */
export const isLetter = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const a = ascii(c);
  return a >= 0 ? inRange(a, 65, 90) || inRange(a, 97, 122) : test(c, LETTER_BIT, LETTER);
};
/** True for a decimal digit. */
export const isDigit = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const a = ascii(c);
  return a >= 0 ? inRange(a, 48, 57) : test(c, DIGIT_BIT, DIGIT);
};
/** True for whitespace, line breaks included. */
export const isSpace = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const a = ascii(c);
  return a >= 0 ? a === 32 || inRange(a, 9, 13) : test(c, SPACE_BIT, SPACE);
};
/** True for spaces and tabs but not line breaks. */
export const isHorizontalSpace = (c: string | undefined): boolean => c !== undefined && c !== '\n' && c !== '\r' && (c.length === 1 ? (classesOf(c) & SPACE_BIT) !== 0 : SPACE.test(c));
