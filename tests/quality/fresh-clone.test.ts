import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isRecentEnough } from '../../scripts/with-node.mjs';
import { ROOT, TMP } from '../support/paths.ts';

// The README's first command, as a new user runs it: a fresh clone, a machine whose Node is
// older than the project needs (Debian's Node 20), `npm install && npm start`. The preview must
// answer, then it is stopped by its process id.

/** A directory whose `node` is older than 22.12: the system's, or Node 20 from the npm registry. */
function oldNodeDir(): string {
  for (const dir of ['/usr/bin', '/usr/local/bin']) {
    const run = spawnSync(join(dir, 'node'), ['--version'], { encoding: 'utf8' });
    if (run.status === 0 && !isRecentEnough(run.stdout.trim())) return dir;
  }
  const prefix = join(TMP, 'node20');
  const bin = join(prefix, 'node_modules', 'node', 'bin');
  if (!existsSync(join(bin, 'node'))) {
    mkdirSync(prefix, { recursive: true });
    const install = spawnSync(
      'npm',
      ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', 'node@20'],
      { stdio: 'ignore' },
    );
    expect(install.status, 'installing node@20 from the npm registry').toBe(0);
  }
  return bin;
}

async function status(url: string): Promise<number> {
  try {
    const response = await fetch(url, { redirect: 'manual' });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

describe('a fresh clone on a machine with an old Node', () => {
  const folder = mkdtempSync(join(tmpdir(), 'etwinning-clone-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('builds and previews with the README command: npm install && npm start', async () => {
    const old = oldNodeDir();
    const clone = spawnSync('git', ['clone', '--quiet', ROOT, join(folder, 'portal')]);
    expect(clone.status, String(clone.stderr)).toBe(0);
    const port = 43_000 + Math.floor(Math.random() * 2_000);
    // Only the old Node on PATH (npm comes with the system).
    const path = [old, '/usr/local/bin', '/usr/bin', '/bin'].join(':');
    const run = spawnSync(join(old, 'node'), ['--version'], { encoding: 'utf8' });
    expect(isRecentEnough(run.stdout.trim()), `${old}/node is ${run.stdout}`).toBe(false);

    // The image cache of the shipped fixture build, when there is one, spares the clone two
    // minutes of AVIF encoding; what is proven (Node bootstrap, install, build, preview) is the same.
    const cache = join(folder, 'astro-cache');
    if (existsSync(join(TMP, 'cache-shipped')))
      cpSync(join(TMP, 'cache-shipped'), cache, { recursive: true });

    const log: string[] = [];
    const child = spawn(
      'sh',
      ['-c', `npm install --no-audit --no-fund && npm start -- --port ${port}`],
      {
        cwd: join(folder, 'portal'),
        env: {
          ...process.env,
          PATH: path,
          CI: 'true',
          ASTRO_TELEMETRY_DISABLED: '1',
          PORTAL_CACHE_DIR: cache,
        },
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    let exited: number | null | undefined;
    child.on('exit', (code) => (exited = code));

    try {
      const deadline = Date.now() + 540_000;
      let home = 0;
      while (Date.now() < deadline && exited === undefined) {
        home = await status(`http://localhost:${port}/`);
        if (home === 200) break;
        await new Promise((resolve) => setTimeout(resolve, 2_000));
      }
      const tail = log.join('').slice(-3_000);
      expect(home, `the preview did not answer on / (exit ${exited}):\n${tail}`).toBe(200);
      expect(await status(`http://localhost:${port}/en/`)).toBe(200);
      expect(await status(`http://localhost:${port}/de/news/`)).toBe(200);
      expect(log.join('')).toMatch(/older than 22\.12: running with Node 24/);
    } finally {
      // Stop the preview (and the shell and npm around it) by its process id.
      if (child.pid && exited === undefined) process.kill(-child.pid, 'SIGTERM');
      await new Promise((resolve) =>
        exited === undefined ? child.on('exit', resolve) : resolve(0),
      );
    }
    expect(await status(`http://localhost:${port}/`)).toBe(0);
  }, 600_000);
});
