/**
 * Translation resolution for any collection: which version of an entry a locale shows, and
 * whether that is a real translation or the original shown as a fallback.
 */

/** The two things every translatable entry knows about itself. */
export interface Versioned {
  readonly locale: string;
  readonly slug: string;
}

/** A locale's view of one entry. */
export type Resolved<T extends Versioned> =
  | {
      readonly status: 'translated';
      readonly locale: string;
      readonly entry: T;
      /** Locales with a real version of this entry, in registry order. */
      readonly translations: readonly string[];
    }
  | {
      readonly status: 'fallback';
      readonly locale: string;
      /** The original, shown because the locale has no version of its own. */
      readonly entry: T;
      readonly originalLocale: string;
      readonly translations: readonly string[];
    };

/** Every version of every entry of a collection, by slug then locale. */
export interface TranslationIndex<T extends Versioned> {
  readonly slugs: readonly string[];
  readonly versions: ReadonlyMap<string, ReadonlyMap<string, T>>;
  /** Locale order used to pick an original and to list translations. */
  readonly locales: readonly string[];
  readonly sourceLocale: string;
}

/**
 * Splits a content entry id (`<locale>/<slug>`) and checks the locale folder.
 * @example parseEntryId('de/history', 'content/pages/de/history.md', ['de']) // { locale: 'de', slug: 'history' }
 */
export function parseEntryId(
  id: string,
  file: string,
  knownLocales: readonly string[],
): { locale: string; slug: string } {
  const slash = id.indexOf('/');
  const locale = slash === -1 ? '' : id.slice(0, slash);
  const slug = slash === -1 ? id : id.slice(slash + 1);
  if (!knownLocales.includes(locale)) {
    throw new Error(
      `${file} — the file must be in a locale folder such as content/<collection>/en/; "${locale || id}" is not a locale of the portal (known: ${knownLocales.join(', ')})`,
    );
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/.test(slug)) {
    throw new Error(
      `${file} — file name "${slug}" must be lower-case letters, digits and hyphens (e.g. "my-first-project")`,
    );
  }
  return { locale, slug };
}

/**
 * Indexes a collection's entries by slug and locale, keeping only the locales being built.
 * @example indexTranslations(entries, ['en', 'de'], 'en').versions.get('history')?.get('de')
 */
export function indexTranslations<T extends Versioned>(
  entries: readonly T[],
  locales: readonly string[],
  sourceLocale: string,
): TranslationIndex<T> {
  const versions = new Map<string, Map<string, T>>();
  for (const entry of entries) {
    if (!locales.includes(entry.locale)) continue;
    let bySlug = versions.get(entry.slug);
    if (!bySlug) versions.set(entry.slug, (bySlug = new Map()));
    bySlug.set(entry.locale, entry);
  }
  return { slugs: [...versions.keys()].sort(), versions, locales, sourceLocale };
}

/**
 * The version of `slug` that `locale` shows: its own translation, or else the original (the
 * source-locale version where there is one, otherwise the first version in registry order).
 */
export function resolveTranslation<T extends Versioned>(
  index: TranslationIndex<T>,
  slug: string,
  locale: string,
): Resolved<T> | undefined {
  const bySlug = index.versions.get(slug);
  if (!bySlug || bySlug.size === 0) return undefined;
  const translations = index.locales.filter((code) => bySlug.has(code));
  const own = bySlug.get(locale);
  if (own) return { status: 'translated', locale, entry: own, translations };
  const originalLocale = bySlug.has(index.sourceLocale) ? index.sourceLocale : translations[0];
  const original = originalLocale ? bySlug.get(originalLocale) : undefined;
  if (!originalLocale || !original) return undefined;
  return { status: 'fallback', locale, entry: original, originalLocale, translations };
}

/** Every entry of the collection as `locale` shows it, translated or not. */
export function resolveAll<T extends Versioned>(
  index: TranslationIndex<T>,
  locale: string,
): Resolved<T>[] {
  return index.slugs.flatMap((slug) => resolveTranslation(index, slug, locale) ?? []);
}

/** Every (locale, slug) pair that gets a page: each slug in every locale being built. */
export function localizedRoutes<T extends Versioned>(
  index: TranslationIndex<T>,
  render: readonly string[] = index.locales,
): { locale: string; slug: string; resolved: Resolved<T> }[] {
  return index.locales
    .filter((locale) => render.includes(locale))
    .flatMap((locale) =>
      resolveAll(index, locale).map((resolved) => ({
        locale,
        slug: resolved.entry.slug,
        resolved,
      })),
    );
}
