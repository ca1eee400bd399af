/**
 * The data files editors keep beside the collections (`content/<file>`): one list, read by the
 * field reference (docs/fields.md) and the browser editor's configuration. Each file is a JSON
 * list of entries checked by its schema (the content gate reports problems per entry).
 */
import type { z } from 'zod';
import { countrySchema, prizeYearSchema } from './schemas.ts';

/** One data file. */
export interface DataFile {
  /** The file name below the content folder. */
  readonly file: string;
  /** Its name for editors (English; the field reference and the editor's menu). */
  readonly title: string;
  /** What one entry of the list is, for the field reference. */
  readonly entry: string;
  /** The schema of one entry. */
  readonly schema: z.ZodType;
}

/** Every data file, in the order editors see them. New data files go here. */
export const DATA_FILES = {
  countries: {
    file: 'countries.json',
    title: 'Countries',
    entry: 'one entry per country',
    schema: countrySchema,
  },
  prizes: {
    file: 'prizes.json',
    title: 'Prize results',
    entry: 'one entry per year',
    schema: prizeYearSchema,
  },
} as const satisfies Record<string, DataFile>;

export type DataFileId = keyof typeof DATA_FILES;

/** Data file ids in order. */
export const DATA_FILE_IDS = Object.keys(DATA_FILES) as DataFileId[];
