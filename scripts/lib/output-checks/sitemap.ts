/**
 * Output check: the sitemaps list exactly the real pages: every indexable page (no `noindex`,
 * canonical to itself) once, and nothing else.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { BuiltSite, OutputProblem } from './site.ts';

const xml = new XMLParser({ isArray: (name) => name === 'sitemap' || name === 'url' });

function locs(site: BuiltSite, file: string, kind: 'sitemap' | 'url', problems: OutputProblem[]) {
  if (!existsSync(join(site.root, file))) {
    problems.push({ file, message: 'missing: the sitemap index links to it' });
    return [];
  }
  const data = xml.parse(readFileSync(join(site.root, file), 'utf8')) as Record<
    string,
    Record<string, { loc?: string }[]> | undefined
  >;
  const list = (kind === 'sitemap' ? data['sitemapindex'] : data['urlset'])?.[kind] ?? [];
  return list.map((item) => String(item.loc ?? ''));
}

/**
 * Pages missing from the sitemaps, and sitemap entries that are not real pages.
 * @example checkSitemap(readSite('dist', 'https://portal.example.org', '/')) // []
 */
export function checkSitemap(site: BuiltSite, siteUrl: string): OutputProblem[] {
  const problems: OutputProblem[] = [];
  const absolute = (path: string) => `${site.origin}${path}`;
  const indexable = new Map<string, string>();
  for (const page of site.pages) {
    const url = absolute(page.path);
    if (!page.noindex && page.canonical === url) indexable.set(url, page.file);
  }
  const index = 'sitemap-index.xml';
  if (!site.files.has(index)) {
    return [{ file: index, message: 'missing: the build writes it (src/integrations/sitemap.ts)' }];
  }
  const listed = new Map<string, string>();
  for (const loc of locs(site, index, 'sitemap', problems)) {
    if (!loc.startsWith(`${site.origin}${site.base}`)) {
      problems.push({
        file: index,
        message: `${loc} is not under ${siteUrl.replace(/\/+$/, '')}${site.base}`,
      });
      continue;
    }
    const file = loc.slice(site.origin.length + site.base.length);
    for (const url of locs(site, file, 'url', problems)) {
      const other = listed.get(url);
      if (other) problems.push({ file, message: `${url} is listed twice (also in ${other})` });
      listed.set(url, file);
      if (!indexable.has(url))
        problems.push({
          file,
          message: `${url} is not a real page (not built, not indexable, or its canonical is another page)`,
        });
    }
  }
  for (const [url, file] of indexable) {
    if (!listed.has(url))
      problems.push({ file, message: `${url} is indexable but no sitemap lists it` });
  }
  return problems;
}
