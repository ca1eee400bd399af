import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isRecentEnough } from '../../scripts/with-node.mjs';
import { htmlValidateConfig } from '../../scripts/lib/output-checks/html.ts';
import { runOutputChecks } from '../../scripts/lib/output-checks/index.ts';
import { formatProblem } from '../../scripts/lib/output-checks/site.ts';
import { ROOT, TMP } from '../support/paths.ts';

// The README's first command, as a new user runs it: a fresh clone, a machine whose Node is
// older than the project needs (Debian's Node 20), `npm install && npm start`. The preview must
// answer, then it is stopped by its process id. The clone carries the working tree's changes
// (what is about to be committed), and the site it built, the shipped content, then gets every
// output check: this is the one test that builds the shipped content.

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

/** A clone of the repository with the working tree's uncommitted changes and new files on top. */
function cloneWorkingTree(target: string): void {
  const git = (args: string[], cwd = ROOT, input?: Buffer) => {
    const run = spawnSync('git', args, { cwd, input, maxBuffer: 256 * 1024 * 1024 });
    expect(run.status, `git ${args.join(' ')}: ${String(run.stderr)}`).toBe(0);
    return run.stdout;
  };
  git(['clone', '--quiet', ROOT, target]);
  const diff = git(['diff', 'HEAD', '--binary']);
  if (diff.length > 0) git(['apply', '--whitespace=nowarn'], target, diff);
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z']).toString();
  for (const file of untracked.split('\0').filter(Boolean)) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    cpSync(join(ROOT, file), join(target, file));
  }
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
  // The clone has its own node_modules: removing it takes a while.
  afterAll(() => rmSync(folder, { recursive: true, force: true }), 120_000);

  it('builds and previews with the README command: npm install && npm start', async () => {
    const started = Date.now();
    const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;
    const old = oldNodeDir();
    cloneWorkingTree(join(folder, 'portal'));
    console.log(`fresh clone: cloned in ${elapsed()}`);
    const port = 43_000 + Math.floor(Math.random() * 2_000);
    // Only the old Node on PATH (npm comes with the system).
    const path = [old, '/usr/local/bin', '/usr/bin', '/bin'].join(':');
    const run = spawnSync(join(old, 'node'), ['--version'], { encoding: 'utf8' });
    expect(isRecentEnough(run.stdout.trim()), `${old}/node is ${run.stdout}`).toBe(false);

    // The image cache of an earlier run, when there is one, spares the clone a minute of AVIF
    // encoding; what is proven (Node bootstrap, install, build, preview, checks) is the same.
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
      const deadline = Date.now() + 780_000;
      let home = 0;
      while (Date.now() < deadline && exited === undefined) {
        home = await status(`http://localhost:${port}/`);
        if (home === 200) break;
        await new Promise((resolve) => setTimeout(resolve, 2_000));
      }
      const tail = log.join('').slice(-3_000);
      expect(home, `the preview did not answer on / (exit ${exited}):\n${tail}`).toBe(200);
      console.log(`fresh clone: installed, built and previewing after ${elapsed()}`);
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

    // Kept for the next run on this machine (CI starts without one).
    rmSync(join(TMP, 'cache-shipped'), { recursive: true, force: true });
    cpSync(cache, join(TMP, 'cache-shipped'), { recursive: true });

    // The shipped site as built: every output check of `npm run check`, HTML validation included.
    const results = await runOutputChecks(
      join(folder, 'portal', 'dist'),
      'http://localhost:4321',
      '/',
      htmlValidateConfig(ROOT),
    );
    console.log(`fresh clone: every output check done after ${elapsed()}`);
    expect(results.map((r) => r.check)).toContain('HTML is valid (html-validate)');
    const problems = results.flatMap((r) => r.problems.map((p) => formatProblem('dist', p)));
    expect(problems.slice(0, 20)).toEqual([]);
  }, 900_000);
});
