/** `/robots.txt`: everything may be crawled; points at the sitemap index. */
import type { APIRoute } from 'astro';
import { absoluteUrl, withBase } from '../lib/urls.ts';
import { CONFIG } from '../site.ts';

export const GET: APIRoute = () =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(CONFIG.site, withBase(CONFIG.base, 'sitemap-index.xml'))}\n`,
    { headers: { 'content-type': 'text/plain; charset=utf-8' } },
  );
