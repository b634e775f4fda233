/**
 * The HTML report in a real headless Chromium: it renders, makes no request, its filters
 * work, markup in file names and code stays text, and a screenshot shows the page.
 *
 * Needs Chromium (`apt-get install -y chromium`, or CHROMIUM_PATH). Without it the suite is
 * skipped locally; in CI (`CI` set) a missing browser fails the run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatHtml } from '../../src/report/html';
import { getReportFixture, HTML_FILE, removeFixture, withMixedConfidence, type ReportFixture } from './fixture';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const ARTIFACTS = path.resolve(__dirname, '../.artifacts');
const hasChromium = fs.existsSync(CHROMIUM_PATH);

/** The few DOM globals the in-page callbacks use (this project type-checks without the DOM library). */
interface BrowserGlobals {
  __pwned?: unknown;
  document: {
    scripts: { length: number };
    images: { length: number };
    querySelectorAll(selector: string): { length: number };
    createElement(tag: 'canvas'): {
      width: number;
      height: number;
      getContext(kind: '2d'): { drawImage(image: unknown, x: number, y: number): void; getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null;
    };
  };
  Image: new () => { src: string; width: number; height: number; decode(): Promise<void> };
}

if (!hasChromium && process.env.CI) {
  test('Chromium is installed for the HTML report test', () => {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  });
}

if (!hasChromium && !process.env.CI) {
  console.warn(`html.browser.test: skipped, no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
}

describe.runIf(hasChromium)('html report in Chromium', () => {
  let fixture: ReportFixture;
  let browser: Browser;
  let page: Page;
  let reportUrl: string;
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    const shared = await getReportFixture();
    // Findings of every confidence, for the confidence filter (the same findings and fix levels otherwise).
    fixture = { ...shared, result: withMixedConfidence(shared.result) };
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, 'report.html');
    fs.writeFileSync(file, formatHtml(fixture.result, shared.context()));
    reportUrl = pathToFileURL(file).href;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 }, colorScheme: 'light' });
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(reportUrl, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await browser?.close();
    if (fixture) removeFixture(fixture.dir);
  });

  const visibleFindings = (): Promise<number> => page.locator('.finding:visible').count();

  test('renders every finding without a network request, a script error or a CSP violation', async () => {
    expect(await page.locator('h1').textContent()).toBe('unleak report');
    expect((await page.locator('h1').boundingBox())!.height).toBeGreaterThan(10);
    expect(await visibleFindings()).toBe(fixture.result.findings.length);
    expect(await page.locator('#filter-count').textContent()).toBe(`Showing ${fixture.result.findings.length} of ${fixture.result.findings.length} findings`);
    expect(requests).toEqual([reportUrl]);
    expect(consoleErrors).toEqual([]);
  });

  test('a file name holding <script> and <img onerror> stays text', async () => {
    const names = await page.locator('.file > h2 code').allTextContents();
    expect(names).toContain(HTML_FILE);
    const markup = await page.evaluate(() => {
      const { document, __pwned } = globalThis as unknown as BrowserGlobals;
      return { scripts: document.scripts.length, images: document.images.length, bold: document.querySelectorAll('main b').length, pwned: __pwned };
    });
    expect(markup).toEqual({ scripts: 1, images: 0, bold: 0, pwned: undefined });
    expect(dialogs).toEqual([]);
    const code = await page.locator('.finding pre.code').allTextContents();
    expect(code.some((text) => text.includes("'</script><b>bold</b>'"))).toBe(true);
  });

  test('filters by rule and by fix level', async () => {
    const byRule = (rule: string): number => fixture.result.findings.filter((f) => f.rule === rule).length;
    await page.selectOption('#filter-rule', 'invalid-suppression');
    expect(await visibleFindings()).toBe(byRule('invalid-suppression'));
    expect(await page.locator('.file:visible').count()).toBe(1);

    await page.selectOption('#filter-rule', '');
    await page.uncheck('input[name="level"][value="auto"]');
    const { suggestion, none } = fixture.result.summary.fixable;
    expect(await visibleFindings()).toBe(suggestion + none);
    expect(await page.locator('#filter-count').textContent()).toBe(`Showing ${suggestion + none} of ${fixture.result.findings.length} findings`);
    expect(await page.locator('.finding:visible[data-level="auto"]').count()).toBe(0);

    await page.check('input[name="level"][value="auto"]');
    await page.locator('#chart-rules [data-filter-rule="fetch-timeout"] rect').first().click();
    expect(await page.inputValue('#filter-rule')).toBe('fetch-timeout');
    expect(await visibleFindings()).toBe(byRule('fetch-timeout'));

    await page.selectOption('#filter-rule', '');
    expect(await visibleFindings()).toBe(fixture.result.findings.length);
    expect(requests).toEqual([reportUrl]);
  });

  test('filters by least confidence', async () => {
    const atLeast = (levels: string[]): number => fixture.result.findings.filter((f) => levels.includes(f.confidence)).length;
    expect(atLeast(['low'])).toBeGreaterThan(0);
    expect(atLeast(['medium'])).toBeGreaterThan(0);
    await page.selectOption('#filter-confidence', 'high');
    expect(await visibleFindings()).toBe(atLeast(['high']));
    expect(await page.locator('.finding:visible[data-confidence="low"]').count()).toBe(0);
    await page.selectOption('#filter-confidence', 'medium');
    expect(await visibleFindings()).toBe(atLeast(['high', 'medium']));
    expect(await page.locator('.finding:visible[data-confidence="medium"]').count()).toBe(atLeast(['medium']));
    await page.uncheck('input[name="level"][value="auto"]');
    expect(await visibleFindings()).toBe(fixture.result.findings.filter((f) => f.fix !== 'auto' && f.confidence !== 'low').length);
    await page.check('input[name="level"][value="auto"]');
    await page.selectOption('#filter-confidence', 'low');
    expect(await visibleFindings()).toBe(fixture.result.findings.length);
  });

  test('charts have a bar per rule and per directory', async () => {
    const ruleBars = await page.locator('#chart-rules g[data-filter-rule]').count();
    expect(ruleBars).toBe(new Set(fixture.result.findings.map((f) => f.rule)).size);
    const directories = new Set(fixture.result.findings.map((f) => path.posix.dirname(f.file)));
    expect(await page.locator('#chart-directories g').count()).toBe(directories.size);
    const widths = await page.locator('#chart-rules rect').evaluateAll((rects) => rects.map((rect) => rect.getBoundingClientRect().width));
    expect(Math.min(...widths)).toBeGreaterThan(0);
  });

  test('screenshot shows a rendered page', async () => {
    const file = path.join(ARTIFACTS, 'html-report.png');
    await page.screenshot({ path: file, fullPage: false });
    const png = fs.readFileSync(file);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(30_000);
    // Read the pixels back through a canvas: many colours, the auto-fix green among them.
    const stats = await page.evaluate(async (dataUrl) => {
      const { document, Image } = globalThis as unknown as BrowserGlobals;
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      const colours = new Set<number>();
      let nonWhite = 0;
      let green = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        colours.add((r << 16) | (g << 8) | b);
        if (r < 245 || g < 245 || b < 245) nonWhite++;
        if (Math.abs(r - 0x1a) < 12 && Math.abs(g - 0x7f) < 12 && Math.abs(b - 0x37) < 12) green++;
      }
      return { width: image.width, height: image.height, colours: colours.size, nonWhite: nonWhite / (data.length / 4), green };
    }, `data:image/png;base64,${png.toString('base64')}`);
    expect(stats.width).toBe(1200);
    expect(stats.height).toBe(900);
    expect(stats.colours).toBeGreaterThan(50);
    expect(stats.nonWhite).toBeGreaterThan(0.05);
    expect(stats.green).toBeGreaterThan(200);
  });
});
