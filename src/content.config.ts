/** Content collections: editors' files under content/ (or PORTAL_CONTENT_DIR for fixtures). */
import { lstatSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection, type SchemaContext } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  countrySchema,
  eventSchema,
  newsSchema,
  pageSchema,
  prizeYearSchema,
  projectSchema,
  recognitionSchema,
} from './lib/schemas.ts';
import { readCountryCodes } from './lib/countries.ts';

const contentDir = process.env.PORTAL_CONTENT_DIR ?? './content';
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
  image().refine((metadata) => metadata.format !== 'svg', notSvg);

/** `<locale>/<slug>.md|mdx` keeps its path as the id, so translations share a slug. */
function localeFolders(collection: string) {
  return glob({
    pattern: '*/*.{md,mdx}',
    base: `${contentDir}/${collection}`,
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  });
}

export const collections = {
  pages: defineCollection({ loader: localeFolders('pages'), schema: pageSchema }),
  news: defineCollection({
    loader: localeFolders('news'),
    schema: ({ image }) => newsSchema(rasterImage(image), countryCodes),
  }),
  projects: defineCollection({
    loader: localeFolders('projects'),
    schema: ({ image }) => projectSchema(rasterImage(image), countryCodes),
  }),
  recognition: defineCollection({
    loader: localeFolders('recognition'),
    schema: recognitionSchema,
  }),
  events: defineCollection({ loader: localeFolders('events'), schema: eventSchema }),
  countries: defineCollection({ loader: file(countriesFile), schema: countrySchema }),
  prizes: defineCollection({ loader: file(`${contentDir}/prizes.json`), schema: prizeYearSchema }),
};
