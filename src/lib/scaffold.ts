/**
 * Scaffolding for editors: a new entry with valid front matter (`npm run new`) and the start of
 * a translation that records which version of its original it translates (`npm run translate`).
 * Pure: the CLIs in scripts/ do the file work.
 */
import { TOPICS } from './taxonomies.ts';
import { contentVersion, type Translatable } from './translation-status.ts';

/** Entry types an editor can ask for, by the names used on the command line. */
export const ENTRY_TYPES: Readonly<Record<string, Translatable>> = {
  news: 'news',
  project: 'projects',
  projects: 'projects',
  event: 'events',
  events: 'events',
  page: 'pages',
  pages: 'pages',
  recognition: 'recognition',
};

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

/**
 * A new entry: its path below content/ and its text. Values the editor did not give are example
 * values, and the entry is marked `sample: true` (where the collection has it) until a person
 * replaces them, so nothing unchecked is published as fact.
 * @example newEntry({ type: 'news', locale: 'de', title: 'Neu', today: '2026-11-29', … }).path // 'news/de/neu.md'
 */
export function newEntry(options: NewEntryOptions & { readonly tag: string }): {
  path: string;
  text: string;
} {
  const collection = ENTRY_TYPES[options.type];
  if (!collection)
    throw new ScaffoldError(
      `unknown type "${options.type}": use one of ${Object.keys(ENTRY_TYPES).join(', ')}`,
    );
  if (!options.locales.includes(options.locale))
    throw new ScaffoldError(
      `--locale "${options.locale}" is not a locale of the portal (known: ${options.locales.join(', ')})`,
    );
  const title = options.title.trim();
  if (!title) throw new ScaffoldError('--title is required, e.g. --title "Our first project"');
  const slug = options.slug ?? slugify(title);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
    throw new ScaffoldError(
      options.slug
        ? `--slug "${options.slug}" must be lower-case Latin letters, digits and hyphens`
        : `cannot make a file name from the title: add --slug in Latin letters, e.g. --slug first-project`,
    );
  const description = options.description?.trim() || title;
  const review = '# Example value: replace it, then delete "sample: true".';
  const countries = options.countries?.length
    ? options.countries
    : [likelyCountry(options.tag, options.countryCodes) ?? options.countryCodes[0]];
  for (const code of countries) {
    if (!code || !options.countryCodes.includes(code))
      throw new ScaffoldError(
        `--country "${code ?? ''}" is not a participating country (e.g. --country DE; the list is content/countries.json)`,
      );
  }
  const topic = options.topic ?? 'community';
  if (!(TOPICS as readonly string[]).includes(topic))
    throw new ScaffoldError(`--topic "${topic}" is not a topic: use one of ${TOPICS.join(', ')}`);
  const cover = options.cover;
  const coverLines = cover
    ? [`cover:`, `  src: ${cover.src}`, `  alt: ${quote(cover.alt)}`]
    : undefined;
  const needCover = () => {
    if (!coverLines)
      throw new ScaffoldError(
        `a ${options.type} needs a cover image: add --cover <file in content/images/> --alt "what the image shows"`,
      );
    return coverLines;
  };

  let lines: string[];
  switch (collection) {
    case 'pages':
      lines = [
        `title: ${quote(title)}`,
        `description: ${quote(description)}`,
        `order: 100`,
        `updated: ${options.today}`,
      ];
      break;
    case 'recognition':
      if (!options.awardedBy?.trim())
        throw new ScaffoldError(
          '--awarded-by is required for recognition, e.g. --awarded-by "The National Support Service"',
        );
      lines = [
        `title: ${quote(title)}`,
        `description: ${quote(description)}`,
        `awardedBy: ${quote(options.awardedBy.trim())}`,
        `order: 100`,
        `updated: ${options.today}`,
      ];
      break;
    case 'news':
      lines = [
        `title: ${quote(title)}`,
        `description: ${quote(description)}`,
        `date: ${options.today}`,
        `countries: [${countries.join(', ')}]`,
        `topic: ${topic} # one of: ${TOPICS.join(', ')}`,
        ...needCover(),
        review,
        `sample: true`,
      ];
      break;
    case 'projects': {
      const [first = '', second = first] = [...countries, ...options.countryCodes];
      lines = [
        `title: ${quote(title)}`,
        `description: ${quote(description)}`,
        review,
        `partners:`,
        `  - school: "Example School"`,
        `    town: "Example Town"`,
        `    country: ${first}`,
        `  - school: "Sample School"`,
        `    town: "Sample Town"`,
        `    country: ${second}`,
        `ageRange: { from: 12, to: 15 }`,
        `subjects: [citizenship]`,
        `languages: [${options.locale === 'no' ? 'nb' : options.locale}]`,
        `start: ${options.today}`,
        `end: ${options.today}`,
        ...needCover(),
        `sample: true`,
      ];
      break;
    }
    case 'events':
      lines = [
        `title: ${quote(title)}`,
        `description: ${quote(description)}`,
        review,
        `type: online-seminar # or learning-event, conference`,
        `start: ${options.today}T15:00:00+01:00`,
        `end: ${options.today}T16:00:00+01:00`,
        `language: ${options.locale === 'no' ? 'nb' : options.locale}`,
        `audience: ${quote(title)}`,
        `format: online # or on-site, with a location`,
        `registration: https://example.org/register`,
        `sample: true`,
      ];
      break;
  }
  return {
    path: `${collection}/${options.locale}/${slug}.md`,
    text: `---\n${lines.join('\n')}\n---\n\n${description}\n`,
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
