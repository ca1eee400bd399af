/**
 * A built site read once for the output checks: every HTML page with the facts the checks need
 * (ids, links, resources, alternates, inline code), each with its line in the file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** One problem: the built file, the line where there is one, and what is wrong. */
export interface OutputProblem {
  readonly file: string;
  readonly line?: number | undefined;
  readonly message: string;
}

/** A URL found in a page, with its line. */
export interface Found {
  readonly url: string;
  readonly line: number;
  readonly tag: string;
}

export interface SitePage {
  /** Path of the file below the output folder, e.g. `de/news/index.html`. */
  readonly file: string;
  /** Site-relative URL path with the base, e.g. `/mirror/de/news/`. */
  readonly path: string;
  readonly lang: string | undefined;
  readonly ids: ReadonlySet<string>;
  /** `<a href>` targets, the canonical and feed links. */
  readonly links: readonly Found[];
  /** Everything the browser loads: scripts, styles, images, media, frames, icons. */
  readonly resources: readonly Found[];
  readonly alternates: readonly (Found & { readonly hreflang: string })[];
  readonly canonical: string | undefined;
  readonly noindex: boolean;
  /** Inline `<script>` and `<style>` elements, `style` and `on*` attributes. */
  readonly inline: readonly { readonly what: string; readonly line: number }[];
  /** Elements that redirect or re-target the page: `<meta http-equiv="refresh">`, `<base>`. */
  readonly redirects: readonly { readonly what: string; readonly line: number }[];
}

export interface BuiltSite {
  readonly root: string;
  /** Absolute origin and base of the site, e.g. `https://portal.example.org` and `/mirror/`. */
  readonly origin: string;
  readonly base: string;
  /** Every file below the output folder, `/`-separated. */
  readonly files: ReadonlySet<string>;
  readonly pages: readonly SitePage[];
}

function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

const RESOURCE_SELECTORS: readonly [string, string][] = [
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['iframe[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['source[src]', 'src'],
  ['track[src]', 'src'],
  ['link[href]', 'href'],
];

/** The page path of an HTML file: `de/index.html` → `<base>de/`, `404.html` → `<base>404.html`. */
export function pagePath(file: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file}`;
}

/** Reads one page. */
export function readPage(file: string, html: string, base: string): SitePage {
  const lineOf = lineIndex(html);
  const root = parse(html, { comment: false });
  const at = (el: HTMLElement) => lineOf(el.range[0]);
  const all = (selector: string) => root.querySelectorAll(selector);

  const ids = new Set<string>();
  const inline: { what: string; line: number }[] = [];
  for (const el of all('*')) {
    const id = el.getAttribute('id');
    if (id) ids.add(id);
    for (const name of Object.keys(el.attributes)) {
      const lower = name.toLowerCase();
      if (lower === 'style')
        inline.push({ what: `style attribute on <${el.rawTagName}>`, line: at(el) });
      else if (lower.startsWith('on'))
        inline.push({ what: `${lower} attribute on <${el.rawTagName}>`, line: at(el) });
    }
  }
  for (const el of all('a[name]')) ids.add(el.getAttribute('name') ?? '');
  for (const el of all('script:not([src])')) {
    if ((el.getAttribute('type') ?? '') !== 'application/ld+json')
      inline.push({ what: 'inline <script>', line: at(el) });
  }
  for (const el of all('style')) inline.push({ what: 'inline <style>', line: at(el) });

  const resources: Found[] = [];
  for (const [selector, attribute] of RESOURCE_SELECTORS) {
    for (const el of all(selector)) {
      if (el.rawTagName.toLowerCase() === 'link') {
        const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
        if (rel.includes('alternate') || rel.includes('canonical')) continue;
      }
      resources.push({ url: el.getAttribute(attribute) ?? '', line: at(el), tag: el.rawTagName });
    }
  }
  for (const el of all('img[srcset], source[srcset]')) {
    for (const candidate of (el.getAttribute('srcset') ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) resources.push({ url, line: at(el), tag: el.rawTagName });
    }
  }

  const links = all(
    'a[href], area[href], link[rel~="alternate"]:not([hreflang]), link[rel="canonical"]',
  ).map((el) => ({
    url: el.getAttribute('href') ?? '',
    line: at(el),
    tag: el.rawTagName,
  }));
  const alternates = all('link[rel~="alternate"][hreflang]').map((el) => ({
    url: el.getAttribute('href') ?? '',
    hreflang: el.getAttribute('hreflang') ?? '',
    line: at(el),
    tag: 'link',
  }));
  const redirects = [
    ...all('meta[http-equiv]')
      .filter((el) => (el.getAttribute('http-equiv') ?? '').trim().toLowerCase() === 'refresh')
      .map((el) => ({ what: '<meta http-equiv="refresh">', line: at(el) })),
    ...all('base').map((el) => ({ what: '<base>', line: at(el) })),
  ];
  const robots = root.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '';
  return {
    file,
    path: pagePath(file, base),
    lang: root.querySelector('html')?.getAttribute('lang'),
    ids,
    links,
    resources,
    alternates,
    canonical: root.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    noindex: /\bnoindex\b/i.test(robots),
    inline,
    redirects,
  };
}

/**
 * Reads a built site: `site` is its absolute origin (PORTAL_SITE), `base` its base path.
 * @example readSite('dist', 'https://portal.example.org', '/').pages.length
 */
export function readSite(root: string, site: string, base: string): BuiltSite {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).map((p) =>
    p.split('\\').join('/'),
  );
  const pages = files
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => readPage(file, readFileSync(join(root, file), 'utf8'), base));
  return {
    root,
    origin: new URL(site).origin,
    base: base.endsWith('/') ? base : `${base}/`,
    files: new Set(files),
    pages,
  };
}

/**
 * Where a URL found on a page points inside the site: the file it needs and its fragment, or
 * `undefined` for other hosts and non-HTTP schemes (mailto:, tel:).
 */
export function resolveInSite(
  site: BuiltSite,
  page: SitePage,
  url: string,
): { path: string; file: string | undefined; fragment: string } | undefined {
  let target: URL;
  try {
    target = new URL(url, `${site.origin}${page.path}`);
  } catch {
    return { path: url, file: undefined, fragment: '' };
  }
  if (target.origin !== site.origin || !/^https?:$/.test(target.protocol)) return undefined;
  const path = decodeURIComponent(target.pathname);
  const fragment = decodeURIComponent(target.hash.slice(1));
  if (!path.startsWith(site.base)) return { path, file: undefined, fragment };
  const relative = path.slice(site.base.length);
  const candidates =
    relative === '' || relative.endsWith('/')
      ? [`${relative}index.html`]
      : [relative, `${relative}/index.html`, `${relative}.html`];
  return { path, file: candidates.find((c) => site.files.has(c)), fragment };
}

/** The page a file holds, by file name. */
export function pagesByFile(site: BuiltSite): ReadonlyMap<string, SitePage> {
  return new Map(site.pages.map((page) => [page.file, page]));
}

/** A problem line: `dist/de/index.html:12 — …`. */
export function formatProblem(root: string, problem: OutputProblem): string {
  return `${root.replace(/\/+$/, '')}/${problem.file}${problem.line ? `:${problem.line}` : ''} — ${problem.message}`;
}
