import { describe, expect, it } from 'vitest';
import { LOCALE_DEFINITIONS, SOURCE_LOCALE } from '../../src/i18n/locales.ts';
import { describeLocales, negotiateLocale } from '../../src/lib/locales.ts';
import { capitalise, countryName, languageName, textDirection } from '../../src/lib/locale-info.ts';
import { formatDate, formatNumber } from '../../src/lib/format.ts';

const REQUIRED =
  'bg cs da de el en es et fi fr ga hr hu is it lt lv mt nl no pl pt ro sk sl sq sv tr';

describe('locale registry', () => {
  const locales = describeLocales(LOCALE_DEFINITIONS);

  it('has exactly the 28 portal locales, English as source', () => {
    expect(locales.map((l) => l.code).join(' ')).toBe(REQUIRED);
    expect(SOURCE_LOCALE).toBe('en');
  });

  it('gives every locale a canonical BCP 47 tag, a native name from Intl and a direction', () => {
    for (const locale of locales) {
      expect(Intl.getCanonicalLocales(locale.tag)[0]).toBe(locale.tag);
      expect(locale.nativeName.length).toBeGreaterThan(1);
      expect(locale.dir).toBe('ltr');
    }
    const byCode = Object.fromEntries(locales.map((l) => [l.code, l]));
    expect(byCode.de?.nativeName).toBe('Deutsch');
    expect(byCode.el?.nativeName).toBe('Ελληνικά');
    expect(byCode.bg?.nativeName).toBe('Български');
    expect(byCode.fr?.nativeName).toBe('Français');
    expect(byCode.no?.tag).toBe('nb');
  });

  it('derives right-to-left from Intl for a new locale', () => {
    const [arabic] = describeLocales([{ code: 'ar', tag: 'ar' }]);
    expect(arabic).toEqual({ code: 'ar', tag: 'ar', dir: 'rtl', nativeName: 'العربية' });
    expect(textDirection('he')).toBe('rtl');
    expect(textDirection('tr')).toBe('ltr');
  });

  it('refuses a locale listed twice', () => {
    expect(() =>
      describeLocales([
        { code: 'de', tag: 'de' },
        { code: 'de', tag: 'de' },
      ]),
    ).toThrow('src/i18n/locales.ts: locale "de" is listed twice');
  });
});

describe('negotiateLocale', () => {
  const locales = describeLocales(LOCALE_DEFINITIONS);

  it('takes the first preference the portal has', () => {
    expect(negotiateLocale(['ja', 'fr-BE', 'en'], locales, 'en')).toBe('fr');
    expect(negotiateLocale(['de-AT'], locales, 'en')).toBe('de');
    expect(negotiateLocale(['pt-BR', 'es'], locales, 'en')).toBe('pt');
  });

  it('maps Norwegian variants to the `no` locale', () => {
    expect(negotiateLocale(['nb-NO'], locales, 'en')).toBe('no');
    expect(negotiateLocale(['nn'], locales, 'en')).toBe('no');
    expect(negotiateLocale(['no'], locales, 'en')).toBe('no');
  });

  it('falls back when nothing matches', () => {
    expect(negotiateLocale(['ja', 'zh-CN'], locales, 'tr')).toBe('tr');
    expect(negotiateLocale([], locales, 'en')).toBe('en');
  });
});

describe('names from Intl', () => {
  it('names countries and languages in the reader’s language', () => {
    expect(countryName('tr', 'de')).toBe('Türkei');
    expect(countryName('DE', 'fr')).toBe('Allemagne');
    expect(languageName('fr', 'de')).toBe('Französisch');
  });

  it('capitalises by the language’s own rules', () => {
    expect(capitalise('íslenska', 'is')).toBe('Íslenska');
    expect(capitalise('istanbul', 'tr')).toBe('İstanbul');
  });
});

describe('dates and numbers', () => {
  it('follow European usage in English and Portuguese', () => {
    const day = new Date('2026-03-05T00:00:00Z');
    expect(formatDate(day, 'en')).toBe('5 March 2026');
    expect(formatNumber(40382, 'pt')).toBe('40\u00a0382');
    expect(formatDate(day, 'de')).toBe('5. März 2026');
  });
});
