/** Output check: nothing a page loads comes from another host (privacy, CSP, offline mirrors). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltSite, OutputProblem } from './site.ts';

function isThirdParty(url: string, origin: string): boolean {
  const trimmed = url.trim();
  if (trimmed.startsWith('//')) return new URL(`https:${trimmed}`).origin !== origin;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return false;
  if (/^data:/i.test(trimmed)) return false;
  try {
    return new URL(trimmed).origin !== origin;
  } catch {
    return true;
  }
}

/**
 * Resources from other hosts in pages (scripts, styles, images, media, frames, icons) and in
 * stylesheets (`url(…)`, `@import`).
 * @example checkThirdParty(readSite('dist', 'https://portal.example.org', '/')) // []
 */
export function checkThirdParty(site: BuiltSite): OutputProblem[] {
  const problems: OutputProblem[] = [];
  for (const page of site.pages) {
    for (const resource of page.resources) {
      if (isThirdParty(resource.url, site.origin))
        problems.push({
          file: page.file,
          line: resource.line,
          message: `<${resource.tag}> loads ${resource.url} from another host: copy the file into the site instead`,
        });
    }
  }
  for (const file of [...site.files].filter((f) => f.endsWith('.css')).sort()) {
    const css = readFileSync(join(site.root, file), 'utf8');
    for (const match of css.matchAll(
      /url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g,
    )) {
      const url = match[2] ?? match[4] ?? '';
      if (isThirdParty(url, site.origin)) {
        const line = css.slice(0, match.index).split('\n').length;
        problems.push({
          file,
          line,
          message: `loads ${url} from another host: copy the file into the site instead`,
        });
      }
    }
  }
  return problems;
}
