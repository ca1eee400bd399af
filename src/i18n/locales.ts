/**
 * The locale registry: the single source of truth for the portal's languages.
 *
 * Adding a locale takes one entry here plus one `strings/<code>.json` file. Everything else
 * (native names, text direction, plural rules, number and date formats) comes from `Intl`.
 */

/** One language of the portal. */
export interface LocaleDefinition {
  /** URL segment and strings file name, e.g. `de`. */
  readonly code: string;
  /** BCP 47 tag for `<html lang>`, hreflang, `Intl` and Pagefind. */
  readonly tag: string;
  /** Text direction; omit to derive it from `Intl.Locale`. */
  readonly dir?: 'ltr' | 'rtl';
  /**
   * Tag for dates and numbers when the language's usage here differs from what `Intl` gives
   * `tag` (whose default is often another continent's): see docs/locales.md.
   */
  readonly format?: string;
}

/**
 * Norwegian keeps the URL segment `no` but is tagged `nb` (Bokmål): every `Intl` API and
 * Pagefind's Norwegian stemmer handle `nb`, and it is what Norwegian schools read. See
 * docs/locales.md.
 */
export const LOCALE_DEFINITIONS = [
  { code: 'bg', tag: 'bg' },
  { code: 'cs', tag: 'cs' },
  { code: 'da', tag: 'da' },
  { code: 'de', tag: 'de' },
  { code: 'el', tag: 'el' },
  // British usage, as the texts' spelling: "5 March 2026".
  { code: 'en', tag: 'en', format: 'en-GB' },
  { code: 'es', tag: 'es' },
  { code: 'et', tag: 'et' },
  { code: 'fi', tag: 'fi' },
  { code: 'fr', tag: 'fr' },
  { code: 'ga', tag: 'ga' },
  { code: 'hr', tag: 'hr' },
  { code: 'hu', tag: 'hu' },
  { code: 'is', tag: 'is' },
  { code: 'it', tag: 'it' },
  { code: 'lt', tag: 'lt' },
  { code: 'lv', tag: 'lv' },
  { code: 'mt', tag: 'mt' },
  { code: 'nl', tag: 'nl' },
  { code: 'no', tag: 'nb' },
  { code: 'pl', tag: 'pl' },
  // European Portuguese: "40 382", not Brazil's "40.382".
  { code: 'pt', tag: 'pt', format: 'pt-PT' },
  { code: 'ro', tag: 'ro' },
  { code: 'sk', tag: 'sk' },
  { code: 'sl', tag: 'sl' },
  { code: 'sq', tag: 'sq' },
  { code: 'sv', tag: 'sv' },
  { code: 'tr', tag: 'tr' },
  // New locales go above this line.
] as const satisfies readonly LocaleDefinition[];

/**
 * The tag `Intl` formats a locale's dates, numbers and names with (its `format`, else its tag).
 * @example formatTag('en') // 'en-GB'
 */
export function formatTag(tag: string): string {
  const definition: LocaleDefinition | undefined = LOCALE_DEFINITIONS.find((l) => l.tag === tag);
  return definition?.format ?? tag;
}

/** The locale editors write originals in, and the one `x-default` leads to by default. */
export const SOURCE_LOCALE = 'en';
