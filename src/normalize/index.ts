import { COPIED_RUN, offsetMapper, runsMapper, type OffsetRuns } from './offsets.js';
import type { ArticleInput, Format, Language, Span } from '../model/schema.js';
import { ClaimdiffError } from '../errors.js';
import { detectLanguage, LANGUAGE_SAMPLE_CHARS, packs, type LanguagePack } from '../lang/index.js';
import type { Block, BlockKind, BoilerplateKind, Citation, NormalizedDocument } from './types.js';
import { copyMap, endAt, identityText, startAt, type CleanLine, type MappedText, type RawUnit, type UnitHint } from './raw.js';
import { cleanPieces, type CitationCues } from './clean.js';
import { compileCues, cueKind, hasWords, isHeadingText, lineKey, mayHaveCue } from './boilerplate.js';
import { readCleanText } from './text.js';
import { readMarkdown } from './markdown.js';
import { readHtml, type HtmlCues } from './html.js';

export type { NormalizedDocument, Block, BlockKind, BoilerplateKind, Citation } from './types.js';
export { foldForComparison } from './fold.js';
export { articleFromNinjs, isNinjs } from './ninjs.js';
export type { NinjsOptions } from './ninjs.js';

/** Options of `normalizeArticle`. */
export interface NormalizeOptions {
  /** Language to assume when the article does not say; detected from the text otherwise. */
  language?: Language;
  /** Longest text accepted, in UTF-16 units; defaults to `MAX_ARTICLE_LENGTH`. */
  maxLength?: number;
  /** Language packs to read cues and stopwords from (the built-in `packs` plus a caller's words); defaults to `packs`. */
  packs?: Readonly<Record<string, LanguagePack>>;
}

interface Cues {
  boilerplate: ReturnType<typeof compileCues>;
  citation: CitationCues;
  html: HtmlCues;
}

// Compiled once per pack set: the built-ins at load time, a caller's extended set on first use.
const cueCache = new WeakMap<object, Cues>();
function cuesOf(set: Readonly<Record<string, LanguagePack>>): Cues {
  let cues = cueCache.get(set);
  if (cues) return cues;
  const all = Object.values(set).map((p) => p.normalize);
  cues = {
    boilerplate: compileCues(all),
    citation: { labels: new Set(all.flatMap((p) => p.citationLabels)), prefixes: [...new Set(all.flatMap((p) => p.citationPrefixes))] },
    html: { furnitureWords: new Set(all.flatMap((p) => p.furnitureWords)) },
  };
  cueCache.set(set, cues);
  return cues;
}
cuesOf(packs);
/**
 * Longest article text accepted, in UTF-16 units (8 Mi, about 4,000 pages of prose). Every stage is linear, but a
 * text this long is a wrong file or a whole site dump, not an article: refusing it at once beats minutes of work.
 */
export const MAX_ARTICLE_LENGTH = 8 * 1024 * 1024;
const MAX_TITLE_WORDS = 25;
// A repeated line must have at least this many words; single repeated words are labels, not teasers.
// Short lines repeat by chance in hard-wrapped copy ("sagte er."); a teaser or standfirst is longer.
const MIN_REPEATED_WORDS = 5;
const SEPARATOR = '\n\n';

interface Unit {
  hint: UnitHint;
  level?: number;
  lines: CleanLine[];
  /** Citations of lines that were empty once their markers were removed. */
  orphanCitations: Citation[];
}

interface Draft {
  kind: BlockKind;
  boilerplate?: BoilerplateKind;
  mapped: MappedText;
  citations: Citation[];
}

function cleanUnit(raw: RawUnit, cues: CitationCues): Unit {
  const lines: CleanLine[] = [];
  const orphanCitations: Citation[] = [];
  const n = raw.lines.length;
  for (let i = 0; i < n; i++) {
    const clean = cleanPieces(raw.lines[i]!.pieces, i === n - 1, cues);
    if (clean.text) lines.push(clean);
    else orphanCitations.push(...clean.citations);
  }
  // Two literal shapes instead of a spread: units are read again by every classification pass.
  return raw.level ? { hint: raw.hint, level: raw.level, lines, orphanCitations } : { hint: raw.hint, lines, orphanCitations };
}

// A joined map lives only while its article is normalized (drafts are read into the document's runs, then
// dropped), so it is cut from a scratch buffer reset per article rather than allocated: typed arrays cost far more
// to allocate than to fill at these sizes.
const MAX_JOIN_SCRATCH = 1 << 18;
let joinScratch = new Int32Array(1 << 14);
let joinUsed = 0;

