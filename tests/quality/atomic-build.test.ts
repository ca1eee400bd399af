/** `npm run build` publishes atomically: a crash or a refusal leaves the previous output byte for byte. */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, TMP } from '../support/paths.ts';

const work = join(TMP, 'atomic');
const content = join(work, 'content');
const out = join(work, 'site');

const buildEnv = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  PORTAL_CONTENT_DIR: content,
  PORTAL_OUT_DIR: out,
  PORTAL_LOCALES: 'en',
  PORTAL_CACHE_DIR: join(work, 'cache'),
  PORTAL_GENERATED_DIR: join(work, 'generated'),
};

function build() {
  return spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, encoding: 'utf8', env: buildEnv });
}

/** Starts a build and kills it (SIGKILL, as an out-of-memory kill would) once Astro is writing pages. */
async function killedBuild(): Promise<void> {
  const child = spawn('npm', ['run', '-s', 'build'], {
    cwd: ROOT,
    env: buildEnv,
    detached: true,
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline && !existsSync(join(`${out}.next`, 'en/news/index.html')))
    await new Promise((resolve) => setTimeout(resolve, 50));
  expect(existsSync(join(`${out}.next`, 'en/news/index.html')), 'Astro started writing pages').toBe(
    true,
  );
  if (child.pid) process.kill(-child.pid, 'SIGKILL');
  await exited;
}

describe('atomic output', () => {
  it('keeps the previous output when the build dies mid-way, and replaces it after a good build', async () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    cpSync(join(ROOT, 'tests/fixtures/basic/content'), content, { recursive: true });
    writeFileSync(join(out, 'index.html'), 'previous build');
    writeFileSync(join(out, 'keep.txt'), 'previous file');

    await killedBuild();
    expect(readdirSync(out).sort()).toEqual(['index.html', 'keep.txt']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous build');

    const built = build();
    expect(built.status, built.stderr).toBe(0);
    expect(existsSync(join(out, 'keep.txt'))).toBe(false);
    expect(readFileSync(join(out, 'en/index.html'), 'utf8')).toContain('<html lang="en"');
    expect(existsSync(`${out}.next`) || existsSync(`${out}.previous`)).toBe(false);
  }, 180_000);

  it('keeps the previous output byte for byte when the content gate refuses a file', () => {
    const before = readFileSync(join(out, 'en/index.html'));
    symlinkSync('/etc/hostname', join(content, 'news/en/host.md'));
    try {
      const refused = build();
      expect(refused.status).not.toBe(0);
      expect(refused.stderr).toMatch(/content\/news\/en\/host\.md — is a symbolic link/);
      expect(readFileSync(join(out, 'en/index.html')).equals(before)).toBe(true);
      expect(existsSync(`${out}.next`)).toBe(false);
    } finally {
      rmSync(join(content, 'news/en/host.md'));
    }
  }, 180_000);
});
