import type { ExtractionPack } from './pack.js';
import type { Lexicon } from './lexicon.js';
import { memo, type Token } from './tokens.js';

/** Month names that are no abbreviation of a longer name of the same month ("Mai", "May", not "Mar"). */
function fullMonthNames(pack: ExtractionPack): Set<string> {
  return memo(pack, 'fullMonthNames', () => {
    const entries = Object.entries(pack.months).map(([name, n]) => [name.toLowerCase(), n] as const);
    return new Set(entries.filter(([name, n]) => !entries.some(([other, m]) => m === n && other.length > name.length && other.startsWith(name))).map(([name]) => name));
  });
}

/** A date expression with offsets local to its sentence. */
export interface LocalDate {
  text: string;
  start: number;
  end: number;
  kind: 'date' | 'weekday' | 'month' | 'year' | 'time' | 'relative';
  value?: string;
  weekday?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface DateRegexes {
  dayMonth: RegExp;
  monthDay: RegExp;
  month: RegExp;
  clock: RegExp | undefined;
}

function regexes(pack: ExtractionPack): DateRegexes {
  return memo(pack, 'dateRegexes', () => {
    // Longest names first so "september" wins over "sep"; a plain alternation of words stays linear.
    const names = Object.keys(pack.months).sort((a, b) => b.length - a.length).map(escape).join('|');
    const ord = pack.ordinalSuffixes.map(escape).join('|');
    const clock = pack.clockWords.map(escape).join('|');
    return {
      dayMonth: new RegExp(`(?<![\\d.])(\\d{1,2})(?:\\.|${ord})?\\s{1,3}(${names})\\.?(?![\\p{L}])(?:,?\\s{1,3}(\\d{4})(?!\\d))?`, 'giu'),
      monthDay: new RegExp(`(?<![\\p{L}])(${names})\\.?\\s{1,3}(\\d{1,2})(?:${ord})?(?![\\d.,]\\d|\\d)(?:,?\\s{1,3}(\\d{4})(?!\\d))?`, 'giu'),
      month: new RegExp(`(?<![\\p{L}])(${names})\\.?(?![\\p{L}])(?:\\s{1,3}(\\d{4})(?!\\d))?`, 'giu'),
      clock: clock ? new RegExp(`(?<![\\d.,])(\\d{1,2})(?:[:.](\\d{2}))?\\s?(?:${clock})(?![\\p{L}])`, 'giu') : undefined,
    };
  });
}

const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
const DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?(?![\d])/g;
const AMPM = /(?<![\d.,])(\d{1,2})(?::(\d{2}))?\s?([ap])\.?\s?m\b\.?/gi;
const COLON = /(?<![\d.,:])(\d{1,2}):(\d{2})(?![\d:])/g;
const YEAR = /(?<![\d.,$€£\p{L}])(19\d\d|20\d\d|2100)(?![\d%]|[.,]\d|\s?%)/gu;

function parseIsoDate(value: string | undefined): Date | undefined {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? undefined : d;
}

function iso(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86400000);
}

