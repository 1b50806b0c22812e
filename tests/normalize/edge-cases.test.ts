import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/normalize/index.js';

describe('headline and repeated lines in plain text', () => {
  it('keeps a first paragraph that ends with a full stop as body text, not as the headline', () => {
    const doc = normalizeArticle({ id: 'a', text: 'Bundeskanzler Friedrich Merz hat am Montag neue Hilfen angekündigt.\n\nDie Opposition kritisierte das Paket.' });
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
    expect(doc.title).toBeUndefined();
  });

  it.each(['Merz kündigt neue Hilfen an', 'Merz kündigt neue Hilfen an!', 'Hilfen für alle?', 'Und dann …'])('takes "%s" as the headline', (headline) => {
    const doc = normalizeArticle({ id: 'a', text: `${headline}\n\nDie Opposition kritisierte das Paket.` });
    expect(doc.blocks[0]).toMatchObject({ kind: 'title', text: headline });
  });

  it('does not take short lines that repeat by chance in hard-wrapped copy for boilerplate', () => {
    const text = 'Die Lage sei ernst,\nsagte er.\nDie Hilfe komme bald,\nsagte er.\n\nMehr folgt am Abend.';
    const doc = normalizeArticle({ id: 'a', text });
    expect(doc.blocks.filter((b) => b.kind === 'boilerplate')).toEqual([]);
    expect(doc.text).toContain('sagte er. Die Hilfe komme bald, sagte er.');
  });

  it('still sets aside a teaser of a full sentence that stands twice', () => {
    const teaser = 'Erfahren Sie, wie die Stadt den Hafen neu ordnen will.';
    const doc = normalizeArticle({ id: 'a', text: `Hafen neu geordnet\n\n${teaser}\n\nDer Stadtrat hat am Montag beschlossen.\n\n${teaser}` });
    expect(doc.blocks.filter((b) => b.kind === 'boilerplate').map((b) => b.boilerplate)).toEqual(['repeated-teaser', 'repeated-teaser']);
  });
});

describe('html page furniture', () => {
  const page = (attrs: string) =>
    `<html><body><h1>Hafen brennt</h1><div ${attrs}><p>Im Hafen von Lindenau brannte eine Halle.</p><p>Die Feuerwehr war mit 120 Kräften da.</p></div><div class="share-bar">Teilen auf Facebook</div></body></html>`;

  it.each(['class="js-shareable-content"', 'id="article-unrelated-id"', 'class="content main_text"'])('keeps the article inside %s', (attrs) => {
    const doc = normalizeArticle({ id: 'a', text: page(attrs), format: 'html' });
    expect(doc.text).toContain('Die Feuerwehr war mit 120 Kräften da.');
    expect(doc.text).not.toContain('Teilen auf Facebook');
  });

  it('drops a promo box even when its paragraph is never closed', () => {
    const html = '<body><h1>Titel</h1><p class="promo-box">Jetzt abonnieren<div><p>Der eigentliche Text steht hier.</p></div></body>';
    const doc = normalizeArticle({ id: 'a', text: html, format: 'html' });
    expect(doc.text).toContain('Der eigentliche Text steht hier.');
    expect(doc.text).not.toContain('abonnieren');
  });
});
