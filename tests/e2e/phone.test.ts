/**
 * Phone first: the menu works with the keyboard, without JavaScript, with its state announced;
 * targets are big enough; the home page's first screen leads on; wider screens keep the full
 * header. (Every template in every locale is measured at 320, 360 and 390 px, and checked with
 * axe at phone width, in the one pass over all pages: tests/e2e/accessibility.test.ts.)
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { fixtureOut } from '../support/paths.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';

let browser: Browser;
let mirror: RunningServer;

beforeAll(async () => {
  [browser, mirror] = await Promise.all([
    launchBrowser(),
    serveStatic(fixtureOut('mirror'), '/mirror/'),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await mirror?.close();
});

async function phone(javaScript = true): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 800 },
    javaScriptEnabled: javaScript,
  });
  return { context, page: await context.newPage() };
}

/** The accessibility tree's view of the menu toggle: its role and whether it says "expanded". */
async function toggleState(page: Page): Promise<{ role: string; expanded: boolean | undefined }> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: {
      role?: { value: string };
      name?: { value: string };
      properties?: { name: string; value: { value: unknown } }[];
    }[];
  };
  const label = await page.locator('.site-menu-toggle').innerText();
  const node = nodes.find(
    (n) => n.role?.value === 'DisclosureTriangle' && n.name?.value.trim() === label.trim(),
  );
  await cdp.detach();
  const expanded = node?.properties?.find((p) => p.name === 'expanded')?.value.value;
  return {
    role: node?.role?.value ?? 'none',
    expanded: typeof expanded === 'boolean' ? expanded : undefined,
  };
}

describe('phone layout', () => {
  it('the home page’s first screen says what eTwinning is and leads to news and projects', async () => {
    const { context, page } = await phone(false);
    for (const code of ['en', 'lv', 'el']) {
      await page.goto(`${mirror.origin}/mirror/${code}/`);
      for (const selector of [
        'h1',
        '.hero .lead',
        `.hero a[href="/mirror/${code}/news/"]`,
        `.hero a[href="/mirror/${code}/projects/"]`,
      ]) {
        const box = await page.locator(selector).boundingBox();
        expect(box, `${code}: ${selector}`).not.toBeNull();
        expect(
          (box?.y ?? Infinity) + (box?.height ?? 0),
          `${code}: ${selector} on the first screen`,
        ).toBeLessThanOrEqual(800);
      }
    }
    await context.close();
  });
});

describe('the phone menu', () => {
  it('opens and closes with the keyboard, without JavaScript, and says whether it is open', async () => {
    const { context, page } = await phone(false);
    await page.goto(`${mirror.origin}/mirror/de/news/`);
    await expect.poll(() => page.locator('.main-nav').isVisible()).toBe(false);
    // Skip link, brand, then the menu.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain(
      'site-menu-toggle',
    );
    expect(await toggleState(page)).toEqual({ role: 'DisclosureTriangle', expanded: false });

    await page.keyboard.press('Enter');
    expect(await page.locator('.main-nav a[aria-current="page"]').isVisible()).toBe(true);
    expect(await page.locator('.header-tools input[type="search"]').isVisible()).toBe(true);
    expect(await page.locator('.language-switcher summary').isVisible()).toBe(true);
    expect(await toggleState(page)).toEqual({ role: 'DisclosureTriangle', expanded: true });

    // Every target in the open menu is at least 44 px tall and 24 px wide.
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          '.site-menu-toggle, .header-tools button, .header-tools input, .language-switcher summary, .main-nav a',
        ),
      ]
        .map((el) => ({ what: el.outerHTML.slice(0, 60), box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.height < 44 || box.width < 24)
        .map(({ what }) => what),
    );
    expect(small).toEqual([]);

    await page.keyboard.press('Enter');
    expect(await page.locator('.main-nav').isVisible()).toBe(false);
    expect(await toggleState(page)).toEqual({ role: 'DisclosureTriangle', expanded: false });
    await context.close();
  });

  it('pagination links are real touch targets', async () => {
    const { context, page } = await phone(false);
    // The fixture has more news than fit on one page.
    await page.goto(`${mirror.origin}/mirror/en/news/`);
    const boxes = await page
      .locator('.pagination a')
      .evaluateAll((links) =>
        links.map((a) => a.getBoundingClientRect()).map((b) => [b.width, b.height]),
      );
    expect(boxes.length).toBeGreaterThan(0);
    for (const [width = 0, height = 0] of boxes) {
      expect(height).toBeGreaterThanOrEqual(44);
      expect(width).toBeGreaterThanOrEqual(24);
    }
    await context.close();
  });

  it('is not there on wider screens: search, languages and navigation are shown at once', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${mirror.origin}/mirror/en/projects/`);
    expect(await page.locator('.site-menu-toggle').isVisible()).toBe(false);
    expect(await page.locator('.header-tools input[type="search"]').isVisible()).toBe(true);
    const tops = await page
      .locator('.main-nav a')
      .evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(new Set(tops).size, 'the navigation is one row').toBe(1);
    const h1 = await page.locator('h1').boundingBox();
    expect(h1?.y ?? Infinity).toBeLessThan(220);
    await context.close();
  });
});

describe('axe at phone width', () => {
  it('with the menu and the language list open', async () => {
    const { context, page } = await phone();
    await page.goto(`${mirror.origin}/mirror/lt/countries/`);
    await page.click('.site-menu-toggle');
    await page.click('.language-switcher summary');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
