/** Content collections: editors' files under content/ (or PORTAL_CONTENT_DIR for fixtures). */
import { existsSync, lstatSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection, type SchemaContext } from 'astro:content';
import type { CollectionConfig } from 'astro/content/config';
import { file, glob } from 'astro/loaders';
import { readCountryCodes } from './lib/countries.ts';
import { DATA_FILES, type DataFileId } from './lib/data-files.ts';
import { COLLECTION_IDS, contentOf, type CollectionId, type SECTIONS } from './lib/sections.ts';
import { CONFIG } from './site.ts';

const contentDir = CONFIG.paths.content;
const countriesFile = `${contentDir}/countries.json`;
const countryCodes = readCountryCodes(readFileSync(countriesFile, 'utf8'), countriesFile);

// Defence in depth (the content gate reports these first): a symbolic link could publish a file
// of the build machine, and an SVG can carry scripts; neither is built, even without the gate.
for (const path of readdirSync(contentDir, { recursive: true, encoding: 'utf8' })) {
  if (lstatSync(join(contentDir, path)).isSymbolicLink())
    throw new Error(`${contentDir}/${path} is a symbolic link: put the file itself there`);
}
const notSvg = { error: 'SVG images are not accepted: export the image as PNG or WebP' };
type ImageField = SchemaContext['image'];
const rasterImage = (image: ImageField) =>
  image().refine(
    (metadata) => metadata.format !== 'svg',
    notSvg,
  ) as unknown as ReturnType<ImageField>;

/** `<locale>/<slug>.md|mdx` keeps its path as the id, so translations share a slug. */
function localeFolders(collection: string) {
  return glob({
    pattern: '*/*.{md,mdx}',
    base: `${contentDir}/${collection}`,
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  });
}

/** Each section's collection, typed by its schema (src/lib/sections.ts). */
type SectionCollections = {
  [C in CollectionId]: CollectionConfig<
    ReturnType<(typeof SECTIONS)[C]['content']['schema']>,
    ReturnType<typeof localeFolders>
  >;
};

const sectionCollections = Object.fromEntries(
  COLLECTION_IDS.map((id) => [
    id,
    defineCollection({
      loader: localeFolders(id),
      schema: ({ image }) => contentOf(id).schema(rasterImage(image), countryCodes),
    }),
  ]),
) as SectionCollections;

/** Each data file's collection (src/lib/data-files.ts); a file that is not there has no entries. */
type DataCollections = {
  [D in DataFileId]: CollectionConfig<ReturnType<(typeof DATA_FILES)[D]['schema']>>;
};

const dataCollections = Object.fromEntries(
  Object.entries(DATA_FILES).map(([id, data]) => {
    const path = `${contentDir}/${data.file}`;
    return [
      id,
      defineCollection({
        loader: existsSync(path) ? file(path) : () => [],
        schema: data.schema(countryCodes),
      }),
    ];
  }),
) as DataCollections;

export const collections = { ...sectionCollections, ...dataCollections };
