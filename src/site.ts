/**
 * The portal as configured for this build: the active locales and URL settings. Read once from
 * the environment (see README: PORTAL_SITE, PORTAL_BASE, PORTAL_LOCALES, PORTAL_DEFAULT_LOCALE).
 */
import { LOCALE_DEFINITIONS, SOURCE_LOCALE } from './i18n/locales.ts';
import { parsePortalConfig } from './lib/config.ts';
import { describeLocales, type Locale } from './lib/locales.ts';

export const CONFIG = parsePortalConfig(
  process.env,
  LOCALE_DEFINITIONS.map((l) => l.code),
  SOURCE_LOCALE,
);

/** Every locale of the registry, described. */
export const ALL_LOCALES: readonly Locale[] = describeLocales(LOCALE_DEFINITIONS);

/** The locales this build produces, in registry order. */
export const LOCALES: readonly Locale[] = ALL_LOCALES.filter((l) =>
  CONFIG.locales.includes(l.code),
);

export const LOCALE_CODES: readonly string[] = LOCALES.map((l) => l.code);

/** The locales whose pages this build renders (all, unless the build is a shard). */
export const RENDERED_LOCALES: readonly Locale[] = LOCALES.filter((l) =>
  CONFIG.renderLocales.includes(l.code),
);

/** BCP 47 tag of every registered locale code (for hreflang). */
export const LOCALE_TAGS: Readonly<Record<string, string>> = Object.fromEntries(
  ALL_LOCALES.map((l) => [l.code, l.tag]),
);

/** The locale for a code; throws for a code this build does not produce. */
export function getLocale(code: string): Locale {
  const locale = LOCALES.find((l) => l.code === code);
  if (!locale)
    throw new Error(`Locale "${code}" is not built (PORTAL_LOCALES=${CONFIG.locales.join(',')})`);
  return locale;
}

/** The moment "upcoming" and "past" are measured from: `PORTAL_BUILD_DATE` or now. */
export const BUILD_DATE: Date = CONFIG.buildDate;

export { SOURCE_LOCALE };
