/** A build split by locale into shards and merged equals a full build, file for file. */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, TMP } from '../support/paths.ts';

const work = join(TMP, 'shards');
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  PORTAL_CONTENT_DIR: join(ROOT, 'tests/fixtures/basic/content'),
  PORTAL_LOCALES: 'en,de,fr,tr',
  PORTAL_SITE: 'https://portal.example.org',
  PORTAL_BUILD_DATE: '2026-11-29T12:00:00Z',
  PORTAL_GENERATED_DIR: join(work, 'generated'),
  PORTAL_CACHE_DIR: join(work, 'cache'),
};

function run(script: string, args: string[]): void {
  const result = spawnSync(process.execPath, [join(ROOT, script), ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
  expect(result.status, `${script} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`).toBe(0);
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

describe('sharded builds', () => {
  it('two shards merged give the same site as one full build', () => {
    rmSync(work, { recursive: true, force: true });
    run('scripts/build.ts', ['--out', join(work, 'full')]);
    run('scripts/build.ts', ['--locales', 'en,de', '--out', join(work, 'shard-1')]);
    run('scripts/build.ts', ['--locales', 'fr,tr', '--out', join(work, 'shard-2')]);
    // A shard renders only its locales' pages...
    expect(files(join(work, 'shard-1')).some((f) => f.startsWith('fr/'))).toBe(false);
    run('scripts/merge.ts', [
      '--out',
      join(work, 'merged'),
      join(work, 'shard-1'),
      join(work, 'shard-2'),
    ]);

    const full = files(join(work, 'full'));
    const merged = files(join(work, 'merged'));
    expect(merged).toEqual(full);
    const different = full.filter(
      (f) => !readFileSync(join(work, 'full', f)).equals(readFileSync(join(work, 'merged', f))),
    );
    expect(different).toEqual([]);
    expect(full.filter((f) => f.startsWith('pagefind/')).length).toBeGreaterThan(10);
  }, 240_000);

  it('refuses shards that disagree on a shared file', () => {
    // The second shard again, with one shared file changed after its build.
    const other = join(work, 'shard-x');
    rmSync(other, { recursive: true, force: true });
    cpSync(join(work, 'shard-2'), other, { recursive: true });
    const robots = join(other, 'robots.txt');
    writeFileSync(robots, `${readFileSync(robots, 'utf8')}changed\n`);
    const result = spawnSync(
      process.execPath,
      [join(ROOT, 'scripts/merge.ts'), '--out', join(work, 'bad'), join(work, 'shard-1'), other],
      { cwd: ROOT, env, encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('robots.txt: differs between');
  }, 120_000);
});
