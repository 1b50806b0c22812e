// HTML is only ever read as text: the parser builds a tree in memory, nothing in it is run, loaded or fetched
// (no scripts, no event handlers such as `onerror`, no images, frames or style sheets), and attributes other than
// the few that mark page furniture are never looked at.
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import type { Piece, RawLine, RawUnit, UnitHint } from './raw.js';
import { FURNITURE_ROLES, FURNITURE_WORDS } from './furniture.js';

type Element = DefaultTreeAdapterTypes.Element;
type ChildNode = DefaultTreeAdapterTypes.ChildNode;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;
type TextNode = DefaultTreeAdapterTypes.TextNode;

/** Page-furniture words of the language packs, lower-case; matched as whole words of class, id and aria-label. */
export interface HtmlCues {
  furnitureWords: ReadonlySet<string>;
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';
// Elements whose whole content is page furniture or not text at all. A figure is a picture with its caption and
// photo credit ("Foto: dpa"): it describes an image, the story says it again in its own words.
const DROPPED = new Set(['figure', 'script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'form', 'button', 'svg', 'math', 'iframe', 'select', 'textarea', 'canvas', 'object', 'embed', 'video', 'audio', 'dialog', 'menu', 'head']);
// Elements that end the current block of text where they open or close.
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'title',
]);
// Structural elements that hold the article itself; a class word such as "social" on them must not drop the story.
const PROTECTED = new Set(['html', 'body', 'main', 'article']);
// Share of the text an <article> must hold to be taken as the story: smaller ones are teaser cards of other stories.
const ARTICLE_SHARE_OF_MAIN = 0.5;
const ARTICLE_SHARE_OF_PAGE = 0.3;
// Site names run to one or two words; headlines are longer.
const MIN_HEADLINE_WORDS = 3;
const BLANK = /^[\s\u00AD\u200B-\u200F\u2060\uFEFF]*$/;
const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const ENTITY_AT = /&(?:#[xX][0-9a-fA-F]{1,8};?|#[0-9]{1,10};?|[A-Za-z][A-Za-z0-9]{0,40};?)/y;

function attr(el: Element, name: string): string | undefined {
  for (const a of el.attrs) if (a.name === name) return a.value;
  return undefined;
}

// Words of an attribute value: camelCase and any punctuation split ("shareBar" and "share_bar" both give "share").
function words(value: string): string[] {
  return value
    .slice(0, 500)
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u);
}

function isFurniture(el: Element, cues: HtmlCues, inArticle: boolean): boolean {
  const name = el.tagName;
  if (el.namespaceURI !== HTML_NS) return name === 'svg' || name === 'math';
  // A header inside an article or main element holds the headline; elsewhere it is the site header.
  if (name === 'header') return !inArticle;
  if (DROPPED.has(name)) return true;
  if (attr(el, 'hidden') !== undefined || attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  if (style && HIDDEN_STYLE.test(style.slice(0, 500))) return true;
  if (PROTECTED.has(name) || isArticleBody(el)) return false;
  const role = attr(el, 'role');
  if (role && FURNITURE_ROLES.has(role.trim().toLowerCase())) return true;
  for (const key of ['class', 'id', 'aria-label']) {
    const v = attr(el, key);
    if (!v) continue;
    for (const w of words(v)) if (FURNITURE_WORDS.has(w) || cues.furnitureWords.has(w)) return true;
  }
  return false;
}

function isArticleBody(el: Element): boolean {
  const v = attr(el, 'itemprop');
  return v !== undefined && /\barticlebody\b/i.test(v);
}

/**
 * Pieces of one text node, aligned with its source range: runs that read as in the source map exactly, an entity
 * such as `&amp;` maps its character to the whole entity, CR LF to its `\n`. Where the parser merged text across
 * an ignored tag the tag is skipped; anything it cannot align maps the rest of the node to the rest of its range.
 */
function alignText(src: string, from: number, to: number, value: string): Piece[] {
  const pieces: Piece[] = [];
  let i = from;
  let j = 0;
  let runI = -1;
  let runJ = 0;
  const endRun = (): void => {
    if (runI >= 0 && i > runI) pieces.push({ text: value.slice(runJ, j), start: runI, end: i, exact: true });
    runI = -1;
  };
  while (j < value.length) {
    if (i >= to) break;
    const c = src[i]!;
    const v = value[j]!;
    if (c === '&') {
      const step = entityStep(src, i, to, value, j);
      if (step) {
        endRun();
        pieces.push({ text: value.slice(j, j + step.units), start: i, end: i + step.length, exact: false });
        i += step.length;
        j += step.units;
        continue;
      }
    }
    if (c === v && c !== '\r') {
      if (runI < 0) {
        runI = i;
        runJ = j;
      }
      i++;
      j++;
      continue;
    }
    endRun();
    if (c === '\r' && v === '\n') {
      const len = src[i + 1] === '\n' ? 2 : 1;
      pieces.push({ text: '\n', start: i, end: i + len, exact: false });
      i += len;
      j++;
      continue;
    }
    if (c === '<') {
      const gt = src.indexOf('>', i);
      if (gt >= 0 && gt < to) {
        i = gt + 1;
        continue;
      }
    }
    // The parser drops NUL characters and the first newline of a <pre>.
    if (c === '\0' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    break;
  }
  endRun();
  if (j < value.length) pieces.push({ text: value.slice(j), start: Math.min(i, to), end: to, exact: false });
  return pieces;
}

// An entity at `i` that decoded to one or two UTF-16 units of `value`; accepted when the text after it lines up again.
function entityStep(src: string, i: number, to: number, value: string, j: number): { length: number; units: number } | undefined {
  ENTITY_AT.lastIndex = i;
  const m = ENTITY_AT.exec(src);
  if (!m) return undefined;
  const longest = Math.min(m[0].length, to - i);
  // Text that reads exactly as in the source, up to the next character, is a literal `&` ("AT&T;", "&foo;").
  const raw = src.slice(i, i + longest);
  if (value.startsWith(raw, j) && (i + longest >= to ? j + longest === value.length : value[j + longest] === src[i + longest])) return undefined;
  // Legacy entities without a semicolon ("&copy2025") decode a prefix of the name, so shorter lengths are tried too.
  for (let len = longest; len >= 2; len--) {
    const after = i + len;
    for (let units = 1; units <= 2 && j + units <= value.length; units++) {
      if (after >= to ? j + units === value.length : src[after] === value[j + units]) return { length: len, units };
    }
  }
  return undefined;
}

function hintOf(name: string, parent: { hint: UnitHint; level?: number }): { hint: UnitHint; level?: number } {
  if (name.length === 2 && name[0] === 'h' && name[1]! >= '1' && name[1]! <= '6') return { hint: 'heading', level: Number(name[1]) };
  if (name === 'li') return { hint: 'item' };
  // A paragraph inside a list item or heading keeps what its container is.
  return parent.hint === 'text' ? { hint: 'text' } : parent;
}

interface Candidates {
  articleBodies: { el: Element; len: number }[];
  articles: { el: Element; len: number }[];
  mains: { el: Element; len: number }[];
  firstH1?: Element;
  /** First h1 of a site header (dropped as furniture); the headline when the document title repeats it. */
  headerH1?: Element;
  title?: Element;
  total: number;
}

function children(node: ParentNode): ChildNode[] {
  return node.childNodes;
}

// One iterative pass over the tree (pages nest 10,000 deep): visible text length of every content candidate.
function survey(root: ParentNode, cues: HtmlCues): Candidates {
  const out: Candidates = { articleBodies: [], articles: [], mains: [], total: 0 };
  const stack: { node: ParentNode; next: number; len: number; inArticle: boolean }[] = [{ node: root, next: 0, len: 0, inArticle: false }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const kids = children(top.node);
    if (top.next >= kids.length) {
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) parent.len += top.len;
      else out.total = top.len;
      const el = top.node as Element;
      if (el.tagName === 'article') out.articles.push({ el, len: top.len });
      else if (el.tagName === 'main') out.mains.push({ el, len: top.len });
      if (el.tagName && isArticleBody(el)) out.articleBodies.push({ el, len: top.len });
      continue;
    }
    const child = kids[top.next++]!;
    if (child.nodeName === '#text') {
      top.len += (child as TextNode).value.length;
      continue;
    }
    if (!('tagName' in child)) continue;
    const el = child as Element;
    if (isFurniture(el, cues, top.inArticle)) {
      if (el.tagName === 'header' && !out.headerH1) out.headerH1 = firstDescendant(el, 'h1');
      continue;
    }
    if (el.tagName === 'h1' && !out.firstH1) out.firstH1 = el;
    stack.push({ node: el, next: 0, len: 0, inArticle: top.inArticle || el.tagName === 'article' || el.tagName === 'main' });
  }
  return out;
}

// Depth-first without recursion: headers can nest as deep as anything else.
function firstDescendant(root: Element, name: string): Element | undefined {
  const stack: ChildNode[] = [...root.childNodes].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!('tagName' in n)) continue;
    if (n.tagName === name) return n;
    for (let k = n.childNodes.length - 1; k >= 0; k--) stack.push(n.childNodes[k]!);
  }
  return undefined;
}