function validDay(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Finds dates, weekdays, months, years, clock times and relative expressions; resolves relative days against `publishedAt` (ISO date) when given. */
export function findDates(text: string, tokens: readonly Token[], lex: Lexicon, pack: ExtractionPack, publishedAt?: string): LocalDate[] {
  const out: LocalDate[] = [];
  const base = parseIsoDate(publishedAt);
  // One mark per character keeps the overlap test linear however many dates a sentence holds.
  const used = new Uint8Array(text.length + 1);
  const free = (s: number, e: number) => {
    for (let k = s; k < e; k++) if (used[k]) return false;
    return true;
  };
  const add = (d: LocalDate) => {
    // A period after a month name belongs to it only as an abbreviation inside the sentence ("28. Okt. 2025").
    if (d.text.endsWith('.') && (d.kind === 'date' || d.kind === 'month') && /[\p{L}]\.$/u.test(d.text)) {
      const word = /(\p{L}+)\.$/u.exec(d.text)?.[1] ?? '';
      if (word.length > 4 || (text.length - d.end <= 3 && text.slice(d.end).trim() === '')) {
        d.text = d.text.slice(0, -1);
        d.end--;
      }
    }
    if (!free(d.start, d.end)) return;
    used.fill(1, d.start, d.end);
    out.push(d);
  };
  const monthOf = (w: string) => pack.months[w.toLowerCase()];
  const capital = (w: string) => /^\p{Lu}/u.test(w);
  const re = regexes(pack);

  for (const m of text.matchAll(ISO)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (validDay(d, mo)) add({ text: m[0], start: m.index, end: m.index + m[0].length, kind: 'date', value: `${y}-${pad(mo)}-${pad(d)}` });
  }
  for (const m of text.matchAll(DOTTED)) {
    const d = Number(m[1]);
    const mo = Number(m[2]);
    if (!validDay(d, mo)) continue;
    let y = m[3] ? Number(m[3]) : undefined;
    if (y !== undefined && y < 100) y += 2000;
    add({ text: m[0], start: m.index, end: m.index + m[0].length, kind: 'date', value: y ? `${y}-${pad(mo)}-${pad(d)}` : `--${pad(mo)}-${pad(d)}` });
  }
  for (const m of text.matchAll(re.dayMonth)) {
    const mo = monthOf(m[2]!);
    const d = Number(m[1]);
    if (!mo || !validDay(d, mo) || !capital(m[2]!)) continue;
    add({ text: m[0], start: m.index, end: m.index + m[0].length, kind: 'date', value: m[3] ? `${m[3]}-${pad(mo)}-${pad(d)}` : `--${pad(mo)}-${pad(d)}` });
  }
  for (const m of text.matchAll(re.monthDay)) {
    const mo = monthOf(m[1]!);
    const d = Number(m[2]);
    if (!mo || !validDay(d, mo) || !capital(m[1]!)) continue;
    add({ text: m[0], start: m.index, end: m.index + m[0].length, kind: 'date', value: m[3] ? `${m[3]}-${pad(mo)}-${pad(d)}` : `--${pad(mo)}-${pad(d)}` });
  }
  const times: RegExp[] = [AMPM, COLON];
  if (re.clock) times.unshift(re.clock);
  for (const rx of times) {
    for (const m of text.matchAll(rx)) {
      let h = Number(m[1]);
      const min = m[2] ? Number(m[2]) : 0;
      const ampm = rx === AMPM ? m[3]!.toLowerCase() : undefined;
      if (ampm === 'p' && h < 12) h += 12;
      if (ampm === 'a' && h === 12) h = 0;
      if (h > 24 || min > 59) continue;
      add({ text: m[0].trimEnd(), start: m.index, end: m.index + m[0].trimEnd().length, kind: 'time', value: `T${pad(h)}:${pad(min)}` });
    }
  }
  for (const m of text.matchAll(re.month)) {
    const mo = monthOf(m[1]!);
    // Capitalized only: English "may" is a modal verb.
    if (!mo || !capital(m[1]!)) continue;
    // A lone abbreviation is too ambiguous ("Mar", "Dec" as names) unless a year follows.
    if (m[1]!.length <= 3 && !m[2] && !fullMonthNames(pack).has(m[1]!.toLowerCase())) continue;
    add({ text: m[0], start: m.index, end: m.index + m[0].length, kind: 'month', value: m[2] ? `${m[2]}-${pad(mo)}` : `--${pad(mo)}` });
  }

  // Relative expressions: "gestern", "next week", "zwei Jahre früher", "vor drei Tagen", "two years ago".
  tokens.forEach((t, k) => {
    const rel = pack.relativeDays[t.lower];
    if (rel !== undefined && (!t.cap || k === 0)) {
      const d: LocalDate = { text: t.text, start: t.start, end: t.end, kind: 'relative' };
      if (base) d.value = iso(addDays(base, rel));
      add(d);
    }
  });
  for (const hit of lex.relativePhrases.all(tokens)) {
    add({ text: text.slice(tokens[hit.from]!.start, tokens[hit.to - 1]!.end), start: tokens[hit.from]!.start, end: tokens[hit.to - 1]!.end, kind: 'relative' });
  }
  for (let k = 0; k + 1 < tokens.length; k++) {
    const n = tokens[k]!;
    const u = tokens[k + 1]!;
    const count = /^\d+$/.test(n.text) ? Number(n.text) : pack.numberWords[n.lower];
    const unit = pack.durationUnits[u.lower];
    if (count === undefined || !unit) continue;
    const before = tokens[k - 1] && pack.relativeBefore.includes(tokens[k - 1]!.lower) ? k - 1 : k;
    const after = tokens[k + 2] && pack.relativeAfter.includes(tokens[k + 2]!.lower) ? k + 2 : k + 1;
    if (before === k && after === k + 1) continue;
    add({ text: text.slice(tokens[before]!.start, tokens[after]!.end), start: tokens[before]!.start, end: tokens[after]!.end, kind: 'relative', value: `P${count}${unit}` });
  }

  // Weekdays, resolved to the nearest such day around publication.
  for (const t of tokens) {
    const wd = pack.weekdays[t.lower];
    if (!wd || !t.cap) continue;
    const d: LocalDate = { text: t.text, start: t.start, end: t.end, kind: 'weekday', weekday: wd };
    if (base) {
      const baseWd = ((base.getUTCDay() + 6) % 7) + 1;
      let diff = wd - baseWd;
      if (diff > 3) diff -= 7;
      if (diff < -3) diff += 7;
      d.value = iso(addDays(base, diff));
    }
    add(d);
  }
  // A bare year needs a cue before it ("im Jahr 2025", "in 2024") or must end a clause; "2000 people" is a count.
  const cues = new Set(pack.yearCues);
  for (const m of text.matchAll(YEAR)) {
    const end = m.index + m[0].length;
    const before = /([\p{L}]+)[\s,]*$/u.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1]?.toLowerCase();
    const closes = /^\s*(?:[.,;:!?)\]–—-]|$)/u.test(text.slice(end, end + 3));
    if (!closes && !(before && cues.has(before))) continue;
    add({ text: m[0], start: m.index, end, kind: 'year', value: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}
