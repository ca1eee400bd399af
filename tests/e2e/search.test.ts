/** Search with Pagefind in Debian's Chromium: real queries against the built index. */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { fixtureOut } from '../support/paths.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';

let browser: Browser;
let shipped: RunningServer;
let mirror: RunningServer;

beforeAll(async () => {
  [browser, shipped, mirror] = await Promise.all([
    launchBrowser(),
    serveStatic(fixtureOut('shipped'), '/'),
    serveStatic(fixtureOut('mirror'), '/mirror/'),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([shipped?.close(), mirror?.close()]);
});

async function search(origin: string, path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${origin}${path}`);
  await page.waitForSelector('.result');
  return page;
}

const titles = (page: Page) => page.locator('.result h3').allTextContents();
const hrefs = (page: Page) =>
  page.locator('.result h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

async function filterCounts(page: Page, name: string): Promise<Record<string, string>> {
  return page
    .locator(`[data-filter="${name}"] label`)
    .evaluateAll((labels) =>
      Object.fromEntries(
        labels.map((l) => [
          (l.querySelector('input') as HTMLInputElement).value,
          l.querySelector('.count')?.textContent ?? '',
        ]),
      ),
    );
}

describe('search in the visitor’s language', () => {
  it('en: finds the podcast project first', async () => {
    const page = await search(shipped.origin, '/en/search/?q=podcast');
    expect((await titles(page))[0]).toBe('Our voices: a podcast by young Europeans');
    expect((await hrefs(page))[0]).toBe('/en/projects/our-voices-podcast/');
    expect(await page.locator('[data-search-status]').textContent()).toMatch(
      /^\d+ results? for “podcast”$/,
    );
    await page.close();
  });

  it('de: finds the German translation, with filter counts per type', async () => {
    const page = await search(shipped.origin, '/de/search/?q=T%C3%BCrkei');
    const found = await titles(page);
    expect(found[0]).toBe('Türkei');
    expect(found).toContain('Die Türkei in Zahlen: eTwinning im Jahr 2021');
    expect(await page.locator('[data-search-status]').textContent()).toBe(
      '9 Ergebnisse für „Türkei“',
    );
    expect(await filterCounts(page, 'type')).toEqual({
      recognition: '(2)',
      country: '(1)',
      news: '(1)',
      project: '(3)',
      page: '(2)',
    });
    expect((await filterCounts(page, 'country')).TR).toBe('(5)');
    await page.close();
  });

  it('tr: finds Turkish pages and narrows by a filter', async () => {
    const page = await search(shipped.origin, '/tr/search/?q=masallar');
    expect((await titles(page))[0]).toBe('Sınır tanımayan masallar');
    await page.close();
    const news = await search(shipped.origin, '/tr/search/?q=T%C3%BCrkiye&type=news');
    expect(await hrefs(news)).toEqual(['/tr/news/turkey-in-numbers-2021/']);
    expect(await news.locator('input[name="type"][value="news"]').isChecked()).toBe(true);
    await news.close();
  });

  it('sorts newest first on request', async () => {
    const page = await search(shipped.origin, '/en/search/?q=eTwinning&type=news&sort=newest');
    const dates = await page.locator('.result .meta').allTextContents();
    const parsed = dates.map((d) => Date.parse(d.split(' · ')[1] ?? ''));
    expect(parsed.length).toBeGreaterThan(3);
    expect([...parsed].sort((a, b) => b - a)).toEqual(parsed);
    await page.close();
  });
});

describe('untranslated pages', () => {
  it('are not returned in the visitor’s locale as fallbacks', async () => {
    const page = await search(shipped.origin, '/de/search/?q=Georgia');
    expect(await hrefs(page)).not.toContain('/de/news/ukraine-georgia-twinning/');
    expect((await hrefs(page)).every((h) => h?.startsWith('/de/'))).toBe(true);
    await page.close();
  });

  it('are found in English when the visitor asks, labelled with their language', async () => {
    const page = await search(shipped.origin, '/de/search/?q=Georgia&originals=1');
    const links = await hrefs(page);
    expect(links).toContain('/en/news/ukraine-georgia-twinning/');
    const item = page.locator('.result', {
      has: page.locator('a[href="/en/news/ukraine-georgia-twinning/"]'),
    });
    expect(await item.locator('.badge').textContent()).toBe('Auf Englisch');
    expect(await item.locator('h3 a').getAttribute('lang')).toBe('en');
    await page.close();
  });
});

describe('under a base path', () => {
  it('loads the index and links results under PORTAL_BASE', async () => {
    const page = await search(mirror.origin, '/mirror/en/search/?q=fixture');
    const links = await hrefs(page);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((h) => h?.startsWith('/mirror/en/'))).toBe(true);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('the header form lands on the search page with the query, which explains itself', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${shipped.origin}/de/`);
    await page.fill('header input[name="q"]', 'Projekt');
    await page.press('header input[name="q"]', 'Enter');
    await page.waitForURL(`${shipped.origin}/de/search/?q=Projekt`);
    expect(await page.locator('[data-search-noscript]').isVisible()).toBe(true);
    expect(await page.locator('[data-search-ui]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('weight', () => {
  it('loading the search page and running a first query stays under 150 KB gzip', async () => {
    const page = await browser.newPage();
    const sizes: { url: string; gzip: number }[] = [];
    page.on('response', async (response) => {
      const body = await response.body().catch(() => undefined);
      if (body) sizes.push({ url: response.url(), gzip: gzipSync(body).length });
    });
    await page.goto(`${shipped.origin}/de/search/?q=Schule`);
    await page.waitForSelector('.result');
    await page.waitForLoadState('networkidle');
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    console.log(
      `search page + first query: ${sizes.length} requests, ${total} bytes gzip\n${sizes
        .map((s) => `${s.gzip}\t${s.url}`)
        .join('\n')}`,
    );
    expect(total).toBeLessThanOrEqual(150 * 1024);
    await page.close();
  });

  it('no other page loads search JavaScript', async () => {
    const page = await browser.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    for (const path of ['/de/', '/de/news/', '/de/projects/water-around-us/'])
      await page.goto(`${shipped.origin}${path}`);
    expect(scripts).toEqual([]);
    await page.close();
  });
});
