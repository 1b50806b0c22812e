import type { Piece, RawLine, RawUnit, UnitHint } from './raw.js';

// Line shapes of the block structure; all anchored and free of nested quantifiers.
const QUOTE_PREFIX = /^ {0,3}> ?/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const THEMATIC = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const REF_DEFINITION = /^ {0,3}\[[^\]]{1,999}\]:/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const TASK_BOX = /^\[[ xX]\][ \t]+/;
// The delimiter row under a table header, tested on the trimmed line: cells of dashes with optional alignment
// colons, separated by pipes; every run of spaces sits next to a pipe, so no two quantifiers compete for a character.
const TABLE_DELIMITER = /^\|?[ \t]*:?-+:?(?:[ \t]*\|[ \t]*:?-+:?)*[ \t]*\|?$/;
const MAX_TABLE_LINE = 10000;
const BLANK = /^[\s\u00AD\u200B-\u200F\u2060\uFEFF]*$/;
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;

const DROP = 1;
const LITERAL = 2;

// HTML comments become spaces (line breaks kept), so every later offset still matches the original.
function maskComments(src: string): string {
  if (src.indexOf('<!--') < 0) return src;
  let out = '';
  let pos = 0;
  for (;;) {
    const open = src.indexOf('<!--', pos);
    if (open < 0) break;
    const close = src.indexOf('-->', open + 4);
    const end = close < 0 ? src.length : close + 3;
    out += src.slice(pos, open) + src.slice(open, end).replace(/[^\r\n]/g, ' ');
    pos = end;
    if (close < 0) break;
  }
  return out + src.slice(pos);
}

function isSpace(c: string | undefined): boolean {
  return c === undefined || /\s/.test(c);
}

function isPunct(c: string | undefined): boolean {
  return c !== undefined && (ASCII_PUNCT.test(c) || /\p{P}/u.test(c));
}

