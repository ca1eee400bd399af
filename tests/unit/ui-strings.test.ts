import { describe, expect, it } from 'vitest';
import en, { OPTIONAL_PLACEHOLDERS, SAME_AS_ENGLISH } from '../../src/i18n/strings/en.ts';
import { LOCALE_DEFINITIONS } from '../../src/i18n/locales.ts';
import { UI_STRINGS } from '../../src/i18n/strings.ts';
import { translator } from '../../src/i18n/i18n.ts';
import { checkUiStrings, expectedKeys, placeholders } from '../../src/lib/ui-strings.ts';

describe('checkUiStrings', () => {
  const source = {
    'a.title': 'Hello {{name}}',
    'a.count_one': '{{count}} item',
    'a.count_other': '{{count}} items',
  };

  it('accepts a complete translation with the locale’s own plural categories', () => {
    const pl = {
      'a.title': 'Witaj {{name}}',
      'a.count_one': '{{count}} element',
      'a.count_few': '{{count}} elementy',
      'a.count_many': '{{count}} elementów',
      'a.count_other': '{{count}} elementu',
    };
    expect(checkUiStrings(source, pl, 'pl', 'pl.json')).toEqual([]);
  });

  it('names a missing key, an unknown key and a missing plural category', () => {
    const problems = checkUiStrings(
      source,
      { 'a.count_one': 'x {{count}}', 'b.extra': 'x' },
      'pl',
      'pl.json',
    );
    expect(problems).toContain('pl.json: missing key "a.title"');
    expect(problems).toContain('pl.json: missing key "a.count_few"');
    expect(problems).toContain(
      'pl.json: unknown key "b.extra" (not in src/i18n/strings/en.ts for this locale)',
    );
  });

  it('rejects a plural category the locale does not have', () => {
    const de = {
      'a.title': 'Hallo {{name}}',
      'a.count_one': '{{count}}',
      'a.count_other': '{{count}}',
      'a.count_few': '{{count}}',
    };
    expect(checkUiStrings(source, de, 'de', 'de.json')).toEqual([
      'de.json: unknown key "a.count_few" (not in src/i18n/strings/en.ts for this locale)',
    ]);
  });

  it('catches a dropped or renamed placeholder', () => {
    const fr = {
      'a.title': 'Bonjour {{nom}}',
      'a.count_one': 'un élément',
      'a.count_many': '{{count}}',
      'a.count_other': '{{count}}',
    };
    expect(checkUiStrings(source, fr, 'fr', 'fr.json')).toEqual([
      'fr.json: key "a.title" has placeholders {nom} but English has {name}; keep {{…}} names as in English',
      'fr.json: key "a.count_one" has placeholders {} but English has {count}; keep {{…}} names as in English',
    ]);
  });
});

describe('placeholders a translation may leave out', () => {
  const source = {
    'feed.title': 'News in {{language}}',
    'feed.count_one': '{{count}} page in {{language}}',
    'feed.count_other': '{{count}} pages in {{language}}',
    'search.in': 'In {{language}}',
  };
  const optional = { 'feed.title': ['language'], 'feed.count': ['language'] };

  it("accepts a translation that says the reader's own language without its name", () => {
    const fi = {
      'feed.title': 'Uutiset suomeksi',
      'feed.count_one': '{{count}} sivu suomeksi',
      'feed.count_other': '{{count}} sivua suomeksi',
      'search.in': 'Kielellä {{language}}',
    };
    expect(checkUiStrings(source, fi, 'fi', 'fi.json', optional)).toEqual([]);
  });

  it('still catches a placeholder dropped where it is not optional, or a required one dropped', () => {
    const fi = {
      'feed.title': 'Uutiset suomeksi',
      'feed.count_one': 'yksi sivu suomeksi',
      'feed.count_other': '{{count}} sivua suomeksi',
      'search.in': 'Suomeksi',
    };
    expect(checkUiStrings(source, fi, 'fi', 'fi.json', optional)).toEqual([
      'fi.json: key "feed.count_one" has placeholders {} but English has {count, language} ({{language}} may be left out); keep {{…}} names as in English',
      'fi.json: key "search.in" has placeholders {} but English has {language}; keep {{…}} names as in English',
    ]);
  });
});

describe('the shipped UI strings', () => {
  it('exist for every registered locale', () => {
    expect(Object.keys(UI_STRINGS).sort()).toEqual(LOCALE_DEFINITIONS.map((l) => l.code).sort());
  });

  for (const locale of LOCALE_DEFINITIONS.filter((l) => l.code !== 'en')) {
    it(`${locale.code}: complete, no unknown keys, placeholders intact`, () => {
      const strings = UI_STRINGS[locale.code] ?? {};
      expect(
        checkUiStrings(
          en,
          strings,
          locale.tag,
          `src/i18n/strings/${locale.code}.json`,
          OPTIONAL_PLACEHOLDERS,
        ),
      ).toEqual([]);
    });

    it(`${locale.code}: translated, not copied from English`, () => {
      const strings = UI_STRINGS[locale.code] ?? {};
      const copied = expectedKeys(en, locale.tag).filter((key) => {
        const english = (en as Record<string, string>)[key];
        // Short strings made only of names and placeholders may legitimately be equal.
        return (
          english !== undefined &&
          english === strings[key] &&
          !SAME_AS_ENGLISH[key]?.includes(locale.code) &&
          english.replace(/\{\{[^}]+\}\}|eTwinning|Erasmus\+/g, '').trim().length > 3
        );
      });
      expect(copied).toEqual([]);
    });
  }
});

describe('translator', () => {
  it('interpolates and chooses plural forms by the locale’s rules', () => {
    const pl = translator('pl', 'pl');
    const forms = [1, 2, 5, 22].map((count) => pl('home.factCountries', { count }));
    expect(new Set(forms).size).toBeGreaterThanOrEqual(3);
    expect(forms[0]).toContain('1');
    expect(translator('en', 'en')('home.factCountries', { count: 44 })).toBe('44 countries');
    expect(translator('en', 'en')('home.factCountries', { count: 1 })).toBe('1 country');
  });

  it('uses Norwegian strings under the nb tag', () => {
    expect(translator('no', 'nb')('nav.home')).toBe(UI_STRINGS.no?.['nav.home']);
  });

  it('finds placeholders', () => {
    expect(placeholders('{{b}} and {{ a }}')).toEqual(['a', 'b']);
  });
});
