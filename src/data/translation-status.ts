/**
 * The translation status of this build's content, read from the content folder (the files, not
 * the collections: a version is the hash of the file an editor wrote) and, for translations
 * that record no version, from its Git history.
 */
import { readContentFolder } from './content-folder.ts';
import { historyVersions } from './content-history.ts';
import {
  readEntries,
  translationStatus,
  versionRequests,
  type LocaleStatus,
} from '../lib/translation-status.ts';
import { LOCALE_CODES, SOURCE_LOCALE } from '../site.ts';

/**
 * The status of every locale of `locales` for the content folder `dir`.
 * @example readTranslationStatus(['en', 'de'])[1].sections[0].outdated
 */
export function readTranslationStatus(
  locales: readonly string[],
  dir?: string,
  sourceLocale = SOURCE_LOCALE,
): LocaleStatus[] {
  const content = readContentFolder(dir);
  const entries = readEntries(content.list, content.read, locales);
  const derived = historyVersions(content.dir, versionRequests(entries, sourceLocale));
  return translationStatus(entries, locales, sourceLocale, derived);
}

let status: ReadonlyMap<string, LocaleStatus> | undefined;

/** The status of a locale: entries it lacks and translations made from an older original. */
export function localeStatus(locale: string): LocaleStatus | undefined {
  status ??= new Map(readTranslationStatus(LOCALE_CODES).map((s) => [s.locale, s]));
  return status.get(locale);
}
