/**
 * The fields of a zod (v4) object schema as a plain tree, read from the schemas themselves
 * (`_zod.def`): what docs/fields.md and the browser editor's configuration are generated from,
 * so that neither restates a schema.
 */
import { z } from 'zod';

/** A zod check as its definition gives it (`max_length`, `greater_than`, …). */
export interface SchemaCheck {
  readonly check: string;
  readonly maximum?: number;
  readonly minimum?: number;
  readonly value?: number | bigint | Date;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly pattern?: RegExp;
}

/** What the portal says about a field beyond its type (`.meta({ portal: … })` in schemas.ts). */
export type FieldKind = 'country' | 'language' | 'image';

/** One value of a field, before or without its name. */
export interface SchemaValue {
  /** The zod type (`string`, `number`, `boolean`, `date`, `enum`, `object`, `array`, …). */
  readonly type: string;
  /** A string format (`url`, `email`, `regex`, …). */
  readonly format?: string;
  /** Allowed values of an enum. */
  readonly values?: readonly string[];
  readonly checks: readonly SchemaCheck[];
  /** The portal's meaning of the value (a country code, a language code, an image file). */
  readonly kind?: FieldKind;
  /** Fields of an object. */
  readonly fields?: readonly SchemaField[];
  /** The element of a list. */
  readonly element?: SchemaValue;
}

/** One named field of an object schema. */
export interface SchemaField extends SchemaValue {
  readonly name: string;
  /** False when the field may be left out (optional, or with a default). */
  readonly required: boolean;
  readonly defaultValue?: unknown;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  entries?: Record<string, string>;
  defaultValue?: unknown;
  checks?: { _zod: { def: SchemaCheck } }[];
  format?: string;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The portal's meaning of a schema, declared with `.meta({ portal: 'country' })`. */
function kindOf(schema: z.ZodType): FieldKind | undefined {
  const meta = z.globalRegistry.get(schema) as { portal?: FieldKind } | undefined;
  return meta?.portal;
}

/** A value with its wrappers (pipes, preprocessing) removed; optional/default are fields' business. */
function describeValue(schema: z.ZodType): SchemaValue {
  let current = schema;
  let kind = kindOf(current);
  for (let def = defOf(current); ; def = defOf(current)) {
    // A preprocess is a pipe from a transform into the real schema; a refine keeps its type.
    const next =
      def.type === 'pipe' ? (defOf(def.out!).type === 'transform' ? def.in : def.out) : undefined;
    if (!next) break;
    current = next;
    kind ??= kindOf(current);
  }
  const def = defOf(current);
  return {
    type: def.type,
    ...(def.format ? { format: def.format } : {}),
    ...(def.entries ? { values: Object.values(def.entries) } : {}),
    checks: (def.checks ?? []).map((check) => check._zod.def),
    ...(kind ? { kind } : {}),
    ...(def.type === 'object' ? { fields: describeFields(current) } : {}),
    ...(def.type === 'array' && def.element ? { element: describeValue(def.element) } : {}),
  };
}

/**
 * The fields of an object schema, in declaration order, each with its nested fields.
 * @example describeFields(z.object({ a: z.string().optional() }))[0] // { name: 'a', type: 'string', required: false, … }
 */
export function describeFields(schema: z.ZodType): SchemaField[] {
  const fields: SchemaField[] = [];
  for (const [name, field] of Object.entries(defOf(schema).shape ?? {})) {
    let current = field;
    let required = true;
    let defaultValue: unknown;
    let kind = kindOf(current);
    // Unwrap optional and default (both make a field one the editor may leave out).
    for (let def = defOf(current); ; def = defOf(current)) {
      if (def.type === 'optional' && def.innerType) required = false;
      else if (def.type === 'default' && def.innerType) {
        required = false;
        defaultValue = def.defaultValue;
      } else break;
      current = def.innerType;
      kind ??= kindOf(current);
    }
    const value = describeValue(current);
    fields.push({
      name,
      required,
      ...(defaultValue !== undefined ? { defaultValue } : {}),
      ...value,
      ...(kind && !value.kind ? { kind } : {}),
    });
  }
  return fields;
}
