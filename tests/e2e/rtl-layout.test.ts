/** Mirrored layout basics in the added right-to-left locale. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { fixtureOut } from '../support/paths.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchBrowser(),
    serveStatic(fixtureOut('extension'), '/'),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function boxes(path: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${server.origin}${path}`);
  const result = await page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
    return {
      brand: box('.brand'),
      switcher: box('.language-switcher'),
      firstNav: box('.main-nav li:first-child'),
      lastNav: box('.main-nav li:last-child'),
      notice: getComputedStyle(document.querySelector('.notice') ?? document.body).borderRightWidth,
    };
  });
  await page.close();
  return result;
}

describe('right-to-left layout', () => {
  it('puts the brand on the right and the language switcher on the left', async () => {
    const ar = await boxes('/ar/');
    const en = await boxes('/en/');
    expect(ar.brand!.x).toBeGreaterThan(ar.switcher!.x);
    expect(en.brand!.x).toBeLessThan(en.switcher!.x);
  });

  it('runs the main menu from right to left', async () => {
    const ar = await boxes('/ar/');
    expect(ar.firstNav!.x).toBeGreaterThan(ar.lastNav!.x);
  });

  it('draws the notice’s accent on the start (right) edge', async () => {
    const ar = await boxes('/ar/beta/');
    expect(ar.notice).toBe('6px');
  });
});