function plainText(el: Element): string {
  let out = '';
  const stack: ChildNode[] = [el];
  while (stack.length && out.length < 2000) {
    const n = stack.pop()!;
    if (n.nodeName === '#text') out += (n as TextNode).value;
    else if ('tagName' in n) for (let k = n.childNodes.length - 1; k >= 0; k--) stack.push(n.childNodes[k]!);
  }
  return out.replace(/\s+/g, ' ').trim().toLowerCase();
}

function largest(list: readonly { el: Element; len: number }[]): { el: Element; len: number } | undefined {
  let best: { el: Element; len: number } | undefined;
  for (const c of list) if (!best || c.len > best.len) best = c;
  return best;
}

// The story: the marked article body, else an <article> holding most of the text, else <main>, else the page.
function contentRoot(doc: ParentNode, c: Candidates): ParentNode {
  const body = largest(c.articleBodies);
  // The marked body often leaves out the lead paragraph above it: the <article> around it holds both.
  if (body) return enclosing(body.el, 'article') ?? body.el;
  const article = largest(c.articles);
  const main = largest(c.mains);
  if (article && main) return article.len >= ARTICLE_SHARE_OF_MAIN * main.len ? article.el : main.el;
  if (main) return main.el;
  if (article && article.len >= ARTICLE_SHARE_OF_PAGE * c.total) return article.el;
  return doc;
}

