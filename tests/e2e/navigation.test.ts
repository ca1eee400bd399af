/** Visitors in Debian's Chromium: language choice, switcher, 404, keyboard and phone layout. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { fixtureOut } from '../support/paths.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchBrowser(),
    serveStatic(fixtureOut('mirror'), '/mirror/'),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${server.origin}${path}`);
  return page;
}

describe('language chooser at /', () => {
  it('goes to the best of the browser’s languages', async () => {
    const page = await open('/mirror/', { locale: 'de-AT' });
    await page.waitForURL(`${server.origin}/mirror/de/`);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    await page.context().close();
  });

  it('falls back to the default locale for a language the portal lacks', async () => {
    const page = await open('/mirror/', { locale: 'ja-JP' });
    await page.waitForURL(`${server.origin}/mirror/en/`);
    await page.context().close();
  });

  it('remembers an explicit choice', async () => {
    const page = await open('/mirror/?choose', { locale: 'en-GB' });
    await page.click('a[data-locale="fr"]');
    await page.waitForURL(`${server.origin}/mirror/fr/`);
    await page.goto(`${server.origin}/mirror/`);
    await page.waitForURL(`${server.origin}/mirror/fr/`);
    await page.context().close();
  });

  it('is a plain list of all languages without JavaScript', async () => {
    const page = await open('/mirror/', { javaScriptEnabled: false, locale: 'de-DE' });
    expect(page.url()).toBe(`${server.origin}/mirror/`);
    expect(await page.locator('[data-language-chooser] a').count()).toBe(28);
    expect(await page.locator('a[lang="el"]').textContent()).toBe('Ελληνικά');
    await page.context().close();
  });
});

describe('language switcher', () => {
  it('leads to the same page in another locale, without JavaScript', async () => {
    const page = await open('/mirror/de/alpha/', { javaScriptEnabled: false });
    await page.click('.language-switcher summary');
    await page.click('.language-switcher a[lang="tr"]');
    await page.waitForURL(`${server.origin}/mirror/tr/alpha/`);
    expect(await page.locator('h1').textContent()).toBe('Türkçe Alfa');
    await page.context().close();
  });

  it('is reachable and usable with the keyboard alone', async () => {
    const page = await open('/mirror/en/alpha/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    const page2 = await open('/mirror/en/alpha/');
    let reached = false;
    for (let i = 0; i < 10 && !reached; i++) {
      await page2.keyboard.press('Tab');
      reached = await page2.evaluate(() => document.activeElement?.tagName === 'SUMMARY');
    }
    expect(reached).toBe(true);
    await page2.keyboard.press('Enter');
    expect(await page2.locator('.language-switcher').getAttribute('open')).not.toBeNull();
    await page.context().close();
    await page2.context().close();
  });
});

describe('404 page', () => {
  it('answers 404 in the language of the missing URL', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const response = await page.goto(`${server.origin}/mirror/tr/no-such-page/`);
    expect(response?.status()).toBe(404);
    await page.waitForFunction(() => document.documentElement.lang === 'tr');
    const first = page.locator('[data-not-found] li').first();
    expect(await first.getAttribute('lang')).toBe('tr');
    expect(await first.locator('a').getAttribute('href')).toBe('/mirror/tr/');
    await context.close();
  });
});

describe('on a phone', () => {
  it('fits the header of every locale into a 360 px screen', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
    });
    const page = await context.newPage();
    for (const code of ['el', 'bg', 'de', 'fi', 'lt', 'ga', 'hu', 'mt']) {
      await page.goto(`${server.origin}/mirror/${code}/alpha/`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, code).toBeLessThanOrEqual(0);
      const button = await page.locator('header .search-form button').boundingBox();
      expect(button && button.x + button.width <= 360, code).toBe(true);
    }
    await context.close();
  });

  it('needs no horizontal scrolling and keeps the switcher within the screen', async () => {
    const page = await open('/mirror/de/alpha/', {
      viewport: { width: 360, height: 740 },
      isMobile: true,
    });
    // On a phone the language list is in the menu.
    await page.click('.site-menu-toggle');
    await page.click('.language-switcher summary');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await page.locator('.language-list').boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
    await page.context().close();
  });
});

describe('listings', () => {
  it('page forward and back through the news', async () => {
    const page = await open('/mirror/en/news/');
    const first = await page.locator('main .card-title').allTextContents();
    await page.click('.pagination a[rel="next"]');
    expect(new URL(page.url()).pathname).toBe('/mirror/en/news/page/2/');
    expect(await page.locator('.pagination [aria-current="page"]').textContent()).toMatch(
      /^Page 2 of \d+$/,
    );
    const second = await page.locator('main .card-title').allTextContents();
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((title) => first.includes(title))).toEqual([]);
    await page.click('.pagination a[rel="prev"]');
    expect(new URL(page.url()).pathname).toBe('/mirror/en/news/');
    await page.context().close();
  });

  it('a browse filter narrows the projects to the chosen country', async () => {
    const page = await open('/mirror/de/projects/');
    const all = await page.locator('main .card-grid > li').count();
    const chip = page.locator('.browse ul.chips').first().locator('a').first();
    const country = (await chip.textContent())?.trim() ?? '';
    await chip.click();
    expect(new URL(page.url()).pathname).toMatch(/^\/mirror\/de\/projects\/country\/[a-z]{2}\/$/);
    const metas = await page.locator('main .card-grid > li .meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    expect(metas.length).toBeLessThanOrEqual(all);
    for (const meta of metas) expect(meta).toContain(country);
    await page.context().close();
  });
});
