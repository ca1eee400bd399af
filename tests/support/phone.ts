/** Phone layout checks that every browser pass over the templates can run on a loaded page. */
import type { Page } from 'playwright-core';

/** Where the title must start on a 390 × 800 phone (it started at 433–860 px). */
export const H1_LIMIT = 160;
export const PHONE_WIDTHS = [390, 360, 320] as const;
export const PHONE = { width: 390, height: 800 } as const;

/**
 * The page, loaded at phone size, measured at each phone width: one problem line when the title
 * starts too low (at 390 px) or the page scrolls sideways. Leaves the viewport at 320 px.
 */
export async function phoneLayoutProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const width of PHONE_WIDTHS) {
    await page.setViewportSize({ width, height: PHONE.height });
    const { top, scrollWidth } = await page.evaluate(() => ({
      // The multilingual /404.html has a heading per language and no <h1>: its first one counts.
      top:
        (document.querySelector('h1') ?? document.querySelector('h2'))?.getBoundingClientRect()
          .top ?? Infinity,
      scrollWidth: document.documentElement.scrollWidth,
    }));
    if (width === PHONE.width && top > H1_LIMIT)
      problems.push(`${page.url()}: <h1> starts at ${Math.round(top)} px at ${width} px wide`);
    if (scrollWidth > width)
      problems.push(`${page.url()}: ${scrollWidth} px wide at ${width} px (overflows sideways)`);
  }
  return problems;
}
