/**
 * Astro keeps the parsed content of the last build in `<cacheDir>/data-store.json` and reuses an
 * unchanged file's entry, checked against the schema it was parsed with only when
 * `src/content.config.ts` itself changes. The schemas live in `src/lib/` (the section registry,
 * `schemas.ts`, the taxonomies, the data files), so a change there kept stale entries: measured on
 * 2026-12-02, a kit's cover stayed a string path after the kit schema changed and the build failed
 * with `LocalImageUsedWrongly`. The store is dropped when those sources change (the image cache
 * beside it stays).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The files whose change can change a collection's schema. */
function schemaSources(root: string): string[] {
  const lib = join(root, 'src/lib');
  return [
    join(root, 'src/content.config.ts'),
    ...readdirSync(lib)
      .filter((name) => name.endsWith('.ts'))
      .sort()
      .map((name) => join(lib, name)),
  ];
}

/** Removes Astro's content store from `cacheDir` when the schema sources changed since it was written. */
export function dropStaleContentStore(cacheDir: string, root: string): void {
  const hash = createHash('sha256');
  for (const file of schemaSources(root)) hash.update(file).update(readFileSync(file));
  const digest = hash.digest('hex');
  const stamp = join(cacheDir, 'schema-sources.sha256');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return;
  rmSync(join(cacheDir, 'data-store.json'), { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stamp, digest);
}
