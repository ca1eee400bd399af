/**
 * Output check: hreflang alternates point at real pages in the language they claim, and every
 * alternate lists the page back (reciprocal), as search engines require.
 */
import { pagesByFile, resolveInSite, type BuiltSite, type OutputProblem } from './site.ts';

/**
 * Broken, mislabelled and one-way hreflang alternates.
 * @example checkHreflang(readSite('dist', 'https://portal.example.org', '/')) // []
 */
export function checkHreflang(site: BuiltSite): OutputProblem[] {
  const problems: OutputProblem[] = [];
  const byFile = pagesByFile(site);
  // The files each page names as alternates, resolved once.
  const named = new Map(
    site.pages.map((page) => [
      page,
      new Set(page.alternates.map((a) => resolveInSite(site, page, a.url)?.file)),
    ]),
  );
  for (const page of site.pages) {
    if (page.alternates.length === 0) continue;
    if (!named.get(page)?.has(page.file)) {
      problems.push({
        file: page.file,
        line: page.alternates[0]?.line,
        message: 'the hreflang alternates do not include the page itself',
      });
    }
    for (const alternate of page.alternates) {
      const target = resolveInSite(site, page, alternate.url);
      const other = target?.file ? byFile.get(target.file) : undefined;
      if (!other) {
        problems.push({
          file: page.file,
          line: alternate.line,
          message: `hreflang="${alternate.hreflang}" points at ${alternate.url}, which is not a page of this site`,
        });
        continue;
      }
      if (alternate.hreflang !== 'x-default' && other.lang !== alternate.hreflang) {
        problems.push({
          file: page.file,
          line: alternate.line,
          message: `hreflang="${alternate.hreflang}" points at ${alternate.url}, whose language is "${other.lang ?? 'not declared'}"`,
        });
      }
      if (other === page) continue;
      const back = named.get(other)?.has(page.file) ?? false;
      if (!back) {
        problems.push({
          file: page.file,
          line: alternate.line,
          message: `hreflang="${alternate.hreflang}" points at ${alternate.url}, which does not list this page back (alternates must be reciprocal)`,
        });
      }
    }
  }
  return problems;
}
