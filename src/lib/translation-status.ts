/**
 * Translation status of the content and the UI strings: which entries a locale lacks, which of
 * its translations were made from an older version of their original, and how many interface
 * texts it has. Pure over a list of files, shared by `npm run translation-status`, the
 * `/<locale>/translation-status/` page, `npm run translate` and the content check.
 */
import { createHash } from 'node:crypto';
import { parse } from 'yaml';
import { COLLECTION_IDS, isCollection, type CollectionId } from './sections.ts';
import { expectedKeys } from './ui-strings.ts';

/** Collections whose entries are translated file by file: every section's collection. */
export const TRANSLATABLE: readonly CollectionId[] = COLLECTION_IDS;
export type Translatable = CollectionId;

/**
 * Front-matter field a translation records its original in. `npm run translate` writes the
 * version; a translation made in the browser editor or on GitHub has none (or no record at all),
 * and its version is derived from the Git history (`src/data/content-history.ts`).
 */
export interface TranslatedFrom {
  readonly locale: string;
  readonly version?: string;
  /** When an independent review compared the translation with that version (YYYY-MM-DD). */
  readonly reviewed?: string;
}

/**
 * The version of an entry file: the first 12 hex digits of the SHA-256 of its text, with line
 * endings and trailing spaces normalised so that an editor's settings do not count as a change.
 * @example contentVersion('---\ntitle: A\n---\nText\n') // 'c1f0…' (12 characters)
 */
export function contentVersion(source: string): string {
  const normalised = source
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
  return createHash('sha256').update(normalised).digest('hex').slice(0, 12);
}

/** One entry file as the status needs it. */
export interface EntryFile {
  readonly collection: Translatable;
  readonly locale: string;
  readonly slug: string;
  /** Path from the project root, e.g. `content/news/de/x.md`. */
  readonly file: string;
  /** Path from the content folder, e.g. `news/de/x.md`. */
  readonly path: string;
  readonly title: string;
  readonly version: string;
  readonly translatedFrom?: TranslatedFrom;
}

