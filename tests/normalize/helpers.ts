import type { Format } from '../../src/model/schema.js';
import type { NormalizedDocument } from '../../src/normalize/index.js';

// A few entities, decoded independently of the reader, for fixtures that use them.
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', shy: '\u00AD', auml: 'ä', ouml: 'ö', uuml: 'ü', bdquo: '„', ldquo: '“', ndash: '–', eacute: 'é' };

function decode(s: string): string {
  return s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (m, dec: string, hex: string, name: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    return ENTITIES[name] ?? m;
  });
}

/** What a slice of the original reads as once markup is gone: an independent, simpler reading used as the oracle. */
export function squash(slice: string, format: Format = 'text'): string {
  let s = slice;
  if (format === 'markdown') {
    s = s
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\]\([^)]*\)/g, '')
      .replace(/\]\[[^\]]*\]/g, '')
      .replace(/<\/?[a-z]+>/g, '')
      .replace(/\n[ \t]*>[ \t]?/g, '\n');
  }
  // Citation markers are removed from the normalized text; the fixtures use brackets for nothing else.
  s = s.replace(/\[[^[\]]{1,100}\](?!\()/g, ' ');
  if (format === 'html') {
    s = s
      .replace(/<(script|style|button|svg)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, '')
      // A <br> joins two lines of one paragraph with a space.
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<\/?[a-z!][^>]*>/gi, '');
    s = decode(s);
  }
  return s
    .replace(/[\u00AD\u200B-\u200F\u2060\uFEFF\u0000-\u0008]/g, '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

const MARKUP = /[*_`\\[\]<>|]/g;

function splitsSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return i > 0 && i < text.length && c >= 0xdc00 && c <= 0xdfff;
}

// Small deterministic generator, so failures reproduce.
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

/** Problems with the offset map: for many sub-spans of every block, the original slice must read as the block slice. */
export function offsetProblems(doc: NormalizedDocument, format: Format = 'text', samples = 150): string[] {
  const problems: string[] = [];
  const next = rng(doc.text.length + 7);
  for (const block of doc.blocks) {
    if (doc.text.slice(block.start, block.start + block.text.length) !== block.text) {
      problems.push(`block at ${block.start} does not match doc.text`);
      continue;
    }
    const len = block.text.length;
    const spans: [number, number][] = [[0, len]];
    for (let i = 0; i < Math.min(len, 400); i++) spans.push([i, i + 1]);
    for (let k = 0; k < samples && len > 1; k++) {
      const a = Math.floor(next() * len);
      const b = a + 1 + Math.floor(next() * (len - a));
      spans.push([a, b]);
    }
    for (const [a, b] of spans) {
      if (splitsSurrogate(block.text, a) || splitsSurrogate(block.text, b)) continue;
      const span = doc.toOriginal({ start: block.start + a, end: block.start + b });
      if (span.start > span.end || span.end > doc.original.length) {
        problems.push(`bad span ${JSON.stringify(span)} for ${a}-${b}`);
        continue;
      }
      let want = squash(block.text.slice(a, b));
      let got = squash(doc.original.slice(span.start, span.end), format);
      if (format === 'markdown') {
        // Markup characters are compared away on both sides: the reader keeps escaped or unpaired ones.
        want = want.replace(MARKUP, '').replace(/\s+/g, ' ').trim();
        got = got.replace(MARKUP, '').replace(/\s+/g, ' ').trim();
      }
      if (want !== got) problems.push(`${JSON.stringify(block.text.slice(a, b))} <- ${JSON.stringify(doc.original.slice(span.start, span.end))}`);
      if (problems.length > 5) return problems;
    }
  }
  return problems;
}
