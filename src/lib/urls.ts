/** URL building: every internal link goes through here so that PORTAL_BASE is never forgotten. */

/**
 * Joins the base path and a site-relative path (no leading slash needed).
 * @example withBase('/mirror/', 'de/') // '/mirror/de/'
 */
export function withBase(base: string, path = ''): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/**
 * The path of a page in a locale. `path` is locale-independent (`'history/'`, `''` for home) and
 * keeps its own ending, so files such as `rss.xml` work too.
 * @example localizedPath('/', 'de', 'history/') // '/de/history/'
 */
export function localizedPath(base: string, locale: string, path = ''): string {
  return withBase(base, `${locale}/${path.replace(/^\/+/, '')}`);
}

/**
 * An absolute URL for a path that already includes the base.
 * @example absoluteUrl('https://example.org', '/de/') // 'https://example.org/de/'
 */
export function absoluteUrl(site: string, pathWithBase: string): string {
  return `${site.replace(/\/+$/, '')}${pathWithBase.startsWith('/') ? '' : '/'}${pathWithBase}`;
}

/**
 * Splits a URL path into locale and locale-independent remainder, or `undefined` when the path is
 * not under a known locale.
 * @example splitLocalePath('/mirror/de/history/', '/mirror/', ['de']) // { locale: 'de', path: 'history/' }
 */
export function splitLocalePath(
  pathname: string,
  base: string,
  locales: readonly string[],
): { locale: string; path: string } | undefined {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(prefix)) return undefined;
  const rest = pathname.slice(prefix.length);
  const slash = rest.indexOf('/');
  const locale = slash === -1 ? rest : rest.slice(0, slash);
  if (!locales.includes(locale)) return undefined;
  return { locale, path: slash === -1 ? '' : rest.slice(slash + 1) };
}
