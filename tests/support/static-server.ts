/**
 * A minimal static file server for browser tests: serves a built site under a base path, with
 * `/404.html` and status 404 for anything missing, as a plain nginx would.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar; charset=utf-8',
};

export interface RunningServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves `root` at `base` on a free loopback port, adding `headers` to every response. */
export async function serveStatic(
  root: string,
  base = '/',
  headers: Readonly<Record<string, string>> = {},
): Promise<RunningServer> {
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file: string | undefined;
    if (pathname.startsWith(base)) {
      const relative = normalize(pathname.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
      const candidate = join(root, relative);
      if (existsSync(candidate) && statSync(candidate).isDirectory()) {
        if (!pathname.endsWith('/')) {
          response.writeHead(301, { location: `${pathname}/` }).end();
          return;
        }
        file = join(candidate, 'index.html');
      } else file = candidate;
    }
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { ...headers, 'content-type': TYPES['.html'] });
      createReadStream(join(root, '404.html')).pipe(response);
      return;
    }
    response.writeHead(200, {
      ...headers,
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
