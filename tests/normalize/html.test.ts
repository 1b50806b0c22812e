import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/normalize/index.js';
import { offsetProblems } from './helpers.js';

const html = (text: string) => normalizeArticle({ id: 'h', text, format: 'html' }, { language: 'de' });

describe('html reader', () => {
  it.each([
    ['h1 is the title, p are paragraphs', '<h1>Gipfel</h1><p>Der Gipfel begann.</p>', [['title', 'Gipfel'], ['paragraph', 'Der Gipfel begann.']]],
    ['<title> is the title when there is no h1', '<html><head><title>Gipfel | Zeitung</title></head><body><p>Text.</p></body></html>', [['title', 'Gipfel | Zeitung'], ['paragraph', 'Text.']]],
    ['h1 wins over <title>', '<head><title>Seite</title></head><h1>Gipfel</h1><p>Text.</p>', [['title', 'Gipfel'], ['paragraph', 'Text.']]],
    ['h2-h6 are headings', '<h1>T</h1><h2>Hintergrund.</h2><p>Text.</p><h6>Klein</h6>', [['title', 'T'], ['heading', 'Hintergrund.'], ['paragraph', 'Text.'], ['heading', 'Klein']]],
    ['inline elements stay in their block', '<p>Ein <b>fetter</b> und <a href="/x">verlinkter</a> Satz.</p>', [['paragraph', 'Ein fetter und verlinkter Satz.']]],
    ['block elements and br end blocks', '<div>Eins.<br>Zwei.</div><section>Drei.</section><ul><li>Vier</li><li>Fünf</li></ul>', [['paragraph', 'Eins.'], ['paragraph', 'Zwei.'], ['paragraph', 'Drei.'], ['paragraph', 'Vier'], ['paragraph', 'Fünf']]],
    ['entities are decoded', '<p>Tom &amp; Jerry&nbsp;sagten &bdquo;Ja&ldquo; &#8211; &#x263A; &lt;3 &quot;ok&quot; &apos;s sch&ouml;n&shy;e&#x20AC;.</p>', [['paragraph', 'Tom & Jerry sagten „Ja“ – ☺ <3 "ok" \'s schöne€.']]],
    ['unknown entities stay as they are', '<p>Das &foo; bleibt.</p>', [['paragraph', 'Das &foo; bleibt.']]],
    ['furniture elements are dropped', '<nav>Start Politik</nav><header>Kopf</header><p>Text.</p><script>var a = "<p>x</p>";</script><style>p{}</style><aside>Seitenleiste.</aside><footer>Impressum</footer><form><button>OK</button></form><svg><title>Icon</title></svg><iframe src="x"></iframe><noscript>JS an.</noscript><template><p>T.</p></template>', [['paragraph', 'Text.']]],
    ['class and id words mark furniture', '<p>Text.</p><div class="cookie-banner"><p>Wir nutzen Cookies.</p></div><div id="share-bar">Teilen</div><section class="related-articles"><p>Mehr.</p></section><div class="advert">Anzeige</div><div class="newsletter-box">Abo.</div><div class="social">X</div>', [['paragraph', 'Text.']]],
    ['a header inside an article is kept', '<header>Seitenkopf</header><article><header><h1>Gipfel</h1></header><p>Text.</p></article>', [['title', 'Gipfel'], ['paragraph', 'Text.']]],
    ['comments and doctype are dropped', '<!DOCTYPE html><!-- Kommentar <p>nein</p> --><p>Ja.</p>', [['paragraph', 'Ja.']]],
    ['unclosed tags do not swallow text', '<p>Eins.<p>Zwei.<div>Drei.', [['paragraph', 'Eins.'], ['paragraph', 'Zwei.'], ['paragraph', 'Drei.']]],
    ['stray end tags are ignored', '</span></div><p>Text.</p></em>', [['paragraph', 'Text.']]],
    ['a lone < is text', '<p>3 < 4 und 5 > 2.</p>', [['paragraph', '3 < 4 und 5 > 2.']]],
    ['quoted attributes may hold >', '<p title="a > b">Text.</p>', [['paragraph', 'Text.']]],
    ['citations are removed', '<p>Die Zahl stieg.[dpa]</p>', [['paragraph', 'Die Zahl stieg.']]],
  ])('%s', (_name, text, expected) => {
    const doc = html(text);
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual(expected);
    expect(offsetProblems(doc, 'html')).toEqual([]);
  });

  it('maps a decoded entity to the raw entity text', () => {
    const text = '<p>Tom &amp; Jerry.</p>';
    const doc = html(text);
    const at = doc.text.indexOf('&');
    const span = doc.toOriginal({ start: at, end: at + 1 });
    expect(text.slice(span.start, span.end)).toBe('&amp;');
  });

  it('never returns markup in block text', () => {
    const doc = html('<article><h1 class="x">T</h1><p data-x=\'1\'>A <span>b</span> c.</p></article>');
    for (const b of doc.blocks) expect(b.text).not.toMatch(/[<>]/);
  });
});
