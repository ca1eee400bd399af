/**
 * Vitest global setup for the site tests: builds each fixture site once per run.
 * - `mirror`: the basic fixture content in all locales under PORTAL_BASE=/mirror/.
 * - `rtl`: a copy of the project with one extra registry entry and strings file (Arabic),
 *   built for en + ar, proving a new right-to-left locale needs nothing else.
 * - `shipped`: the real content/ folder, as `npm run build` makes it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_SITE, ROOT, TMP, fixtureOut } from './paths.ts';

function astroBuild(name: string, cwd: string, env: Record<string, string>): void {
  const started = Date.now();
  const fullEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    PORTAL_BUILD_DATE: '2026-11-29T12:00:00Z',
    PORTAL_OUT_DIR: fixtureOut(name),
    PORTAL_CACHE_DIR: join(TMP, `cache-${name}`),
    PORTAL_GENERATED_DIR: join(TMP, `generated-${name}`),
    ...env,
  };
  // The steps of `npm run build` after the content check: statistics, then Astro.
  const steps = [
    [join(cwd, 'scripts/stats.ts')],
    [join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build'],
  ];
  for (const args of steps) {
    const result = spawnSync(process.execPath, args, { cwd, env: fullEnv, encoding: 'utf8' });
    if (result.status !== 0) {
      throw new Error(`Building fixture "${name}" failed:\n${result.stdout}\n${result.stderr}`);
    }
  }
  console.log(`built fixture "${name}" in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function prepareRtlProject(): string {
  const dir = join(TMP, 'rtl-project');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const item of [
    'src',
    'public',
    'scripts',
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
  ]) {
    cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const registry = join(dir, 'src/i18n/locales.ts');
  const marker = '  // New locales go above this line.';
  const source = readFileSync(registry, 'utf8');
  if (!source.includes(marker)) throw new Error(`${registry}: marker line not found`);
  writeFileSync(registry, source.replace(marker, `  { code: 'ar', tag: 'ar' },\n${marker}`));
  cpSync(join(ROOT, 'tests/fixtures/rtl/ar.json'), join(dir, 'src/i18n/strings/ar.json'));
  return dir;
}

export default function setup(): void {
  mkdirSync(TMP, { recursive: true });
  const fixtureContent = join(ROOT, 'tests/fixtures/basic/content');
  astroBuild('mirror', ROOT, {
    PORTAL_BASE: '/mirror/',
    PORTAL_SITE: FIXTURE_SITE,
    PORTAL_CONTENT_DIR: fixtureContent,
  });
  astroBuild('rtl', prepareRtlProject(), {
    PORTAL_SITE: FIXTURE_SITE,
    PORTAL_LOCALES: 'en,ar',
    PORTAL_MAIN_SITE: 'https://main.example.eu/',
    PORTAL_CONTENT_DIR: fixtureContent,
  });
  astroBuild('shipped', ROOT, { PORTAL_SITE: FIXTURE_SITE });
}
