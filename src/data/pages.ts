/** The one module that reads the `pages` collection; everything else gets plain data from here. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { aboutMenu } from '../lib/menu.ts';
import { indexTranslations, parseEntryId, type TranslationIndex } from '../lib/translations.ts';
import { ALL_LOCALES, LOCALE_CODES, SOURCE_LOCALE } from '../site.ts';

export type PageEntry = CollectionEntry<'pages'> & { locale: string; slug: string };

let index: Promise<TranslationIndex<PageEntry>> | undefined;

/** All about pages, indexed by slug and locale; loaded once per build. */
export function loadPages(): Promise<TranslationIndex<PageEntry>> {
  index ??= getCollection('pages').then((entries) =>
    indexTranslations(
      entries.map((entry) => ({
        ...entry,
        ...parseEntryId(
          entry.id,
          entry.filePath ?? entry.id,
          ALL_LOCALES.map((l) => l.code),
        ),
      })),
      LOCALE_CODES,
      SOURCE_LOCALE,
    ),
  );
  return index;
}

/** Slug of the first about page (smallest `order`), the target of the "About eTwinning" link. */
export async function firstAboutSlug(): Promise<string | undefined> {
  const pages = await loadPages();
  return aboutMenu(pages, pages.sourceLocale)[0]?.slug ?? pages.slugs[0];
}
