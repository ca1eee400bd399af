/** Facts about a language tag that come from `Intl` rather than from hand-written tables. */
import { displayNames } from './intl-cache.ts';

/** Scripts written right to left, for runtimes whose `Intl.Locale` has no text info. */
const RTL_LANGUAGES = new Set(['ar', 'dv', 'fa', 'he', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

type TextInfo = { direction?: string };
type LocaleWithTextInfo = Intl.Locale & {
  getTextInfo?: () => TextInfo;
  textInfo?: TextInfo;
};

/**
 * Text direction of a BCP 47 tag, from `Intl.Locale` text info with a fallback list.
 * @example textDirection('ar') // 'rtl'
 */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(tag) as LocaleWithTextInfo;
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
  return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
}

/**
 * The name of a language written in that language, capitalised as a list item would be.
 * @example nativeLanguageName('de') // 'Deutsch'
 */
export function nativeLanguageName(tag: string): string {
  const name = displayNames(tag, 'language').of(tag) ?? tag;
  return capitalise(name, tag);
}

/**
 * The name of a language in the reader's language (`inTag`).
 * @example languageName('fr', 'de') // 'Französisch'
 */
export function languageName(tag: string, inTag: string): string {
  return displayNames(inTag, 'language').of(tag) ?? tag;
}

/**
 * The name of a country (ISO 3166-1 alpha-2, any case) in the reader's language.
 * @example countryName('tr', 'de') // 'Türkei'
 */
export function countryName(code: string, inTag: string): string {
  const key = `${inTag}|${code}`;
  let name = countryNames.get(key);
  if (name === undefined) {
    name = displayNames(inTag, 'region').of(code.toUpperCase()) ?? code;
    countryNames.set(key, name);
  }
  return name;
}

const countryNames = new Map<string, string>();

/** Upper-cases the first letter by the rules of the given language. */
export function capitalise(text: string, tag: string): string {
  const first = String.fromCodePoint(text.codePointAt(0) ?? 0);
  return first.toLocaleUpperCase(tag) + text.slice(first.length);
}
