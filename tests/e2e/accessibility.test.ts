/**
 * WCAG 2.2 AA with axe-core: every page template in all 28 locales (and a right-to-left one).
 * The untranslated page of each locale is found from the content, like the translation status.
 */
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALE_DEFINITIONS, SOURCE_LOCALE } from '../../src/i18n/locales.ts';
import { readContentFolder } from '../../src/lib/content-folder.ts';
import { SECTION_PATHS, readEntries, translationStatus } from '../../src/lib/translation-status.ts';
import { launchBrowser } from '../support/browser.ts';
import { ROOT, fixtureOut } from '../support/paths.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const CODES = LOCALE_DEFINITIONS.map((l) => l.code);

/** One page of every template, locale-independent. */
const TEMPLATES = [
  ['home', ''],
  ['about page', 'what-is-etwinning/'],
  ['accessibility statement', 'accessibility/'],
  ['news listing', 'news/'],
  ['news by topic', 'news/topic/inclusion/'],
  ['news article', 'news/turkey-in-numbers-2021/'],
  ['project gallery', 'projects/'],
  ['projects by age', 'projects/age/12-15/'],
  ['project', 'projects/water-around-us/'],
  ['countries', 'countries/'],
  ['country', 'countries/tr/'],
  ['recognition', 'recognition/'],
  ['recognition page', 'recognition/european-quality-label/'],
  ['prize results', 'recognition/prizes/2026/'],
  ['events', 'events/'],
  ['event', 'events/annual-conference-2026/'],
  ['statistics', 'stats/'],
  ['country statistics', 'stats/tr/'],
  ['search with results', 'search/?q=etwinning'],
  ['translation status', 'translation-status/'],
  ['404', '404/'],
] as const;

/** A page each locale shows untranslated (its original with a notice). */
function fallbackPaths(): Map<string, string> {
  const content = readContentFolder(join(ROOT, 'content'));
  const entries = readEntries(content.list, content.read, CODES);
  return new Map(
    translationStatus(entries, CODES, SOURCE_LOCALE).flatMap((status) => {
      const section = status.sections.find((s) => s.missing.length > 0);
      const missing = section?.missing[0];
      return section && missing
        ? [[status.locale, `${SECTION_PATHS[section.collection]}${missing.slug}/`] as const]
        : [];
    }),
  );
}

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
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (v) => `${url}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
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
      const paths = TEMPLATES.map(([, path]) => `/${code}/${path}`);
      const fallback = fallbacks.get(code);
      if (fallback) paths.push(`/${code}/${fallback}`);
      expect(await violations(shipped.origin, paths)).toEqual([]);
    }, 240_000);
  });

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
    expect(await violations(rtl.origin, ['/ar/', '/ar/beta/'])).toEqual([]);
  });
});
