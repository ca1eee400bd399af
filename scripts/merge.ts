/**
 * `npm run merge -- --out dist shard-1 shard-2 …`: assembles the shards of a split build into one
 * site. Files that several shards wrote (shared pages, assets, host files) must be identical;
 * the search indexes are rebuilt over the merged pages. Publishes atomically, like the build.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSearchIndexes } from '../src/integrations/search-index.ts';
import { SOURCE_LOCALE } from '../src/i18n/locales.ts';
import { CONFIG } from '../src/site.ts';

const { values, positionals } = parseArgs({
  options: { out: { type: 'string' } },
  allowPositionals: true,
});
if (!values.out || positionals.length === 0) {
  console.error('usage: npm run merge -- --out <folder> <shard folder> [<shard folder> …]');
  process.exit(2);
}
const config = CONFIG;
const out = resolve(values.out);
const next = `${out}.next`;
const REBUILT = /^pagefind(-originals)?\//;

rmSync(next, { recursive: true, force: true });
mkdirSync(next, { recursive: true });
const origin = new Map<string, string>();
const problems: string[] = [];
for (const shard of positionals.map((p) => resolve(p))) {
  for (const file of readdirSync(shard, { recursive: true, encoding: 'utf8' })) {
    const from = join(shard, file);
    if (REBUILT.test(file) || statSync(from).isDirectory()) continue;
    const to = join(next, file);
    const first = origin.get(file);
    if (first) {
      if (!readFileSync(from).equals(readFileSync(to)))
        problems.push(`${file}: differs between ${first} and ${shard}`);
      continue;
    }
    origin.set(file, shard);
    mkdirSync(dirname(to), { recursive: true });
    cpSync(from, to);
  }
}
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  rmSync(next, { recursive: true, force: true });
  console.error(
    `\nmerge: ${problems.length} conflict(s); were the shards built from the same commit and settings?`,
  );
  process.exit(1);
}

await writeSearchIndexes(
  next,
  config.locales.includes(SOURCE_LOCALE) ? SOURCE_LOCALE : undefined,
  console.log,
);
rmSync(`${out}.previous`, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, `${out}.previous`);
renameSync(next, out);
rmSync(`${out}.previous`, { recursive: true, force: true });
console.log(`merge: ${origin.size} files from ${positionals.length} shards → ${out}`);
