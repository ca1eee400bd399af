/** The "About eTwinning" menu of a locale, built from the pages collection. */
import { resolveAll, type TranslationIndex, type Versioned } from './translations.ts';

/** One menu item: a page as the locale shows it. */
export interface MenuItem {
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  /** Locale of the text (differs from the menu's locale for untranslated pages). */
  readonly textLocale: string;
  readonly translated: boolean;
}

type PageLike = Versioned & {
  readonly data: {
    readonly title: string;
    readonly description: string;
    readonly order: number;
    /** Collections without menus (recognition) count as `about`. */
    readonly menu?: 'about' | 'footer';
  };
};

/**
 * The pages of one menu (`about`, or the `footer` pages such as the accessibility statement) in
 * menu order (their `order`, then slug) as `locale` shows them.
 * @example aboutMenu(index, 'de').map((item) => item.slug)
 */
export function aboutMenu<T extends PageLike>(
  index: TranslationIndex<T>,
  locale: string,
  menu: 'about' | 'footer' = 'about',
): MenuItem[] {
  return resolveAll(index, locale)
    .filter(({ entry }) => (entry.data.menu ?? 'about') === menu)
    .sort(
      (a, b) => a.entry.data.order - b.entry.data.order || a.entry.slug.localeCompare(b.entry.slug),
    )
    .map(({ entry, status }) => ({
      slug: entry.slug,
      title: entry.data.title,
      description: entry.data.description,
      textLocale: entry.locale,
      translated: status === 'translated',
    }));
}
