// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { hostConfig } from './src/integrations/host-config.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { portalSitemap } from './src/integrations/sitemap.ts';
import { CONFIG, SOURCE_LOCALE } from './src/site.ts';

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
