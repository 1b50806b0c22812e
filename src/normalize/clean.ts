import type { Citation } from './types.js';
import { endAt, identityText, MapBuilder, NO_UNITS, startAt, type CleanLine, type MappedText, type Piece } from './raw.js';

/** Source-label cues the citation finder needs, merged from every language pack. */
export interface CitationCues {
  labels: ReadonlySet<string>;
  prefixes: readonly string[];
}

// Invisible code units that carry no text: soft hyphen, zero-width and bidi marks, BOM, control characters.
function isInvisible(c: number): boolean {
  return (
    c === 0xad ||
    (c >= 0x200b && c <= 0x200f) ||
    c === 0x2060 ||
    c === 0xfeff ||
    c === 0x180e ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c <= 0x08 ||
    (c >= 0x0e && c <= 0x1f) ||
    c === 0x7f ||
    (c >= 0x80 && c <= 0x9f && c !== 0x85)
  );
}

/** True for every line break, tab and Unicode space that should read as one plain space. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

// Step 1: pieces to one string, invisibles dropped, every space variant made a plain space.
function expand(pieces: readonly Piece[]): MappedText {
  let total = 0;
  for (const p of pieces) total += p.text.length;
  const out = new MapBuilder(total);
  for (const p of pieces) {
    const t = p.text;
    for (let k = 0; k < t.length; k++) {
      const c = t.charCodeAt(k);
      if (isInvisible(c)) continue;
      if (p.exact) out.push(isSpaceCode(c) ? 0x20 : c, p.start + k, p.start + k + 1);
      else out.push(isSpaceCode(c) ? 0x20 : c, p.start, p.end);
    }
  }
  return out.finish();
}

// A code point that NFC may merge into the code point before it: combining marks and Hangul vowel/final jamo.
const JOINS_PREVIOUS = /^[\p{M}\u1160-\u11FF]/u;

// Step 2: Unicode NFC, one base character with its marks at a time, so a composed character maps to its full original range.
function nfc(m: MappedText): MappedText {
  if (m.text.normalize('NFC') === m.text) return m;
  const t = m.text;
  const out = new MapBuilder(t.length);
  let i = 0;
  while (i < t.length) {
    let j = i + cpLength(t, i);
    while (j < t.length && JOINS_PREVIOUS.test(t.slice(j, j + 2))) j += cpLength(t, j);
    const seg = t.slice(i, j);
    const n = seg.normalize('NFC');
    if (n === seg) {
      for (let k = i; k < j; k++) out.push(t.charCodeAt(k), m.starts[k]!, m.ends[k]!);
    } else {
      for (let k = 0; k < n.length; k++) out.push(n.charCodeAt(k), m.starts[i]!, m.ends[j - 1]!);
    }
    i = j;
  }
  return out.finish();
}

function cpLength(t: string, i: number): number {
  const c = t.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length) {
    const d = t.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

// A bracketed label of at most 100 characters; the class excludes brackets, so each attempt is bounded.
const BRACKETED = /\[([^[\]]{1,100})\]/g;
const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}\/?$/i;
const NUMBER = /^\d{1,3}$/;
const SENTENCE_END = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', "'", '\u201C', '\u201D', '\u2019', '\u00BB', '\u00AB', '\u203A', '\u2039', ')']);

/** True when a bracket label names a source: a domain, a footnote number or a known agency, optionally after "Quelle:". */
export function looksLikeSource(label: string, cues: CitationCues): boolean {
  let l = label.trim().toLowerCase();
  for (const p of cues.prefixes) {
    if (l.startsWith(p + ' ') || (p.endsWith(':') && l.startsWith(p))) {
      l = l.slice(p.length).trim();
      break;
    }
  }
  if (!l) return false;
  // Nearly every label is one source: splitting with a pattern clones the pattern on every call, so it waits for a separator.
  const parts = l.indexOf('/') < 0 && l.indexOf(',') < 0 && l.indexOf(';') < 0 ? [l] : l.split(/[/,;]/);
  return parts.every((raw) => {
    const part = raw.trim();
    return part !== '' && (DOMAIN.test(part) || NUMBER.test(part) || cues.labels.has(part));
  });
}

function prevNonSpace(t: string, i: number): number {
  let k = i - 1;
  while (k >= 0 && t.charCodeAt(k) === 0x20) k--;
  return k;
}

