/**
 * The browser editor's configuration agrees with the schemas: every field is there, required
 * where the schema requires it, with every allowed value, the image with its required text
 * alternative, dates in the content's format; every registry section and data file has its
 * collection. A hand-made disagreement is caught, so the check can fail.
 */
import { describe, expect, it } from 'vitest';
import {
  cmsConfig,
  DATE_TIME_FIELDS,
  editorSchema,
  localeCollectionName,
  PAGE_FORMAT,
  type CmsCollection,
  type CmsConfig,
  type CmsField,
} from '../../scripts/lib/cms-config.ts';
import { DATA_FILE_IDS, DATA_FILES } from '../../src/lib/data-files.ts';
import { describeFields, type SchemaField } from '../../src/lib/schema-fields.ts';
import { COLLECTION_IDS } from '../../src/lib/sections.ts';

const COUNTRIES = ['DE', 'PL', 'TR'];
const LOCALES = ['de', 'en', 'pl'];

const config = (): CmsConfig =>
  cmsConfig({
    repo: 'example/portal',
    branch: 'main',
    contentDir: 'content',
    locales: LOCALES,
    sourceLocale: 'en',
    countries: COUNTRIES,
    siteUrl: 'https://portal.example.org/',
  });

/** Fields the editor leaves out on purpose (written by tools, docs/editor.md). */
const NOT_EDITED = new Set(['translatedFrom']);

/** Where the editor's fields and the schema's disagree, one line each. */
function disagreements(
  fields: readonly SchemaField[],
  cms: readonly CmsField[],
  prefix: string,
): string[] {
  const problems: string[] = [];
  for (const field of fields) {
    const path = `${prefix}${field.name}`;
    if (prefix === '' && NOT_EDITED.has(field.name)) continue;
    const control = cms.find((c) => c.name === field.name);
    if (!control) {
      problems.push(`${path}: missing`);
      continue;
    }
    const optional = control.required === false;
    if (field.required === optional)
      problems.push(`${path}: ${field.required ? 'required' : 'optional'} in the schema`);
    const values = field.values ?? field.element?.values;
    if (values) {
      const offered = (control.options ?? []).map((o) => o.value);
      for (const value of values)
        if (!offered.includes(value)) problems.push(`${path}: "${value}" not offered`);
    }
    if (field.kind === 'country' || field.element?.kind === 'country') {
      const offered = (control.options ?? []).map((o) => o.value);
      if (offered.join() !== [...COUNTRIES].sort().join())
        problems.push(`${path}: countries offered ${offered.join()}`);
    }
    if (field.type === 'date' && !control.format?.startsWith('YYYY-MM-DD'))
      problems.push(`${path}: date stored as ${control.format ?? 'the widget default'}`);
    if (field.fields)
      problems.push(...disagreements(field.fields, control.fields ?? [], `${path}.`));
    if (field.element?.fields)
      problems.push(...disagreements(field.element.fields, control.fields ?? [], `${path}[].`));
  }
  for (const control of cms) {
    if (control.name === 'body' && prefix === '') continue;
    if (!fields.some((f) => f.name === control.name))
      problems.push(`${prefix}${control.name}: not in the schema`);
  }
  return problems;
}

const collection = (c: CmsConfig, name: string): CmsCollection | undefined =>
  c.collections.find((entry) => entry.name === name);

describe('the browser editor configuration', () => {
  it('has every registry section, each locale in its own folder, the editorial workflow', () => {
    const c = config();
    expect(c.i18n).toEqual({
      structure: 'multiple_folders',
      locales: LOCALES,
      default_locale: 'en',
    });
    expect(c.publish_mode).toBe('editorial_workflow');
    expect(c.backend).toMatchObject({ name: 'github', repo: 'example/portal', branch: 'main' });
    for (const id of COLLECTION_IDS) {
      expect(collection(c, id)).toMatchObject({
        folder: `content/${id}`,
        i18n: true,
        format: PAGE_FORMAT,
        extension: 'md',
      });
      for (const locale of LOCALES)
        expect(collection(c, localeCollectionName(id, locale))).toMatchObject({
          folder: `content/${id}/${locale}`,
          format: PAGE_FORMAT,
          extension: 'md',
          create: true,
        });
      expect(collection(c, id)?.fields?.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
    }
  });

  it.each(COLLECTION_IDS)(
    'agrees with the schema of %s (its translation view and each locale)',
    (id) => {
      const fields = describeFields(editorSchema(id, COUNTRIES));
      for (const name of [id, ...LOCALES.map((locale) => localeCollectionName(id, locale))])
        expect(disagreements(fields, collection(config(), name)?.fields ?? [], ''), name).toEqual(
          [],
        );
    },
  );

  it.each(DATA_FILE_IDS)('edits the data file %s as a list of entries of its schema', (id) => {
    const file = collection(config(), 'data')?.files?.find((f) => f.name === id);
    expect(file?.file).toBe(`content/${DATA_FILES[id].file}`);
    const [entries] = file?.fields ?? [];
    expect(entries).toMatchObject({ name: 'entries', widget: 'list' });
    const fields = describeFields(DATA_FILES[id].schema);
    expect(disagreements(fields, entries?.fields ?? [], '')).toEqual([]);
  });

  it('asks for the image and its text alternative, and stores dates as the content writes them', () => {
    const news = collection(config(), 'news')?.fields ?? [];
    const cover = news.find((f) => f.name === 'cover');
    expect(cover?.fields?.find((f) => f.name === 'src')).toMatchObject({ widget: 'image' });
    const alt = cover?.fields?.find((f) => f.name === 'alt');
    expect(alt?.required).toBeUndefined();
    expect(alt?.pattern?.[0]).toBeTruthy();
    expect(news.find((f) => f.name === 'date')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      time_format: false,
    });
    for (const path of DATE_TIME_FIELDS) {
      const [doc = '', name] = path.split('.');
      const field = collection(config(), doc)?.fields?.find((f) => f.name === name);
      expect(field, path).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DDTHH:mm:ssZ' });
    }
  });

  it('sets no default that would write a file for every locale', () => {
    // Decap fills each locale's draft with the defaults and saves every locale that has data.
    const withDefault = (fields: readonly CmsField[]): string[] =>
      fields.flatMap((f) => [
        ...(f.default !== undefined ? [f.name] : []),
        ...withDefault(f.fields ?? []),
      ]);
    for (const c of config().collections) expect(withDefault(c.fields ?? []), c.name).toEqual([]);
  });

  it('catches a disagreement (a required field made optional, a value or a field missing)', () => {
    const fields = describeFields(editorSchema('news', COUNTRIES));
    const cms = structuredClone(collection(config(), 'news')?.fields ?? []);
    const title = cms.find((f) => f.name === 'title');
    if (title) title.required = false;
    const topic = cms.find((f) => f.name === 'topic');
    topic?.options?.pop();
    cms.splice(
      cms.findIndex((f) => f.name === 'countries'),
      1,
    );
    expect(disagreements(fields, cms, '')).toEqual([
      'title: required in the schema',
      'countries: missing',
      expect.stringMatching(/^topic: ".+" not offered$/),
    ]);
  });
});
