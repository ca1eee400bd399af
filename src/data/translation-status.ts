/**
 * The translation status of this build's content, read from the content folder (the files, not
 * the collections: a version is the hash of the file an editor wrote).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readEntries, translationStatus, type LocaleStatus } from '../lib/translation-status.ts';
import { LOCALE_CODES, SOURCE_LOCALE } from '../site.ts';

let status: ReadonlyMap<string, LocaleStatus> | undefined;

/** The status of a locale: entries it lacks and translations made from an older original. */
export function localeStatus(locale: string): LocaleStatus | undefined {
  if (!status) {
    const dir = resolve(process.env.PORTAL_CONTENT_DIR ?? 'content');
    const list = readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((p) =>
      p.split('\\').join('/'),
    );
    const entries = readEntries(
      list,
      (path) => readFileSync(join(dir, path), 'utf8'),
      LOCALE_CODES,
    );
    status = new Map(
      translationStatus(entries, LOCALE_CODES, SOURCE_LOCALE).map((s) => [s.locale, s]),
    );
  }
  return status.get(locale);
}
