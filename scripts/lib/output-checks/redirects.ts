/**
 * Output check: no page redirects or re-targets itself (`<meta http-equiv="refresh">`,
 * `<base>`). The security policy does not stop either; our templates use neither, so one in
 * the output came from content that slipped past the allowlist.
 */
import type { BuiltSite, OutputProblem } from './site.ts';

/**
 * Redirecting elements in pages.
 * @example checkRedirects(readSite('dist', 'https://portal.example.org', '/')) // []
 */
export function checkRedirects(site: BuiltSite): OutputProblem[] {
  return site.pages.flatMap((page) =>
    page.redirects.map(({ what, line }) => ({
      file: page.file,
      line,
      message: `${what} would send readers elsewhere: pages must not redirect or change their base`,
    })),
  );
}
