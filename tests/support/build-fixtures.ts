/**
 * Vitest global setup for the site tests: builds each fixture site once per run.
 * - `mirror`: the basic fixture content in all locales under PORTAL_BASE=/mirror/.
 * - `extension`: a copy of the project with one more locale (Arabic, right to left) and one more
 *   section (`guides`), each added with its registry entry only, built for en + ar from
 *   tests/fixtures/extension/content.
 * The shipped content (content/) is built by the fresh-clone test alone, with the README command.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_SITE, ROOT, TMP, fixtureOut } from './paths.ts';

/** Runs one build step; resolves with its output, rejects with it when the step fails. */
function step(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(output.join('').slice(-4_000))),
    );
  });
}

async function astroBuild(name: string, cwd: string, env: Record<string, string>): Promise<void> {
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
  try {
    await step([join(cwd, 'scripts/stats.ts')], cwd, fullEnv);
    await step([join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build'], cwd, fullEnv);
  } catch (error) {
    throw new Error(`Building fixture "${name}" failed:\n${(error as Error).message}`);
  }
  console.log(`built fixture "${name}" in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** `source` with `insert` put before `marker`; throws if the marker is gone (the proof would be void). */
function insertBefore(file: string, marker: string, insert: string): void {
  const source = readFileSync(file, 'utf8');
  if (!source.includes(marker)) throw new Error(`${file}: marker "${marker}" not found`);
  writeFileSync(file, source.replace(marker, `${insert}${marker}`));
}

/**
 * A copy of the project extended the way a maintainer would: one locale registry entry with its
 * strings file (Arabic, right to left), and one section registry entry with its schema, its two
 * templates and its UI texts (tests/fixtures/extension/section). Nothing else is edited: the
 * tests then find the locale and the section everywhere they belong.
 */
function prepareExtensionProject(): string {
  const dir = join(TMP, 'extension-project');
  const fixture = join(ROOT, 'tests/fixtures/extension');
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
  // The locale: one registry line and its strings file.
  insertBefore(
    join(dir, 'src/i18n/locales.ts'),
    '  // New locales go above this line.',
    "  { code: 'ar', tag: 'ar' },\n",
  );
  cpSync(join(fixture, 'ar.json'), join(dir, 'src/i18n/strings/ar.json'));
  // The section: one registry entry, its schema, its templates and its texts.
  const registry = join(dir, 'src/lib/sections.ts');
  insertBefore(
    registry,
    '  // New sections go above this line',
    readFileSync(join(fixture, 'section/registry-entry.txt'), 'utf8'),
  );
  insertBefore(
    registry,
    "import type { SchemaContext } from 'astro/content/config';",
    "import { GUIDE_LEVELS, guideSchema } from './guide-schema.ts';\n",
  );
  cpSync(join(fixture, 'section/guide-schema.ts'), join(dir, 'src/lib/guide-schema.ts'));
  cpSync(join(fixture, 'section/pages'), join(dir, 'src/pages/[locale]'), { recursive: true });
  insertBefore(
    join(dir, 'src/i18n/strings/en.ts'),
    '} as const;',
    readFileSync(join(fixture, 'section/strings.txt'), 'utf8'),
  );
  return dir;
}

/** How each fixture site is built. */
const FIXTURES = {
  mirror: () =>
    astroBuild('mirror', ROOT, {
      PORTAL_BASE: '/mirror/',
      PORTAL_SITE: FIXTURE_SITE,
      PORTAL_CONTENT_DIR: join(ROOT, 'tests/fixtures/basic/content'),
    }),
  extension: () =>
    astroBuild('extension', prepareExtensionProject(), {
      PORTAL_SITE: FIXTURE_SITE,
      PORTAL_LOCALES: 'en,ar',
      PORTAL_MAIN_SITE: 'https://main.example.eu/',
      PORTAL_CONTENT_DIR: join(ROOT, 'tests/fixtures/extension/content'),
    }),
} as const;

/** Both fixtures at once: each build is mostly one core's work. */
export default async function setup(): Promise<void> {
  mkdirSync(TMP, { recursive: true });
  await Promise.all(Object.values(FIXTURES).map((build) => build()));
}

// `node tests/support/build-fixtures.ts extension` rebuilds one fixture while working on tests.
if (import.meta.main) {
  mkdirSync(TMP, { recursive: true });
  for (const name of process.argv.slice(2)) await FIXTURES[name as keyof typeof FIXTURES]();
}
