/**
 * Astro integration that writes `sitemap-index.xml` and one `sitemap-<group>.xml` per locale
 * (plus `sitemap-root.xml` for pages outside a locale) after the build, from the built HTML.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sitemapEntry, sitemapIndexXml, urlsetXml, type SitemapPage } from '../lib/sitemap.ts';
import { absoluteUrl, withBase } from '../lib/urls.ts';

export interface SitemapOptions {
  readonly site: string;
  readonly base: string;
  readonly locales: readonly string[];
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
        for (const file of files.sort()) {
          const path = file.replace(/(^|\/)index\.html$/, '$1');
          const html = await readFile(join(out, file), 'utf8');
          const entry = sitemapEntry(html, absoluteUrl(options.site, withBase(options.base, path)));
          if (!entry) continue;
          const first = path.split('/')[0] ?? '';
          const group = options.locales.includes(first) ? first : 'root';
          groups.set(group, [...(groups.get(group) ?? []), entry]);
        }
        const names = [...groups.keys()].sort();
        for (const name of names) {
          const entries = (groups.get(name) ?? []).sort((a, b) => a.loc.localeCompare(b.loc));
          await writeFile(join(out, `sitemap-${name}.xml`), urlsetXml(entries));
        }
        const index = names.map((name) =>
          absoluteUrl(options.site, withBase(options.base, `sitemap-${name}.xml`)),
        );
        await writeFile(join(out, 'sitemap-index.xml'), sitemapIndexXml(index));
        const count = [...groups.values()].reduce((sum, list) => sum + list.length, 0);
        logger.info(`sitemap-index.xml: ${count} pages in ${names.length} sitemaps`);
      },
    },
  };
}
