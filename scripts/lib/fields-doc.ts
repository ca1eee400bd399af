/**
 * docs/fields.md, generated: every field of every section's front matter and of the data files,
 * read from the zod schemas themselves (type, required or default, allowed values with their
 * English labels, limits), with what each field means and an example from FIELD_NOTES.
 * `npm run docs:fields` writes it; tests/unit/fields-doc.test.ts fails when it is out of date or
 * when a field has no note.
 */
import { format, resolveConfig } from 'prettier';
import { z } from 'zod';
import en from '../../src/i18n/strings/en.ts';
import { DATA_FILES } from '../../src/lib/data-files.ts';
import {
  COLLECTION_IDS,
  contentOf,
  type CollectionId,
  type ImageSchema,
} from '../../src/lib/sections.ts';
import { FIELD_NOTES, LABEL_KEYS } from './field-notes.ts';

/** One field as an editor sees it. */
export interface FieldRow {
  readonly path: string;
  readonly type: string;
  readonly required: boolean;
  readonly defaultValue?: unknown;
  readonly values?: readonly string[];
  readonly limits?: string;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  out?: z.ZodType;
  entries?: Record<string, string>;
  defaultValue?: unknown;
  checks?: { _zod: { def: { check: string; maximum?: number; minimum?: number } } }[];
  format?: string;
}

/** What a schema type is called in the doc. */
const KIND_NAMES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'whole number',
  boolean: 'true or false',
  date: 'date',
  enum: 'choice',
  object: 'group',
  url: 'web address',
  email: 'e-mail address',
};

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

