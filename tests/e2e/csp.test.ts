/** The strict Content-Security-Policy holds on every kind of page, search included. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '../../src/lib/security-headers.ts';
import { launchBrowser } from '../support/browser.ts';
import { FIXTURE } from '../support/templates.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  const headers = Object.fromEntries(securityHeaders().map((h) => [h.name, h.value]));
  [browser, server] = await Promise.all([
    launchBrowser(),
    serveStatic(FIXTURE.out, FIXTURE.base, headers),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Content-Security-Policy', () => {
  // Every template in every locale loads under these headers in the accessibility pass, which
  // fails on any violation (tests/support/accessibility-pass.ts); here the pages it does not
  // visit: the root (which picks a language with script) and a missing page answered by 404.html.
  const pages = [FIXTURE.base, `${FIXTURE.base}de/no-such-page/`];

  for (const path of pages) {
    it(`no violation on ${path}`, async () => {
      const page = await browser.newPage({ locale: 'de-DE' });
      await page.addInitScript(() => {
        (window as unknown as { violations: string[] }).violations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          (window as unknown as { violations: string[] }).violations.push(
            `${event.violatedDirective} ${event.blockedURI}`,
          );
        });
      });
      // Content pages run no script: a violation is reported while the page loads.
      await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      expect(
        await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
      ).toEqual([]);
      await page.close();
    });
  }

  it('no violation while searching (WebAssembly and the worker are allowed)', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        void (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
          `${event.violatedDirective} ${event.blockedURI}`,
        );
      });
    });
    await page.goto(`${server.origin}${FIXTURE.base}de/search/?q=fixture&originals=1`);
    await page.waitForSelector('.result');
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/\d/);
    expect(violations).toEqual([]);
    await page.close();
  });
});
