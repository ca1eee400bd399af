// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { editor } from './src/integrations/editor.ts';
import { dropStaleContentStore } from './src/integrations/content-cache.ts';
import { hostConfig } from './src/integrations/host-config.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { portalSitemap } from './src/integrations/sitemap.ts';
import { CONFIG, SOURCE_LOCALE } from './src/site.ts';
import { allowlistPlugin } from './src/lib/sanitize-plugin.ts';
import { MDX_COMPONENTS } from './src/lib/mdx-components.ts';

/**
 * Names of emitted assets under `_astro/` (the folder the host config caches for a year): the
 * stylesheet is `portal.<hash>.css`, not named after whichever module happened to import it
 * first; other assets keep Astro's `<name>.<hash>`.
 * @param {{ names: readonly string[] }} asset
 */
function assetFileNames({ names }) {
  return names.some((name) => name.endsWith('.css'))
    ? '_astro/portal.[hash][extname]'
    : '_astro/[name].[hash][extname]';
}

// Every PORTAL_* variable is read once (src/site.ts) and validated with its default in
// src/lib/config.ts; a bad value stops here, before any page is built.
// Astro's content store is reused only while the schemas it was parsed with are unchanged.
dropStaleContentStore(CONFIG.paths.cache, fileURLToPath(new URL('.', import.meta.url)));

export default defineConfig({
  site: CONFIG.site,
  base: CONFIG.base,
  trailingSlash: 'always',
  outDir: CONFIG.paths.out,
  cacheDir: CONFIG.paths.cache,
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
    build: {
      assetsInlineLimit: 0,
      // One stylesheet for every page (the base, the shared patterns and every component's
      // scoped <style>): fetched once, then cached for every other page. Split per page, an
      // article loaded three stylesheets and the site had twelve (docs/performance.md).
      cssCodeSplit: false,
      rolldownOptions: { output: { assetFileNames } },
    },
  },
  integrations: [
    mdx(),
    portalSitemap(CONFIG),
    editor(CONFIG, SOURCE_LOCALE),
    hostConfig({ base: CONFIG.base, locales: CONFIG.locales }),
    searchIndex({
      sourceLocale: CONFIG.locales.includes(SOURCE_LOCALE) ? SOURCE_LOCALE : undefined,
    }),
  ],
  // AVIF at sharp's effort 3 instead of its default 4: measured on the shipped covers, a fifth
  // of the encoding time (about 70 s of CPU on a cold build) for files a few per cent larger
  // (docs/performance.md).
  image: {
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 3 } } },
  },
  devToolbar: { enabled: false },
});
