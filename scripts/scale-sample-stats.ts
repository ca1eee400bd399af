/**
 * `npm run stats:samples`: rescales the sample figures in content/stats/exports/ to each
 * country's size (see scripts/lib/sample-stats.ts); real figures stay exactly as they are.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scaleSamples } from './lib/sample-stats.ts';
import { statsExportSchema } from '../src/lib/stats.ts';

const dir = join(import.meta.dirname, '../content/stats/exports');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();
const raw = files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as object);
const parsed = raw.map((r) => statsExportSchema.parse(r));
const { exports, unknown } = scaleSamples(parsed);
if (unknown.length > 0) {
  console.error(
    `npm run stats:samples: no approximate population for ${unknown.join(', ')} (add it to scripts/lib/sample-stats.ts)`,
  );
  process.exitCode = 1;
} else {
  exports.forEach((data, i) => {
    const file = files[i] ?? '';
    // Keep each file's own fields and their order; only the counts of sample rows change.
    const original = raw[i] as { countries: Record<string, unknown>[] };
    const countries = original.countries.map((row, j) => ({ ...row, ...data.countries[j] }));
    writeFileSync(join(dir, file), `${JSON.stringify({ ...original, countries }, null, 2)}\n`);
  });
  console.log(`content/stats/exports/: sample figures scaled in ${files.length} files`);
}
