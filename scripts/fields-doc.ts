/** `npm run docs:fields`: writes docs/fields.md from the schemas (scripts/lib/fields-doc.ts). */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fieldsWithoutNotes, formattedFieldsDoc } from './lib/fields-doc.ts';

const missing = fieldsWithoutNotes();
if (missing.length > 0) {
  console.error(`docs:fields: no note in scripts/lib/field-notes.ts for: ${missing.join(', ')}`);
  process.exit(1);
}
const file = resolve(import.meta.dirname, '..', 'docs', 'fields.md');
writeFileSync(file, await formattedFieldsDoc(file));
console.log(`docs:fields: wrote ${file}`);
