/** The habits that keep the code easy to change: strict types and one formatting style. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

function run(script: string, args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

describe('code quality', () => {
  it('type-checks strictly (astro check)', () => {
    const result = run('node_modules/astro/bin/astro.mjs', ['check']);
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toMatch(/0 errors/);
  });

  it('is formatted with Prettier (run `npm run format` to fix)', () => {
    const result = run('node_modules/prettier/bin/prettier.cjs', ['--check', '.']);
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  });
});

describe('translator tooling', () => {
  it('`npm run check:strings` passes on the shipped strings', () => {
    const result = run('scripts/check-strings.ts', []);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^UI strings OK in 27 locale\(s\): bg, /m);
  });
});
