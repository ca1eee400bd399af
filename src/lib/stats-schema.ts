/** The export format as a JSON Schema, generated from the zod schema so the two never drift. */
import { z } from 'zod';
import { statsExportSchema } from './stats.ts';

/** The JSON Schema text of schemas/stats-export.schema.json. */
export function statsExportJsonSchema(): string {
  const schema = z.toJSONSchema(statsExportSchema, { io: 'input' });
  return `${JSON.stringify({ ...schema, $id: 'https://etwinning.example.org/schemas/stats-export.schema.json', title: 'eTwinning statistics export' }, null, 2)}\n`;
}
