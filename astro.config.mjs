// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { hostConfig } from './src/integrations/host-config.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { portalSitemap } from './src/integrations/sitemap.ts';
import { CONFIG, SOURCE_LOCALE } from './src/site.ts';
import { allowlistPlugin } from './src/lib/sanitize-plugin.ts';
import { MDX_COMPONENTS } from './src/lib/mdx-components.ts';

// PORTAL_SITE / PORTAL_BASE / PORTAL_LOCALES / PORTAL_DEFAULT_LOCALE are validated in
// src/lib/config.ts; a bad value stops here, before any page is built.
export default defineConfig({
  site: CONFIG.site,
  base: CONFIG.base,
  trailingSlash: 'always',
  outDir: process.env.PORTAL_OUT_DIR ?? './dist',
  cacheDir: process.env.PORTAL_CACHE_DIR ?? './node_modules/.astro',
  build: {
    format: 'directory',
    // Render several pages at once so that writing files overlaps with rendering (measured:
    // docs/performance.md).
    concurrency: 4,
    // A strict Content-Security-Policy must be possible: no inline <style> or <script>.
    inlineStylesheets: 'never',
  },
  // Editors' Markdown and MDX are untrusted: raw HTML is parsed into elements and everything the
  // allowlist does not list is dropped (src/lib/allowlist.ts; the content gate reports it first).
  markdown: {
    processor: satteri({
      hastPlugins: [allowlistPlugin(MDX_COMPONENTS)],
      features: { rawHtml: true },
    }),
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
  integrations: [
    mdx(),
    portalSitemap(CONFIG),
    hostConfig({ base: CONFIG.base, locales: CONFIG.locales }),
    searchIndex({
      sourceLocale: CONFIG.locales.includes(SOURCE_LOCALE) ? SOURCE_LOCALE : undefined,
    }),
  ],
  devToolbar: { enabled: false },
});
