// Kölner Phonetik (Postel 1969): a phonetic code tuned to German spelling, written from its published rule table.
import { Memo } from './fold.js';

const FOLD: Readonly<Record<string, string>> = { Ä: 'A', Ö: 'O', Ü: 'U', ß: 'S' };

function codeAt(s: string, i: number): string {
  const c = s[i] as string;
  const prev = i > 0 ? s[i - 1] : '';
  const next = i + 1 < s.length ? s[i + 1] : '';
  switch (c) {
    case 'A': case 'E': case 'I': case 'J': case 'O': case 'U': case 'Y':
      return '0';
    case 'H':
      return '';
    case 'B':
      return '1';
    case 'P':
      return next === 'H' ? '3' : '1';
    case 'D': case 'T':
      return next === 'C' || next === 'S' || next === 'Z' ? '8' : '2';
    case 'F': case 'V': case 'W':
      return '3';
    case 'G': case 'K': case 'Q':
      return '4';
    case 'C':
      if (i === 0) return 'AHKLOQRUX'.includes(next || '#') ? '4' : '8';
      if (prev === 'S' || prev === 'Z') return '8';
      return 'AHKOQUX'.includes(next || '#') ? '4' : '8';
    case 'X':
      return prev === 'C' || prev === 'K' || prev === 'Q' ? '8' : '48';
    case 'L':
      return '5';
    case 'M': case 'N':
      return '6';
    case 'R':
      return '7';
    case 'S': case 'Z':
      return '8';
    default:
      return '';
  }
}

/** The Kölner Phonetik code of a word or name ("Meier" and "Mayr" both give "67"). */
export function colognePhonetic(word: string): string {
  return phoneticMemo.get(word, colognePhoneticUncached);
}

// Surnames and capitalised words recur across the claims of a corpus: each is coded once.
const phoneticMemo = new Memo<string>();

function colognePhoneticUncached(word: string): string {
  const upper = word.toUpperCase().replace(/[ÄÖÜß]/g, (c) => FOLD[c] ?? c);
  const s = upper.normalize('NFD').replace(/[^A-Z]/g, '');
  let raw = '';
  for (let i = 0; i < s.length; i++) raw += codeAt(s, i);
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const d = raw[i] as string;
    if (out.length > 0 && out[out.length - 1] === d) continue;
    out += d;
  }
  // Vowel codes only separate equal consonant codes; they count only at the very start.
  return out.length > 0 ? out[0] + out.slice(1).replace(/0/g, '') : out;
}
