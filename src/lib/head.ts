/** Canonical and hreflang links of a page, computed from where its real translations are. */
import { absoluteUrl, localizedPath, withBase } from './urls.ts';

/** What a page tells search engines about its language versions. */
export interface HeadLinks {
  readonly canonical: string;
  readonly alternates: readonly { readonly hreflang: string; readonly href: string }[];
}

export interface HeadLinkInput {
  readonly site: string;
  readonly base: string;
  /** Locale-independent path of the page, e.g. `history/` or `''` for a home page. */
  readonly path: string;
  readonly locale: string;
  /** Codes of locales with a real version of this page, in registry order. */
  readonly translations: readonly string[];
  /** Set on a fallback page: the locale whose original it shows. */
  readonly originalLocale?: string | undefined;
  /** Locale the `x-default` alternate leads to when it has a real version. */
  readonly defaultLocale: string;
  /** Path (within the base) for `x-default` instead of a locale version, e.g. `''` for `/`. */
  readonly xDefaultPath?: string | undefined;
  /** BCP 47 tag of each locale code. */
  readonly tags: Readonly<Record<string, string>>;
}

/**
 * Canonical link plus hreflang alternates. A fallback page is canonical to its original and lists
 * no alternates, so that alternates stay reciprocal between real translations only.
 */
export function headLinks(input: HeadLinkInput): HeadLinks {
  const url = (locale: string) =>
    absoluteUrl(input.site, localizedPath(input.base, locale, input.path));
  if (input.originalLocale) {
    return { canonical: url(input.originalLocale), alternates: [] };
  }
  const alternates = input.translations.map((code) => ({
    hreflang: input.tags[code] ?? code,
    href: url(code),
  }));
  const xDefault =
    input.xDefaultPath !== undefined
      ? absoluteUrl(input.site, withBase(input.base, input.xDefaultPath))
      : url(
          input.translations.includes(input.defaultLocale)
            ? input.defaultLocale
            : (input.translations[0] ?? input.locale),
        );
  return {
    canonical: url(input.locale),
    alternates: [...alternates, { hreflang: 'x-default', href: xDefault }],
  };
}
