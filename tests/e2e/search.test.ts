/**
 * Search with Pagefind in Debian's Chromium: real queries against the index of the `mirror`
 * fixture (tests/fixtures/basic/content), served under its base path.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { FIXTURE, TEMPLATES } from '../support/templates.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';

let browser: Browser;
let mirror: RunningServer;
const base = FIXTURE.base;

beforeAll(async () => {
  [browser, mirror] = await Promise.all([launchBrowser(), serveStatic(FIXTURE.out, base)]);
});

afterAll(async () => {
  await browser?.close();
  await mirror?.close();
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
  it('en: finds the project first, linked under the base path', async () => {
    const page = await search(mirror.origin, `${base}en/search/?q=river`);
    expect((await titles(page))[0]).toBe('River project');
    expect((await hrefs(page))[0]).toBe(`${base}en/projects/river-project/`);
    expect(await page.locator('[data-search-status]').textContent()).toMatch(
      /^\d+ results? for “river”$/,
    );
    expect((await hrefs(page)).every((h) => h?.startsWith(`${base}en/`))).toBe(true);
    await page.close();
  });

  it('de: finds the German pages, with filter counts per type and country', async () => {
    const page = await search(mirror.origin, `${base}de/search/?q=Testmeldung`);
    expect(await titles(page)).toEqual(['Testmeldung 14']);
    expect(await page.locator('[data-search-status]').textContent()).toBe(
      '1 Ergebnis für „Testmeldung“',
    );
    expect(await filterCounts(page, 'type')).toEqual({ news: '(1)' });
    expect((await filterCounts(page, 'country')).FR).toBe('(1)');
    await page.close();
  });

  it('tr: finds Turkish pages and narrows by a filter', async () => {
    const page = await search(mirror.origin, `${base}tr/search/?q=Gama`);
    expect((await titles(page))[0]).toBe('Gama yalnızca Türkçe');
    await page.close();
    const pages = await search(mirror.origin, `${base}tr/search/?q=T%C3%BCrk%C3%A7e&type=page`);
    expect((await hrefs(pages)).sort()).toEqual([`${base}tr/alpha/`, `${base}tr/gamma/`]);
    expect(await pages.locator('input[name="type"][value="page"]').isChecked()).toBe(true);
    await pages.close();
  });

  it('sorts newest first on request', async () => {
    const page = await search(mirror.origin, `${base}en/search/?q=fixture&type=news&sort=newest`);
    const dates = await page.locator('.result .meta').allTextContents();
    const parsed = dates.map((d) => Date.parse(d.split(' · ')[1] ?? ''));
    expect(parsed.length).toBeGreaterThan(3);
    expect([...parsed].sort((a, b) => b - a)).toEqual(parsed);
    await page.close();
  });
});

describe('untranslated pages', () => {
  it('are not returned in the visitor’s locale as fallbacks', async () => {
    const page = await browser.newPage();
    await page.goto(`${mirror.origin}${base}de/search/?q=river`);
    await page.waitForSelector('[data-search-status]:not(:empty)');
    expect(await hrefs(page)).not.toContain(`${base}de/projects/river-project/`);
    expect((await hrefs(page)).every((h) => h?.startsWith(`${base}de/`))).toBe(true);
    await page.close();
  });

  it('are found in English when the visitor asks, labelled with their language', async () => {
    const page = await search(mirror.origin, `${base}de/search/?q=river&originals=1`);
    const target = `${base}en/projects/river-project/`;
    expect(await hrefs(page)).toContain(target);
    const item = page.locator('.result', { has: page.locator(`a[href="${target}"]`) });
    expect(await item.locator('.badge').textContent()).toBe('Auf Englisch');
    expect(await item.locator('h3 a').getAttribute('lang')).toBe('en');
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('the header form lands on the search page with the query, which explains itself', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${mirror.origin}${base}de/`);
    await page.fill('header input[name="q"]', 'Projekt');
    await page.press('header input[name="q"]', 'Enter');
    await page.waitForURL(`${mirror.origin}${base}de/search/?q=Projekt`);
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
    await page.goto(`${mirror.origin}${base}de/search/?q=fixture&originals=1`);
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
    for (const [, path] of TEMPLATES.filter(([name]) => !name.startsWith('search')))
      await page.goto(`${mirror.origin}${base}de/${path}`);
    expect(scripts).toEqual([]);
    await page.close();
  });
});
