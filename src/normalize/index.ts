import { offsetMapper } from './offsets.js';
import type { ArticleInput, Format, Language } from '../model/schema.js';
import { ClaimdiffError } from '../errors.js';
import { detectLanguage, packs, type LanguagePack } from '../lang/index.js';
import type { Block, BlockKind, BoilerplateKind, Citation, NormalizedDocument } from './types.js';
import { copyMap, endAt, startAt, type CleanLine, type MappedText, type RawUnit, type UnitHint } from './raw.js';
import { cleanPieces, type CitationCues } from './clean.js';
import { compileCues, cueKind, hasWords, isHeadingText, lineKey } from './boilerplate.js';
import { readText } from './text.js';
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
  raw.lines.forEach((line, i) => {
    const clean = cleanPieces(line.pieces, i === raw.lines.length - 1, cues);
    if (clean.text) lines.push(clean);
    else orphanCitations.push(...clean.citations);
  });
  // Two literal shapes instead of a spread: units are read again by every classification pass.
  return raw.level ? { hint: raw.hint, level: raw.level, lines, orphanCitations } : { hint: raw.hint, lines, orphanCitations };
}

// Lines of one block are joined with a space that maps to the line break (and markup) between them.
// Built with whole-map copies and one string join rather than unit by unit.
function joinLines(lines: readonly CleanLine[]): MappedText {
  if (lines.length === 1) return lines[0]!;
  let total = lines.length - 1;
  for (const l of lines) total += l.text.length;
  const starts = new Int32Array(total);
  const ends = new Int32Array(total);
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
  const counts = new Map<string, number>();
  const keys = units.map((u) =>
    u.lines.map((l) => {
      const key = lineKey(l.text);
      if (hasWords(key, MIN_REPEATED_WORDS)) counts.set(key, (counts.get(key) ?? 0) + 1);
      return key;
    }),
  );
  const titleKeys = new Set<string>();
  if (titleIndex >= 0) titleKeys.add(lineKey(joinLines(units[titleIndex]!.lines).text));
  if (input.title !== undefined) titleKeys.add(lineKey(input.title.trim().replace(/\s+/g, ' ')));

  const drafts: Draft[] = [];
  units.forEach((unit, u) => {
    if (u === titleIndex) {
      drafts.push({ kind: 'title', mapped: joinLines(unit.lines), citations: citationsOf(unit, unit.lines) });
      return;
    }
    const lineKinds = unit.lines.map((_, i): BoilerplateKind | undefined => {
      const key = keys[u]![i]!;
      if (titleKeys.has(key)) return 'repeated-headline';
      if ((counts.get(key) ?? 0) >= 2) return 'repeated-teaser';
      return cueKind(key, cues);
    });
    // A group of lines is one block unless some lines are boilerplate: those stand alone, the rest stay together.
    let run: CleanLine[] = [];
    const flushRun = (): void => {
      if (run.length) drafts.push({ kind: contentKind(unit.hint, run, run.length === unit.lines.length), mapped: joinLines(run), citations: citationsOf(unit, run) });
      run = [];
    };
    unit.lines.forEach((line, i) => {
      const bp = lineKinds[i];
      if (!bp) {
        run.push(line);
        return;
      }
      flushRun();
      drafts.push({ kind: 'boilerplate', boilerplate: bp, mapped: line, citations: citationsOf(unit, [line]) });
    });
    flushRun();
  });
  return drafts;
}

function citationsOf(unit: Unit, lines: readonly CleanLine[]): Citation[] {
  const out = lines.flatMap((l) => l.citations);
  // Markers on a line of their own belong to the paragraph they close.
  if (lines[lines.length - 1] === unit.lines[unit.lines.length - 1]) out.push(...unit.orphanCitations);
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

/** Longest normalized text whose offset maps are built in the scratch arrays; bounded so the scratch stays small. */
const SCRATCH_LENGTH = 1 << 16;
const SCRATCH_STARTS = new Int32Array(SCRATCH_LENGTH);
const SCRATCH_ENDS = new Int32Array(SCRATCH_LENGTH);

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
  const cues = cuesOf(set);
  const raw = format === 'html' ? readHtml(original, cues.html) : format === 'markdown' ? readMarkdown(original) : readText(original);
  const units = raw.map((u) => cleanUnit(u, cues.citation)).filter((u) => u.lines.length > 0);
  const drafts = classify(units, input, format, cues.boilerplate);

  let total = 0;
  drafts.forEach((d, i) => (total += d.mapped.text.length + (i > 0 ? SEPARATOR.length : 0)));
  // Small articles borrow the shared scratch maps (the mapper keeps runs or its own copy): two allocations saved.
  const borrowed = total <= SCRATCH_LENGTH;
  const starts = borrowed ? SCRATCH_STARTS.subarray(0, total) : new Int32Array(total);
  const ends = borrowed ? SCRATCH_ENDS.subarray(0, total) : new Int32Array(total);
  const blocks: Block[] = [];
  const parts: string[] = [];
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
      parts.push(SEPARATOR);
    }
    const block: Block = { kind: d.kind, text: d.mapped.text, start: pos, citations: d.citations };
    if (d.boilerplate) block.boilerplate = d.boilerplate;
    blocks.push(block);
    parts.push(d.mapped.text);
    pos = copyMap(d.mapped, starts, ends, pos);
  });
  const text = parts.join('');
  const titleBlock = blocks.find((b) => b.kind === 'title');
  const title = input.title ?? titleBlock?.text;
  const body = blocks
    .filter((b) => b.kind !== 'boilerplate')
    .map((b) => b.text)
    .join('\n');
  const language = input.language ?? options.language ?? detectLanguage(body, 'en', set);

  // `text.length === total`: the maps hold one entry per character of the normalized text.
  const toOriginal = offsetMapper(input.id, starts, ends, borrowed);

  return {
    id: input.id,
    input,
    language,
    original,
    text,
    blocks,
    ...(title !== undefined ? { title } : {}),
    toOriginal,
  };
}
