// Stress inputs of `npm run bench --full`, all grown from the bench corpus (the project's own articles).
import { rng } from './corpus.mjs';

// A sentence end followed by a capital starts a new sentence; good enough to cut tiny articles, and linear.
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=[A-ZÄÖÜ„"])/;

/** `count` tiny articles of one or two sentences each, taken in turn from the paragraphs of `articles`. */
export function tinyArticles(articles, count, seed) {
  const random = rng(seed);
  const sentences = [];
  for (const a of articles) {
    for (const p of a.text.split('\n\n').slice(1)) for (const s of p.split(SENTENCE_BREAK)) if (s.length >= 20) sentences.push(s.trim());
  }
  const out = [];
  for (let i = 0, k = 0; i < count; i++) {
    const take = random() < 0.5 ? 1 : 2;
    const parts = [];
    for (let j = 0; j < take; j++) parts.push(sentences[k++ % sentences.length]);
    out.push({ id: `t${String(i).padStart(6, '0')}`, text: parts.join(' ') });
  }
  return out;
}

/** One article of at least `length` characters: the articles' bodies one after another, paragraphs kept. */
export function hugeArticle(articles, length) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const body = articles[i % articles.length].text;
    parts.push(body);
    size += body.length + 2;
  }
  return { id: 'huge', text: parts.join('\n\n').slice(0, length) };
}
