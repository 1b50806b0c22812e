import type { Piece, RawUnit, UnitHint } from './raw.js';

// Elements whose whole content is page furniture, not article text.
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'svg', 'iframe', 'select', 'textarea', 'canvas', 'object', 'head']);
// Elements whose raw content is not markup: skipped up to their end tag without tokenizing.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'template', 'plaintext']);
// Elements without an end tag.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Elements that end the current block of text where they open or close.
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'title',
]);
// Class or id words that mark consent banners, share bars, newsletter boxes, teasers of other articles and ads.
// Matched against whole words of a class or id ("share-bar", "related_articles"), never inside one ("js-shareable-content").
const FURNITURE = new Set(['cookie', 'cookies', 'consent', 'share', 'sharing', 'shares', 'social', 'newsletter', 'related', 'advert', 'adverts', 'advertisement', 'ad', 'ads', 'promo', 'paywall', 'sponsor', 'sponsored', 'subscribe', 'banner', 'outbrain', 'taboola']);

function isFurniture(classId: string): boolean {
  for (const word of classId.toLowerCase().split(/[^a-z0-9]+/)) if (FURNITURE.has(word)) return true;
  return false;
}

// Named entities decoded by the reader: the XML five, spacing and hyphenation, German letters, quotes and dashes.
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', shy: '\u00AD',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß',
  eacute: 'é', egrave: 'è', aacute: 'á', agrave: 'à', iacute: 'í', oacute: 'ó', uacute: 'ú', ccedil: 'ç', ntilde: 'ñ', Eacute: 'É',
  bdquo: '\u201E', ldquo: '\u201C', rdquo: '\u201D', sbquo: '\u201A', lsquo: '\u2018', rsquo: '\u2019',
  laquo: '\u00AB', raquo: '\u00BB', lsaquo: '\u2039', rsaquo: '\u203A',
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', minus: '\u2212',
  thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', zwnj: '\u200C', zwj: '\u200D', lrm: '\u200E', rlm: '\u200F',
  euro: '€', pound: '£', yen: '¥', cent: '¢', copy: '©', reg: '®', trade: '™', deg: '°', middot: '·', bull: '•',
  times: '×', divide: '÷', sect: '§', para: '¶', frac12: '½', frac14: '¼', frac34: '¾', sup2: '²', sup3: '³', percnt: '%',
};
// One end-tag pattern per raw-text element name, built once: a page may hold hundreds of <script> elements.
const END_TAGS = new Map<string, RegExp>();
function endTagOf(name: string): RegExp {
  let re = END_TAGS.get(name);
  if (!re) {
    re = new RegExp(`</${name}(?=[\\s/>])`, 'gi');
    END_TAGS.set(name, re);
  }
  return re;
}

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

function codePointText(cp: number): string {
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(cp);
}

/** Pieces of an HTML text run with entities decoded; an entity's characters map to the whole entity. */
export function decodeEntities(src: string, from: number, to: number): Piece[] {
  const pieces: Piece[] = [];
  const slice = src.slice(from, to);
  let last = 0;
  if (slice.indexOf('&') >= 0) {
    for (const m of slice.matchAll(ENTITY)) {
      let text: string | undefined;
      if (m[1] !== undefined) text = codePointText(Number.parseInt(m[1], 10));
      else if (m[2] !== undefined) text = codePointText(Number.parseInt(m[2], 16));
      else text = ENTITIES[m[3]!];
      if (text === undefined) continue;
      if (m.index > last) pieces.push({ text: slice.slice(last, m.index), start: from + last, end: from + m.index, exact: true });
      pieces.push({ text, start: from + m.index, end: from + m.index + m[0].length, exact: false });
      last = m.index + m[0].length;
    }
  }
  if (last < slice.length) pieces.push({ text: slice.slice(last), start: from + last, end: to, exact: true });
  return pieces;
}

function hintOf(name: string): { hint: UnitHint; level?: number } {
  if (name.length === 2 && name[0] === 'h' && name[1]! >= '1' && name[1]! <= '6') return { hint: 'heading', level: Number(name[1]) };
  if (name === 'li') return { hint: 'item' };
  return { hint: 'text' };
}

const BLANK = /^[\s\u00AD\u200B-\u200F\u2060\uFEFF]*$/;
const NAME_CHAR = /[A-Za-z0-9:-]/;
const SPACE = /\s/;

