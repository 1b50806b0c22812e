// Character classes shared by the passes. They describe typography, not a language, so they live in code.

/** Characters that can end a sentence. */
const TERMINATORS = ['.', '!', '?', '…', '‼', '⁇', '⁈', '⁉', '。', '！', '？', '．'];
/** Characters that may follow a sentence end and still belong to it: closing quotes and brackets. */
const CLOSERS = ['"', "'", '”', '“', '’', '‘', '»', '«', '›', '‹', ')', ']', '}', '´', '`'];
/** Characters that may open a sentence before its first letter: quotes, brackets, inverted marks. */
const OPENERS = ['"', "'", '„', '“', '”', '‚', '‘', '’', '»', '«', '›', '‹', '(', '[', '{', '¿', '¡', '`'];
/** List bullets: a sentence (list item) starts at each of them. */
const BULLETS = ['•', '◦', '▪', '▫', '‣', '⁃', '●', '○', '■', '□', '►', '▶', '➢', '➤', '✓', '✔', '∙'];
/** Terminators of East Asian typography, which need no space after them. */
const FULL_WIDTH = ['。', '！', '？', '．'];


const UPPER = /\p{Lu}|\p{Lt}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const SPACE = /\s/u;

// One table of class bits per UTF-16 code unit. The passes read text by code unit: `text[i]` would make a new
// one-character string for every non-Latin-1 unit (typographic quotes, dashes), and a Set lookup would hash it.
// The typographic classes are set at load time; the Unicode classes of a unit are computed with the patterns on
// first sight (KNOWN set) and then remembered: German text would otherwise run a regular expression on every "ä".
const KNOWN = 1;
/** Class bit: an upper-case or title-case letter. */
export const UPPER_BIT = 2;
/** Class bit: a lower-case letter. */
export const LOWER_BIT = 4;
/** Class bit: any letter. */
export const LETTER_BIT = 8;
/** Class bit: a decimal digit. */
export const DIGIT_BIT = 16;
/** Class bit: whitespace, line breaks included. */
export const SPACE_BIT = 32;
/** Class bit: a sentence-ending mark. */
export const TERMINATOR_BIT = 64;
/** Class bit: a closing quote or bracket. */
export const CLOSER_BIT = 128;
/** Class bit: an opening quote or bracket. */
export const OPENER_BIT = 256;
/** Class bit: a list bullet. */
export const BULLET_BIT = 512;
/** Class bit: a full-width terminator. */
export const FULL_WIDTH_BIT = 1024;

/** Class bit: where a candidate boundary can start (a terminator, a line break or a bullet). */
export const MARK_BIT = 2048;
/** Class bit: a double quotation mark of German, English or French typography ("„“”‟«»). */
export const DOUBLE_QUOTE_BIT = 4096;

const unitClasses = new Uint16Array(0x10000);
for (const [chars, bit] of [
  [[...TERMINATORS, '\n', ...BULLETS], MARK_BIT],
  [['"', '\u201E', '\u201C', '\u201D', '\u201F', '\u00AB', '\u00BB'], DOUBLE_QUOTE_BIT],
  [TERMINATORS, TERMINATOR_BIT],
  [CLOSERS, CLOSER_BIT],
  [OPENERS, OPENER_BIT],
  [BULLETS, BULLET_BIT],
  [FULL_WIDTH, FULL_WIDTH_BIT],
] as const) {
  for (const c of chars) unitClasses[c.charCodeAt(0)]! |= bit;
}

function learn(code: number): number {
  const c = String.fromCharCode(code);
  let v = unitClasses[code]! | KNOWN;
  if (UPPER.test(c)) v |= UPPER_BIT;
  if (LOWER.test(c)) v |= LOWER_BIT;
  if (LETTER.test(c)) v |= LETTER_BIT;
  if (DIGIT.test(c)) v |= DIGIT_BIT;
  if (SPACE.test(c)) v |= SPACE_BIT;
  unitClasses[code] = v;
  return v;
}
for (let code = 0; code < 0x80; code++) learn(code);

/** The class bits of one UTF-16 code unit (0 to 0xFFFF). */
export function unitClass(code: number): number {
  const v = unitClasses[code]!;
  return (v & KNOWN) !== 0 ? v : learn(code);
}

/**
 * The first offset from `from` (before `end`) whose code unit has one of the preset typographic classes in `bits`
 * (`MARK_BIT`, `DOUBLE_QUOTE_BIT`, ...), else `end`. A plain loop over the table: it passes over ordinary text
 * faster than a regular expression called once per mark, whose fixed cost per call dominated (measured).
 */
export function scanTo(text: string, from: number, end: number, bits: number): number {
  let i = from;
  while (i < end && (unitClasses[text.charCodeAt(i)]! & bits) === 0) i++;
  return i;
}

/** The class bits of the code unit at `i` of `text`; 0 outside the string, as `text[i]` is undefined there. */
export function classAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? unitClass(text.charCodeAt(i)) : 0;
}

/** Whether the code unit at `i` of `text` has class `bit` (false outside the string). */
export function isAt(text: string, i: number, bit: number): boolean {
  return (classAt(text, i) & bit) !== 0;
}

// A single code unit is classified from the table; longer strings (a surrogate pair) keep the pattern's meaning.
const test = (c: string | undefined, bit: number, pattern: RegExp | null): boolean => {
  if (c === undefined) return false;
  if (c.length === 1) return (unitClass(c.charCodeAt(0)) & bit) !== 0;
  return pattern !== null && pattern.test(c);
};

/** True for a sentence-ending mark. */
export const isTerminator = (c: string | undefined): boolean => test(c, TERMINATOR_BIT, null);
/** True for a closing quote or bracket. */
export const isCloser = (c: string | undefined): boolean => test(c, CLOSER_BIT, null);
/** True for an opening quote or bracket. */
export const isOpener = (c: string | undefined): boolean => test(c, OPENER_BIT, null);
/** True for a list bullet. */
export const isBullet = (c: string | undefined): boolean => test(c, BULLET_BIT, null);
/** True for an upper-case (or title-case) letter. */
export const isUpper = (c: string | undefined): boolean => test(c, UPPER_BIT, UPPER);
/** True for a lower-case letter. */
export const isLower = (c: string | undefined): boolean => test(c, LOWER_BIT, LOWER);
/** True for any letter. */
export const isLetter = (c: string | undefined): boolean => test(c, LETTER_BIT, LETTER);
/** True for a decimal digit. */
export const isDigit = (c: string | undefined): boolean => test(c, DIGIT_BIT, DIGIT);
/** True for whitespace, line breaks included. */
export const isSpace = (c: string | undefined): boolean => test(c, SPACE_BIT, SPACE);
/** True for spaces and tabs but not line breaks. */
export const isHorizontalSpace = (c: string | undefined): boolean => c !== undefined && c !== '\n' && c !== '\r' && test(c, SPACE_BIT, SPACE);
/** `isHorizontalSpace` for the code unit at `i` of `text`. */
export function isHorizontalSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c !== 0x0a && c !== 0x0d && isAt(text, i, SPACE_BIT);
}
