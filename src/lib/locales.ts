/** Locale descriptions and language negotiation, as pure functions over the registry's data. */
import type { LocaleDefinition } from '../i18n/locales.ts';
import { nativeLanguageName, textDirection } from './locale-info.ts';

/** A locale with everything a page needs to present it. */
export interface Locale {
  readonly code: string;
  readonly tag: string;
  readonly dir: 'ltr' | 'rtl';
  /** The language's name in itself, from `Intl.DisplayNames`. */
  readonly nativeName: string;
}

/**
 * Completes registry entries with their native name and direction.
 * @example describeLocales([{ code: 'no', tag: 'nb' }])[0].nativeName // 'Norsk bokmål'
 */
export function describeLocales(definitions: readonly LocaleDefinition[]): Locale[] {
  const seen = new Set<string>();
  return definitions.map((definition) => {
    if (seen.has(definition.code)) {
      throw new Error(`src/i18n/locales.ts: locale "${definition.code}" is listed twice`);
    }
    seen.add(definition.code);
    return {
      code: definition.code,
      tag: definition.tag,
      dir: definition.dir ?? textDirection(definition.tag),
      nativeName: nativeLanguageName(definition.tag),
    };
  });
}

/**
 * Picks the locale that best matches a browser's ordered language preferences: an exact tag or
 * code first, then the same base language (`de-AT` → `de`, `nn` → Norwegian), else the fallback.
 * @example negotiateLocale(['fr-BE', 'en'], locales, 'en') // 'fr'
 */
export function negotiateLocale(
  preferences: readonly string[],
  locales: readonly Pick<Locale, 'code' | 'tag'>[],
  fallback: string,
): string {
  const byKey = new Map<string, string>();
  for (const locale of locales) {
    byKey.set(locale.code.toLowerCase(), locale.code);
    byKey.set(locale.tag.toLowerCase(), locale.code);
  }
  for (const preference of preferences) {
    const wanted = preference.trim().toLowerCase();
    if (!wanted) continue;
    const exact = byKey.get(wanted);
    if (exact) return exact;
    const language = wanted.split(/[-_]/)[0] ?? '';
    const base = byKey.get(language) ?? byKey.get(MACROLANGUAGES[language] ?? '');
    if (base) return base;
  }
  return fallback;
}

/** Individual languages that browsers report and that our registry files under another code. */
const MACROLANGUAGES: Record<string, string> = { nb: 'no', nn: 'no', no: 'nb' };
