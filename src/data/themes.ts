/**
 * What each theme page gathers: the entries of every themed section (`THEMED_COLLECTIONS` in
 * src/lib/sections.ts) that name the theme, as the reader's locale lists them (its own
 * translation, or the original marked untranslated: the section's listing view). Loaded once.
 */
import { loadLocalized } from './collections.ts';
import { sectionViews, type SectionItem, type SectionView } from './views.ts';
import { THEMED_COLLECTIONS, type CollectionId } from '../lib/sections.ts';
import { checkThemeNames, taggedWith } from '../lib/themes.ts';

/** One themed section's entries on a theme page. */
export interface GatheredList {
  readonly id: CollectionId;
  readonly items: readonly SectionItem<CollectionId>[];
}

/** The lists of a theme page: `(locale, theme slug)` → one list per themed section. */
export type Gathering = (locale: string, theme: string) => GatheredList[];

let gathering: Promise<Gathering> | undefined;

async function load(): Promise<Gathering> {
  const themes = await loadLocalized('themes');
  const sections = await Promise.all(
    THEMED_COLLECTIONS.map(async (id) => {
      const index = await loadLocalized(id);
      // Defence in depth: the content gate names the line; the build refuses them too.
      checkThemeNames(
        [...index.versions.values()].flatMap((versions) =>
          [...versions.values()].map((entry) => ({
            file: entry.filePath ?? entry.id,
            data: entry.data,
          })),
        ),
        new Set(themes.slugs),
      );
      return {
        id,
        views: (await sectionViews(id)) as ReadonlyMap<string, SectionView<CollectionId>>,
      };
    }),
  );
  return (locale, theme) =>
    sections.map(({ id, views }) => ({
      id,
      items: taggedWith(views.get(locale)?.all ?? [], theme),
    }));
}

/** The gathering of every theme page, checked once per build. */
export function themeGathering(): Promise<Gathering> {
  gathering ??= load();
  return gathering;
}
