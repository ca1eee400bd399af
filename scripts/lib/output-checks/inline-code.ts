/**
 * Output check: no inline `<script>` or `<style>`, no `style` or event-handler attributes. The
 * Content-Security-Policy forbids them, so they would silently not work (docs/decisions.md).
 */
import type { BuiltSite, OutputProblem } from './site.ts';

/**
 * Inline code in pages.
 * @example checkInlineCode(readSite('dist', 'https://portal.example.org', '/')) // []
 */
export function checkInlineCode(site: BuiltSite): OutputProblem[] {
  return site.pages.flatMap((page) =>
    page.inline.map(({ what, line }) => ({
      file: page.file,
      line,
      message: `${what}: the security policy blocks it; move it to a file in src/scripts/ or src/styles/`,
    })),
  );
}
