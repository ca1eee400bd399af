/**
 * `npm run stats`: validates every statistics export in content/stats/exports/ (or
 * PORTAL_CONTENT_DIR) and writes the normalised data the statistics pages render, as
 * `<PORTAL_GENERATED_DIR>/stats/stats.json` and `stats.csv`. On any problem it prints one line per
 * problem and leaves what it generated before exactly as it was.
 */
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readCountryCodes } from '../src/lib/countries.ts';
import { CONFIG } from '../src/site.ts';
import { datasetCsv, mergeExports, parseExport, type LoadedExport } from '../src/lib/stats.ts';

const contentDir = resolve(CONFIG.paths.content);
const outDir = resolve(CONFIG.paths.generated, 'stats');
const exportsDir = join(contentDir, 'stats', 'exports');
const shown = (path: string) => relative(process.cwd(), path) || path;

const countriesFile = join(contentDir, 'countries.json');
const countries = new Set(
  readCountryCodes(readFileSync(countriesFile, 'utf8'), shown(countriesFile)),
);
const files = existsSync(exportsDir)
  ? readdirSync(exportsDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
  : [];

const problems: string[] = [];
const loaded: LoadedExport[] = [];
for (const name of files) {
  const file = join(exportsDir, name);
  const result = parseExport(readFileSync(file, 'utf8'), shown(file), countries);
  problems.push(...result.problems);
  if (result.data) loaded.push({ file: shown(file), data: result.data });
}
const { dataset, problems: conflicts } = mergeExports(loaded);
problems.push(...conflicts);

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  console.error(
    `\n${problems.length} problem(s) in statistics exports: nothing was generated; the previous output is unchanged.`,
  );
  process.exitCode = 1;
} else {
  // Write next to the target, then rename: readers never see a half-written file.
  mkdirSync(outDir, { recursive: true });
  const write = (name: string, text: string) => {
    const target = join(outDir, name);
    writeFileSync(`${target}.tmp`, text);
    renameSync(`${target}.tmp`, target);
  };
  write('stats.json', `${JSON.stringify(dataset, null, 2)}\n`);
  write('stats.csv', datasetCsv(dataset));
  console.log(
    `stats: ${files.length} export(s), ${dataset.periods.length} period(s) → ${shown(outDir)}/stats.json, stats.csv`,
  );
}