// Lines of one block are joined with a space that maps to the line break (and markup) between them.
// Built with whole-map copies and one string join rather than unit by unit.
function joinLines(lines: readonly CleanLine[]): MappedText {
  if (lines.length === 1) return lines[0]!;
  // Hard-wrapped copy: lines mapped one to one that follow each other one unit (the line break) apart. The space
  // joining two of them maps to that unit alone, so the joined text is mapped one to one as well and needs no arrays.
  const first = lines[0]!.origin;
  if (first !== undefined) {
    let next = first;
    let i = 0;
    for (; i < lines.length && lines[i]!.origin === next; i++) next += lines[i]!.text.length + 1;
    if (i === lines.length) return identityText(lines.map((l) => l.text).join(' '), first);
  }
  let total = lines.length - 1;
  for (const l of lines) total += l.text.length;
  let starts: Int32Array;
  let ends: Int32Array;
  if (2 * total > MAX_JOIN_SCRATCH) {
    // A huge paragraph gets arrays of its own, so the scratch stays small once that article is done.
    starts = new Int32Array(total);
    ends = new Int32Array(total);
  } else {
    if (joinUsed + 2 * total > joinScratch.length) {
      // A fresh buffer; this article's earlier joins keep the old one.
      joinScratch = new Int32Array(Math.min(MAX_JOIN_SCRATCH, Math.max(joinScratch.length * 2, 4 * total)));
      joinUsed = 0;
    }
    starts = joinScratch.subarray(joinUsed, joinUsed + total);
    ends = joinScratch.subarray(joinUsed + total, joinUsed + 2 * total);
    joinUsed += 2 * total;
  }
  let pos = 0;
  lines.forEach((l, i) => {
    if (i > 0) {
      const prev = lines[i - 1]!;
      starts[pos] = endAt(prev, prev.text.length - 1);
      ends[pos] = startAt(l, 0);
      pos++;
    }
    pos = copyMap(l, starts, ends, pos);
  });
  return { text: lines.map((l) => l.text).join(' '), starts, ends };
}

// The heading rule only applies to a whole one-line paragraph, never to a line left over after splitting out boilerplate.
function contentKind(hint: UnitHint, lines: readonly CleanLine[], wholeUnit: boolean): BlockKind {
  if (hint === 'heading' || hint === 'title') return 'heading';
  if (hint === 'item' || !wholeUnit) return 'paragraph';
  return lines.length === 1 && isHeadingText(lines[0]!.text) ? 'heading' : 'paragraph';
}

function findTitle(units: readonly Unit[], input: ArticleInput, format: Format): number {
  const explicit = units.findIndex((u) => u.hint === 'title');
  if (explicit >= 0 || format === 'html') return explicit;
  const first = units[0];
  if (!first) return -1;
  if (first.hint === 'heading') return 0;
  if (units.some((u) => u.hint === 'heading')) {
    // Markdown with headings: the first top-level heading is the title unless the caller gave one.
    return input.title === undefined ? units.findIndex((u) => u.hint === 'heading' && u.level === 1) : -1;
  }
  // The text headline: a first paragraph of one short line with a blank line after it.
  // A line that ends in a full stop is the lead sentence of copy without a headline, not a headline.
  const line = first.lines[0]?.text.trimEnd() ?? '';
  if (first.hint === 'text' && first.lines.length === 1 && units.length > 1 && !hasWords(line, MAX_TITLE_WORDS + 1) && !/[^.]\.$/.test(line)) return 0;
  return -1;
}

