/**
 * `npm run build`: content check, statistics, then `astro build` into a fresh folder, checked
 * for what must never reach readers (other hosts, inline code, redirects), that replaces the published output (`dist/` or PORTAL_OUT_DIR) only when every step succeeded. A
 * failed build (bad content, a bad export, a crash) leaves the previous output as it was.
 *
 * A shard of a split build: `npm run build -- --locales de,fr --out shard-1` renders only those
 * locales' pages (which still link to every locale); `npm run merge` assembles the shards.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CONFIG } from '../src/site.ts';

const { values } = parseArgs({ options: { locales: { type: 'string' }, out: { type: 'string' } } });
const root = resolve(import.meta.dirname, '..');
const out = resolve(values.out ?? CONFIG.paths.out);
// A shard renders only its locales: the steps below get the setting in their environment.
const env: NodeJS.ProcessEnv = values.locales
  ? { ...process.env, PORTAL_RENDER_LOCALES: values.locales }
  : process.env;
const next = `${out}.next`;
const previous = `${out}.previous`;

function step(label: string, args: string[], extra: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, ...extra },
  });
  if (result.status !== 0) {
    rmSync(next, { recursive: true, force: true });
    console.error(
      `\nbuild: ${label} failed; ${existsSync(out) ? `${out} is unchanged` : 'nothing was published'}.`,
    );
    process.exit(result.status ?? 1);
  }
}

rmSync(next, { recursive: true, force: true });
step('the content check', [join(root, 'scripts/check-content.ts')]);
step('the statistics', [join(root, 'scripts/stats.ts')]);
step('astro build', [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  PORTAL_OUT_DIR: next,
});
// The build checks its own output: nothing from another host, no inline code, no redirect.
step('the output safety check', [join(root, 'scripts/check-output.ts'), '--dir', next, '--safety']);

// Swap: the old output stays complete until the new one is in place.
rmSync(previous, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, previous);
renameSync(next, out);
rmSync(previous, { recursive: true, force: true });
console.log(`build: published ${out}`);
