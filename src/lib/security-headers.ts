/**
 * Security and caching headers from one source, written for nginx, Apache, Netlify and
 * Cloudflare Pages, and as `<meta>` tags for hosts that cannot send headers (GitHub Pages).
 */

/** Directives of the Content-Security-Policy. Search needs 'wasm-unsafe-eval' for Pagefind. */
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
] as const;

/**
 * The policy of the browser editor (/admin/ only, docs/editor.md): Decap CMS evaluates code
 * ('unsafe-eval') and styles its interface with inline styles; it talks to GitHub's API, shows
 * avatars and images of the repository, and reaches `decap-server` on the editor's own machine
 * when testing locally. The rest of the site keeps the strict policy above.
 */
const ADMIN_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
  "font-src 'self' data:",
  "connect-src 'self' blob: data: https://api.github.com http://localhost:* http://127.0.0.1:*",
  "worker-src 'self' blob:",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
] as const;

/** The site's folder of the browser editor (below the base path). */
export const EDITOR_FOLDER = 'admin';

const forMetaOnly = (directives: readonly string[], forMeta: boolean) =>
  directives.filter((d) => !(forMeta && d.startsWith('frame-ancestors'))).join('; ');

/** The policy as a header value; `forMeta` drops what a `<meta>` policy may not contain. */
export function contentSecurityPolicy(forMeta = false): string {
  return forMetaOnly(CSP, forMeta);
}

/** The browser editor's policy (its folder only). */
export function editorContentSecurityPolicy(forMeta = false): string {
  return forMetaOnly(ADMIN_CSP, forMeta);
}

/** Headers every response gets; the editor's folder gets its own policy (`editor`). */
export function securityHeaders(editor = false): { name: string; value: string }[] {
  return [
    {
      name: 'Content-Security-Policy',
      value: editor ? editorContentSecurityPolicy() : contentSecurityPolicy(),
    },
    { name: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
    { name: 'X-Content-Type-Options', value: 'nosniff' },
    { name: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      name: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    },
  ];
}

/** Hashed build assets never change: cache them for a year. HTML: revalidate often. */
export const CACHE = {
  immutable: 'public, max-age=31536000, immutable',
  html: 'public, max-age=300, must-revalidate',
} as const;

/**
 * `_headers` for Netlify and Cloudflare Pages. Both apply every rule whose path matches, and
 * Cloudflare joins two policies of the same name (both then apply), so the strict policy is not
 * given to `<base>*`: it is given to the base itself and to each of the output's top-level
 * `entries` except the editor's folder, which gets its own. A path outside them (a missing
 * page) still carries the policy of the 404 page's `<meta>` tag.
 */
export function headersFile(base: string, entries: readonly string[] = []): string {
  const others = securityHeaders().filter((h) => h.name !== 'Content-Security-Policy');
  const policy = (value: string) => `  Content-Security-Policy: ${value}`;
  const strictPaths = [
    base,
    ...entries
      .filter((entry) => entry !== EDITOR_FOLDER)
      .flatMap((e) => [`${base}${e}`, `${base}${e}/*`]),
  ];
  return [
    `${base}*`,
    ...others.map((h) => `  ${h.name}: ${h.value}`),
    `  Cache-Control: ${CACHE.html}`,
    ...strictPaths.flatMap((path) => [path, policy(contentSecurityPolicy())]),
    `${base}${EDITOR_FOLDER}/*`,
    policy(editorContentSecurityPolicy()),
    `${base}_astro/*`,
    `  Cache-Control: ${CACHE.immutable}`,
    '',
  ].join('\n');
}

/** `.htaccess` for Apache (mod_headers). */
export function htaccess(base: string): string {
  return [
    '<IfModule mod_headers.c>',
    ...securityHeaders().map((h) => `  Header always set ${h.name} "${h.value}"`),
    `  Header set Cache-Control "${CACHE.html}"`,
    '  <FilesMatch "\\.(css|js|avif|webp|jpg|png|svg)$">',
    `    Header set Cache-Control "${CACHE.immutable}"`,
    '  </FilesMatch>',
    '</IfModule>',
    `ErrorDocument 404 ${base}404.html`,
    'AddType text/calendar .ics',
    'AddType application/wasm .wasm',
    '',
  ].join('\n');
}

/**
 * `.htaccess` of the editor's folder: its own policy replaces the site's there (Apache applies
 * a folder's header directives after its parents').
 */
export function editorHtaccess(): string {
  return [
    '<IfModule mod_headers.c>',
    `  Header always set Content-Security-Policy "${editorContentSecurityPolicy()}"`,
    '</IfModule>',
    '',
  ].join('\n');
}

/**
 * An nginx include for the `server` block serving the site; each locale gets its own 404 page,
 * and the editor's folder its own policy (a location with `add_header` repeats them all).
 */
export function nginxInclude(base: string, locales: readonly string[] = []): string {
  const add = (indent: string, editor = false) =>
    securityHeaders(editor).map((h) => `${indent}add_header ${h.name} "${h.value}" always;`);
  return [
    '# Generated by the eTwinning portal build (src/lib/security-headers.ts). Include it in a server block.',
    ...add(''),
    `add_header Cache-Control "${CACHE.html}" always;`,
    `error_page 404 ${base}404.html;`,
    `location ${base}_astro/ {`,
    ...add('  '),
    `  add_header Cache-Control "${CACHE.immutable}" always;`,
    '}',
    `location ${base}${EDITOR_FOLDER}/ {`,
    ...add('  ', true),
    `  add_header Cache-Control "${CACHE.html}" always;`,
    '}',
    // No add_header inside: these locations inherit the server-level headers.
    ...locales.map(
      (code) => `location ${base}${code}/ {\n  error_page 404 ${base}${code}/404/;\n}`,
    ),
    '',
  ].join('\n');
}