/** The front matter of a Markdown file as plain data, or `{}` when it has none or is broken. */
export function readFrontMatter(source: string): Record<string, unknown> {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  if (!match) return {};
  try {
    const data: unknown = parse(match[1] ?? '');
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * The original a translation records in its front matter (`translatedFrom`), if any.
 * @example recordedOriginal(text) // { locale: 'en', version: '3b4a0a9b17c2' }
 * @example recordedOriginal('---\ntranslatedFrom: {locale: en}\n---\n') // { locale: 'en' }
 */
export function recordedOriginal(source: string): TranslatedFrom | undefined {
  const value = readFrontMatter(source)['translatedFrom'];
  if (!value || typeof value !== 'object') return undefined;
  const { locale, version, reviewed } = value as Record<string, unknown>;
  if (typeof locale !== 'string') return undefined;
  if (version !== undefined && typeof version !== 'string') return undefined;
  const day = reviewed instanceof Date ? reviewed.toISOString().slice(0, 10) : reviewed;
  return {
    locale,
    ...(version === undefined ? {} : { version }),
    ...(typeof day === 'string' ? { reviewed: day } : {}),
  };
}

/**
 * Every translatable entry among `list` (paths relative to the content folder, as
 * `news/de/x.md`), read with `read`. Files outside the locale-folder layout are skipped: the
 * content check reports those.
 */
export function readEntries(
  list: readonly string[],
  read: (path: string) => string,
  locales: readonly string[],
  contentPrefix = 'content',
): EntryFile[] {
  const entries: EntryFile[] = [];
  for (const path of [...list].sort()) {
    const match = /^([a-z]+)\/([a-z]{2,3})\/([a-z0-9-]+)\.mdx?$/.exec(path);
    if (!match) continue;
    const [, collection = '', locale = '', slug = ''] = match;
    if (!isCollection(collection) || !locales.includes(locale)) continue;
    const source = read(path);
    const data = readFrontMatter(source);
    const translatedFrom = recordedOriginal(source);
    entries.push({
      collection,
      locale,
      slug,
      file: `${contentPrefix}/${path}`,
      path,
      title: typeof data['title'] === 'string' ? data['title'] : slug,
      version: contentVersion(source),
      ...(translatedFrom ? { translatedFrom } : {}),
    });
  }
  return entries;
}

/** An entry a locale has no version of. */
export interface MissingEntry {
  readonly slug: string;
  /** The version a visitor sees instead (the source locale's, or the first in locale order). */
  readonly original: EntryFile;
}

/** Where the version a translation was made from comes from. */
export type VersionSource =
  /** `translatedFrom.version`, written by `npm run translate`. */
  | { readonly from: 'recorded' }
  /** The original as it was in the commit that last changed the translation. */
  | { readonly from: 'history'; readonly commit: string };

/** A translation whose original changed after it was made. */
export interface OutdatedEntry {
  readonly entry: EntryFile;
  readonly original: EntryFile;
  /** The original's version the translation was made from. */
  readonly version: string;
  readonly source: VersionSource;
}

/** A translation whose original version is unknown, and why (one line, for the CLI). */
export interface UntrackedEntry {
  readonly entry: EntryFile;
  readonly reason: string;
}

export interface SectionStatus {
  readonly collection: Translatable;
  /** Distinct entries in the collection (in any locale). */
  readonly total: number;
  /** Entries this locale has a version of (originals included). */
  readonly translated: number;
  readonly missing: readonly MissingEntry[];
  readonly outdated: readonly OutdatedEntry[];
  /** Translations whose original version is neither recorded nor found in the history. */
  readonly untracked: readonly UntrackedEntry[];
}

export interface LocaleStatus {
  readonly locale: string;
  readonly sections: readonly SectionStatus[];
}

/**
 * A translation whose original version must come from the history: its `translatedFrom` has no
 * version, or (`implicit`) it has no `translatedFrom` and the source locale has the same slug.
 */
export interface VersionRequest {
  readonly entry: EntryFile;
  readonly original: EntryFile;
  /** No `translatedFrom` at all: taken as a translation only if the original is not newer. */
  readonly implicit: boolean;
}

/** The answer of the history to a request: the version, or why there is none. */
export type DerivedVersion =
  { readonly version: string; readonly commit: string } | { readonly reason: string };

/** Every entry of `entries`, by collection, then slug, then locale. */
function bySlug(
  entries: readonly EntryFile[],
): Map<Translatable, Map<string, Map<string, EntryFile>>> {
  const bySection = new Map<Translatable, Map<string, Map<string, EntryFile>>>();
  for (const collection of TRANSLATABLE) bySection.set(collection, new Map());
  for (const entry of entries) {
    const slugs = bySection.get(entry.collection);
    if (!slugs) continue;
    const versions = slugs.get(entry.slug) ?? new Map<string, EntryFile>();
    versions.set(entry.locale, entry);
    slugs.set(entry.slug, versions);
  }
  return bySection;
}

/** The original of a slug: the source locale's version, else the first in locale order. */
function originalOf(
  versions: ReadonlyMap<string, EntryFile>,
  locales: readonly string[],
  sourceLocale: string,
): EntryFile | undefined {
  return versions.get(sourceLocale) ?? locales.map((l) => versions.get(l)).find(Boolean);
}

/** The original a translation without a recorded version is taken to be made from, if any. */
function requestFor(
  own: EntryFile,
  versions: ReadonlyMap<string, EntryFile>,
  sourceLocale: string,
): VersionRequest | undefined {
  if (own.translatedFrom) {
    if (own.translatedFrom.version !== undefined) return undefined;
    const original = versions.get(own.translatedFrom.locale);
    return original && original !== own ? { entry: own, original, implicit: false } : undefined;
  }
  const original = versions.get(sourceLocale);
  return original && original !== own ? { entry: own, original, implicit: true } : undefined;
}

/**
 * The translations whose version the history has to supply (ask it once for all of them).
 * @example versionRequests(entries, 'en').map((r) => r.entry.file) // ['content/news/de/x.md']
 */
export function versionRequests(
  entries: readonly EntryFile[],
  sourceLocale: string,
): VersionRequest[] {
  return [...bySlug(entries).values()].flatMap((slugs) =>
    [...slugs.values()].flatMap((versions) =>
      [...versions.values()].flatMap((own) => requestFor(own, versions, sourceLocale) ?? []),
    ),
  );
}

const NO_HISTORY = 'no recorded version, and the Git history was not read';

/**
 * The status of every locale, section by section. `derived` answers the `versionRequests`
 * (by the translation's `file`); a request it does not answer leaves the entry untracked.
 * @example translationStatus(entries, ['en', 'de'], 'en')[1].sections[0].missing
 */
export function translationStatus(
  entries: readonly EntryFile[],
  locales: readonly string[],
  sourceLocale: string,
  derived: ReadonlyMap<string, DerivedVersion> = new Map(),
): LocaleStatus[] {
  const bySection = bySlug(entries);

  return locales.map((locale) => ({
    locale,
    sections: TRANSLATABLE.map((collection): SectionStatus => {
      const slugs = bySection.get(collection) ?? new Map<string, Map<string, EntryFile>>();
      const missing: MissingEntry[] = [];
      const outdated: OutdatedEntry[] = [];
      const untracked: UntrackedEntry[] = [];
      let translated = 0;
      for (const [slug, versions] of [...slugs].sort(([a], [b]) => a.localeCompare(b))) {
        const own = versions.get(locale);
        const original = originalOf(versions, locales, sourceLocale);
        if (!own) {
          if (original) missing.push({ slug, original });
          continue;
        }
        translated++;
        const recorded = own.translatedFrom;
        if (recorded?.version !== undefined) {
          const source = versions.get(recorded.locale);
          if (source && source.version !== recorded.version)
            outdated.push({
              entry: own,
              original: source,
              version: recorded.version,
              source: { from: 'recorded' },
            });
          continue;
        }
        const request = requestFor(own, versions, sourceLocale);
        if (!request) {
          if (!recorded && original && original !== own)
            untracked.push({
              entry: own,
              reason: `no translatedFrom, and ${sourceLocale} has no ${slug}: its original is unknown`,
            });
          continue;
        }
        const answer = derived.get(own.file) ?? { reason: NO_HISTORY };
        if ('reason' in answer) untracked.push({ entry: own, reason: answer.reason });
        else if (answer.version !== request.original.version)
          outdated.push({
            entry: own,
            original: request.original,
            version: answer.version,
            source: { from: 'history', commit: answer.commit },
          });
      }
      return { collection, total: slugs.size, translated, missing, outdated, untracked };
    }),
  }));
}

/** How many of the interface texts a locale has, and which keys it lacks. */
export interface UiCoverage {
  readonly translated: number;
  readonly total: number;
  readonly missing: readonly string[];
}

/**
 * UI string coverage of a locale against the English source (plural keys counted per category
 * the locale needs).
 * @example uiCoverage(en, de, 'de') // { translated: 250, total: 250, missing: [] }
 */
export function uiCoverage(
  source: Readonly<Record<string, string>>,
  strings: Readonly<Record<string, unknown>>,
  tag: string,
): UiCoverage {
  const expected = expectedKeys(source, tag);
  const missing = expected.filter((key) => {
    const value = strings[key];
    return typeof value !== 'string' || value.trim() === '';
  });
  return { translated: expected.length - missing.length, total: expected.length, missing };
}
