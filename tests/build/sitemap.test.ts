/** Sitemap index and per-locale sitemaps of the /mirror/ fixture: every real page, no fallback. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE, fixtureOut } from '../support/paths.ts';
import { htmlFiles, page } from '../support/html.ts';

const OUT = fixtureOut('mirror');
const read = (file: string) => readFileSync(join(OUT, file), 'utf8');
const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name),
});

describe('sitemap', () => {
  const index = read('sitemap-index.xml');
  const sitemaps: string[] = parser
    .parse(index)
    .sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
  const urls = sitemaps.flatMap((loc) => {
    const file = loc.replace(`${FIXTURE_SITE}/mirror/`, '');
    const xml = read(file);
    expect(SyntaxValidator.validate(xml), file).toBe(true);
    return (parser.parse(xml).urlset.url ?? []) as {
      loc: string;
      'xhtml:link'?: { '@_hreflang': string; '@_href': string }[];
    }[];
  });
  const listed = new Set(urls.map((u) => u.loc));

  it('is a valid index of per-locale sitemaps under the base', () => {
    expect(SyntaxValidator.validate(index)).toBe(true);
    expect(sitemaps).toContain(`${FIXTURE_SITE}/mirror/sitemap-de.xml`);
    expect(sitemaps.every((loc) => loc.startsWith(`${FIXTURE_SITE}/mirror/`))).toBe(true);
  });

  it('lists exactly the pages that are their own canonical', () => {
    const real = htmlFiles(OUT)
      .filter((file) => file !== '404.html')
      .map((file) => ({ file, url: `${FIXTURE_SITE}/mirror/${file.replace(/index\.html$/, '')}` }))
      .filter(
        ({ file, url }) =>
          page(OUT, file).querySelector('link[rel="canonical"]')?.getAttribute('href') === url,
      )
      .map(({ url }) => url);
    expect([...listed].sort()).toEqual(real.sort());
    expect(listed.has(`${FIXTURE_SITE}/mirror/de/alpha/`)).toBe(true);
    expect(listed.has(`${FIXTURE_SITE}/mirror/fr/beta/`)).toBe(false);
    expect(listed.has(`${FIXTURE_SITE}/mirror/en/beta/`)).toBe(true);
  });

  it('gives each URL its hreflang alternates', () => {
    const alpha = urls.find((u) => u.loc === `${FIXTURE_SITE}/mirror/tr/alpha/`);
    expect(alpha?.['xhtml:link']?.map((l) => l['@_hreflang'])).toEqual([
      'de',
      'en',
      'tr',
      'x-default',
    ]);
  });

  it('is announced in robots.txt', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${FIXTURE_SITE}/mirror/sitemap-index.xml`);
  });
});
