/**
 * WCAG 2.2 AA with axe-core: every page template in all 28 locales (and a right-to-left one).
 * The untranslated page of each locale is found from the content, like the translation status.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_LOCALE } from '../../src/i18n/locales.ts';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { fixtureOut } from '../support/paths.ts';
import { CODES, TEMPLATES, fallbackPaths, pagesOf } from '../support/templates.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';

let browser: Browser;
let shipped: RunningServer;
let rtl: RunningServer;

beforeAll(async () => {
  [browser, shipped, rtl] = await Promise.all([
    launchBrowser(),
    serveStatic(fixtureOut('shipped'), '/'),
    serveStatic(fixtureOut('rtl'), '/'),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([shipped?.close(), rtl?.close()]);
});

async function violationsOn(page: Page, url: string): Promise<string[]> {
  const response = await page.goto(url);
  if (!response || (response.status() >= 400 && !url.includes('404')))
    return [`${url}: HTTP ${response?.status() ?? 'no response'}`];
  return axeViolations(page);
}

async function violations(origin: string, paths: readonly string[]): Promise<string[]> {
  // axe runs as page script, so JavaScript stays on (and `/` is visited as `/?choose`).
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  const found: string[] = [];
  for (const path of paths) found.push(...(await violationsOn(page, `${origin}${path}`)));
  await context.close();
  return found;
}

describe('no WCAG 2.2 AA violations on any template', () => {
  const fallbacks = fallbackPaths();

  it('has an untranslated page to test in every locale but the source locale', () => {
    expect(CODES.filter((code) => code !== SOURCE_LOCALE && !fallbacks.has(code))).toEqual([]);
  });

  it('the language chooser and the root 404', async () => {
    expect(await violations(shipped.origin, ['/?choose', '/404.html'])).toEqual([]);
  });

  describe.concurrent.each(CODES)('%s', (code) => {
    it(`${TEMPLATES.length + 1} templates`, async () => {
      expect(await violations(shipped.origin, pagesOf(code, fallbacks))).toEqual([]);
    }, 240_000);
  });

  it('with the language list open', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${shipped.origin}/lv/etwinning-plus/`);
    await page.click('.language-switcher summary');
    const found = await axeViolations(page);
    await context.close();
    expect(found).toEqual([]);
  });

  it('in a right-to-left locale', async () => {
    expect(await violations(rtl.origin, ['/ar/', '/ar/beta/'])).toEqual([]);
  });
});
