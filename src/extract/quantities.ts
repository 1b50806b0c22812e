import type { ExtractionPack } from './pack.js';
import type { Lexicon } from './lexicon.js';
import type { Token } from './tokens.js';
import { countBefore, memo } from './tokens.js';

const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Currency signs and codes of the pack, longest first, as regular expressions built once per pack. */
function currencyRegexes(pack: ExtractionPack): { before: RegExp; gap: RegExp } {
  return memo(pack, 'currencyRegexes', () => {
    const keys = Object.keys(pack.currencyPrefixes).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    const any = keys.map(escapeRe).join('|');
    const signs = keys.filter((k) => !/^[A-Za-z]+$/.test(k)).map(escapeRe).join('|');
    // "etwa $ 5" / "rund 5": what may stand between an approximator and its number.
    return { before: new RegExp(`(${any})\\s?$`), gap: new RegExp(`^\\.?\\s*(?:${signs})?\\s*$`) };
  });
}

/** A quantity with offsets local to its sentence. */
export interface LocalQuantity {
  text: string;
  start: number;
  end: number;
  value: number;
  min: number;
  max: number;
  unit?: string;
  measure?: string;
  approximate: boolean;
}

// Each repetition starts with a separator: linear on any input, also a 5,000-digit number.
const NUMBER = /\d+(?:[.,]\d+)*/g;
const LETTERS = /^[\p{L}]+/u;
/** Upper bound for open ranges ("more than 5"): finite so the report stays valid JSON. */
const OPEN = Number.MAX_SAFE_INTEGER;

/** Reads "1.234,5" / "1,234.5" / "7,25" with the pack's decimal separator; NaN when malformed. */
export function parseNumber(raw: string, decimal: '.' | ','): number {
  const group = decimal === '.' ? ',' : '.';
  const hasDec = raw.includes(decimal);
  const hasGroup = raw.includes(group);
  let s = raw;
  if (hasDec && hasGroup) {
    // The separator that comes last is the decimal one, whatever the language.
    const lastDec = raw.lastIndexOf(decimal);
    const lastGroup = raw.lastIndexOf(group);
    const dec = lastDec > lastGroup ? decimal : group;
    const grp = dec === decimal ? group : decimal;
    s = raw.split(grp).join('').replace(dec, '.');
  } else if (hasGroup) {
    const parts = raw.split(group);
    const grouped = parts.slice(1).every((p) => p.length === 3);
    s = grouped ? parts.join('') : parts.length === 2 ? parts.join('.') : parts.join('');
  } else if (hasDec) {
    const parts = raw.split(decimal);
    // "1.000.000" in an English text is still thousands grouping.
    s = parts.length === 2 ? parts.join('.') : parts.every((p, k) => k === 0 || p.length === 3) ? parts.join('') : parts.join('');
  }
  return Number(s);
}

/** Character marks of spans already claimed, so overlap tests stay linear. */
function markSpans(length: number, spans: readonly { start: number; end: number }[]): Uint8Array {
  const mask = new Uint8Array(length + 1);
  for (const s of spans) mask.fill(1, s.start, s.end);
  return mask;
}

function overlaps(start: number, end: number, mask: Uint8Array): boolean {
  for (let k = start; k < end; k++) if (mask[k]) return true;
  return false;
}

function measureAfter(text: string, tokens: readonly Token[], from: number, lex: Lexicon, pack: ExtractionPack): string | undefined {
  const skip = new Set(pack.measureSkip);
  let k = from;
  let steps = 0;
  while (k < tokens.length && steps < 5) {
    const t = tokens[k]!;
    if (k > from && /[,;:.!?()]/.test(text.slice(tokens[k - 1]!.end, t.start))) return undefined;
    if (/\d/.test(t.text)) return undefined;
    if (skip.has(t.lower)) {
      k++;
      steps++;
      continue;
    }
    if (lex.speechSet.has(t.lower) || lex.functionWords.has(t.lower) || lex.months.has(t.lower)) return undefined;
    if (pack.nounsCapitalized) {
      if (t.cap) return t.lower;
      k++;
      steps++;
      continue;
    }
    const next = tokens[k + 1];
    const adjective = pack.adjectiveSuffixes.some((s) => t.lower.length > s.length + 2 && t.lower.endsWith(s));
    if (adjective && next && !skip.has(next.lower) && !/\d/.test(next.text) && !/[,;:.]/.test(text.slice(t.end, next.start))) {
      k++;
      steps++;
      continue;
    }
    return t.lower;
  }
  return undefined;
}

