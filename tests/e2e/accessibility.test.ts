/**
 * One pass over every page template in every locale (and a right-to-left one). Each page is loaded once, under the site's real security headers (the strict Content-Security-Policy
 * included), and must
 * - raise no Content-Security-Policy violation while it loads;
 * - have a phone layout (title near the top, no sideways scrolling; tests/support/phone.ts);
 * - pass axe-core's WCAG 2.2 AA rules at desktop width, and at phone width too in three scripts
 *   (Latin with diacritics, Greek, Cyrillic).
 * The pages are the `mirror` fixture's (served under /mirror/, so base paths are exercised too);
 * the untranslated page of each locale is found from its content, like the translation status.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_LOCALE } from '../../src/i18n/locales.ts';
import { securityHeaders } from '../../src/lib/security-headers.ts';
import { axeViolations, withAxe } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { fixtureOut } from '../support/paths.ts';
import { PHONE, phoneLayoutProblems } from '../support/phone.ts';
import { CODES, FIXTURE, TEMPLATES, fallbackPaths, pagesOf } from '../support/templates.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';

/** Locales whose every template axe also checks at phone width. */
const AXE_AT_PHONE_WIDTH = ['lv', 'el', 'bg'];

/** Collects the page's Content-Security-Policy violations in `window.cspViolations`. */
function recordViolations(): void {
  const found: string[] = [];
  (window as unknown as { cspViolations: string[] }).cspViolations = found;
  document.addEventListener('securitypolicyviolation', (event) =>
    found.push(`${event.violatedDirective} ${event.blockedURI}`),
  );
}

/** Every problem of one page, one line each with its URL. */
async function problemsOn(page: Page, url: string, phoneAxe: boolean): Promise<string[]> {
  // Desktop first, so that the images a phone needs are already there when the page shrinks.
  await page.setViewportSize({ width: 1280, height: 800 });
  const response = await page.goto(url);
  if (!response || (response.status() >= 400 && !url.includes('404')))
    return [`${url}: HTTP ${response?.status() ?? 'no response'}`];
  const csp = await page.evaluate(
    () => (window as unknown as { cspViolations: string[] }).cspViolations,
  );
  const found = csp.map((violation) => `${url}: Content-Security-Policy violation ${violation}`);
  found.push(...(await axeViolations(page)));
  found.push(...(await phoneLayoutProblems(page)));
  if (phoneAxe) {
    await page.setViewportSize(PHONE);
    found.push(...(await axeViolations(page)).map((v) => `at phone width: ${v}`));
  }
  return found;
}

let browser: Browser;
let mirror: RunningServer;
let rtl: RunningServer;
const headers = Object.fromEntries(securityHeaders().map((h) => [h.name, h.value]));

beforeAll(async () => {
  [browser, mirror, rtl] = await Promise.all([
    launchBrowser(),
    serveStatic(FIXTURE.out, FIXTURE.base, headers),
    serveStatic(fixtureOut('extension'), '/', headers),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([mirror?.close(), rtl?.close()]);
});

async function violations(
  origin: string,
  paths: readonly string[],
  phoneAxe = false,
): Promise<string[]> {
  // axe runs as page script, so JavaScript stays on (and `/` is visited as `/?choose`).
  const context = await withAxe(await browser.newContext({ locale: 'en-GB' }));
  await context.addInitScript(recordViolations);
  const page = await context.newPage();
  const found: string[] = [];
  for (const path of paths) found.push(...(await problemsOn(page, `${origin}${path}`, phoneAxe)));
  await context.close();
  return found;
}

describe('no WCAG 2.2 AA violation, no CSP violation and a phone layout on every template', () => {
  const fallbacks = fallbackPaths();

  it('has an untranslated page to test in every locale but the source locale', () => {
    expect(CODES.filter((code) => code !== SOURCE_LOCALE && !fallbacks.has(code))).toEqual([]);
  });

  describe.concurrent.each(CODES)('%s', (code) => {
    it(`${TEMPLATES.length + 1} templates`, async () => {
      const paths = pagesOf(code, fallbacks);
      expect(paths).toHaveLength(TEMPLATES.length + 1);
      expect(await violations(mirror.origin, paths, AXE_AT_PHONE_WIDTH.includes(code))).toEqual([]);
    }, 480_000);
  });

  it('the language chooser and the root 404', async () => {
    expect(
      await violations(mirror.origin, [`${FIXTURE.base}?choose`, `${FIXTURE.base}404.html`]),
    ).toEqual([]);
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