/** Visible text of one line of inline markdown, as exact pieces: markup, link targets and images dropped. */
export function readInline(src: string, from: number, to: number): Piece[] {
  const len = to - from;
  const mark = new Uint8Array(len);
  const at = (i: number): string => src[from + i]!;
  // Backslash escapes: the backslash goes, the next character stays literal.
  for (let i = 0; i < len - 1; i++) {
    if (mark[i] === 0 && at(i) === '\\' && (at(i + 1) === '\n' || at(i + 1) === '\r')) {
      // A backslash before a line break is a hard break, not text.
      mark[i] = DROP;
      continue;
    }
    if (mark[i] === 0 && at(i) === '\\' && ASCII_PUNCT.test(at(i + 1))) {
      mark[i] = DROP;
      mark[i + 1] = LITERAL;
      i++;
    }
  }
  // Code spans: a backtick run closes at the next run of the same length; the content is literal.
  const runs: { pos: number; len: number }[] = [];
  for (let i = 0; i < len; i++) {
    if (at(i) !== '`' || mark[i]) continue;
    let j = i;
    while (j < len && at(j) === '`') j++;
    runs.push({ pos: i, len: j - i });
    i = j - 1;
  }
  if (runs.length > 1) {
    const nextSame = new Int32Array(runs.length).fill(-1);
    const seen = new Map<number, number>();
    for (let r = runs.length - 1; r >= 0; r--) {
      nextSame[r] = seen.get(runs[r]!.len) ?? -1;
      seen.set(runs[r]!.len, r);
    }
    for (let r = 0; r < runs.length; r++) {
      const close = nextSame[r]!;
      if (close < 0) continue;
      const a = runs[r]!;
      const b = runs[close]!;
      for (let i = a.pos; i < a.pos + a.len; i++) mark[i] = DROP;
      for (let i = a.pos + a.len; i < b.pos; i++) mark[i] = LITERAL;
      for (let i = b.pos; i < b.pos + b.len; i++) mark[i] = DROP;
      r = close;
    }
  }
  // Brackets and parentheses matched with stacks, once, so links resolve in linear time.
  const bracketMatch = new Int32Array(len).fill(-1);
  const parenMatch = new Int32Array(len).fill(-1);
  const brackets: number[] = [];
  const parens: number[] = [];
  for (let i = 0; i < len; i++) {
    if (mark[i]) continue;
    const c = at(i);
    if (c === '[') brackets.push(i);
    else if (c === ']' && brackets.length) bracketMatch[brackets.pop()!] = i;
    else if (c === '(') parens.push(i);
    else if (c === ')' && parens.length) parenMatch[parens.pop()!] = i;
  }
  for (let i = 0; i < len; i++) {
    const close = bracketMatch[i]!;
    if (close < 0 || mark[i]) continue;
    const image = i > 0 && at(i - 1) === '!' && mark[i - 1] === 0;
    let tail = -1;
    if (at(close + 1) === '(' && close + 1 < len) tail = parenMatch[close + 1]!;
    else if (at(close + 1) === '[' && close + 1 < len) tail = bracketMatch[close + 1]!;
    if (tail < 0) continue;
    if (image) {
      for (let k = i - 1; k <= tail; k++) mark[k] = DROP;
    } else {
      mark[i] = DROP;
      for (let k = close; k <= tail; k++) mark[k] = DROP;
    }
  }
  // Autolinks keep their address; inline HTML tags go.
  let gt = -1;
  for (let i = 0; i < len; i++) {
    if (mark[i] || at(i) !== '<') continue;
    if (gt < i) {
      const g = src.indexOf('>', from + i);
      gt = g < 0 || g >= to ? len : g - from;
    }
    if (gt >= len) break;
    const inner = src.slice(from + i + 1, from + Math.min(gt, i + 12));
    if (/^[a-z][a-z0-9+.-]*:/i.test(inner)) {
      mark[i] = DROP;
      mark[gt] = DROP;
    } else if (/^\/?[a-z]/i.test(inner)) {
      for (let k = i; k <= gt; k++) mark[k] = DROP;
    }
    i = gt;
  }
  // Emphasis: `*`/`_` runs that can open or close pair with a stack per character; unpaired runs stay text.
  const stacks: Record<string, { pos: number; len: number }[]> = { '*': [], _: [] };
  for (let i = 0; i < len; i++) {
    const c = at(i);
    if (mark[i] || (c !== '*' && c !== '_')) continue;
    let j = i;
    while (j < len && at(j) === c && mark[j] === 0) j++;
    const before = i > 0 ? at(i - 1) : undefined;
    const after = j < len ? at(j) : undefined;
    const left = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
    const right = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
    const canOpen = c === '*' ? left : left && (!right || isPunct(before));
    const canClose = c === '*' ? right : right && (!left || isPunct(after));
    const stack = stacks[c]!;
    if (canClose && stack.length) {
      const open = stack.pop()!;
      for (let k = open.pos; k < open.pos + open.len; k++) mark[k] = DROP;
      for (let k = i; k < j; k++) mark[k] = DROP;
    } else if (canOpen) {
      stack.push({ pos: i, len: j - i });
    }
    i = j - 1;
  }
  const pieces: Piece[] = [];
  let runStart = -1;
  for (let i = 0; i <= len; i++) {
    const keep = i < len && mark[i] !== DROP;
    if (keep && runStart < 0) runStart = i;
    if (!keep && runStart >= 0) {
      pieces.push({ text: src.slice(from + runStart, from + i), start: from + runStart, end: from + i, exact: true });
      runStart = -1;
    }
  }
  return pieces;
}

