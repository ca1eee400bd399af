/**
 * `npm run new -- <type> --locale <xx> --title "…" [options]`: writes a new entry with valid
 * front matter to content/<collection>/<xx>/<slug>.md. Values not given are example values and
 * the entry is marked `sample: true` until an editor replaces them.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LOCALE_DEFINITIONS } from '../src/i18n/locales.ts';
import { checkContent } from './lib/content-check.ts';
import { readContentFolder } from '../src/data/content-folder.ts';
import { readCountryCodes } from '../src/lib/countries.ts';
import { ENTRY_TYPES, ScaffoldError, newEntry, type KnownImage } from './lib/scaffold.ts';
import { readFrontMatter } from '../src/lib/translation-status.ts';
import { parseCli } from './lib/cli.ts';
import { COLLECTION_IDS } from '../src/lib/sections.ts';

const USAGE = `Usage: npm run new -- <type> --locale <xx> --title "…" [options]
  <type>               ${[...ENTRY_TYPES.keys()].join(', ')}
  --locale <xx>        language folder, e.g. de
  --title "…"          the title
  --slug <name>        file name (default: from the title; needed for non-Latin titles)
  --description "…"    one or two sentences for lists and search results
  --country <XX>       country code, may be repeated (news, projects)
  --topic <id>         news topic
  --cover <file> --alt "…"   cover image in content/images/ and what it shows
  --awarded-by "…"     who awards it (recognition)`;

const content = readContentFolder();
const dir = content.dir;
const locales: readonly string[] = LOCALE_DEFINITIONS.map((l) => l.code);

/** A cover already used in this locale, so that its alt text is in the right language. */
function knownCover(locale: string): KnownImage | undefined {
  for (const collection of COLLECTION_IDS) {
    const folder = join(dir, collection, locale);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      const cover = readFrontMatter(readFileSync(join(folder, name), 'utf8'))['cover'];
      if (cover && typeof cover === 'object') {
        const { src, alt } = cover as Record<string, unknown>;
        if (typeof src === 'string' && typeof alt === 'string') return { src, alt };
      }
    }
  }
  return undefined;
}

const cli = parseCli('new', USAGE, {
  locale: { type: 'string' },
  title: { type: 'string' },
  slug: { type: 'string' },
  description: { type: 'string' },
  country: { type: 'string', multiple: true },
  topic: { type: 'string' },
  cover: { type: 'string' },
  alt: { type: 'string' },
  'awarded-by': { type: 'string' },
});
const { values, positionals } = cli;
// Annotated so that TypeScript knows it does not return.
const fail: (message: string) => never = cli.fail;
const [type] = positionals;
if (!type) fail('say which type of entry, e.g. npm run new -- news --locale de --title "…"');
if (!values.locale) fail('--locale is required, e.g. --locale de');
if (!values.title) fail('--title is required, e.g. --title "Our first project"');
if (values.cover && !values.alt) fail('--cover needs --alt "what the image shows"');
if (values.cover && !existsSync(join(dir, 'images', values.cover)))
  fail(`--cover "${values.cover}" is not in content/images/: add the image there first`);

const locale = values.locale;
const definition = LOCALE_DEFINITIONS.find((l) => l.code === locale);
let entry;
try {
  entry = newEntry({
    type,
    locale,
    tag: definition?.tag ?? locale,
    title: values.title,
    slug: values.slug,
    description: values.description,
    countries: values.country?.map((c) => c.toUpperCase()),
    topic: values.topic,
    cover:
      values.cover && values.alt
        ? { src: `../../images/${values.cover}`, alt: values.alt }
        : knownCover(locale),
    awardedBy: values['awarded-by'],
    today: new Date().toISOString().slice(0, 10),
    countryCodes: readCountryCodes(
      readFileSync(join(dir, 'countries.json'), 'utf8'),
      'content/countries.json',
    ),
    locales,
  });
} catch (error) {
  if (error instanceof ScaffoldError) fail(error.message);
  throw error;
}

const target = join(dir, entry.path);
const other = target.replace(/\.md$/, '.mdx');
if (existsSync(target) || existsSync(other))
  fail(`content/${entry.path} already exists: choose another --slug, or edit that file`);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, entry.text);

// The new file must pass the same gate as the build.
const problems = checkContent(readContentFolder(dir), locales).filter((line) =>
  line.startsWith(`content/${entry.path}`),
);
for (const line of problems) console.error(line);
console.log(`Wrote content/${entry.path}`);
if (entry.text.includes('sample: true'))
  console.log(
    'Replace the example values (marked in the file), then delete "sample: true". Preview with npm start.',
  );
if (problems.length > 0) process.exitCode = 1;
