/** axe-core in Chromium: the WCAG 2.2 AA rules every browser test applies. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

/**
 * Makes axe-core part of every page the context opens, so that a check does not inject it
 * again (measured: about half the time per page of @axe-core/playwright's injection per call).
 */
export async function withAxe(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript({ content: AXE_SOURCE });
  return context;
}

type Violation = { id: string; impact?: string | null; nodes: { target: string[] }[] };

/** The violations on the page as it is now, one line each with the page's URL. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Injected here when the page's context was not made with withAxe().
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as {
      axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> };
    };
    // Only violations are collected: passes and incomplete results are half of axe's work.
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String) })),
    }));
  }, AXE_TAGS);
  return violations.map(
    (v) =>
      `${page.url()}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