/** Reads markdown line by line: headings, list items, paragraphs and block quotes, with only visible text kept. */
export function readMarkdown(original: string): RawUnit[] {
  const src = maskComments(original);
  const units: RawUnit[] = [];
  let current: RawUnit | null = null;
  let fence: string | null = null;
  // Paragraphs and list items are read inline as a whole once every line is known, so emphasis, code and links
  // may span line breaks; block-quote markers inside them are masked first.
  const pending = new Map<RawUnit, { from: number; to: number }[]>();
  const quoteMarks: { from: number; to: number }[] = [];
  const flush = (): void => {
    if (current && pending.get(current)?.length) units.push(current);
    current = null;
  };
  const addRange = (unit: RawUnit, from: number, to: number): void => {
    let ranges = pending.get(unit);
    if (!ranges) pending.set(unit, (ranges = []));
    ranges.push({ from, to });
  };
  const addLine = (unit: RawUnit, from: number, to: number): void => {
    const pieces = readInline(src, from, to);
    if (pieces.some((p) => !BLANK.test(p.text))) unit.lines.push({ pieces });
  };
  // A table row is one unit; each cell is a line of it, so pipes never reach the text.
  const addRow = (from: number, to: number, hint: UnitHint): void => {
    const unit: RawUnit = { hint, lines: [] };
    let cellStart = from;
    for (let k = from; k <= to; k++) {
      if (k < to && (src[k] !== '|' || src[k - 1] === '\\')) continue;
      if (k > cellStart) addLine(unit, cellStart, k);
      cellStart = k + 1;
    }
    if (unit.lines.length) units.push(unit);
  };
  let table = false;
  let lastLine = { from: -1, to: -1 };
  let pos = 0;
  const n = src.length;
  while (pos <= n) {
    let end = pos;
    while (end < n && src.charCodeAt(end) !== 0x0a && src.charCodeAt(end) !== 0x0d) end++;
    const next = end >= n ? n + 1 : end + (src.charCodeAt(end) === 0x0d && src.charCodeAt(end + 1) === 0x0a ? 2 : 1);
    let from = pos;
    let line = src.slice(from, end);
    pos = next;
    if (fence !== null) {
      const m = FENCE.exec(line);
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length && BLANK.test(line.slice(m[0].length))) fence = null;
      continue;
    }
    for (let m = QUOTE_PREFIX.exec(line); m; m = QUOTE_PREFIX.exec(line)) {
      quoteMarks.push({ from, to: from + m[0].length });
      from += m[0].length;
      line = line.slice(m[0].length);
    }
    if (BLANK.test(line)) {
      flush();
      table = false;
      continue;
    }
    if (table) {
      if (line.includes('|')) {
        addRow(from, end, 'item');
        continue;
      }
      table = false;
    }
    const head = current as RawUnit | null;
    if (head && head.hint === 'text' && pending.get(head)?.length === 1 && line.length <= MAX_TABLE_LINE && line.includes('|') && TABLE_DELIMITER.test(line.trim()) && src.slice(lastLine.from, lastLine.to).includes('|')) {
      // The line before was the header row of a table, not a paragraph: its cells label columns like headings.
      current = null;
      addRow(lastLine.from, lastLine.to, 'heading');
      table = true;
      continue;
    }
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      flush();
      fence = fenceMatch[1]!;
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      flush();
      let to = end;
      // A closing run of `#` after a space is markup, not text.
      while (to > from + atx[0].length && /[ \t]/.test(src[to - 1]!)) to--;
      let k = to;
      while (k > from + atx[0].length && src[k - 1] === '#') k--;
      if (k < to && (k === from + atx[0].length || /[ \t]/.test(src[k - 1]!))) to = k;
      const unit: RawUnit = { hint: 'heading', level: atx[1]!.length, lines: [] };
      addLine(unit, from + atx[0].length, to);
      if (unit.lines.length) units.push(unit);
      continue;
    }
    const cur = current as RawUnit | null;
    if (cur && cur.hint === 'text' && SETEXT.test(line)) {
      cur.hint = 'heading';
      cur.level = line.trim()[0] === '=' ? 1 : 2;
      flush();
      continue;
    }
    if (THEMATIC.test(line) || REF_DEFINITION.test(line)) {
      flush();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      flush();
      let start = from + item[0].length;
      const box = TASK_BOX.exec(src.slice(start, Math.min(end, start + 8)));
      if (box) start += box[0].length;
      current = { hint: 'item', lines: [] };
      addRange(current, start, end);
      continue;
    }
    if (!current) current = { hint: 'text', lines: [] };
    addRange(current, from, end);
    lastLine = { from, to: end };
  }
  flush();
  const masked = maskRanges(src, quoteMarks);
  for (const [unit, ranges] of pending) {
    if (!ranges.length) continue;
    unit.lines = splitLines(readInline(masked, ranges[0]!.from, ranges[ranges.length - 1]!.to));
  }
  return units.filter((u) => u.lines.length > 0);
}

// Block-quote markers become spaces (same length), so a paragraph's lines can be read inline as one range.
function maskRanges(src: string, ranges: readonly { from: number; to: number }[]): string {
  if (!ranges.length) return src;
  const parts: string[] = [];
  let pos = 0;
  for (const r of ranges) {
    parts.push(src.slice(pos, r.from), ' '.repeat(r.to - r.from));
    pos = r.to;
  }
  parts.push(src.slice(pos));
  return parts.join('');
}

// Pieces of a whole paragraph cut back into its source lines, without the line breaks; blank lines are left out.
function splitLines(pieces: readonly Piece[]): RawLine[] {
  const lines: RawLine[] = [];
  let line: Piece[] = [];
  const endLine = (): void => {
    if (line.some((p) => !BLANK.test(p.text))) lines.push({ pieces: line });
    line = [];
  };
  for (const p of pieces) {
    let start = 0;
    for (let k = 0; k <= p.text.length; k++) {
      const c = p.text.charCodeAt(k);
      if (k < p.text.length && c !== 0x0a && c !== 0x0d) continue;
      if (k > start) line.push({ text: p.text.slice(start, k), start: p.start + start, end: p.start + k, exact: true });
      if (k < p.text.length) endLine();
      start = k + 1;
    }
  }
  endLine();
  return lines;
}
