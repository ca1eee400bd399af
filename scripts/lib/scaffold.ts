/**
 * Scaffolding for editors: a new entry with valid front matter (`npm run new`) and the start of
 * a translation that records which version of its original it translates (`npm run translate`).
 * Pure: the CLIs in scripts/ do the file work.
 */
import {
  SCAFFOLD_TYPES,
  contentOf,
  type CollectionId,
  type ScaffoldInput,
} from '../../src/lib/sections.ts';
import { TOPICS } from '../../src/lib/taxonomies.ts';
import { contentVersion } from '../../src/lib/translation-status.ts';

/** The types `npm run new` accepts, each with its section (from src/lib/sections.ts). */
export const ENTRY_TYPES: ReadonlyMap<string, CollectionId> = SCAFFOLD_TYPES;

/** A problem the editor can fix by changing the command. */
export class ScaffoldError extends Error {}

/**
 * A file name from a title: lower-case Latin letters, digits and hyphens, at most 60 characters.
 * Letters with accents lose them; other scripts give an empty result (ask for `--slug`).
 * @example slugify('Écoles en réseau: 2026!') // 'ecoles-en-reseau-2026'
 */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[æ]/gi, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .replace(/[ıİ]/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

const quote = (value: string) => JSON.stringify(value);

/** An illustration already described in some locale: reused so that its alt text is in that language. */
export interface KnownImage {
  readonly src: string;
  readonly alt: string;
}

export interface NewEntryOptions {
  readonly type: string;
  readonly locale: string;
  readonly title: string;
  readonly slug?: string | undefined;
  readonly description?: string | undefined;
  readonly countries?: readonly string[] | undefined;
  readonly topic?: string | undefined;
  readonly cover?: KnownImage | undefined;
  readonly awardedBy?: string | undefined;
  /** Today, as YYYY-MM-DD. */
  readonly today: string;
  /** Participating countries (content/countries.json). */
  readonly countryCodes: readonly string[];
  /** Locales of the portal. */
  readonly locales: readonly string[];
}

/** The country a locale's language most likely means, when it is a participating country. */
export function likelyCountry(tag: string, countryCodes: readonly string[]): string | undefined {
  const region = new Intl.Locale(tag).maximize().region;
  return region && countryCodes.includes(region) ? region : undefined;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The section of `--type`, the locale and the file name, or the editor-facing problem. */
function entryTarget(options: NewEntryOptions): { collection: CollectionId; slug: string } {
  const collection = ENTRY_TYPES.get(options.type);
  if (!collection)
    throw new ScaffoldError(
      `unknown type "${options.type}": use one of ${[...ENTRY_TYPES.keys()].join(', ')}`,
    );
  if (!options.locales.includes(options.locale))
    throw new ScaffoldError(
      `--locale "${options.locale}" is not a locale of the portal (known: ${options.locales.join(', ')})`,
    );
  const slug = options.slug ?? slugify(options.title.trim());
  if (!SLUG.test(slug))
    throw new ScaffoldError(
      options.slug
        ? `--slug "${options.slug}" must be lower-case Latin letters, digits and hyphens`
        : `cannot make a file name from the title: add --slug in Latin letters, e.g. --slug first-project`,
    );
  return { collection, slug };
}

/** The countries an entry is about: given, else the locale's likely country, all checked. */
function entryCountries(options: NewEntryOptions & { readonly tag: string }): string[] {
  const countries = options.countries?.length
    ? [...options.countries]
    : [likelyCountry(options.tag, options.countryCodes) ?? options.countryCodes[0] ?? ''];
  for (const code of countries) {
    if (!options.countryCodes.includes(code))
      throw new ScaffoldError(
        `--country "${code}" is not a participating country (e.g. --country DE; the list is content/countries.json)`,
      );
  }
  return countries;
}

/** What the section's template gets: the given values, checked, and the example values. */
function scaffoldInput(options: NewEntryOptions & { readonly tag: string }): ScaffoldInput {
  const title = options.title.trim();
  const topic = options.topic ?? 'community';
  if (!(TOPICS as readonly string[]).includes(topic))
    throw new ScaffoldError(`--topic "${topic}" is not a topic: use one of ${TOPICS.join(', ')}`);
  const { cover } = options;
  return {
    title,
    description: options.description?.trim() || title,
    today: options.today,
    language: options.locale === 'no' ? 'nb' : options.locale,
    countries: entryCountries(options),
    allCountries: options.countryCodes,
    topic,
    review: '# Example value: replace it, then delete "sample: true".',
    cover: () => {
      if (!cover)
        throw new ScaffoldError(
          `a ${options.type} needs a cover image: add --cover <file in content/images/> --alt "what the image shows"`,
        );
      return [`cover:`, `  src: ${cover.src}`, `  alt: ${quote(cover.alt)}`];
    },
    required: (option, example) => {
      const value = option === 'awarded-by' ? options.awardedBy?.trim() : undefined;
      if (!value)
        throw new ScaffoldError(
          `--${option} is required for ${options.type}, e.g. --${option} "${example}"`,
        );
      return value;
    },
  };
}

/**
 * A new entry: its path below content/ and its text, from its section's template in the
 * registry. Values the editor did not give are example values, and the entry is marked
 * `sample: true` (where the collection has it) until a person replaces them, so nothing
 * unchecked is published as fact.
 * @example newEntry({ type: 'news', locale: 'de', title: 'Neu', today: '2026-11-29', … }).path // 'news/de/neu.md'
 */
export function newEntry(options: NewEntryOptions & { readonly tag: string }): {
  path: string;
  text: string;
} {
  if (!options.title.trim())
    throw new ScaffoldError('--title is required, e.g. --title "Our first project"');
  const { collection, slug } = entryTarget(options);
  const input = scaffoldInput(options);
  const lines = [
    `title: ${quote(input.title)}`,
    `description: ${quote(input.description)}`,
    ...contentOf(collection).scaffold.lines(input),
  ];
  return {
    path: `${collection}/${options.locale}/${slug}.md`,
    text: `---\n${lines.join('\n')}\n---\n\n${input.description}\n`,
  };
}

/**
 * A translation's text: the original with `translatedFrom` (the original's locale and version)
 * in its front matter, replacing any earlier record. The body and other fields stay as they
 * are, for the translator to translate.
 * @example startTranslation(original, 'en').split('\n').slice(-4, -2) // ['  locale: en', '  version: 3fa1…']
 */
export function startTranslation(original: string, fromLocale: string): string {
  return withTranslatedFrom(original, fromLocale, contentVersion(original));
}

/** `text` with its `translatedFrom` block set to (locale, version). */
export function withTranslatedFrom(text: string, locale: string, version: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
  if (!match) throw new ScaffoldError('the file has no front matter (a "---" block at the top)');
  const kept = (match[1] ?? '').split(/\r?\n/).reduce<{ lines: string[]; skipping: boolean }>(
    (state, line) => {
      if (/^translatedFrom\s*:/.test(line)) return { lines: state.lines, skipping: true };
      if (state.skipping && /^\s+\S/.test(line)) return state;
      return { lines: [...state.lines, line], skipping: false };
    },
    { lines: [], skipping: false },
  ).lines;
  // Quoted: a version of digits only, or like "12e34…", would otherwise be read as a number.
  const block = ['translatedFrom:', `  locale: ${locale}`, `  version: "${version}"`];
  return `---\n${[...kept, ...block].join('\n')}\n---${match[2] ?? '\n'}${text.slice(match[0].length)}`;
}