function endsSentenceAt(t: string, k: number): boolean {
  if (k < 0) return false;
  const c = t[k]!;
  if (SENTENCE_END.has(c)) return true;
  return CLOSERS.has(c) && k > 0 && SENTENCE_END.has(t[k - 1]!);
}

// Shared by every line without citation markers (nearly all): read only, as every reader of a line's citations copies them.
const NO_CITATIONS: Citation[] = [];

// Read-only in effect: `collapse` reads a mask past its end as "keep" (undefined), and nothing writes to this one.
const NO_DROP = new Uint8Array(0);

// Step 3: citation markers after a sentence end, at the start of a line or at the end of the paragraph; returns the
// units to delete. Prose never opens a line with "[dpa]": a marker there is the source note of the sentence beside it,
// wrapped onto the next line. Lifting it on the first pass also keeps normalization idempotent, since joining the lines
// would put it after the previous line's full stop, where the second pass would lift it.
function findCitations(m: MappedText, atParagraphEnd: boolean, cues: CitationCues): { drop: Uint8Array; citations: Citation[] } {
  const t = m.text;
  // Most lines hold no bracket at all: they share one empty drop mask instead of allocating one per line.
  if (t.indexOf('[') < 0) return { drop: NO_DROP, citations: NO_CITATIONS };
  const drop = new Uint8Array(t.length);
  const citations: Citation[] = [];
  const candidates: { start: number; end: number; label: string }[] = [];
  // An `exec` loop rather than `matchAll`, which clones the pattern for every line it reads.
  BRACKETED.lastIndex = 0;
  for (let match = BRACKETED.exec(t); match !== null; match = BRACKETED.exec(t)) {
    const start = match.index;
    const end = start + match[0].length;
    // `[text](url)` is link syntax, not a citation.
    if (t[end] === '(' || !looksLikeSource(match[1]!, cues)) continue;
    candidates.push({ start, end, label: match[1]!.trim() });
  }
  // Markers that stand only before the end of the text (possibly in a chain) are at the paragraph end: they are
  // the candidates from `firstTrailing` on.
  let firstTrailing = candidates.length;
  if (atParagraphEnd) {
    let tail = t.length;
    while (tail > 0 && t.charCodeAt(tail - 1) === 0x20) tail--;
    for (let c = candidates.length - 1; c >= 0; c--) {
      const cand = candidates[c]!;
      if (cand.end !== tail) break;
      firstTrailing = c;
      tail = prevNonSpace(t, cand.start) + 1;
    }
  }
  let lastAcceptedEnd = -1;
  for (let c = 0; c < candidates.length; c++) {
    const cand = candidates[c]!;
    const k = prevNonSpace(t, cand.start);
    const afterSentence = k < 0 || endsSentenceAt(t, k) || (lastAcceptedEnd >= 0 && k === lastAcceptedEnd - 1);
    if (!afterSentence && c < firstTrailing) continue;
    lastAcceptedEnd = cand.end;
    for (let i = cand.start; i < cand.end; i++) drop[i] = 1;
    citations.push({ label: cand.label, span: { start: startAt(m, cand.start), end: endAt(m, cand.end - 1) } });
  }
  return { drop, citations };
}

// Step 4: collapse runs of spaces into one (mapped to the whole run), skip dropped units, trim both ends.
function collapse(m: MappedText, drop: Uint8Array): MappedText {
  const t = m.text;
  const out = new MapBuilder(t.length);
  let runStart = -1;
  let runEnd = -1;
  let dropped = false;
  for (let i = 0; i < t.length; i++) {
    if (drop[i]) {
      dropped = true;
      continue;
    }
    const c = t.charCodeAt(i);
    if (c === 0x20) {
      if (runStart < 0) runStart = startAt(m, i);
      runEnd = endAt(m, i);
      continue;
    }
    if (out.length > 0 && (runStart >= 0 || dropped)) {
      // A marker glued between two words (".[dpa]Next") leaves a zero-width space so the words stay apart.
      out.push(0x20, runStart >= 0 ? runStart : startAt(m, i), runStart >= 0 ? runEnd : startAt(m, i));
    }
    runStart = -1;
    dropped = false;
    out.push(c, startAt(m, i), endAt(m, i));
  }
  return out.finish();
}

