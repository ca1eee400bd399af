/**
 * `npm run translate -- <path of the original> --to <xx>`: starts a translation as a copy of the
 * original with `translatedFrom` (the original's locale and version) in its front matter.
 * `--update` re-records the original's current version in an existing translation once it has
 * been brought up to date.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { contentDir } from '../src/data/content-folder.ts';
import { LOCALE_DEFINITIONS } from '../src/i18n/locales.ts';
import { ScaffoldError, startTranslation, withTranslatedFrom } from './lib/scaffold.ts';
import { TRANSLATABLE, contentVersion, recordedOriginal } from '../src/lib/translation-status.ts';
import { parseCli } from './lib/cli.ts';

const USAGE = `Usage: npm run translate -- content/<section>/<locale>/<name>.md --to <xx> [--update]
  --to <xx>    the language to translate into, e.g. de
  --update     the translation already exists and now matches the original: record its current version`;

const dir = contentDir();
const locales: readonly string[] = LOCALE_DEFINITIONS.map((l) => l.code);
const cli = parseCli('translate', USAGE, {
  to: { type: 'string' },
  update: { type: 'boolean', default: false },
});
const { values, positionals } = cli;
// Annotated so that TypeScript knows it does not return.
const fail: (message: string) => never = cli.fail;
const [given] = positionals;
if (!given) fail('name the original, e.g. content/news/en/my-story.md');
if (!values.to) fail('--to is required, e.g. --to de');
if (!locales.includes(values.to))
  fail(`--to "${values.to}" is not a locale of the portal (known: ${locales.join(', ')})`);

// Accept "content/news/en/x.md" (relative to the content folder, also with PORTAL_CONTENT_DIR),
// "news/en/x.md", or any other path to the file.
const slashed = given.split('\\').join('/');
const inContent = slashed.startsWith('content/')
  ? slashed.slice('content/'.length)
  : existsSync(resolve(given))
    ? relative(dir, resolve(given))
    : slashed;
const match = /^([a-z]+)\/([a-z]{2,3})\/([a-z0-9-]+\.mdx?)$/.exec(inContent.split('\\').join('/'));
if (!match || !(TRANSLATABLE as readonly string[]).includes(match[1] ?? ''))
  fail(
    `"${given}" is not an entry: expected content/<section>/<locale>/<name>.md with a section among ${TRANSLATABLE.join(', ')}`,
  );
const [, collection = '', from = '', name = ''] = match;
const source = join(dir, collection, from, name);
if (!existsSync(source)) fail(`content/${collection}/${from}/${name} does not exist`);
if (from === values.to) fail(`the original is already in "${from}": choose another --to`);
const original = readFileSync(source, 'utf8');
const upstream = recordedOriginal(original);
if (upstream)
  fail(
    `content/${collection}/${from}/${name} is itself a translation from "${upstream.locale}": translate content/${collection}/${upstream.locale}/${name} instead`,
  );

const targetRelative = `content/${collection}/${values.to}/${name}`;
const target = join(dir, collection, values.to, name);
const sibling = target.replace(/\.mdx?$/, name.endsWith('.mdx') ? '.md' : '.mdx');
try {
  if (values.update) {
    if (!existsSync(target)) fail(`${targetRelative} does not exist yet: run without --update`);
    writeFileSync(
      target,
      withTranslatedFrom(readFileSync(target, 'utf8'), from, contentVersion(original)),
    );
    console.log(
      `${targetRelative} now records version ${contentVersion(original)} of its original.`,
    );
  } else {
    if (existsSync(target) || existsSync(sibling))
      fail(
        `${targetRelative} already exists. After bringing it up to date with the original, run again with --update.`,
      );
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, startTranslation(original, from));
    console.log(
      `Wrote ${targetRelative}, a copy of the ${from} original (version ${contentVersion(original)}).\n` +
        'Translate the title, description, image alt texts and the text below the front matter; keep the other fields.',
    );
  }
} catch (error) {
  if (error instanceof ScaffoldError) fail(`${targetRelative}: ${error.message}`);
  throw error;
}