function limitsOf(def: Def): string | undefined {
  const parts: string[] = [];
  for (const check of def.checks ?? []) {
    const { check: kind, maximum, minimum } = check._zod.def;
    if (kind === 'max_length' && maximum !== undefined) parts.push(`at most ${maximum} characters`);
    if (kind === 'min_length' && minimum !== undefined && def.type === 'array')
      parts.push(`at least ${minimum}`);
    if (kind === 'less_than' && maximum !== undefined) parts.push(`at most ${maximum}`);
    if (kind === 'greater_than' && minimum !== undefined) parts.push(`at least ${minimum}`);
  }
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** The rows of an object schema, nested objects and lists of objects flattened (`a.b`, `a[].b`). */
export function fieldRows(schema: z.ZodType, prefix = ''): FieldRow[] {
  const rows: FieldRow[] = [];
  for (const [name, field] of Object.entries(defOf(schema).shape ?? {})) {
    let def = defOf(field);
    let required = true;
    let defaultValue: unknown;
    // Unwrap optional and default (both make a field one the editor may leave out).
    for (;;) {
      if (def.type === 'optional' && def.innerType) required = false;
      else if (def.type === 'default' && def.innerType) {
        required = false;
        defaultValue = def.defaultValue;
      } else if (def.type === 'pipe' && def.out) {
        def = defOf(def.out);
        continue;
      } else break;
      def = defOf(def.innerType);
    }
    const path = `${prefix}${name}`;
    const list = def.type === 'array' && def.element ? defOf(def.element) : undefined;
    const item = list?.type === 'pipe' && list.out ? defOf(list.out) : list;
    const kind = (d: Def) => KIND_NAMES[d.format ?? d.type] ?? d.type;
    const type = item
      ? `list of ${item.type === 'object' ? 'groups' : `${kind(item)}s`}`
      : kind(def);
    const values = (item ?? def).entries ? Object.values((item ?? def).entries ?? {}) : undefined;
    rows.push({
      path,
      type,
      required,
      ...(defaultValue !== undefined ? { defaultValue } : {}),
      ...(values ? { values } : {}),
      ...(limitsOf(def) || (item && limitsOf(item))
        ? { limits: [limitsOf(def), item && limitsOf(item)].filter(Boolean).join(', ') }
        : {}),
    });
    if (def.type === 'object') rows.push(...fieldRows(unwrap(field), `${path}.`));
    if (item?.type === 'object' && def.element)
      rows.push(...fieldRows(unwrap(def.element), `${path}[].`));
  }
  return rows;
}

/** The object schema inside optional/default wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let def = defOf(current); def.innerType; def = defOf(current)) current = def.innerType;
  return current;
}

/** Every document docs/fields.md describes: the sections' collections, then the data files. */
export function documentedSchemas(): {
  id: string;
  title: string;
  file: string;
  schema: z.ZodType;
}[] {
  const collections = COLLECTION_IDS.map((id: CollectionId) => ({
    id,
    title: en[`nav.${id}` as keyof typeof en] ?? id,
    file: `content/${id}/<locale>/<slug>.md (front matter)`,
    // The image is documented as its file path, which is what an editor writes.
    schema: contentOf(id).schema(z.string() as unknown as ImageSchema, ['TR']),
  }));
  const data = Object.entries(DATA_FILES).map(([id, file]) => ({
    id,
    title: file.title,
    file: `content/${file.file} (one entry per ${file.entry})`,
    schema: file.schema(['TR']),
  }));
  return [...collections, ...data];
}

function label(row: FieldRow, docId: string, value: string): string {
  const prefix = LABEL_KEYS[`${docId}.${row.path}`];
  const text = prefix ? (en as Record<string, string>)[`${prefix}${value}`] : undefined;
  return text ? `\`${value}\` (${text})` : `\`${value}\``;
}

/** The whole of docs/fields.md. */
export function fieldsDoc(): string {
  const out: string[] = [
    '# Fields of the content and data files',
    '',
    '<!-- Generated by `npm run docs:fields` from src/lib/schemas.ts, src/lib/taxonomies.ts and',
    '     scripts/lib/field-notes.ts. Do not edit by hand: a test compares it with the schemas. -->',
    '',
    'Every field an editor can write, section by section. **Required** fields must be there; the',
    'others can be left out (the default is then used). A value outside the allowed ones, a text',
    'over its limit or a missing required field stops the content check with the file, the line',
    'and the field named. Dates are written `YYYY-MM-DD` (events: with time and offset,',
    '`2026-12-10T15:00:00+01:00`).',
    '',
  ];
  for (const doc of documentedSchemas()) {
    out.push(`## ${doc.title}`, '', `File: \`${doc.file}\``, '');
    out.push(
      '| Field | Required | Type | What it is | Example |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const row of fieldRows(doc.schema)) {
      const note = FIELD_NOTES[`${doc.id}.${row.path}`] ?? FIELD_NOTES[`*.${row.path}`];
      const allowed = row.values
        ? ` Allowed: ${row.values.map((v) => label(row, doc.id, v)).join(', ')}.`
        : '';
      const limits = row.limits ? ` (${row.limits})` : '';
      const fallback =
        row.defaultValue !== undefined ? ` Default: \`${JSON.stringify(row.defaultValue)}\`.` : '';
      out.push(
        `| \`${row.path}\` | ${row.required ? 'yes' : 'no'} | ${row.type}${limits} | ${note?.meaning ?? ''}${allowed}${fallback} | ${note?.example ? `\`${note.example}\`` : ''} |`,
      );
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Field paths of every documented schema that have no note (the test wants none). */
export function fieldsWithoutNotes(): string[] {
  return documentedSchemas().flatMap((doc) =>
    fieldRows(doc.schema)
      .filter((row) => !FIELD_NOTES[`${doc.id}.${row.path}`] && !FIELD_NOTES[`*.${row.path}`])
      .map((row) => `${doc.id}.${row.path}`),
  );
}

/** docs/fields.md as committed: fieldsDoc() in the project's Prettier style. */
export async function formattedFieldsDoc(file: string): Promise<string> {
  const options = (await resolveConfig(file)) ?? {};
  return format(fieldsDoc(), { ...options, filepath: file });
}
