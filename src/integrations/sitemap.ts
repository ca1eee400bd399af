/**
 * Astro integration that writes `sitemap-index.xml` and one `sitemap-<group>.xml` per locale
 * (plus `sitemap-root.xml` for pages outside a locale) after the build, from the built HTML.
 */
import type { AstroIntegration } from 'astro';
import { open, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sitemapEntry, sitemapIndexXml, urlsetXml, type SitemapPage } from '../lib/sitemap.ts';
import { absoluteUrl, withBase } from '../lib/urls.ts';

/** The file name of one sitemap of the index: a locale's (`sitemap-de.xml`) or the root's. */
export function sitemapFile(name: string): string {
  return `sitemap-${name}.xml`;
}

export interface SitemapOptions {
  readonly site: string;
  readonly base: string;
  readonly locales: readonly string[];
}

const HEAD_BYTES = 32 * 1024;

/** The first bytes of a file, enough to hold a page's `<head>`. */
async function readHead(file: string): Promise<string> {
  const handle = await open(file);
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.toString('utf8', 0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Maps items with at most `limit` calls in flight, keeping the order. */
async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The sitemap integration for the given site, base and locales. */
export function portalSitemap(options: SitemapOptions): AstroIntegration {
  return {
    name: 'portal-sitemap',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const groups = new Map<string, SitemapPage[]>();
        const files = (await readdir(out, { recursive: true })).filter(
          (file) => file.endsWith('.html') && file !== '404.html',
        );
        // Only the <head> matters: read its first bytes, many files at a time.
        const entries = await mapLimit(files.sort(), 16, async (file) => {
          const path = file.replace(/(^|\/)index\.html$/, '$1');
          const html = await readHead(join(out, file));
          return {
            path,
            entry: sitemapEntry(html, absoluteUrl(options.site, withBase(options.base, path))),
          };
        });
        for (const { path, entry } of entries) {
          if (!entry) continue;
          const first = path.split('/')[0] ?? '';
          const group = options.locales.includes(first) ? first : 'root';
          let list = groups.get(group);
          if (!list) groups.set(group, (list = []));
          list.push(entry);
        }
        // The index names every locale's sitemap, rendered here or not, so that the shards of a
        // split build agree on it (scripts/merge.ts puts their sitemaps side by side).
        const names = [...new Set(['root', ...options.locales, ...groups.keys()])].sort();
        for (const [name, list] of groups) {
          const entries = list.sort((a, b) => a.loc.localeCompare(b.loc));
          await writeFile(join(out, sitemapFile(name)), urlsetXml(entries));
        }
        const index = names.map((name) =>
          absoluteUrl(options.site, withBase(options.base, sitemapFile(name))),
        );
        await writeFile(join(out, 'sitemap-index.xml'), sitemapIndexXml(index));
        const count = [...groups.values()].reduce((sum, list) => sum + list.length, 0);
        logger.info(`sitemap-index.xml: ${count} pages in ${names.length} sitemaps`);
      },
    },
  };
}
