import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
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
    const netlify = headersFile('/mirror/');
    expect(netlify).toMatch(/^\/mirror\/\*\n {2}Content-Security-Policy: /);
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
});
