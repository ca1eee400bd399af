import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  editorContentSecurityPolicy,
  editorHtaccess,
  headersFile,
  htaccess,
  nginxInclude,
  securityHeaders,
} from '../../src/lib/security-headers.ts';

describe('security headers', () => {
  it('are strict: no unsafe-inline, WebAssembly allowed for search, no framing, HSTS without preload', () => {
    const csp = contentSecurityPolicy();
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy(true)).not.toContain('frame-ancestors');
    const names = securityHeaders().map((h) => h.name);
    expect(names).toEqual([
      'Content-Security-Policy',
      'Strict-Transport-Security',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
    ]);
    expect(
      securityHeaders().find((h) => h.name === 'Strict-Transport-Security')?.value,
    ).not.toContain('preload');
  });

  it('are written the same way for every host, under the base path', () => {
    const netlify = headersFile('/mirror/', ['de', 'index.html']);
    expect(netlify).toMatch(/^\/mirror\/\*\n {2}Strict-Transport-Security: /);
    expect(netlify).toContain(
      `/mirror/de/*\n  Content-Security-Policy: ${contentSecurityPolicy()}`,
    );
    expect(netlify).toContain(
      '/mirror/_astro/*\n  Cache-Control: public, max-age=31536000, immutable',
    );
    const apache = htaccess('/mirror/');
    expect(apache).toContain(
      `Header always set Content-Security-Policy "${contentSecurityPolicy()}"`,
    );
    expect(apache).toContain('ErrorDocument 404 /mirror/404.html');
    const nginx = nginxInclude('/mirror/');
    expect(nginx).toContain(`add_header X-Content-Type-Options "nosniff" always;`);
    expect(nginx).toContain('location /mirror/_astro/ {');
    expect(nginx).toContain('error_page 404 /mirror/404.html;');
  });

  it('give the editor (/admin/) its own policy, and the rest of the site none of it', () => {
    const editor = editorContentSecurityPolicy();
    expect(editor).toContain("'unsafe-eval'");
    expect(editor).toContain("style-src 'self' 'unsafe-inline'");
    expect(editor).toContain("frame-ancestors 'none'");
    // _headers: the strict policy never on a path that also matches the editor's folder.
    const netlify = headersFile('/mirror/', ['admin', 'de', 'index.html']);
    const rules = netlify.split(/\n(?=\S)/);
    const withPolicy = (policy: string) =>
      rules
        .filter(
          (rule) =>
            rule.includes(`Content-Security-Policy: ${policy}\n`) ||
            rule.endsWith(`Content-Security-Policy: ${policy}`),
        )
        .map((rule) => rule.split('\n')[0]);
    expect(withPolicy(editor)).toEqual(['/mirror/admin/*']);
    expect(withPolicy(contentSecurityPolicy())).toEqual([
      '/mirror/',
      '/mirror/de',
      '/mirror/de/*',
      '/mirror/index.html',
      '/mirror/index.html/*',
    ]);
    expect(editorHtaccess()).toContain(`Header always set Content-Security-Policy "${editor}"`);
    const nginx = nginxInclude('/mirror/');
    const block = nginx.slice(nginx.indexOf('location /mirror/admin/ {'));
    expect(block.slice(0, block.indexOf('}'))).toContain(
      `add_header Content-Security-Policy "${editor}" always;`,
    );
    expect(nginx.slice(0, nginx.indexOf('location'))).not.toContain("'unsafe-eval'");
  });
});
