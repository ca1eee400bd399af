/** Reading built HTML in tests. */
import { EDITOR_FOLDER } from '../../src/lib/security-headers.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every portal page (`.html`) below `dir`, as paths relative to it: the editor at `admin/` aside (Decap's own page, tested in tests/e2e/editor.test.ts). */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith(`${EDITOR_FOLDER}/`))
    .map((file) => relative(dir, join(dir, file)))
    .sort();
}

const cache = new Map<string, HTMLElement>();

/** A parsed built page, by output folder and file path within it. */
export function page(dir: string, file: string): HTMLElement {
  const path = join(dir, file);
  let root = cache.get(path);
  if (!root) {
    root = parse(readFileSync(path, 'utf8'), { comment: false });
    cache.set(path, root);
  }
  return root;
}

/** The output file a site URL path maps to (`/mirror/de/` → `de/index.html` for base `/mirror/`). */
export function fileForPath(pathname: string, base: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rest = decodeURIComponent(pathname.slice(base.length));
  if (rest === '' || rest.endsWith('/')) return `${rest}index.html`;
  return rest;
}