/** Reads HTML with a small linear tokenizer (furniture dropped, blocks split, first h1 or else <title> as title); never runs or fetches anything. */
export function readHtml(src: string): RawUnit[] {
  const units: RawUnit[] = [];
  const n = src.length;
  const stack: string[] = [];
  const open = new Map<string, number>();
  let skipDepth = -1;
  let pieces: Piece[] = [];
  let hint: { hint: UnitHint; level?: number } = { hint: 'text' };
  let titlePieces: Piece[] = [];
  const flush = (): void => {
    if (pieces.some((p) => !BLANK.test(p.text))) {
      units.push({ hint: hint.hint, ...(hint.level ? { level: hint.level } : {}), lines: [{ pieces }] });
    }
    pieces = [];
  };
  const text = (a: number, b: number): void => {
    if (skipDepth >= 0 || a >= b) return;
    for (const p of decodeEntities(src, a, b)) pieces.push(p);
  };
  const pop = (name: string): void => {
    if (!open.get(name)) return;
    for (;;) {
      const top = stack.pop()!;
      open.set(top, (open.get(top) ?? 1) - 1);
      if (top === name) break;
    }
    if (skipDepth >= 0 && stack.length < skipDepth) skipDepth = -1;
  };
  let i = 0;
  while (i < n) {
    const lt = src.indexOf('<', i);
    if (lt < 0) {
      text(i, n);
      break;
    }
    text(i, lt);
    if (src.startsWith('<!--', lt)) {
      const close = src.indexOf('-->', lt + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    const c = src[lt + 1];
    const closing = c === '/';
    let p = closing ? lt + 2 : lt + 1;
    if (c === '!' || c === '?' || (closing && !/[A-Za-z]/.test(src[p] ?? ''))) {
      const gt = src.indexOf('>', lt + 1);
      i = gt < 0 ? n : gt + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(src[p] ?? '')) {
      text(lt, lt + 1);
      i = lt + 1;
      continue;
    }
    const nameStart = p;
    while (p < n && NAME_CHAR.test(src[p]!)) p++;
    const name = src.slice(nameStart, p).toLowerCase();
    // Attributes: only class and id matter; quoted values may hold `>`.
    let classId = '';
    let selfClosing = false;
    while (p < n && src[p] !== '>') {
      const ch = src[p]!;
      if (SPACE.test(ch)) {
        p++;
        continue;
      }
      if (ch === '/') {
        selfClosing = src[p + 1] === '>';
        p++;
        continue;
      }
      const attrStart = p;
      while (p < n && !SPACE.test(src[p]!) && src[p] !== '=' && src[p] !== '>' && src[p] !== '/') p++;
      const attr = src.slice(attrStart, p).toLowerCase();
      if (p === attrStart) p++;
      while (p < n && SPACE.test(src[p]!)) p++;
      if (src[p] !== '=') continue;
      p++;
      while (p < n && SPACE.test(src[p]!)) p++;
      let value: string;
      const q = src[p];
      if (q === '"' || q === "'") {
        const close = src.indexOf(q, p + 1);
        const valueEnd = close < 0 ? n : close;
        value = src.slice(p + 1, valueEnd);
        p = close < 0 ? n : close + 1;
      } else {
        const valueStart = p;
        while (p < n && !SPACE.test(src[p]!) && src[p] !== '>') p++;
        value = src.slice(valueStart, p);
      }
      if (attr === 'class' || attr === 'id') classId += ' ' + value.slice(0, 500);
    }
    i = p < n ? p + 1 : n;
    if (closing) {
      if (BLOCK.has(name) && skipDepth < 0) {
        flush();
        hint = { hint: 'text' };
      }
      pop(name);
      continue;
    }
    if (RAW_TEXT.has(name) && !selfClosing) {
      const endTag = endTagOf(name);
      endTag.lastIndex = i;
      const m = endTag.exec(src);
      const contentEnd = m ? m.index : n;
      if (name === 'title' && !open.get('svg') && titlePieces.length === 0) titlePieces = decodeEntities(src, i, contentEnd);
      if (m) {
        const gt = src.indexOf('>', m.index);
        i = gt < 0 ? n : gt + 1;
      } else i = n;
      continue;
    }
    if (skipDepth < 0 && BLOCK.has(name)) {
      flush();
      hint = hintOf(name);
    }
    if (VOID.has(name) || selfClosing) continue;
    // A block element closes an open paragraph, as HTML parsers do: "<p>text<div>" must not leave the p open forever.
    if (BLOCK.has(name) && stack[stack.length - 1] === 'p') pop('p');
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    // A header inside an article or main element holds the headline; elsewhere it is the site header.
    const furniture = name === 'header' ? !open.get('article') && !open.get('main') : DROPPED.has(name);
    if (skipDepth < 0 && (furniture || (classId !== '' && isFurniture(classId)))) {
      flush();
      skipDepth = stack.length;
    }
  }
  flush();
  // The first top-level heading is the headline; the document title is the fallback.
  const h1 = units.find((u) => u.hint === 'heading' && u.level === 1);
  if (h1) h1.hint = 'title';
  else if (titlePieces.length) units.unshift({ hint: 'title', lines: [{ pieces: titlePieces }] });
  return units;
}
