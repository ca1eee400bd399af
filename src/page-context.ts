/**
 * The locale context of one page: set once per page by src/middleware.ts from the route's
 * `locale` parameter, and read by pages and components as `Astro.locals.page` instead of each
 * working out the locale, its translator and its link builder again.
 */
import { translator, type Translate } from './i18n/i18n.ts';
import type { Locale } from './lib/locales.ts';
import {
  rootFilePath,
  sectionPath,
  type ROOT_FILES,
  type SectionId,
  type SectionTarget,
} from './lib/sections.ts';
import { localizedPath, withBase } from './lib/urls.ts';
import { CONFIG, LOCALES, getLocale } from './site.ts';

/** What every page and component knows about the page being rendered. */
export interface PageContext {
  /** The reader's locale (code, BCP 47 tag, direction, native name). */
  readonly locale: Locale;
  /** The interface texts in the reader's locale. */
  readonly t: Translate;
  /**
   * A link to a section page in the reader's locale, with the base path.
   * @example section('news', { topic: 'inclusion' }) // '/mirror/de/news/topic/inclusion/'
   */
  section<S extends SectionId>(id: S, target?: SectionTarget<S>): string;
  /** A link to a file at the locale's root, e.g. the news feed. */
  rootFile(file: keyof typeof ROOT_FILES): string;
  /** A link to a locale-independent path in the reader's locale (language switcher, hreflang). */
  localized(path: string): string;
  /** A link to a site path outside the locales (downloads, assets). */
  site(path: string): string;
}

const contexts = new Map<string, PageContext>();

/**
 * The context of a page in `code` (built once per locale and shared by its pages). Pages outside
 * the locales (the root chooser, the multilingual 404) get the default locale's.
 */
export function pageContext(code: string | undefined): PageContext {
  const locale = getLocale(
    code && LOCALES.some((l) => l.code === code) ? code : CONFIG.defaultLocale,
  );
  let context = contexts.get(locale.code);
  if (!context) {
    context = {
      locale,
      t: translator(locale.code, locale.tag),
      section: (id, target) => withBase(CONFIG.base, sectionPath(locale.code, id, target)),
      rootFile: (file) => withBase(CONFIG.base, rootFilePath(locale.code, file)),
      localized: (path) => localizedPath(CONFIG.base, locale.code, path),
      site: (path) => withBase(CONFIG.base, path),
    };
    contexts.set(locale.code, context);
  }
  return context;
}
