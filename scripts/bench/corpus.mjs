// Seeded corpus generator for `npm run bench`: multi-source stories grown from the project's own example and
// fixture articles (never third-party text). Each story is one base article plus perturbed copies that play the
// other sources: misspelt names, changed numbers, reworded quotes, shuffled sentences.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from '../../dist/index.js';

/** The project's own articles: examples and annotated fixture stories, in a stable order. */
export function ownArticles(root) {
  const dirs = [join(root, 'examples/articles')];
  const stories = join(root, 'tests/fixtures/stories');
  if (existsSync(stories)) for (const d of readdirSync(stories).sort()) dirs.push(join(stories, d));
  const out = [];
  for (const d of dirs) {
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).filter((x) => x.endsWith('.txt')).sort()) out.push(readFileSync(join(d, f), 'utf8'));
  }
  return out;
}

/** A small deterministic generator (LCG), so runs with the same seed build the same corpus. */
export function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

// A misspelling of the kind the seeds show: a letter doubled, dropped, or two inner letters swapped.
function misspell(word, random) {
  const i = 1 + Math.floor(random() * (word.length - 2));
  const kind = Math.floor(random() * 3);
  if (kind === 0) return word.slice(0, i) + word[i] + word.slice(i);
  if (kind === 1) return word.slice(0, i) + word.slice(i + 1);
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

function perturb(text, random) {
  const [head, ...body] = text.split('\n\n');
  // Shuffle sentences inside each paragraph, then the paragraphs themselves.
  const paragraphs = body.map((p) => {
    const parts = p.split(/(?<=[.!?])\s+(?=[A-ZÄÖÜ])/);
    for (let k = parts.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [parts[k], parts[j]] = [parts[j], parts[k]];
    }
    return parts.join(' ');
  });
  for (let k = paragraphs.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [paragraphs[k], paragraphs[j]] = [paragraphs[j], paragraphs[k]];
  }
  let out = [head, ...paragraphs].join('\n\n');
  // Numbers change now and then, as when sources disagree.
  out = out.replace(/\d+/g, (d) => (random() < 0.2 ? String(Number(d) + 1 + Math.floor(random() * 9)) : d));
  // Some capitalised words (names among them) are misspelt.
  out = out.replace(/(?<=[a-zäöüß,] )[A-ZÄÖÜ][a-zäöüß]{4,}/g, (w) => (random() < 0.05 ? misspell(w, random) : w));
  // Quotes are reworded: two neighbouring words inside „…“ or "…" swap places.
  out = out.replace(/([„"])([^“"\n]{8,200})([“"])/g, (_, open, inner, close) => {
    if (random() > 0.5) return open + inner + close;
    const words = inner.split(' ');
    const i = Math.floor(random() * Math.max(1, words.length - 1));
    if (words.length > 2) [words[i], words[i + 1]] = [words[i + 1], words[i]];
    return open + words.join(' ') + close;
  });
  return out;
}

// Made-up names for retold events. claimdiff anchors a person by the letters of the surname, sorted, so names built
// from a few syllables would often share their letters (anagrams) and link unrelated events. The syllables use one
// set of letters and a tag for the round another: the tag holds the round's digits as counts of letter pairs (never
// doubled), so two rounds' names never share their letters.
const SYLLABLES = ['ka', 'ro', 'mel', 'din', 'tas', 'bor', 'lek', 'gan', 'sim', 'tol', 'ber', 'nad', 'kri', 'sol', 'dam', 'gir', 'tem', 'lob', 'nes', 'rak', 'mon', 'bis', 'det', 'kol'];
const TAG_PAIRS = ['vu', 'wy', 'hu', 'py', 'fu'];

function hash(text, seed) {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 2654435761) >>> 0;
  return h;
}

function roundTag(round) {
  let tag = '';
  for (let p = 0, r = round; r > 0; p++, r = Math.floor(r / 7)) tag += TAG_PAIRS[p].repeat(r % 7);
  return tag;
}

function madeUpName(word, round) {
  let h = hash(word, round * 7919 + 17);
  let name = '';
  for (let k = 0; k < 4; k++) {
    name += SYLLABLES[h % SYLLABLES.length];
    h = (Math.floor(h / SYLLABLES.length) + Math.imul(h, 31)) >>> 0;
  }
  name += roundTag(round);
  return word === word.toUpperCase() ? name.toUpperCase() : name[0].toUpperCase() + name.slice(1);
}

// The words that name someone or something in an article (given names stay: they are common to many people).
const namesCache = new Map();
function nameWords(text) {
  let words = namesCache.get(text);
  if (words) return words;
  const found = new Set();
  for (const claim of extractClaims({ id: 'base', text }).claims) {
    for (const e of claim.entities) {
      for (const w of e.text.split(/[^\p{L}]+/u)) {
        if (w.length >= 3 && /^\p{Lu}/u.test(w) && w !== e.given) found.add(w);
      }
    }
  }
  words = [...found].sort();
  namesCache.set(text, words);
  return words;
}

// The base article told as a different event of the same kind: every name word replaced (whole words only), and every
// figure from 13 up moved by the round, so two events share no names and few figures or years.
function retell(text, round) {
  const words = nameWords(text);
  let out = text.replace(/(?<![\d.,])\d+(?![\d])/g, (d) => (Number(d) >= 13 ? String(Number(d) + round) : d));
  if (words.length === 0) return out;
  // A genitive ("Müllers") keeps its ending on the new name, so it still reads as the same person.
  const known = new Set(words);
  const rename = (w) => (w.endsWith('s') && known.has(w.slice(0, -1)) ? `${madeUpName(w.slice(0, -1), round)}s` : madeUpName(w, round));
  const map = new Map(words.map((w) => [w, rename(w)]));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return out.replace(pattern, (w) => map.get(w));
}

/**
 * Multi-source stories until `bytes` of text are reached: each base article and 2-4 perturbed sources. The base
 * articles are used in rounds; from the second round on, each is retold as a new event (its names replaced), so a
 * larger corpus has more stories, not larger ones, as a news feed has. Article ids are `s<story>-<source>`.
 */
export function buildCorpus(root, { bytes, seed = 42 }) {
  const random = rng(seed);
  const base = ownArticles(root);
  const articles = [];
  let size = 0;
  for (let story = 0; size < bytes; story++) {
    const round = Math.floor(story / base.length);
    const text = round === 0 ? base[story] : retell(base[story % base.length], round);
    const sources = 2 + Math.floor(random() * 3);
    for (let src = 0; src < sources && size < bytes; src++) {
      const version = src === 0 ? text : perturb(text, random);
      articles.push({ id: `s${String(story).padStart(5, '0')}-${src}`, text: version });
      size += version.length;
    }
  }
  return { articles, size };
}
