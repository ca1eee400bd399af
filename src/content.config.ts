/** Content collections: editors' files under content/ (or PORTAL_CONTENT_DIR for fixtures). */
import { readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
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
    schema: ({ image }) => newsSchema(image(), countryCodes),
  }),
  projects: defineCollection({
    loader: localeFolders('projects'),
    schema: ({ image }) => projectSchema(image(), countryCodes),
  }),
  recognition: defineCollection({
    loader: localeFolders('recognition'),
    schema: recognitionSchema,
  }),
  events: defineCollection({ loader: localeFolders('events'), schema: eventSchema }),
  countries: defineCollection({ loader: file(countriesFile), schema: countrySchema }),
  prizes: defineCollection({ loader: file(`${contentDir}/prizes.json`), schema: prizeYearSchema }),
};
