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

/** Front-matter field a translation records its original in (written by `npm run translate`). */
export interface TranslatedFrom {
  readonly locale: string;
  readonly version: string;
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
 */
export function recordedOriginal(source: string): TranslatedFrom | undefined {
  const value = readFrontMatter(source)['translatedFrom'];
  if (!value || typeof value !== 'object') return undefined;
  const { locale, version, reviewed } = value as Record<string, unknown>;
  if (typeof locale !== 'string' || typeof version !== 'string') return undefined;
  const day = reviewed instanceof Date ? reviewed.toISOString().slice(0, 10) : reviewed;
  return typeof day === 'string' ? { locale, version, reviewed: day } : { locale, version };
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

/** A translation whose original changed after it was made. */
export interface OutdatedEntry {
  readonly entry: EntryFile;
  readonly original: EntryFile;
}

export interface SectionStatus {
  readonly collection: Translatable;
  /** Distinct entries in the collection (in any locale). */
  readonly total: number;
  /** Entries this locale has a version of (originals included). */
  readonly translated: number;
  readonly missing: readonly MissingEntry[];
  readonly outdated: readonly OutdatedEntry[];
  /** Translations that do not say which version of the original they were made from. */
  readonly untracked: readonly EntryFile[];
}

export interface LocaleStatus {
  readonly locale: string;
  readonly sections: readonly SectionStatus[];
}

/** The original of a slug: the source locale's version, else the first in locale order. */
function originalOf(
  versions: ReadonlyMap<string, EntryFile>,
  locales: readonly string[],
  sourceLocale: string,
): EntryFile | undefined {
  return versions.get(sourceLocale) ?? locales.map((l) => versions.get(l)).find(Boolean);
}

/**
 * The status of every locale, section by section.
 * @example translationStatus(entries, ['en', 'de'], 'en')[1].sections[0].missing
 */
export function translationStatus(
  entries: readonly EntryFile[],
  locales: readonly string[],
  sourceLocale: string,
): LocaleStatus[] {
  const bySection = new Map<Translatable, Map<string, Map<string, EntryFile>>>();
  for (const collection of TRANSLATABLE) bySection.set(collection, new Map());
  for (const entry of entries) {
    const slugs = bySection.get(entry.collection);
    if (!slugs) continue;
    const versions = slugs.get(entry.slug) ?? new Map<string, EntryFile>();
    versions.set(entry.locale, entry);
    slugs.set(entry.slug, versions);
  }

  return locales.map((locale) => ({
    locale,
    sections: TRANSLATABLE.map((collection): SectionStatus => {
      const slugs = bySection.get(collection) ?? new Map<string, Map<string, EntryFile>>();
      const missing: MissingEntry[] = [];
      const outdated: OutdatedEntry[] = [];
      const untracked: EntryFile[] = [];
      let translated = 0;
      for (const [slug, versions] of [...slugs].sort(([a], [b]) => a.localeCompare(b))) {
        const own = versions.get(locale);
        const original = originalOf(versions, locales, sourceLocale);
        if (!own) {
          if (original) missing.push({ slug, original });
          continue;
        }
        translated++;
        if (own.translatedFrom) {
          const source = versions.get(own.translatedFrom.locale);
          if (source && source.version !== own.translatedFrom.version)
            outdated.push({ entry: own, original: source });
        } else if (original && original !== own) untracked.push(own);
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
