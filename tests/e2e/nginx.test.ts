/**
 * A real server: the built site served by Debian's nginx on loopback with the generated
 * configuration, at `/` and under a sub-path (`/mirror/`).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TMP, fixtureOut } from '../support/paths.ts';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const dir = join(TMP, 'nginx');
let nginx: ChildProcess | undefined;
let origin = '';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  if (!NGINX) throw new Error('nginx not found: install it (apt-get install nginx); .ci/run does');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'srv'), { recursive: true });
  // A site at / (the extension fixture: en, ar) and the mirror fixture under /mirror/: two
  // servers, one generated config each.
  symlinkSync(fixtureOut('mirror'), join(dir, 'srv', 'mirror'));
  const port = await freePort();
  const rootPort = await freePort();
  const server = (listen: number, root: string, include: string) => `
  server {
    listen 127.0.0.1:${listen};
    root ${root};
    include ${include};
    location / { try_files $uri $uri/ =404; }
  }`;
  writeFileSync(
    join(dir, 'nginx.conf'),
    // Workers run as the test's own user, so that they can read a checkout in a private folder.
    `${process.getuid?.() === 0 ? `user ${userInfo().username};\n` : ''}daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')};
events {}
http {
  include /etc/nginx/mime.types;
  types { application/wasm wasm; text/calendar ics; }
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  ${server(port, join(dir, 'srv'), join(fixtureOut('mirror'), '_nginx-headers.conf'))}
  ${server(rootPort, fixtureOut('extension'), join(fixtureOut('extension'), '_nginx-headers.conf'))}
}
`,
  );
  const test = spawnSync(NGINX, ['-t', '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx rejected the configuration:\n${test.stderr}`);
  nginx = spawn(NGINX, ['-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
  origin = `http://127.0.0.1:${port}`;
  rootOrigin = `http://127.0.0.1:${rootPort}`;
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`${origin}/mirror/`);
      await fetch(`${rootOrigin}/`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('nginx did not start');
});

let rootOrigin = '';

afterAll(() => {
  nginx?.kill();
});

const get = (url: string) => fetch(url, { redirect: 'manual' });

describe.each([
  ['/', () => rootOrigin, '', 'ar'],
  ['/mirror/', () => origin, '/mirror', 'de'],
])('nginx serving the site at %s', (_, host, base, locale) => {
  it('answers pages with 200, HTML and the security headers', async () => {
    const response = await get(`${host()}${base}/${locale}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    );
    expect(response.headers.get('cache-control')).toContain('max-age=300');
    expect(await response.text()).toContain(`<html lang="${locale}"`);
  });

  it('gives the browser editor its own policy and no other page any of it', async () => {
    const editor = await get(`${host()}${base}/admin/`);
    expect(editor.status).toBe(200);
    expect(editor.headers.get('content-security-policy')).toContain("'unsafe-eval'");
    expect(editor.headers.get('x-content-type-options')).toBe('nosniff');
    const other = await get(`${host()}${base}/${locale}/`);
    expect(other.headers.get('content-security-policy')).not.toContain("'unsafe-eval'");
  });

  it('redirects a folder without its slash', async () => {
    const response = await get(`${host()}${base}/${locale}`);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toMatch(new RegExp(`${base}/${locale}/$`));
  });

  it('answers a missing page with 404 in the language of its folder', async () => {
    const response = await get(`${host()}${base}/${locale}/no-such-page/`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const html = await response.text();
    expect(html).toContain(`<html lang="${locale}"`);
    const outside = await get(`${host()}${base}/no-such-folder/`);
    expect(outside.status).toBe(404);
    expect(await outside.text()).toContain('data-not-found');
  });

  it('serves assets with their types and long-lived caching', async () => {
    const html = await (await get(`${host()}${base}/en/`)).text();
    const css = /href="([^"]+\.css)"/.exec(html)?.[1] ?? '';
    const asset = await get(`${host()}${css}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/^text\/css/);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-security-policy')).toBeTruthy();
    const sitemap = await get(`${host()}${base}/sitemap-index.xml`);
    expect(sitemap.headers.get('content-type')).toMatch(/xml/);
    const wasm = await get(`${host()}${base}/pagefind/pagefind.js`);
    expect(wasm.status).toBe(200);
    expect(wasm.headers.get('content-type')).toMatch(/javascript/);
  });
});
