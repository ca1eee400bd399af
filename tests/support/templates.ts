/**
 * One page of every template of the shipped site, locale-independent, and the page each locale
 * shows untranslated: the pages the browser tests visit in every locale.
 */
import { join } from 'node:path';
import { LOCALE_DEFINITIONS, SOURCE_LOCALE } from '../../src/i18n/locales.ts';
import { readContentFolder } from '../../src/data/content-folder.ts';
import { sectionSubpath } from '../../src/lib/sections.ts';
import { readEntries, translationStatus } from '../../src/lib/translation-status.ts';
import { ROOT } from './paths.ts';

export const CODES: readonly string[] = LOCALE_DEFINITIONS.map((l) => l.code);

export const TEMPLATES = [
  ['home', ''],
  ['about page', 'what-is-etwinning/'],
  ['accessibility statement', 'accessibility/'],
  ['news listing', 'news/'],
  ['news by topic', 'news/topic/inclusion/'],
  ['news article', 'news/turkey-in-numbers-2021/'],
  ['project gallery', 'projects/'],
  ['projects by age', 'projects/age/12-15/'],
  ['project', 'projects/water-around-us/'],
  ['countries', 'countries/'],
  ['country', 'countries/tr/'],
  ['recognition', 'recognition/'],
  ['recognition page', 'recognition/european-quality-label/'],
  ['prize results', 'recognition/prizes/2026/'],
  ['events', 'events/'],
  ['event', 'events/annual-conference-2026/'],
  ['statistics', 'stats/'],
  ['country statistics', 'stats/tr/'],
  ['search with results', 'search/?q=etwinning'],
  ['translation status', 'translation-status/'],
  ['404', '404/'],
] as const;

/** A page each locale shows untranslated (its original with a notice). */
export function fallbackPaths(): Map<string, string> {
  const content = readContentFolder(join(ROOT, 'content'));
  const entries = readEntries(content.list, content.read, CODES);
  return new Map(
    translationStatus(entries, CODES, SOURCE_LOCALE).flatMap((status) => {
      const section = status.sections.find((s) => s.missing.length > 0);
      const missing = section?.missing[0];
      return section && missing
        ? [[status.locale, sectionSubpath(section.collection, { slug: missing.slug })] as const]
        : [];
    }),
  );
}

/** Every page to visit in one locale: each template, and its untranslated page if it has one. */
export function pagesOf(code: string, fallbacks: ReadonlyMap<string, string>): string[] {
  const paths = TEMPLATES.map(([, path]) => `/${code}/${path}`);
  const fallback = fallbacks.get(code);
  if (fallback) paths.push(`/${code}/${fallback}`);
  return paths;
}
