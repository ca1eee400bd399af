import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  documentedSchemas,
  fieldRows,
  fieldsDoc,
  fieldsWithoutNotes,
  formattedFieldsDoc,
} from '../../scripts/lib/fields-doc.ts';
import { FIELD_NOTES } from '../../scripts/lib/field-notes.ts';
import { DATA_FILE_IDS } from '../../src/lib/data-files.ts';
import { COLLECTION_IDS } from '../../src/lib/sections.ts';
import { PRIZE_CATEGORIES, TOPICS } from '../../src/lib/taxonomies.ts';
import { ROOT } from '../support/paths.ts';

describe('docs/fields.md', () => {
  it('is what the schemas say today (run npm run docs:fields after changing them)', async () => {
    const file = join(ROOT, 'docs/fields.md');
    expect(readFileSync(file, 'utf8')).toBe(await formattedFieldsDoc(file));
  });

  it('covers every section of the registry and the data files', () => {
    expect(documentedSchemas().map((d) => d.id)).toEqual([...COLLECTION_IDS, ...DATA_FILE_IDS]);
  });

  it('explains every field, and no field that is gone', () => {
    expect(fieldsWithoutNotes()).toEqual([]);
    const paths = new Set(
      documentedSchemas().flatMap((d) =>
        fieldRows(d.schema).flatMap((r) => [`${d.id}.${r.path}`, `*.${r.path}`]),
      ),
    );
    expect(Object.keys(FIELD_NOTES).filter((key) => !paths.has(key))).toEqual([]);
  });

  it('reads required fields, defaults and allowed values from the schemas', () => {
    const news = fieldRows(documentedSchemas().find((d) => d.id === 'news')!.schema);
    expect(news.find((r) => r.path === 'title')).toMatchObject({
      required: true,
      limits: 'at most 120 characters',
    });
    expect(news.find((r) => r.path === 'sample')).toMatchObject({
      required: false,
      defaultValue: false,
    });
    expect(news.find((r) => r.path === 'topic')?.values).toEqual([...TOPICS]);
    expect(news.find((r) => r.path === 'cover.alt')?.required).toBe(true);
    const prizes = fieldRows(documentedSchemas().find((d) => d.id === 'prizes')!.schema);
    expect(prizes.find((r) => r.path === 'categories[].category')?.values).toEqual([
      ...PRIZE_CATEGORIES,
    ]);
    expect(fieldsDoc()).toContain('`early-childhood` (Early childhood education and care');
  });
});
