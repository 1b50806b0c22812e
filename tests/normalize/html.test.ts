import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/normalize/index.js';
import { offsetProblems } from './helpers.js';
import { compare, extractClaims } from '../../src/pipeline.js';

const html = (text: string) => normalizeArticle({ id: 'h', text, format: 'html' }, { language: 'de' });

describe('html reader', () => {
  it.each([
    ['h1 is the title, p are paragraphs', '<h1>Gipfel</h1><p>Der Gipfel begann.</p>', [['title', 'Gipfel'], ['paragraph', 'Der Gipfel begann.']]],
    ['<title> is the title when there is no h1', '<html><head><title>Gipfel in Berlin</title></head><body><p>Text.</p></body></html>', [['title', 'Gipfel in Berlin'], ['paragraph', 'Text.']]],
    ['the site name after the <title> goes', '<html><head><title>Gipfel in Berlin endet &amp; vertagt | Lindenauer Zeitung</title></head><body><p>Text.</p></body></html>', [['title', 'Gipfel in Berlin endet & vertagt'], ['paragraph', 'Text.']]],
    ['a long tail after a dash stays', '<html><head><title>Gipfel - Berlin und Paris streiten weiter über den Haushalt der Union</title></head><body><p>Text.</p></body></html>', [['title', 'Gipfel - Berlin und Paris streiten weiter über den Haushalt der Union'], ['paragraph', 'Text.']]],
    ['h1 wins over <title>', '<head><title>Seite</title></head><h1>Gipfel</h1><p>Text.</p>', [['title', 'Gipfel'], ['paragraph', 'Text.']]],
    ['h2-h6 are headings', '<h1>T</h1><h2>Hintergrund.</h2><p>Text.</p><h6>Klein</h6>', [['title', 'T'], ['heading', 'Hintergrund.'], ['paragraph', 'Text.'], ['heading', 'Klein']]],
    ['inline elements stay in their block', '<p>Ein <b>fetter</b> und <a href="/x">verlinkter</a> Satz.</p>', [['paragraph', 'Ein fetter und verlinkter Satz.']]],
    ['block elements end blocks, one br ends a line', '<div>Eins.<br>Zwei.</div><section>Drei.</section><ul><li>Vier</li><li>Fünf</li></ul>', [['paragraph', 'Eins. Zwei.'], ['paragraph', 'Drei.'], ['paragraph', 'Vier'], ['paragraph', 'Fünf']]],
    ['two br in a row end the paragraph', '<div>Eins.<br><br>Zwei.<br>\n<br/>Drei.</div>', [['paragraph', 'Eins.'], ['paragraph', 'Zwei.'], ['paragraph', 'Drei.']]],
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

  it.each([
    ['&#8222;', '<p>Er sagte &#8222;Ja&#8220;.</p>', '„'],
    ['&bdquo;', '<p>Er sagte &bdquo;Ja&ldquo;.</p>', '„'],
    ['&amp', '<p>Tom &amp Jerry (legacy entity without semicolon).</p>', '&'],
    ['&#x20AC;', '<p>Es kostet 5&#x20AC;.</p>', '€'],
  ])('maps %s to the span of the entity in the source', (entity, text, char) => {
    const doc = html(text);
    const at = doc.text.indexOf(char);
    const span = doc.toOriginal({ start: at, end: at + 1 });
    expect(text.slice(span.start, span.end)).toBe(entity);
    // The oracle only decodes entities with their semicolon.
    if (entity.endsWith(';')) expect(offsetProblems(doc, 'html')).toEqual([]);
  });

  it('maps CR LF and text around ignored stray tags exactly', () => {
    const text = '<p>Eins\r\nzwei</span> drei.</p>';
    const doc = html(text);
    expect(doc.blocks.map((b) => b.text)).toEqual(['Eins zwei drei.']);
    const at = doc.text.indexOf('drei');
    const span = doc.toOriginal({ start: at, end: at + 4 });
    expect(text.slice(span.start, span.end)).toBe('drei');
  });
});

describe('html main content', () => {
  const shape = (text: string) => html(text).blocks.map((b) => [b.kind, b.text]);
  const story = '<p>Im Hafen von Lindenau brannte am Montag eine Lagerhalle vollständig aus.</p><p>Die Feuerwehr war mit 120 Kräften im Einsatz, verletzt wurde niemand.</p>';
  const storyBlocks = [['paragraph', 'Im Hafen von Lindenau brannte am Montag eine Lagerhalle vollständig aus.'], ['paragraph', 'Die Feuerwehr war mit 120 Kräften im Einsatz, verletzt wurde niemand.']];

  it.each([
    ['the <article> among teaser cards', `<body><div class="grid"><article><p>Andere Meldung.</p></article><article><h1>Halle brennt</h1>${story}</article><p>Impressum und Kontakt.</p></div></body>`, [['title', 'Halle brennt'], ...storyBlocks]],
    ['<main> when articles are small cards inside it', `<body><p>Kopfzeile der Seite.</p><main><h1>Halle brennt</h1>${story}<article><p>Kurz.</p></article></main></body>`, [['title', 'Halle brennt'], ...storyBlocks, ['paragraph', 'Kurz.']]],
    ['[itemprop=articleBody], with the h1 outside it', `<body><div><h1>Halle brennt</h1><p class="meta">Von Anna Berg</p><div itemprop="articleBody">${story}</div><p>Weitere Themen.</p></div></body>`, [['title', 'Halle brennt'], ...storyBlocks]],
    ['the lead above [itemprop=articleBody] inside the same article, without the figure', `<body><article><header><h1>Halle brennt</h1><p class="lead">Der Schaden ist groß.</p></header><figure><img src="a.jpg" alt="Halle"><figcaption>Die Halle am Morgen. Foto: dpa</figcaption></figure><div itemprop="articleBody">${story}</div></article><p>Weitere Themen.</p></body>`, [['title', 'Halle brennt'], ['paragraph', 'Der Schaden ist groß.'], ...storyBlocks]],
    ['the h1 of the site header when the document title repeats it', `<html><head><title>Lagerhalle in Lindenau brennt | Lindenauer Rundschau</title></head><body><header><h1>Lagerhalle in Lindenau brennt</h1></header><main>${story}</main></body></html>`, [['title', 'Lagerhalle in Lindenau brennt'], ...storyBlocks]],
    ['not a logo h1 in the site header', `<html><head><title>Halle brennt | Rundschau</title></head><body><header><h1>Rundschau</h1></header><main>${story}</main></body></html>`, [['title', 'Halle brennt'], ...storyBlocks]],
    ['the h1 of the article over an earlier one outside it', `<body><div class="logo"><h1>Rundschau</h1></div><article><h1>Halle brennt</h1>${story}</article></body>`, [['title', 'Halle brennt'], ...storyBlocks]],
    ['the whole page when nothing marks the story', `<body><div>${story}</div></body>`, storyBlocks],
  ])('keeps %s', (_name, text, expected) => {
    const doc = html(text);
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual(expected);
    expect(offsetProblems(doc, 'html')).toEqual([]);
  });

  it.each([
    ['a consent banner by role', '<div role="dialog"><p>Wir verwenden Cookies.</p></div>'],
    ['a share bar by aria-label (German)', '<div aria-label="Artikel teilen"><a href="#">Facebook</a></div>'],
    ['a share bar by aria-label (English)', '<div aria-label="Share this story"><a href="#">Facebook</a></div>'],
    ['a camelCase class', '<div class="relatedArticles"><p>Mehr zum Brand.</p></div>'],
    ['a comment section', '<section id="comments"><p>Leser: Schlimm!</p></section>'],
    ['breadcrumbs', '<ol class="breadcrumb"><li>Start</li><li>Lokales</li></ol>'],
    ['an ad slot', '<div class="ad-slot"><p>Jetzt kaufen.</p></div>'],
    ['a German ad label', '<div class="werbung-box"><p>Jetzt kaufen.</p></div>'],
    ['a hidden element', '<p hidden>Versteckt.</p><p style="display: none">Auch versteckt.</p><p aria-hidden="true">Icon</p>'],
    ['a newsletter box', '<aside><p>Newsletter bestellen.</p></aside><div id="newsletter-signup"><p>Jetzt eintragen.</p></div>'],
  ])('drops %s', (_name, furniture) => {
    expect(shape(`<article><h1>Halle brennt</h1>${furniture}${story}</article>`)).toEqual([['title', 'Halle brennt'], ...storyBlocks]);
  });

  it('keeps an article whose own class has a furniture word', () => {
    expect(shape(`<article class="story social-enabled"><h1>Halle brennt</h1>${story}</article>`)).toEqual([['title', 'Halle brennt'], ...storyBlocks]);
  });
});

describe('html is only read, never run', () => {
  const page =
    '<article><h1>Halle brennt</h1><p>Die Feuerwehr war mit 120 Kräften im Einsatz.<img src="x" onerror="globalThis.__claimdiffPwned = 1; alert(1)"></p>' +
    '<script>globalThis.__claimdiffPwned = 2; document.write("Eingeschleuster Satz.")</script>' +
    '<p onclick="alert(2)">Verletzt wurde niemand.</p><iframe src="javascript:alert(3)">Rahmen.</iframe><noscript>Bitte JavaScript einschalten.</noscript></article>';

  it('no script, handler or frame text reaches a claim, and nothing runs', () => {
    const claims = extractClaims({ id: 'x', text: page, format: 'html' }).claims;
    expect(claims.map((c) => c.text)).toEqual(['Halle brennt', 'Die Feuerwehr war mit 120 Kräften im Einsatz.', 'Verletzt wurde niemand.']);
    const all = JSON.stringify(compare([{ id: 'x', text: page, format: 'html' }]).claims);
    for (const bad of ['alert', 'onerror', 'Eingeschleuster', 'Rahmen', 'JavaScript', 'Pwned']) expect(all).not.toContain(bad);
    expect((globalThis as { __claimdiffPwned?: number }).__claimdiffPwned).toBeUndefined();
  });
});
