/** Output check: every internal link and `#anchor` points at a file and an id that exist. */
import { pagesByFile, resolveInSite, type BuiltSite, type OutputProblem } from './site.ts';

/**
 * Broken internal links and anchors. Links to other hosts and mailto:/tel: are not followed.
 * @example checkLinks(readSite('dist', 'https://portal.example.org', '/')) // []
 */
export function checkLinks(site: BuiltSite): OutputProblem[] {
  const problems: OutputProblem[] = [];
  const byFile = pagesByFile(site);
  for (const page of site.pages) {
    for (const link of [...page.links, ...page.resources]) {
      if (link.url === '') {
        problems.push({
          file: page.file,
          line: link.line,
          message: `<${link.tag}> has an empty link`,
        });
        continue;
      }
      const target = resolveInSite(site, page, link.url);
      if (!target) continue;
      if (!target.file) {
        problems.push({
          file: page.file,
          line: link.line,
          message: target.path.startsWith(site.base)
            ? `link to ${link.url} leads nowhere: no page ${target.path} was built (fix the link or add the page)`
            : `link to ${link.url} is outside the base path ${site.base}: build links with withBase()/localizedPath()`,
        });
        continue;
      }
      if (!target.fragment) continue;
      const targetPage = byFile.get(target.file);
      if (targetPage && !targetPage.ids.has(target.fragment)) {
        problems.push({
          file: page.file,
          line: link.line,
          message: `link to ${link.url}: ${target.path} has no element with id "${target.fragment}"`,
        });
      }
    }
  }
  return problems;
}
