/**
 * The translation status of this build's content, read from the content folder (the files, not
 * the collections: a version is the hash of the file an editor wrote).
 */
import { readContentFolder } from './content-folder.ts';
import { readEntries, translationStatus, type LocaleStatus } from '../lib/translation-status.ts';
import { LOCALE_CODES, SOURCE_LOCALE } from '../site.ts';

let status: ReadonlyMap<string, LocaleStatus> | undefined;

/** The status of a locale: entries it lacks and translations made from an older original. */
export function localeStatus(locale: string): LocaleStatus | undefined {
  if (!status) {
    const content = readContentFolder();
    const entries = readEntries(content.list, content.read, LOCALE_CODES);
    status = new Map(
      translationStatus(entries, LOCALE_CODES, SOURCE_LOCALE).map((s) => [s.locale, s]),
    );
  }
  return status.get(locale);
}
