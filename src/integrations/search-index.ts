/**
 * Astro integration that builds the Pagefind search index after the pages are written: one index
 * per language (from `<html lang>`) in `pagefind/`, and a second bundle with the source-locale
 * pages only (`pagefind-originals/`), which the search page merges when a visitor also wants
 * results that are not translated into their language. Pagefind will not merge its own bundle
 * path, hence the separate bundle.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { SITE_FILES } from '../lib/sections.ts';

export interface SearchIndexOptions {
  /** Locale code whose pages make up the originals bundle, if it is built. */
  readonly sourceLocale: string | undefined;
}

/** Pages per language above which Pagefind bundles result fragments into shared files. */
const MAX_FRAGMENTS = 2000;

async function writeIndex(out: string, outputPath: string, glob?: string): Promise<number> {
  const { errors, index } = await pagefind.createIndex({ maxFragments: MAX_FRAGMENTS });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory(glob ? { path: out, glob } : { path: out });
  if (added.errors.length > 0)
    throw new Error(`Pagefind could not index ${out}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0)
    throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
  return added.page_count;
}

/** Writes both bundles for the built site in `out` (also used by scripts/merge.ts). */
export async function writeSearchIndexes(
  out: string,
  sourceLocale: string | undefined,
  log: (message: string) => void = () => {},
): Promise<void> {
  try {
    const pages = await writeIndex(out, join(out, SITE_FILES.searchBundle));
    log(`${SITE_FILES.searchBundle}: ${pages} pages indexed`);
    if (sourceLocale) {
      const originals = await writeIndex(
        out,
        join(out, SITE_FILES.searchOriginals),
        `${sourceLocale}/**/*.html`,
      );
      log(`${SITE_FILES.searchOriginals}: ${originals} ${sourceLocale} pages indexed`);
    }
  } finally {
    await pagefind.close();
  }
}

/** The search-index integration. */
export function searchIndex(options: SearchIndexOptions): AstroIntegration {
  return {
    name: 'portal-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeSearchIndexes(fileURLToPath(dir), options.sourceLocale, (m) => logger.info(m));
      },
    },
  };
}