function enclosing(el: Element, name: string): Element | undefined {
  for (let n: ParentNode | null = el.parentNode; n && 'tagName' in n; n = n.parentNode) if (n.tagName === name) return n;
  return undefined;
}

function contains(ancestor: ParentNode, node: Element): boolean {
  for (let n: ParentNode | null = node; n; n = (n as Element).parentNode ?? null) if (n === ancestor) return true;
  return false;
}

// Text of a subtree as units: block elements end units, one <br> ends a line, two in a row end the unit.
function emit(src: string, root: ParentNode, cues: HtmlCues, units: RawUnit[], rootHint: { hint: UnitHint; level?: number }): void {
  let lines: RawLine[] = [];
  let pieces: Piece[] = [];
  let hint = rootHint;
  const endLine = (): boolean => {
    const filled = pieces.some((p) => !BLANK.test(p.text));
    if (filled) lines.push({ pieces });
    pieces = [];
    return filled;
  };
  const flush = (): void => {
    endLine();
    // Two literal shapes instead of a spread, as in the normalizer's units.
    if (lines.length) units.push(hint.level ? { hint: hint.hint, level: hint.level, lines } : { hint: hint.hint, lines });
    lines = [];
  };
  let blankLine = false;
  const rootName = 'tagName' in root ? root.tagName : '';
  const inArticle = rootName === 'article' || rootName === 'main';
  const stack: { node: ParentNode; next: number; block: boolean; hint: { hint: UnitHint; level?: number }; inArticle: boolean }[] = [
    { node: root, next: 0, block: false, hint: rootHint, inArticle },
  ];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const kids = children(top.node);
    if (top.next >= kids.length) {
      stack.pop();
      if (top.block) {
        flush();
        hint = stack[stack.length - 1]?.hint ?? rootHint;
        blankLine = false;
      }
      continue;
    }
    const child = kids[top.next++]!;
    if (child.nodeName === '#text') {
      const t = child as TextNode;
      const loc = t.sourceCodeLocation;
      // Text the parser moved without a source location cannot be pointed at; it is left out rather than mislocated.
      if (!loc) continue;
      const ps = alignText(src, loc.startOffset, loc.endOffset, t.value);
      for (const p of ps) pieces.push(p);
      if (ps.some((p) => !BLANK.test(p.text))) blankLine = false;
      continue;
    }
    if (!('tagName' in child)) continue;
    const el = child as Element;
    const name = el.tagName;
    if (name === 'br') {
      if (!endLine() && blankLine) flush();
      blankLine = true;
      continue;
    }
    if (isFurniture(el, cues, top.inArticle)) continue;
    const block = BLOCK.has(name);
    const elHint = block ? hintOf(name, top.hint) : top.hint;
    if (block) {
      flush();
      hint = elHint;
      blankLine = false;
    }
    stack.push({ node: el, next: 0, block, hint: elHint, inArticle: top.inArticle || name === 'article' || name === 'main' });
  }
  flush();
}

