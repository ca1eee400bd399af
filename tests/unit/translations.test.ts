import { describe, expect, it } from 'vitest';
import { headLinks } from '../../src/lib/head.ts';
import { aboutMenu } from '../../src/lib/menu.ts';
import {
  indexTranslations,
  localizedRoutes,
  parseEntryId,
  resolveAll,
  resolveTranslation,
} from '../../src/lib/translations.ts';

const LOCALES = ['de', 'en', 'fr', 'tr'];
const entry = (locale: string, slug: string, order = 1) => ({
  locale,
  slug,
  data: { title: `${slug} (${locale})`, description: 'd', order },
});
const index = indexTranslations(
  [
    entry('en', 'alpha', 2),
    entry('de', 'alpha', 2),
    entry('en', 'beta', 1),
    entry('tr', 'gamma', 3),
    entry('fr', 'gamma', 3),
    entry('xx', 'ignored'),
  ],
  LOCALES,
  'en',
);

describe('resolveTranslation', () => {
  it('returns the locale’s own version with the list of real translations', () => {
    const resolved = resolveTranslation(index, 'alpha', 'de');
    expect(resolved?.status).toBe('translated');
    expect(resolved?.entry.locale).toBe('de');
    expect(resolved?.translations).toEqual(['de', 'en']);
  });

  it('falls back to the English original', () => {
    const resolved = resolveTranslation(index, 'alpha', 'fr');
    expect(resolved).toMatchObject({ status: 'fallback', originalLocale: 'en', locale: 'fr' });
    expect(resolved?.entry.locale).toBe('en');
  });

  it('falls back to the first version in registry order when there is no English one', () => {
    const resolved = resolveTranslation(index, 'gamma', 'de');
    expect(resolved).toMatchObject({ status: 'fallback', originalLocale: 'fr' });
  });

  it('ignores locales that are not built and unknown slugs', () => {
    expect(resolveTranslation(index, 'ignored', 'en')).toBeUndefined();
    expect(resolveTranslation(index, 'nope', 'en')).toBeUndefined();
  });

  it('gives every slug a page in every locale', () => {
    expect(localizedRoutes(index)).toHaveLength(LOCALES.length * 3);
    expect(resolveAll(index, 'tr').map((r) => [r.entry.slug, r.status])).toEqual([
      ['alpha', 'fallback'],
      ['beta', 'fallback'],
      ['gamma', 'translated'],
    ]);
  });

  it('orders the about menu and marks untranslated items', () => {
    expect(
      aboutMenu(index, 'de').map((item) => [item.slug, item.translated, item.textLocale]),
    ).toEqual([
      ['beta', false, 'en'],
      ['alpha', true, 'de'],
      ['gamma', false, 'fr'],
    ]);
  });
});

describe('parseEntryId', () => {
  it('splits locale and slug', () => {
    expect(parseEntryId('de/history', 'content/pages/de/history.md', LOCALES)).toEqual({
      locale: 'de',
      slug: 'history',
    });
  });

  it('names the file when the folder is not a locale or the name is not a slug', () => {
    expect(() => parseEntryId('xx/history', 'content/pages/xx/history.md', LOCALES)).toThrow(
      'content/pages/xx/history.md — the file must be in a locale folder such as content/<collection>/en/; "xx" is not a locale of the portal',
    );
    expect(() => parseEntryId('de/My Page', 'content/pages/de/My Page.md', LOCALES)).toThrow(
      'content/pages/de/My Page.md — file name "My Page" must be lower-case letters, digits and hyphens',
    );
  });
});

describe('headLinks', () => {
  const tags = { de: 'de', en: 'en', fr: 'fr', no: 'nb' };
  const base = { site: 'https://x.org', base: '/m/', path: 'alpha/', defaultLocale: 'en', tags };

  it('lists real translations plus x-default, canonical to itself', () => {
    const links = headLinks({ ...base, locale: 'de', translations: ['de', 'en', 'no'] });
    expect(links.canonical).toBe('https://x.org/m/de/alpha/');
    expect(links.alternates).toEqual([
      { hreflang: 'de', href: 'https://x.org/m/de/alpha/' },
      { hreflang: 'en', href: 'https://x.org/m/en/alpha/' },
      { hreflang: 'nb', href: 'https://x.org/m/no/alpha/' },
      { hreflang: 'x-default', href: 'https://x.org/m/en/alpha/' },
    ]);
  });

  it('points a fallback page’s canonical at the original, with no alternates', () => {
    expect(
      headLinks({ ...base, locale: 'fr', translations: ['en'], originalLocale: 'en' }),
    ).toEqual({
      canonical: 'https://x.org/m/en/alpha/',
      alternates: [],
    });
  });

  it('sends x-default to the language chooser when asked', () => {
    const links = headLinks({
      ...base,
      path: '',
      locale: 'de',
      translations: ['de'],
      xDefaultPath: '',
    });
    expect(links.alternates.at(-1)).toEqual({ hreflang: 'x-default', href: 'https://x.org/m/' });
  });
});