function classify(units: readonly Unit[], input: ArticleInput, format: Format, cues: Cues['boilerplate']): Draft[] {
  const titleIndex = findTitle(units, input, format);
  const titleKeys = new Set<string>();
  if (titleIndex >= 0) titleKeys.add(lineKey(joinLines(units[titleIndex]!.lines).text));
  if (input.title !== undefined) titleKeys.add(lineKey(input.title.trim().replace(/\s+/g, ' ')));
  const titleLengths = [...titleKeys].map((k) => k.length);

  // Keys (folded, lower-cased copies of whole lines) are made only for lines that may be boilerplate: two lines
  // share a key only when their keys are as long, so a line whose key length no other line has cannot repeat, nor
  // can a line copy the headline when its key is not as long as the headline's. A key is as long as its line except
  // for each U+0130, which lower-cases to two units (the only unit that changes length). Counting words waits for
  // the few lines that share a length.
  const keys: (string | undefined)[] = [];
  let longLengths: Map<number, number> | undefined;
  KEY_LENGTHS.length = 0;
  for (const u of units) {
    for (const l of u.lines) {
      const length = keyLength(l.text);
      keys.push(undefined);
      KEY_LENGTHS.push(length);
      if (length < SHORT_LENGTHS) LENGTH_COUNTS[length]!++;
      else (longLengths ??= new Map()).set(length, (longLengths.get(length) ?? 0) + 1);
    }
  }
  const counts = new Map<string, number>();
  for (let at = 0, u = 0; u < units.length; u++) {
    for (const l of units[u]!.lines) {
      const length = KEY_LENGTHS[at]!;
      const same = length < SHORT_LENGTHS ? LENGTH_COUNTS[length]! : longLengths!.get(length)!;
      if (same >= 2 && hasWords(l.text, MIN_REPEATED_WORDS)) {
        const key = lineKey(l.text);
        keys[at] = key;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      at++;
    }
  }
  for (const length of KEY_LENGTHS) if (length < SHORT_LENGTHS) LENGTH_COUNTS[length] = 0;

  const drafts: Draft[] = [];
  let at = 0;
  units.forEach((unit, u) => {
    const lines = unit.lines;
    if (u === titleIndex) {
      at += lines.length;
      drafts.push({ kind: 'title', mapped: joinLines(lines), citations: citationsOf(unit, 0, lines.length) });
      return;
    }
    // A group of lines is one block unless some lines are boilerplate: those stand alone, the rest stay together.
    // Runs are ranges of the unit's lines: the usual unit, one run of all its lines, needs no array of its own.
    let from = 0;
    for (let i = 0; i < lines.length; i++, at++) {
      const text = lines[i]!.text;
      let key = keys[at];
      if (key === undefined && (titleLengths.includes(KEY_LENGTHS[at]!) || mayHaveCue(text, cues))) key = lineKey(text);
      if (key === undefined) continue;
      const bp: BoilerplateKind | undefined = titleKeys.has(key) ? 'repeated-headline' : (counts.get(key) ?? 0) >= 2 ? 'repeated-teaser' : cueKind(key, cues);
      if (!bp) continue;
      if (i > from) drafts.push(runDraft(unit, from, i));
      drafts.push({ kind: 'boilerplate', boilerplate: bp, mapped: lines[i]!, citations: citationsOf(unit, i, i + 1) });
      from = i + 1;
    }
    if (lines.length > from) drafts.push(runDraft(unit, from, lines.length));
  });
  KEY_LENGTHS.length = 0;
  return drafts;
}

// Scratch: the key length of each line of the article being classified, in reading order.
const KEY_LENGTHS: number[] = [];
// Scratch: how many lines of the article have each key length below SHORT_LENGTHS (a table, zeroed again after
// use, costs less than a Map per article); longer lengths are counted in a Map.
const SHORT_LENGTHS = 4096;
const LENGTH_COUNTS = new Int32Array(SHORT_LENGTHS);

// The length of the line's key (see `lineKey`), made without the key unless the line holds a U+0130.
function keyLength(text: string): number {
  return text.indexOf('\u0130') < 0 ? text.length : lineKey(text).length;
}

// The content block of the unit's lines `[from, to)`.
function runDraft(unit: Unit, from: number, to: number): Draft {
  const whole = from === 0 && to === unit.lines.length;
  const run = whole ? unit.lines : unit.lines.slice(from, to);
  return { kind: contentKind(unit.hint, run, whole), mapped: joinLines(run), citations: citationsOf(unit, from, to) };
}

// The citations of the unit's lines `[from, to)`, in order.
function citationsOf(unit: Unit, from: number, to: number): Citation[] {
  const out: Citation[] = [];
  for (let i = from; i < to; i++) for (const c of unit.lines[i]!.citations) out.push(c);
  // Markers on a line of their own belong to the paragraph they close.
  if (to === unit.lines.length) for (const c of unit.orphanCitations) out.push(c);
  return out;
}

/** The error for an article longer than the limit; one wording for the pipeline's check and normalizeArticle's own. */
export function articleTooLarge(id: string, length: number, limit: number): ClaimdiffError {
  return new ClaimdiffError(
    'E_INPUT_TOO_LARGE',
    `Article "${id}" is ${length} characters long; claimdiff reads at most ${limit} characters per article (option maxArticleLength; split the text or strip the page first)`,
    { id, length, limit },
  );
}

// The documents' runs are cut from shared slabs: allocating a typed array per article cost more than building its runs.
// A slab is small, so a document kept alone keeps at most a few kilobytes of other documents' (dead) runs alive.
const RUN_SLAB = 3 * 1024;
let runSlab = new Int32Array(RUN_SLAB);
let runSlabUsed = 0;

// Scratch columns of `draftRuns` (run start, original start, original end or COPIED), grown on demand and reused.
const MAX_RUN_SCRATCH = 3 << 16;
let runScratch = new Int32Array(3 * 1024);

/**
 * The offset runs of the document the drafts make (blocks joined by zero-width separators), exactly as `offsetRuns`
 * would compress the dense per-character maps, or undefined when runs would not be smaller than those maps.
 * Same rule: a character is copied when its original range is one unit long, and joins the previous run when that
 * character was copied too and stood right before it in the original.
 */
function draftRuns(drafts: readonly Draft[], total: number): OffsetRuns | undefined {
  let cols = runScratch;
  let cap = cols.length / 3;
  let r = 0;
  let k = 0;
  let lastCopied = false;
  let lastStart = 0;
  let lastEnd = 0;
  const open = (at: number, first: number, end: number): boolean => {
    // Three numbers per run against two per character: give up as soon as the runs cannot be smaller.
    if ((r + 1) * 3 >= total * 2) return false;
    if (r === cap) {
      const grown = new Int32Array(cap * 6);
      grown.set(cols.subarray(0, cap), 0);
      grown.set(cols.subarray(cap, 2 * cap), 2 * cap);
      grown.set(cols.subarray(2 * cap, 3 * cap), 4 * cap);
      cols = grown;
      // Kept for the next article only up to a bound, so one huge article does not pin its columns for good.
      if (grown.length <= MAX_RUN_SCRATCH) runScratch = grown;
      cap *= 2;
    }
    cols[r] = at;
    cols[cap + r] = first;
    cols[2 * cap + r] = end;
    r++;
    return true;
  };
  for (let i = 0; i < drafts.length; i++) {
    const m = drafts[i]!.mapped;
    if (i > 0) {
      // Separator units are zero-width, at the end of the previous block in the original: never copied.
      for (let s = 0; s < SEPARATOR.length; s++) {
        if (!open(k, lastEnd, lastEnd)) return undefined;
        k++;
        lastCopied = false;
        lastStart = lastEnd;
      }
    }
    const n = m.text.length;
    if (m.origin !== undefined) {
      if (n === 0) continue;
      if (!(lastCopied && lastStart === m.origin - 1) && !open(k, m.origin, COPIED_RUN)) return undefined;
      k += n;
      lastCopied = true;
      lastStart = m.origin + n - 1;
      lastEnd = m.origin + n;
      continue;
    }
    for (let u = 0; u < n; u++, k++) {
      const s = m.starts[u]!;
      const e = m.ends[u]!;
      const copied = e === s + 1;
      if (!(copied && lastCopied && lastStart === s - 1) && !open(k, s, copied ? COPIED_RUN : e)) return undefined;
      lastCopied = copied;
      lastStart = s;
      lastEnd = e;
    }
  }
  if (r * 3 >= total * 2) return undefined;
  // Copied with a loop and viewed straight from the slab: an article has a few dozen runs, and each typed-array view
  // (of the scratch to copy from, of the slab to copy into) cost more than copying them.
  const need = r * 3;
  let store: Int32Array;
  let base = 0;
  if (need * 4 > RUN_SLAB) store = new Int32Array(need);
  else {
    if (runSlabUsed + need > RUN_SLAB) {
      runSlab = new Int32Array(RUN_SLAB);
      runSlabUsed = 0;
    }
    store = runSlab;
    base = runSlabUsed;
    runSlabUsed += need;
  }
  for (let i = 0; i < r; i++) {
    store[base + i] = cols[i]!;
    store[base + r + i] = cols[cap + i]!;
    store[base + 2 * r + i] = cols[2 * cap + i]!;
  }
  return { at: store.subarray(base, base + r), first: store.subarray(base + r, base + 2 * r), end: store.subarray(base + 2 * r, base + need) };
}

/** Longest normalized text whose offset maps are built in the scratch arrays; bounded so the scratch stays small. */
const SCRATCH_LENGTH = 1 << 16;
const SCRATCH_STARTS = new Int32Array(SCRATCH_LENGTH);
const SCRATCH_ENDS = new Int32Array(SCRATCH_LENGTH);

// The mapper of a map that does not compress to runs, from dense per-character maps of the drafts.
function denseMapper(id: string, drafts: readonly Draft[], total: number): (span: Span) => Span {
  // Small articles borrow the shared scratch maps (the mapper keeps runs or its own copy): two allocations saved.
  const borrowed = total <= SCRATCH_LENGTH;
  const starts = borrowed ? SCRATCH_STARTS.subarray(0, total) : new Int32Array(total);
  const ends = borrowed ? SCRATCH_ENDS.subarray(0, total) : new Int32Array(total);
  let pos = 0;
  drafts.forEach((d, i) => {
    if (i > 0) {
      // Separator units are zero-width, at the end of the previous block in the original.
      const at = ends[pos - 1]!;
      for (let k = 0; k < SEPARATOR.length; k++) {
        starts[pos] = at;
        ends[pos] = at;
        pos++;
      }
    }
    pos = copyMap(d.mapped, starts, ends, pos);
  });
  // `pos === total`: the maps hold one entry per character of the normalized text.
  return offsetMapper(id, starts, ends, borrowed);
}

/**
 * Reads an article in its format and normalizes it into blocks with a map back to the original text.
 *
 * Rules, in order: blank lines separate paragraphs; a paragraph's lines are joined with one space, except that
 * lines which are boilerplate on their own (a line that occurs twice or more in the article, a copy of the
 * headline, a read-more line, a disclaimer, an empty dateline) are split out as blocks of their own while the
 * remaining lines stay together. The first line is the title when it stands alone before a blank line and has at
 * most 25 words (markdown: the top or first level-1 heading; HTML: the first h1, else <title>). A one-line
 * paragraph of at most 20 words that does not end in `.`, `!`, `?`, `…` or `:` is a heading. HTML is read with a
 * real parser (main content only: the article body, else <article>, else <main>; page furniture dropped); markdown
 * keeps only visible text. Throws `E_INPUT_TOO_LARGE` for a text longer than `options.maxLength` (default
 * `MAX_ARTICLE_LENGTH`).
 */
export function normalizeArticle(input: ArticleInput, options: NormalizeOptions = {}): NormalizedDocument {
  const original = input.text;
  const limit = options.maxLength ?? MAX_ARTICLE_LENGTH;
  if (original.length > limit) throw articleTooLarge(input.id, original.length, limit);
  const format = input.format ?? 'text';
  const set = options.packs ?? packs;
  joinUsed = 0;
  const cues = cuesOf(set);
  let units: Unit[];
  if (format === 'html' || format === 'markdown') {
    const raw = format === 'html' ? readHtml(original, cues.html) : readMarkdown(original);
    units = [];
    for (const u of raw) {
      const unit = cleanUnit(u, cues.citation);
      if (unit.lines.length > 0) units.push(unit);
    }
  } else units = readCleanText(original, cues.citation);
  const drafts = classify(units, input, format, cues.boilerplate);

  let total = 0;
  drafts.forEach((d, i) => (total += d.mapped.text.length + (i > 0 ? SEPARATOR.length : 0)));
  const blocks: Block[] = [];
  const parts: string[] = [];
  const bodyParts: string[] = [];
  let at = 0;
  drafts.forEach((d, i) => {
    if (i > 0) {
      at += SEPARATOR.length;
      parts.push(SEPARATOR);
    }
    if (d.kind !== 'boilerplate') bodyParts.push(d.mapped.text);
    const block: Block = { kind: d.kind, text: d.mapped.text, start: at, citations: d.citations };
    if (d.boilerplate) block.boilerplate = d.boilerplate;
    blocks.push(block);
    parts.push(d.mapped.text);
    at += d.mapped.text.length;
  });
  // Nearly every map compresses to runs: they are built straight from the drafts, without the dense per-character
  // arrays (two passes over the text saved). A map that does not compress is built dense, as `offsetMapper` takes it.
  const runs = draftRuns(drafts, total);
  const toOriginal = runs !== undefined ? runsMapper(input.id, total, runs) : denseMapper(input.id, drafts, total);
  const text = parts.join('');
  const titleBlock = blocks.find((b) => b.kind === 'title');
  const title = input.title ?? titleBlock?.text;
  // Without boilerplate, the body differs from the text only in its separators ("\n" for "\n\n"), which split no
  // word: when the detector reads both whole, it counts the same words in the text, and no body is built.
  const body = bodyParts.length === blocks.length && text.length <= LANGUAGE_SAMPLE_CHARS ? text : bodyParts.join('\n');
  const language = input.language ?? options.language ?? detectLanguage(body, 'en', set);

  // Two literal shapes (same key order) instead of spreading an optional title into the document.
  const id = input.id;
  return title !== undefined
    ? { id, input, language, original, text, blocks, title, toOriginal }
    : { id, input, language, original, text, blocks, toOriginal };
}