/** Reads HTML with parse5 into units: main content only, page furniture dropped, first h1 (else <title>) as title; never runs or fetches anything. */
export function readHtml(src: string, cues: HtmlCues = { furnitureWords: new Set() }): RawUnit[] {
  const doc = parse(src, { sourceCodeLocationInfo: true, scriptingEnabled: true });
  const found = survey(doc, cues);
  found.title = documentTitle(doc);
  // A site logo is an h1 in the header too, and the document title names the site: the header's h1 is the headline
  // only when the title contains it and it has the length of a headline, not of a name.
  if (!found.firstH1 && found.headerH1 && found.title) {
    const h = plainText(found.headerH1);
    if (h.split(' ').length >= MIN_HEADLINE_WORDS && plainText(found.title).includes(h)) found.firstH1 = found.headerH1;
  }
  const root = contentRoot(doc, found);
  const units: RawUnit[] = [];
  emit(src, root, cues, units, { hint: 'text' });
  if (markFirstH1(units)) return units;
  // The headline often sits in a header above the article body: it is read on its own and put first.
  const outside = found.firstH1 && !contains(root, found.firstH1) ? found.firstH1 : found.title;
  if (outside) {
    const head: RawUnit[] = [];
    emit(src, outside, cues, head, { hint: 'title' });
    const first = head[0];
    if (first) units.unshift({ hint: 'title', lines: outside === found.title ? first.lines.map(withoutSiteName) : first.lines });
  }
  return units;
}

// Separators between a headline and the site name in a document title ("Hafen brennt | Lindenauer Rundschau").
const SITE_SEPARATORS = [' | ', ' – ', ' — ', ' - ', ' · ', ' :: ', ' » ', ' // '];
// A site name has a few words; a longer tail is part of the headline.
const MAX_SITE_WORDS = 4;

// The document title without a trailing site name, cut inside the mapped pieces so offsets stay exact.
function withoutSiteName(line: RawLine): RawLine {
  const text = line.pieces.map((p) => p.text).join('');
  let at = -1;
  let sep = 0;
  for (const s of SITE_SEPARATORS) {
    const k = text.lastIndexOf(s);
    if (k > at) {
      at = k;
      sep = s.length;
    }
  }
  if (at <= 0) return line;
  const head = text.slice(0, at).trim();
  const tail = text.slice(at + sep).trim();
  if (!tail || tail.split(/\s+/).length > MAX_SITE_WORDS || head.length < tail.length) return line;
  const pieces: Piece[] = [];
  let pos = 0;
  for (const p of line.pieces) {
    if (pos >= at) break;
    const keep = Math.min(p.text.length, at - pos);
    if (keep === p.text.length || !p.exact) pieces.push(p);
    else pieces.push({ text: p.text.slice(0, keep), start: p.start, end: p.start + keep, exact: true });
    pos += p.text.length;
  }
  return { pieces };
}

// The <title> of the document head; the parser always puts it there.
function documentTitle(doc: ParentNode): Element | undefined {
  for (const html of children(doc)) {
    if (!('tagName' in html) || html.tagName !== 'html') continue;
    for (const head of html.childNodes) {
      if (!('tagName' in head) || head.tagName !== 'head') continue;
      for (const el of head.childNodes) if ('tagName' in el && el.tagName === 'title') return el;
    }
  }
  return undefined;
}

function markFirstH1(units: RawUnit[]): boolean {
  const h1 = units.find((u) => u.hint === 'heading' && u.level === 1);
  if (h1) h1.hint = 'title';
  return h1 !== undefined;
}
