/**
 * Sitemaps from the built pages themselves: a page is listed when it is its own canonical (so
 * fallback pages, canonical to their original, never are), with the hreflang alternates it
 * declares. Any section added later is covered without changes here.
 */

/** What the sitemap needs to know about one built page. */
export interface SitemapPage {
  readonly loc: string;
  readonly alternates: readonly { readonly hreflang: string; readonly href: string }[];
}

const LINK = /<link\b[^>]*>/gi;
const ATTRIBUTE = /([a-z-]+)\s*=\s*"([^"]*)"/gi;

function attributes(tag: string): Record<string, string> {
  return Object.fromEntries(
    [...tag.matchAll(ATTRIBUTE)].map((m) => [m[1]?.toLowerCase() ?? '', decode(m[2] ?? '')]),
  );
}

function decode(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/**
 * Reads a page's canonical and alternates from its `<head>`; `undefined` when the page is not
 * its own canonical (or has none) and so does not belong in a sitemap.
 */
export function sitemapEntry(html: string, url: string): SitemapPage | undefined {
  const end = html.indexOf('</head>');
  const head = end === -1 ? html : html.slice(0, end);
  let canonical: string | undefined;
  const alternates: { hreflang: string; href: string }[] = [];
  for (const [tag] of head.matchAll(LINK)) {
    const attrs = attributes(tag);
    if (attrs.rel === 'canonical') canonical = attrs.href;
    else if (attrs.rel === 'alternate' && attrs.hreflang && attrs.href) {
      alternates.push({ hreflang: attrs.hreflang, href: attrs.href });
    }
  }
  if (!canonical || canonical !== url) return undefined;
  return { loc: url, alternates };
}

function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A `<urlset>` with xhtml:link alternates. */
export function urlsetXml(pages: readonly SitemapPage[]): string {
  const urls = pages.map((page) => {
    const links = page.alternates
      .map(
        (a) =>
          `<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`,
      )
      .join('');
    return `<url><loc>${escapeXml(page.loc)}</loc>${links}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

/** A `<sitemapindex>` listing sitemap URLs. */
export function sitemapIndexXml(sitemaps: readonly string[]): string {
  const items = sitemaps.map((loc) => `<sitemap><loc>${escapeXml(loc)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`;
}
