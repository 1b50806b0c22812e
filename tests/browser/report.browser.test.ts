import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import { renderHtml } from '../../src/render/html.js';
import type { Report } from '../../src/model/schema.js';

// The HTML report of the seed articles, opened in real headless Chromium and checked as a person would look at it.

// The page functions below run inside Chromium; these few browser globals are declared here, module-local, so the DOM
// library types never leak into the type check of the library code.
interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
interface El {
  className: string;
  classList: { contains(name: string): boolean };
  getBoundingClientRect(): Box;
}
declare const document: {
  activeElement: El | null;
  documentElement: { scrollWidth: number; clientWidth: number };
  getElementById(id: string): El | null;
  querySelector(selector: string): El | null;
};
declare const window: { innerHeight: number; scrollTo(x: number, y: number): void };
declare function getComputedStyle(el: unknown): { backgroundColor: string };

const seeds = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const outDir = fileURLToPath(new URL('../../test-output/', import.meta.url));

/** Chromium from CHROMIUM_PATH, else the first `chromium` on PATH; never a fixed machine path. */
function findChromium(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  for (const dir of (process.env['PATH'] ?? '').split(path.delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const candidate = path.join(dir, name);
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

const executablePath = findChromium();
const skipReason = !existsSync(seeds)
  ? 'seed articles not found next to the repository'
  : executablePath === undefined
    ? 'no Chromium found (set CHROMIUM_PATH or put chromium on PATH)'
    : '';

describe.skipIf(skipReason !== '')(`HTML report of the seeds in headless Chromium${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let browser: Browser;
  let page: Page;
  let report: Report;
  let articles: Array<{ id: string; text: string }>;
  const problems: string[] = [];

  beforeAll(async () => {
    articles = readdirSync(seeds)
      .filter((n) => n.endsWith('.txt'))
      .sort()
      .map((n) => ({ id: n.replace(/\.txt$/, ''), text: readFileSync(path.join(seeds, n), 'utf8') }));
    report = compare(articles, { locale: 'de' });
    const html = renderHtml(report, { articles, locale: 'de' });
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'report.html'), html);
    // The sandbox needs user namespaces that CI containers often lack; the page is our own escaped, script-free HTML.
    browser = await chromium.launch({ executablePath: executablePath!, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      if (!r.url().startsWith('data:') && !r.url().startsWith('about:')) problems.push(`network request: ${r.url()}`);
    });
    await page.setContent(html, { waitUntil: 'load' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows every finding card at 1280 px', async () => {
    const cards = page.locator('article.finding');
    expect(await cards.count()).toBe(report.findings.length);
    for (let i = 0; i < report.findings.length; i++) expect(await cards.nth(i).isVisible()).toBe(true);
  });

  it('highlights exactly the characters of every evidence span, visibly', async () => {
    const marks = page.locator('a.hl');
    const n = await marks.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) expect(await marks.nth(i).isVisible()).toBe(true);
    const backgrounds = await marks.evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
    expect(backgrounds.filter((b) => b === 'rgba(0, 0, 0, 0)')).toEqual([]);
    // Per article: the highlighted characters are the union of its evidence spans, no more and no less.
    const highlighted = await page.locator('article.src').evaluateAll((cols) =>
      cols.map((c) => [...c.querySelectorAll('a.hl')].reduce((sum, a) => sum + (a.textContent ?? '').length, 0)),
    );
    const expected = report.articles.map((a) => {
      const covered = new Set<number>();
      for (const f of report.findings) for (const e of f.evidence) if (e.articleId === a.id) for (let k = e.span.start; k < e.span.end; k++) covered.add(k);
      return covered.size;
    });
    expect(highlighted).toEqual(expected);
    // Every evidence span a card links to exists in the page.
    const targets = await page.locator('a.jump').evaluateAll((links) => links.map((l) => document.getElementById(l.getAttribute('href')!.slice(1)) !== null));
    expect(targets.length).toBe(report.findings.reduce((s, f) => s + f.evidence.length, 0));
    expect(targets.every(Boolean)).toBe(true);
  });

  it('reaches a card by keyboard and follows its link to the highlighted span', async () => {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('finding'))).toBe(true);
    // Tab on to the card's first "show in source" link and follow it: the span scrolls into view.
    for (let i = 0; i < 20 && !(await page.evaluate(() => document.activeElement?.classList.contains('jump'))); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const inView = await page.evaluate(() => {
      const t = document.querySelector(':target');
      if (!t) return false;
      const r = t.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight;
    });
    expect(inView).toBe(true);
  });

  it('hides a severity with its filter checkbox, without any script', async () => {
    expect(await page.locator('script').count()).toBe(0);
    await page.setViewportSize({ width: 1280, height: 800 });
    const warnings = page.locator('article.finding.warning');
    expect(await warnings.count()).toBeGreaterThan(0);
    await page.locator('#flt-warning').uncheck();
    expect(await warnings.first().isVisible()).toBe(false);
    await page.locator('#flt-warning').check();
    expect(await warnings.first().isVisible()).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(outDir, 'report.png'), fullPage: true });
  });

  it('fits a 390 px phone screen without horizontal scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
    // Stacked, not side by side: the second source starts below the first.
    const tops = await page.locator('article.src').evaluateAll((cols) => cols.map((c) => c.getBoundingClientRect()));
    expect(tops[1]!.top).toBeGreaterThanOrEqual(tops[0]!.bottom);
    await page.screenshot({ path: path.join(outDir, 'report-390.png') });
  });

  it('puts the sources side by side at 1280 px', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const boxes = await page.locator('article.src').evaluateAll((cols) => cols.map((c) => c.getBoundingClientRect()));
    expect(boxes[1]!.left).toBeGreaterThan(boxes[0]!.right - 1);
    expect(Math.abs(boxes[1]!.top - boxes[0]!.top)).toBeLessThan(2);
  });

  it('prints without the filters and with every source text unclipped', async () => {
    const clipped = () => page.locator('article.src .text').evaluateAll((els) => els.filter((e) => e.scrollHeight > e.clientHeight + 1).length);
    // On a wide screen each long source scrolls in its own column, so the two stay side by side.
    expect(await clipped()).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('form.filters').isVisible()).toBe(false);
    expect(await clipped()).toBe(0);
    await page.emulateMedia({ media: 'screen' });
  });

  it('logged no console errors, page errors or network requests', () => {
    expect(problems).toEqual([]);
  });
});
