/** `npm run stats:schema`: writes schemas/stats-export.schema.json from the zod schema. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { statsExportJsonSchema } from '../src/lib/stats-schema.ts';

writeFileSync(
  join(import.meta.dirname, '../schemas/stats-export.schema.json'),
  statsExportJsonSchema(),
);
console.log('schemas/stats-export.schema.json written');
