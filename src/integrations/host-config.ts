/**
 * Astro integration that writes the host configuration into the output after the build:
 * `_headers` (Netlify, Cloudflare Pages), `.htaccess` (Apache) and `_nginx-headers.conf`, an
 * include for an nginx `server` block. None of it is secret.
 */
import type { AstroIntegration } from 'astro';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, htaccess, nginxInclude } from '../lib/security-headers.ts';
import { sitemapFile } from './sitemap.ts';

/** The host-configuration integration for a base path. */
export function hostConfig(options: {
  base: string;
  locales: readonly string[];
}): AstroIntegration {
  return {
    name: 'portal-host-config',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir).replace(/\/+$/, '');
        // Every locale's folder and sitemap, also those another shard of a split build renders,
        // so that the shards' files agree (a shard's output has only its own locales').
        const perLocale = options.locales.flatMap((code) => [code, sitemapFile(code)]);
        const entries = [...new Set([...(await readdir(out)), ...perLocale])].sort();
        await writeFile(join(out, '_headers'), headersFile(options.base, entries));
        await writeFile(join(out, '.htaccess'), htaccess(options.base));
        await writeFile(
          join(out, '_nginx-headers.conf'),
          nginxInclude(options.base, options.locales),
        );
      },
    },
  };
}
