/**
 * The structured data files of the content folder: one list of what each file holds and its
 * schema. Content collections (src/content.config.ts), the content gate, the field reference
 * (docs/fields.md) and the browser editor's configuration are derived from it.
 */
import type { z } from 'zod';
import { countrySchema, labelYearSchema, prizeYearSchema, schoolRoundSchema } from './schemas.ts';

/** One data file: a JSON list of entries, each checked by `schema`. */
export interface DataFileDefinition {
  /** Its name in the content folder. */
  readonly file: string;
  /** What the file is, for editors (docs/fields.md). */
  readonly title: string;
  /** What one entry of the list is (docs/fields.md: "one entry per …"). */
  readonly entry: string;
  /** Schema of one entry, given the participating countries' codes. */
  readonly schema: (countries: readonly string[]) => z.ZodType;
}

/** Every data file, in the order the content gate checks them and docs/fields.md lists them. */
export const DATA_FILES = {
  countries: {
    file: 'countries.json',
    title: 'Countries',
    entry: 'country',
    schema: () => countrySchema,
  },
  prizes: {
    file: 'prizes.json',
    title: 'Prize results',
    entry: 'year',
    schema: () => prizeYearSchema,
  },
  labels: {
    file: 'labels.json',
    title: 'European Quality Labels',
    entry: 'year',
    schema: (countries: readonly string[]) => labelYearSchema(countries),
  },
  schools: {
    file: 'schools.json',
    title: 'eTwinning Schools',
    entry: 'round',
    schema: (countries: readonly string[]) => schoolRoundSchema(countries),
  },
} as const satisfies Record<string, DataFileDefinition>;

export type DataFileId = keyof typeof DATA_FILES;

/** Every data file id, in registry order. */
export const DATA_FILE_IDS = Object.keys(DATA_FILES) as DataFileId[];
