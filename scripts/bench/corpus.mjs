// Seeded corpus generator for `npm run bench`: multi-source stories grown from the project's own example and
// fixture articles (never third-party text). Each story is one base article plus perturbed copies that play the
// other sources: misspelt names, changed numbers, reworded quotes, shuffled sentences.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

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

/**
 * Multi-source stories until `bytes` of text are reached: each base article and 2-4 perturbed sources.
 * Article ids are `s<story>-<source>` so the stories stay recognisable in a report.
 */
export function buildCorpus(root, { bytes, seed = 42 }) {
  const random = rng(seed);
  const base = ownArticles(root);
  const articles = [];
  let size = 0;
  for (let story = 0; size < bytes; story++) {
    const text = base[story % base.length];
    const sources = 2 + Math.floor(random() * 3);
    for (let src = 0; src < sources && size < bytes; src++) {
      const version = src === 0 && story < base.length ? text : perturb(text, random);
      articles.push({ id: `s${String(story).padStart(5, '0')}-${src}`, text: version });
      size += version.length;
    }
  }
  return { articles, size };
}
