/** Content collections: editors' files under content/ (or PORTAL_CONTENT_DIR for fixtures). */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './lib/schemas.ts';

const contentDir = process.env.PORTAL_CONTENT_DIR ?? './content';

/** `<locale>/<slug>.md|mdx` keeps its path as the id, so translations share a slug. */
function localeFolders(collection: string) {
  return glob({
    pattern: '*/**/*.{md,mdx}',
    base: `${contentDir}/${collection}`,
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  });
}

export const collections = {
  pages: defineCollection({ loader: localeFolders('pages'), schema: pageSchema }),
};
