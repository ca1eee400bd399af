/**
 * The browser editor's configuration (Decap CMS, served at /admin/), generated at build time and
 * never kept by hand: one folder collection per registry section with content, one file
 * collection for the data files, every field read from the zod schemas (type, required, default,
 * choices with their English labels, limits as patterns, the image with its required text
 * alternative), and the locales of the registry as `multiple_folders`
 * (`content/<collection>/<locale>/<slug>.md`). See docs/editor.md.
 */
import { z } from 'zod';
import en from '../../src/i18n/strings/en.ts';
import { DATA_FILE_IDS, DATA_FILES } from '../../src/lib/data-files.ts';
import {
  describeFields,
  type SchemaCheck,
  type SchemaField,
  type SchemaValue,
} from '../../src/lib/schema-fields.ts';
import {
  COLLECTION_IDS,
  contentOf,
  section,
  type CollectionId,
  type ImageSchema,
} from '../../src/lib/sections.ts';
import { FIELD_NOTES, LABEL_KEYS } from './field-notes.ts';

/** One field of a Decap collection (the subset of its options the portal uses). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: false;
  /** Never set: Decap copies defaults into every locale's draft and then saves each (docs/editor.md). */
  default?: never;
  hint?: string;
  i18n?: boolean;
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int';
  format?: string;
  date_format?: string;
  time_format?: string | false;
  choose_url?: false;
  collapsed?: false;
  fields?: CmsField[];
  field?: CmsField;
}

/** A collection of the editor: a section's folder, or the data files. */
export interface CmsCollection {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  folder?: string;
  files?: { name: string; label: string; file: string; format: string; fields: CmsField[] }[];
  create?: boolean;
  i18n?: boolean;
  format?: string;
  extension?: string;
  slug?: string;
  identifier_field?: string;
  summary?: string;
  media_folder?: string;
  public_folder?: string;
  fields?: CmsField[];
}

/** The whole configuration (Decap's config.yml, as data). */
export interface CmsConfig {
  backend: {
    name: 'github';
    repo: string;
    branch: string;
    base_url?: string;
    auth_endpoint?: string;
  };
  publish_mode: 'editorial_workflow';
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-' };
  local_backend: { url: string };
  site_url: string;
  locale: string;
  media_folder: string;
  public_folder: string;
  i18n: { structure: 'multiple_folders'; locales: string[]; default_locale: string };
  collections: CmsCollection[];
}

/** What the configuration depends on besides the registries. */
export interface CmsOptions {
  /** `owner/name` of the GitHub repository (PORTAL_CMS_REPO). */
  readonly repo: string;
  readonly branch: string;
  /** The OAuth service for the GitHub backend (PORTAL_CMS_AUTH_URL); Decap's default without it. */
  readonly authUrl?: string | undefined;
  /** The content folder relative to the repository root (`content`). */
  readonly contentDir: string;
  /** Locale codes, in registry order, and the one originals are written in. */
  readonly locales: readonly string[];
  readonly sourceLocale: string;
  /** Participating country codes (content/countries.json). */
  readonly countries: readonly string[];
  /** The published site, for the editor's "view live" link. */
  readonly siteUrl: string;
}

/** Where `decap-server` listens by default (docs/editor.md: local testing). */
export const LOCAL_BACKEND_URL = 'http://localhost:8081/api/v1';

/** The custom format of the data files: a JSON list edited as the field `entries`. */
export const DATA_FILE_FORMAT = 'portal-json-list';

/**
 * The custom format of Markdown entries (src/admin/cms-start.js): front matter and text as
 * Decap's own, except that a locale left empty writes no file and an unchanged file is written
 * back byte for byte (so that a translation never rewrites its original).
 */
export const PAGE_FORMAT = 'portal-markdown';

/**
 * Fields whose value is a day and a time with its offset (events); every other date is a day.
 * Keyed `<collection>.<field>`; the unit test checks that each is a date field of its schema.
 */
export const DATE_TIME_FIELDS: readonly string[] = ['events.start', 'events.end'];

/** Fields the editor fills in for the editor (`npm run translate` writes them): not shown. */
const HIDDEN_FIELDS = new Set(['translatedFrom']);

const DAY = 'YYYY-MM-DD';
const DAY_TIME = 'YYYY-MM-DDTHH:mm:ssZ';

