/** The layers of docs/sections.md ("Code layout") hold: src/lib is pure, the environment is read once. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

/** Every .ts/.astro/.mjs file below `dir`, relative to the project. */
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|astro|mjs)$/.test(file))
    .map((file) => join(dir, file));
}

describe('code layers', () => {
  it('src/lib is pure logic: no file system, environment, processes or workers', () => {
    const impure =
      /from 'node:(fs|fs\/promises|path|os|child_process|worker_threads)'|process\.(env|cwd)/;
    const offenders = sources('src/lib').filter((file) =>
      impure.test(readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('PORTAL_* variables are read in src/site.ts only', () => {
    const reads = /process\.env(\.PORTAL_|\[['"]PORTAL_)/;
    const offenders = [...sources('src'), ...sources('scripts'), 'astro.config.mjs'].filter(
      (file) => file !== 'src/site.ts' && reads.test(readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