// Most lines of plain text need no expansion: one exact piece without control, invisible or Unicode space
// characters, already in NFC. Such a line maps one unit to one unit, so it keeps its text with an identity map,
// skipping the map-building passes (the bulk of normalization's time). Returns undefined for any other line.
// Two native searches decide it, rather than a loop in JavaScript over every character of every line:
// NEEDS_CLEANING holds every unit `isInvisible` or `isSpaceCode` accepts except the plain space, plus the C1
// controls, NBSP and the soft hyphen (all of U+007F-U+00A0); MAY_COMPOSE every unit from U+0300 on outside general
// punctuation (U+2010-U+205E), which is NFC-stable next to any character: German copy has it in nearly every line.
const NEEDS_CLEANING = /[\u0000-\u001F\u007F-\u00A0\u00AD\u1680\u180E\u2000-\u200F\u2028-\u202F\u205F\u2060\u2066-\u2069\u3000\uFEFF]/;
const MAY_COMPOSE = /[\u0300-\u200F\u205F-\uFFFF]/;
// The union of NEEDS_CLEANING, MAY_COMPOSE and "[": a line holding none of them is plain without further checks.
// Like MAY_COMPOSE it leaves out general punctuation (typographic quotes and dashes) but for the spaces and marks there.
const PLAIN_UNLESS = /[\u0000-\u001F\u007F-\u00A0\u00AD\u0300-\u200F\u2028-\u202F\u205F-\uFFFF[]/;
function plainExpansion(p: Piece): (MappedText & { origin: number }) | undefined {
  const t = p.text;
  if (NEEDS_CLEANING.test(t)) return undefined;
  if (MAY_COMPOSE.test(t) && t.normalize('NFC') !== t) return undefined;
  return identityText(t, p.start);
}

// `collapse` for a line whose map is the identity from `origin` (nearly every line with a citation marker): the same
// units and map, written straight into one typed array and the text cut from the line in slices, rather than one
// unit at a time through a builder and back into a string. When what is left is one unbroken stretch of the line
// (a marker at its end), the result keeps an identity map, which reads the same through `startAt`/`endAt`/`copyMap`.
function collapseIdentity(t: string, origin: number, drop: Uint8Array): MappedText {
  const n = t.length;
  let buffer: Int32Array | undefined;
  let len = 0;
  let parts: string[] | undefined;
  // The stretch `[segStart, segEnd)` of the line copied last, not yet cut out; -1 before any.
  let segStart = -1;
  let segEnd = -1;
  let runFirst = -1;
  let runEnd = -1;
  let dropped = false;
  // The map is written only once the output breaks from one stretch of the line; until then it is the identity.
  // (Stretches are cut out inline, not by a closure: variables a closure captures live on the heap.)
  for (let i = 0; i < n; i++) {
    if (drop[i]) {
      dropped = true;
      continue;
    }
    const c = t.charCodeAt(i);
    if (c === 0x20) {
      if (runFirst < 0) runFirst = i;
      runEnd = i + 1;
      continue;
    }
    if (len > 0 && (runFirst >= 0 || dropped)) {
      if (runFirst >= 0 && runEnd === runFirst + 1 && runFirst === segEnd) {
        // One space right after the stretch: copied as it stands.
        segEnd++;
        if (buffer !== undefined) {
          buffer[len] = origin + runFirst;
          buffer[n + len] = origin + runEnd;
        }
      } else {
        buffer ??= identityColumns(n, origin, segStart, segEnd, len);
        // A marker glued between two words (".[dpa]Next") leaves a zero-width space so the words stay apart.
        buffer[len] = runFirst >= 0 ? origin + runFirst : origin + i;
        buffer[n + len] = runFirst >= 0 ? origin + runEnd : origin + i;
        parts ??= [];
        if (segStart >= 0) parts.push(t.slice(segStart, segEnd));
        parts.push(' ');
        segStart = -1;
        segEnd = -1;
      }
      len++;
    }
    runFirst = -1;
    dropped = false;
    if (i === segEnd) segEnd++;
    else {
      if (segStart >= 0 || len > 0) buffer ??= identityColumns(n, origin, segStart, segEnd, len);
      if (segStart >= 0) (parts ??= []).push(t.slice(segStart, segEnd));
      segStart = i;
      segEnd = i + 1;
    }
    if (buffer !== undefined) {
      buffer[len] = origin + i;
      buffer[n + len] = origin + i + 1;
    }
    len++;
  }
  if (buffer === undefined) return segStart < 0 ? identityText('', origin) : identityText(t.slice(segStart, segEnd), origin + segStart);
  parts ??= [];
  if (segStart >= 0) parts.push(t.slice(segStart, segEnd));
  return { text: parts.join(''), starts: buffer.subarray(0, len), ends: buffer.subarray(n, n + len) };
}

// The map columns (starts at 0, ends at `n`) of the first `len` output units, all copied from the line's stretch
// `[segStart, segEnd)` (the only units written before the output first broke from that stretch).
function identityColumns(n: number, origin: number, segStart: number, segEnd: number, len: number): Int32Array {
  const buffer = new Int32Array(2 * n);
  for (let k = 0, at = origin + segStart; k < len; k++, at++) {
    buffer[k] = at;
    buffer[n + k] = at + 1;
  }
  return buffer;
}

// When nothing was dropped and no two spaces meet, collapsing only trims the ends: the trimmed part of the text
// keeps its map as it is. Returns undefined when a real collapse is needed.
function trimmedOnly(m: MappedText & { origin: number }): MappedText | undefined {
  const t = m.text;
  const bounds = trimBounds(t);
  if (bounds === undefined) return undefined;
  const [a, b] = bounds;
  if (a === 0 && b === t.length) return m;
  return identityText(t.slice(a, b), m.origin + a);
}

// The text's bounds without its end spaces, or undefined when it is blank or two spaces meet inside it.
function trimBounds(t: string): [number, number] | undefined {
  let a = 0;
  let b = t.length;
  while (a < b && t.charCodeAt(a) === 0x20) a++;
  while (b > a && t.charCodeAt(b - 1) === 0x20) b--;
  if (a === b) return undefined;
  DOUBLE_SPACE.lastIndex = a;
  return DOUBLE_SPACE.test(t) && DOUBLE_SPACE.lastIndex - 2 < b ? undefined : [a, b];
}

// Two spaces in a row, searched for from a set `lastIndex`: the pattern passes over text faster than
// `indexOf('  ')`, which stops at every single space (one every few characters) to compare the next unit.
const DOUBLE_SPACE = / {2}/g;

// The common line in one step: one exact piece that needs no expansion, holds no "[" (so no citation marker) and
// no double space, at most trimmed at its ends. Made as the one object the line becomes, with an identity map.
function plainLine(p: Piece): CleanLine | undefined {
  return plainLineAt(p.text, p.start);
}

/** The clean line of one exact line `t` starting at original offset `start` when it is plain (see `plainLine`), else undefined. */
export function plainLineAt(t: string, start: number): CleanLine | undefined {
  // One search over the line for all three classes at once; only a line with a hit is told apart by the three.
  if (PLAIN_UNLESS.test(t) && (t.indexOf('[') >= 0 || NEEDS_CLEANING.test(t) || (MAY_COMPOSE.test(t) && t.normalize('NFC') !== t))) return undefined;
  const bounds = trimBounds(t);
  if (bounds === undefined) return undefined;
  const [a, b] = bounds;
  return { text: a === 0 && b === t.length ? t : t.slice(a, b), starts: NO_UNITS, ends: NO_UNITS, origin: start + a, citations: NO_CITATIONS };
}

/** Normalizes one line of reader pieces: invisibles, spaces, NFC, citation markers, collapsed whitespace. */
export function cleanPieces(pieces: readonly Piece[], atParagraphEnd: boolean, cues: CitationCues): CleanLine {
  if (pieces.length === 1 && pieces[0]!.exact) {
    const line = plainLine(pieces[0]!);
    if (line !== undefined) return line;
  }
  const plain = pieces.length === 1 && pieces[0]!.exact ? plainExpansion(pieces[0]!) : undefined;
  const expanded = plain ?? nfc(expand(pieces));
  const { drop, citations } = findCitations(expanded, atParagraphEnd, cues);
  // A citation marker dropped units, so only lines without one can keep their map as it is.
  if (plain && citations.length === 0) {
    const kept = trimmedOnly(plain);
    if (kept) return withCitations(kept, citations);
  }
  return withCitations(expanded.origin !== undefined ? collapseIdentity(expanded.text, expanded.origin, drop) : collapse(expanded, drop), citations);
}

// Built field by field: an object spread per line was the normalizer's costliest single step.
function withCitations(m: MappedText, citations: Citation[]): CleanLine {
  const { text, starts, ends, origin } = m;
  return origin === undefined ? { text, starts, ends, citations } : { text, starts, ends, origin, citations };
}