/** An English label from a field name: `ageRange` → `Age range`. */
function labelOf(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** English label of a choice, from the UI strings where the field has them. */
function choiceLabel(doc: string, path: string, value: string): string {
  const prefix = LABEL_KEYS[`${doc}.${path}`];
  const text = prefix ? (en as Record<string, string>)[`${prefix}${value}`] : undefined;
  return text ? `${text} (${value})` : value;
}

function countryOptions(codes: readonly string[]): { label: string; value: string }[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  return [...codes]
    .map((code) => ({ label: `${names.of(code) ?? code} (${code})`, value: code }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

const checkOf = (value: SchemaValue, name: string): SchemaCheck | undefined =>
  value.checks.find((check) => check.check === name);

/** A number bound of a check (`greater_than`/`less_than` carry `value`). */
const bound = (check: SchemaCheck | undefined): number | undefined =>
  typeof check?.value === 'number' ? check.value : undefined;

/** The pattern a text must match, with the message the form shows. */
function textPattern(value: SchemaValue): [string, string] | undefined {
  const regex = value.checks.find((check) => check.format === 'regex' && check.pattern);
  if (regex?.pattern) return [regex.pattern.source, `expected the form ${regex.pattern.source}`];
  if (value.format === 'url') return ['^https://\\S+$', 'expected an https:// address'];
  if (value.format === 'email') return ['^\\S+@\\S+\\.\\S+$', 'expected an e-mail address'];
  if (value.kind === 'language') return ['^[a-z]{2,3}$', 'expected a language code such as "de"'];
  const max = checkOf(value, 'max_length')?.maximum;
  if (max === undefined && (checkOf(value, 'min_length')?.minimum ?? 0) > 0)
    return ['^(?=[\\s\\S]*\\S)[\\s\\S]*$', 'must not be empty'];
  if (max !== undefined)
    return [`^(?=[\\s\\S]*\\S)[\\s\\S]{1,${max}}$`, `at most ${max} characters, not empty`];
  return undefined;
}

interface Context {
  readonly doc: string;
  readonly countries: readonly string[];
  readonly translatable: boolean;
}

/** The widget options of a value (no name, label or requirement). */
function widgetOf(
  value: SchemaValue,
  path: string,
  context: Context,
): Omit<CmsField, 'name' | 'label'> {
  if (value.kind === 'image') return { widget: 'image', choose_url: false };
  if (value.kind === 'country')
    return { widget: 'select', options: countryOptions(context.countries) };
  switch (value.type) {
    case 'enum':
      return {
        widget: 'select',
        options: (value.values ?? []).map((v) => ({
          label: choiceLabel(context.doc, path, v),
          value: v,
        })),
      };
    case 'boolean':
      return { widget: 'boolean' };
    case 'number': {
      const min = bound(checkOf(value, 'greater_than'));
      const max = bound(checkOf(value, 'less_than'));
      const integer = value.checks.some(
        (check) => check.check === 'number_format' && /int/.test(check.format ?? ''),
      );
      return {
        widget: 'number',
        ...(integer ? { value_type: 'int' as const } : {}),
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
      };
    }
    case 'date': {
      const withTime = DATE_TIME_FIELDS.includes(`${context.doc}.${path}`);
      return {
        widget: 'datetime',
        format: withTime ? DAY_TIME : DAY,
        date_format: DAY,
        time_format: withTime ? 'HH:mm' : false,
      };
    }
    case 'object':
      return {
        widget: 'object',
        collapsed: false,
        fields: cmsFields(value.fields ?? [], context, `${path}.`),
      };
    case 'array': {
      const element = value.element;
      const min = checkOf(value, 'min_length')?.minimum;
      const max = checkOf(value, 'max_length')?.maximum;
      const limits = {
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
      };
      if (element && (element.type === 'enum' || element.kind === 'country'))
        return { ...widgetOf(element, path, context), multiple: true, ...limits };
      if (element?.type === 'object')
        return {
          widget: 'list',
          collapsed: false,
          ...limits,
          fields: cmsFields(element.fields ?? [], context, `${path}[].`),
        };
      return {
        widget: 'list',
        ...limits,
        field: {
          name: 'value',
          label: labelOf(path.split('.').pop() ?? path),
          ...widgetOf(element ?? value, path, context),
        },
      };
    }
    default: {
      const pattern = textPattern(value);
      const long = (checkOf(value, 'max_length')?.maximum ?? 0) >= 200;
      return { widget: long ? 'text' : 'string', ...(pattern ? { pattern } : {}) };
    }
  }
}

/** The editor's fields for schema fields. */
function cmsFields(fields: readonly SchemaField[], context: Context, prefix = ''): CmsField[] {
  return fields
    .filter((field) => !(prefix === '' && HIDDEN_FIELDS.has(field.name)))
    .map((field) => {
      const path = `${prefix}${field.name}`;
      const note = FIELD_NOTES[`${context.doc}.${path}`] ?? FIELD_NOTES[`*.${path}`];
      return {
        name: field.name,
        label: labelOf(field.name),
        ...widgetOf(field, path, context),
        ...(field.required ? {} : { required: false as const }),
        ...(note ? { hint: note.meaning } : {}),
        ...(context.translatable && prefix === '' ? { i18n: true } : {}),
      };
    });
}

/** The schema of a section's front matter as the editor sees it (the image is a file path). */
export function editorSchema(id: CollectionId, countries: readonly string[]): z.ZodType {
  const image = z.string().meta({ portal: 'image' }) as unknown as ImageSchema;
  return contentOf(id).schema(image, countries);
}

/** A section's name for editors, in English. */
function sectionLabel(id: CollectionId): string {
  return (en as Record<string, string>)[section(id).name] ?? labelOf(id);
}

/** The fields of a section's entries (front matter, then the text). */
function sectionFields(id: CollectionId, options: CmsOptions, translatable: boolean): CmsField[] {
  const context: Context = { doc: id, countries: options.countries, translatable };
  return [
    ...cmsFields(describeFields(editorSchema(id, options.countries)), context),
    { name: 'body', label: 'Text', widget: 'markdown', ...(translatable ? { i18n: true } : {}) },
  ];
}

/** What every collection of Markdown entries shares. */
const MARKDOWN_ENTRIES = {
  create: true,
  format: PAGE_FORMAT,
  extension: 'md',
  slug: '{{slug}}',
  identifier_field: 'title',
  summary: '{{title}} ({{filename}})',
} as const;

/**
 * The translation view of a section: its English originals and their translations side by side
 * (`content/<id>/<locale>/<slug>.md`, Decap's `multiple_folders`). The start script narrows
 * its locales to English and the editor's language (src/admin/cms-start.js).
 */
function translationCollection(id: CollectionId, options: CmsOptions): CmsCollection {
  return {
    name: id,
    label: `${sectionLabel(id)}: translate`,
    description: `${sectionLabel(id)} written in ${options.sourceLocale}, with their translations side by side. Entries written in another language first are edited in their own language's list.`,
    folder: `${options.contentDir}/${id}`,
    i18n: true,
    ...MARKDOWN_ENTRIES,
    // Images live in content/images/ (a path from the repository root: Decap reads a relative one
    // from the collection folder for new entries) and are written relative to the Markdown file.
    media_folder: `/${options.contentDir}/images`,
    public_folder: '../../images',
    fields: sectionFields(id, options, true),
  };
}

/**
 * The entries of a section in one locale (`content/<id>/<locale>/`): writing an entry in that
 * language, an original or a translation, writes that one file and no other.
 */
function localeCollection(id: CollectionId, locale: string, options: CmsOptions): CmsCollection {
  return {
    name: localeCollectionName(id, locale),
    label: `${sectionLabel(id)} (${locale})`,
    folder: `${options.contentDir}/${id}/${locale}`,
    ...MARKDOWN_ENTRIES,
    media_folder: `/${options.contentDir}/images`,
    public_folder: '../../images',
    fields: sectionFields(id, options, false),
  };
}

/** The name of a section's collection in one locale: `news--de`. */
export function localeCollectionName(id: CollectionId, locale: string): string {
  return `${id}--${locale}`;
}

/** The data files (content/countries.json, …): one file collection, each a list of entries. */
function dataCollection(options: CmsOptions): CmsCollection {
  return {
    name: 'data',
    label: 'Data files',
    files: DATA_FILE_IDS.map((id) => {
      const { file, title, schema } = DATA_FILES[id];
      const context: Context = { doc: id, countries: options.countries, translatable: false };
      return {
        name: id,
        label: title,
        file: `${options.contentDir}/${file}`,
        format: DATA_FILE_FORMAT,
        fields: [
          {
            name: 'entries',
            label: title,
            widget: 'list',
            fields: cmsFields(describeFields(schema), context),
          },
        ],
      };
    }),
  };
}

/** The editor's configuration for the registries and `options`. */
export function cmsConfig(options: CmsOptions): CmsConfig {
  return {
    backend: {
      name: 'github',
      repo: options.repo,
      branch: options.branch,
      ...(options.authUrl ? { base_url: options.authUrl, auth_endpoint: 'auth' } : {}),
    },
    publish_mode: 'editorial_workflow',
    // File names in plain ASCII (`schulen-pflanzen-baume`), as the URLs are.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    local_backend: { url: LOCAL_BACKEND_URL },
    site_url: options.siteUrl,
    locale: 'en',
    media_folder: `${options.contentDir}/images`,
    public_folder: '../../images',
    i18n: {
      structure: 'multiple_folders',
      locales: [...options.locales],
      default_locale: options.sourceLocale,
    },
    collections: [
      ...COLLECTION_IDS.flatMap((id) => [
        ...options.locales.map((locale) => localeCollection(id, locale, options)),
        translationCollection(id, options),
      ]),
      dataCollection(options),
    ],
  };
}
