/** WCAG 2.2 AA with axe-core on every page template, in several scripts and a right-to-left locale. */
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { fixtureOut } from '../support/paths.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

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

async function violations(origin: string, path: string): Promise<string[]> {
  // axe runs as page script, so JavaScript stays on (and `/` is visited as `/?choose`).
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`${origin}${path}`);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  await context.close();
  return results.violations.map(
    (v) => `${path}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

describe('no WCAG 2.2 AA violations', () => {
  const pages = [
    '/?choose',
    '/404.html',
    ...['en', 'de', 'tr', 'el', 'bg', 'ga', 'mt', 'hu'].flatMap((l) => [
      `/${l}/`,
      `/${l}/what-is-etwinning/`,
    ]),
    '/fi/history/',
    '/sv/support-services/',
    ...['en', 'tr', 'el'].flatMap((l) => [
      `/${l}/news/`,
      `/${l}/news/turkey-in-numbers-2021/`,
      `/${l}/news/topic/inclusion/`,
      `/${l}/projects/`,
      `/${l}/projects/water-around-us/`,
      `/${l}/projects/age/12-15/`,
      `/${l}/recognition/`,
      `/${l}/recognition/european-quality-label/`,
      `/${l}/recognition/prizes/2026/`,
      `/${l}/countries/`,
      `/${l}/countries/tr/`,
      `/${l}/events/`,
      `/${l}/events/annual-conference-2026/`,
      `/${l}/stats/`,
      `/${l}/stats/tr/`,
    ]),
    '/bg/news/quality-labels-season/',
    '/ga/projects/sports-for-all/',
  ];

  for (const path of pages) {
    it(path, async () => {
      expect(await violations(shipped.origin, path)).toEqual([]);
    });
  }

  it('with the language list open', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${shipped.origin}/lv/etwinning-plus/`);
    await page.click('.language-switcher summary');
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    await context.close();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('in a right-to-left locale', async () => {
    expect(await violations(rtl.origin, '/ar/')).toEqual([]);
    expect(await violations(rtl.origin, '/ar/beta/')).toEqual([]);
  });
});
