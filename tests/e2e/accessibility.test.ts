/**
 * One pass over every page template in all 28 locales (and a right-to-left one): each page is
 * loaded once, measured at phone widths (title near the top, no sideways scrolling, see
 * tests/support/phone.ts), then checked with axe-core for WCAG 2.2 AA at desktop width, and at
 * phone width too in three scripts (Latin with diacritics, Greek, Cyrillic). The pages are the
 * `mirror` fixture's (served under /mirror/, so base paths are exercised too); the untranslated
 * page of each locale is found from its content, like the translation status.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_LOCALE } from '../../src/i18n/locales.ts';
import { axeViolations, withAxe } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { fixtureOut } from '../support/paths.ts';
import { PHONE, phoneLayoutProblems } from '../support/phone.ts';
import { CODES, FIXTURE, TEMPLATES, fallbackPaths, pagesOf } from '../support/templates.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';

let browser: Browser;
let mirror: RunningServer;
let rtl: RunningServer;

beforeAll(async () => {
  [browser, mirror, rtl] = await Promise.all([
    launchBrowser(),
    serveStatic(FIXTURE.out, FIXTURE.base),
    serveStatic(fixtureOut('extension'), '/'),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([mirror?.close(), rtl?.close()]);
});

/** Locales whose every template axe also checks at phone width. */
const AXE_AT_PHONE_WIDTH = ['lv', 'el', 'bg'];

async function problemsOn(page: Page, url: string, phoneAxe: boolean): Promise<string[]> {
  // Desktop first, so that the images a phone needs are already there when the page shrinks.
  await page.setViewportSize({ width: 1280, height: 800 });
  const response = await page.goto(url);
  if (!response || (response.status() >= 400 && !url.includes('404')))
    return [`${url}: HTTP ${response?.status() ?? 'no response'}`];
  const found = await axeViolations(page);
  found.push(...(await phoneLayoutProblems(page)));
  if (phoneAxe) {
    await page.setViewportSize(PHONE);
    found.push(...(await axeViolations(page)).map((v) => `at phone width: ${v}`));
  }
  return found;
}

async function violations(
  origin: string,
  paths: readonly string[],
  phoneAxe = false,
): Promise<string[]> {
  // axe runs as page script, so JavaScript stays on (and `/` is visited as `/?choose`).
  const context = await withAxe(await browser.newContext({ locale: 'en-GB' }));
  const page = await context.newPage();
  const found: string[] = [];
  for (const path of paths) found.push(...(await problemsOn(page, `${origin}${path}`, phoneAxe)));
  await context.close();
  return found;
}

describe('no WCAG 2.2 AA violations and a phone layout on every template', () => {
  const fallbacks = fallbackPaths();

  it('has an untranslated page to test in every locale but the source locale', () => {
    expect(CODES.filter((code) => code !== SOURCE_LOCALE && !fallbacks.has(code))).toEqual([]);
  });

  it('the language chooser and the root 404', async () => {
    expect(
      await violations(mirror.origin, [`${FIXTURE.base}?choose`, `${FIXTURE.base}404.html`]),
    ).toEqual([]);
  });

  describe.concurrent.each(CODES)('%s', (code) => {
    it(`${TEMPLATES.length + 1} templates`, async () => {
      const paths = pagesOf(code, fallbacks);
      expect(await violations(mirror.origin, paths, AXE_AT_PHONE_WIDTH.includes(code))).toEqual([]);
    }, 480_000);
  });

  it('with the language list open', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${mirror.origin}${pagesOf('lv', new Map())[1] ?? ''}`);
    await page.click('.language-switcher summary');
    const found = await axeViolations(page);
    await context.close();
    expect(found).toEqual([]);
  });

  it('in a right-to-left locale', async () => {
    expect(await violations(rtl.origin, ['/ar/', '/ar/beta/'])).toEqual([]);
  });
});