/** Finds numbers with scale, unit, counted noun and approximator range; years, dates and ordinals are left to the date extractor. */
export function findQuantities(
  text: string,
  tokens: readonly Token[],
  lex: Lexicon,
  pack: ExtractionPack,
  taken: readonly { start: number; end: number }[],
): LocalQuantity[] {
  const out: LocalQuantity[] = [];
  const takenMask = markSpans(text.length, taken);
  const outMask = new Uint8Array(text.length + 1);
  const candidates: { start: number; end: number; value: number; afterTok: number }[] = [];

  for (const m of text.matchAll(NUMBER)) {
    const s = m.index;
    const e = s + m[0].length;
    if (s > 0 && /[\p{L}]/u.test(text[s - 1]!)) continue;
    if (overlaps(s, e, takenMask)) continue;
    if (pack.ordinalPeriod && text[e] === '.' && /^\d+$/.test(m[0]) && /^\.\s+\S/.test(text.slice(e, e + 3))) continue;
    const value = parseNumber(m[0], pack.decimalSeparator);
    if (!Number.isFinite(value)) continue;
    candidates.push({ start: s, end: e, value, afterTok: countBefore(tokens, e) });
  }
  // Number words ("zwei", "a dozen") count too.
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const v = pack.numberWords[t.lower];
    if (v === undefined || overlaps(t.start, t.end, takenMask)) continue;
    // "three hundred", "two thousand": a multiplier word right after multiplies.
    const next = tokens[k + 1];
    const mult = next ? pack.numberWords[next.lower] : undefined;
    if (next && mult !== undefined && (mult === 100 || mult === 1000) && v < mult && /^\s{1,2}$/.test(text.slice(t.end, next.start))) {
      candidates.push({ start: t.start, end: next.end, value: v * mult, afterTok: k + 2 });
      k++;
      continue;
    }
    candidates.push({ start: t.start, end: t.end, value: v, afterTok: k + 1 });
  }
  candidates.sort((a, b) => a.start - b.start);

  for (const c of candidates) {
    let { start, end, value } = c;
    let unit: string | undefined;
    let k = c.afterTok;
    let glued = false;
    // Letters glued to the number: "3.7bn", "5km", "9th".
    const tail = LETTERS.exec(text.slice(end, end + 12));
    if (tail && /\d$/.test(text.slice(start, end))) {
      const w = tail[0].toLowerCase();
      if (pack.ordinalSuffixes.includes(w)) continue;
      if (pack.scaleWords[w] !== undefined) value *= pack.scaleWords[w]!;
      else if (pack.units[w] !== undefined) unit = pack.units[w];
      else continue;
      end += tail[0].length;
      glued = true;
      k = countBefore(tokens, end);
    }
    const currencies = currencyRegexes(pack);
    const currency = currencies.before.exec(text.slice(Math.max(0, start - 4), start));
    if (currency) {
      unit = pack.currencyPrefixes[currency[1]!] ?? currency[1]!;
      start -= currency[0].length;
    }
    const isYear = /^(19\d\d|20\d\d|2100)$/.test(text.slice(start, end)) && !currency;
    // Scale word after the number ("2,5 Milliarden", "7 Mio.").
    let t = tokens[k];
    if (!glued && t && /^\s{0,2}$/.test(text.slice(end, t.start)) && pack.scaleWords[t.lower] !== undefined) {
      value *= pack.scaleWords[t.lower]!;
      end = t.end;
      if (text[end] === '.' && t.text.length <= 4) end++;
      k++;
      t = tokens[k];
    }
    // Unit after: "%", "Prozent", "Euro", "km".
    // A unit symbol right after the number: "2 %", "12,50 €".
    const sym = /^[\s\u00a0\u202f]?([%€$£¥])/u.exec(text.slice(end, end + 2));
    if (sym && pack.units[sym[1]!] !== undefined) {
      unit = pack.units[sym[1]!];
      end += sym[0].length;
      k = countBefore(tokens, end);
    } else if (t && /^\s{0,2}$/.test(text.slice(end, t.start))) {
      const two = tokens[k + 1] ? `${t.lower} ${tokens[k + 1]!.lower}` : '';
      if (two && pack.units[two] !== undefined) {
        unit = pack.units[two];
        end = tokens[k + 1]!.end;
        k += 2;
      } else if (pack.units[t.lower] !== undefined) {
        unit = pack.units[t.lower];
        end = t.end;
        k++;
      }
    }
    if (overlaps(start, end, outMask) || overlaps(start, end, takenMask)) continue;

    // Approximator right before: "etwa", "mehr als", "up to".
    let min = value;
    let max = value;
    let approximate = false;
    const at = countBefore(tokens, start);
    for (let back = 1; back <= 3 && at - back >= 0; back++) {
      const hit = lex.approximators.at(tokens, at - back);
      if (!hit || hit.to !== at) continue;
      if (!currencyRegexes(pack).gap.test(text.slice(tokens[hit.to - 1]!.end, start))) continue;
      const how = pack.approximators[hit.phrase] ?? pack.approximators[hit.phrase.toLowerCase()];
      approximate = true;
      if (how === 'around') {
        min = value * 0.9;
        max = value * 1.1;
      } else if (how === 'above' || how === 'atleast') {
        max = unit === 'percent' ? Math.max(100, value) : OPEN;
      } else if (how === 'below' || how === 'upto') {
        min = 0;
      } else if (how === 'almost') {
        min = value * 0.9;
      }
      start = tokens[hit.from]!.start;
      break;
    }
    // Number words before a scale ("a dozen"): include the article.
    // Twelve significant digits hide float noise such as 15.400000000000002.
    const round = (x: number) => Number(x.toPrecision(12));
    const q: LocalQuantity = { text: text.slice(start, end), start, end, value: round(value), min: round(Math.min(min, max)), max: round(Math.max(min, max)), approximate };
    if (unit !== undefined) q.unit = unit;
    const measure = measureAfter(text, tokens, k, lex, pack);
    // A year-like number that counts nothing is a year the date extractor did not claim.
    if (isYear && unit === undefined && value === c.value && !measure) continue;
    if (measure) q.measure = measure;
    outMask.fill(1, q.start, q.end);
    out.push(q);
  }
  return out;
}
