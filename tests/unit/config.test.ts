import { describe, expect, it } from 'vitest';
import { ConfigError, parsePortalConfig } from '../../src/lib/config.ts';

const KNOWN = ['de', 'en', 'fr', 'tr'];

function problems(env: Record<string, string>): readonly string[] {
  try {
    parsePortalConfig(env, KNOWN, 'en');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('parsePortalConfig', () => {
  it('has working defaults', () => {
    expect(parsePortalConfig({}, KNOWN, 'en')).toMatchObject({
      site: 'http://localhost:4321',
      base: '/',
      locales: KNOWN,
      defaultLocale: 'en',
    });
  });

  it('normalises the base and site', () => {
    const config = parsePortalConfig(
      { PORTAL_BASE: '/mirror', PORTAL_SITE: 'https://nss.example.org/' },
      KNOWN,
      'en',
    );
    expect(config.base).toBe('/mirror/');
    expect(config.site).toBe('https://nss.example.org');
  });

  it('builds a subset in registry order with its own default', () => {
    const config = parsePortalConfig(
      { PORTAL_LOCALES: 'tr,en', PORTAL_DEFAULT_LOCALE: 'tr' },
      KNOWN,
      'en',
    );
    expect(config.locales).toEqual(['en', 'tr']);
    expect(config.defaultLocale).toBe('tr');
  });

  it('names each bad value', () => {
    expect(problems({ PORTAL_BASE: 'mirror/' })).toEqual([
      'PORTAL_BASE: "mirror/" must start with "/" (expected e.g. "/mirror/")',
    ]);
    expect(problems({ PORTAL_SITE: 'example.org' })).toEqual([
      'PORTAL_SITE: "example.org" is not an absolute http(s) URL (expected e.g. "https://etwinning.example.org")',
    ]);
    expect(problems({ PORTAL_LOCALES: 'de,xx' })).toEqual([
      'PORTAL_LOCALES: "xx" is not a locale of the portal (known: de, en, fr, tr)',
    ]);
    expect(problems({ PORTAL_LOCALES: 'de,fr', PORTAL_DEFAULT_LOCALE: 'tr' })).toEqual([
      'PORTAL_DEFAULT_LOCALE: "tr" is not among the locales being built (de, fr)',
    ]);
    expect(problems({ PORTAL_BASE: '/a/../b/' })).toEqual([
      'PORTAL_BASE: "/a/../b/" must be a plain path such as "/mirror/"',
    ]);
  });

  it('takes a fixed build date for reproducible builds, and rejects a bad one', () => {
    expect(
      parsePortalConfig({ PORTAL_BUILD_DATE: '2026-11-29' }, KNOWN, 'en').buildDate.toISOString(),
    ).toBe('2026-11-29T00:00:00.000Z');
    expect(problems({ PORTAL_BUILD_DATE: 'soon' })).toEqual([
      'PORTAL_BUILD_DATE: "soon" is not a date (expected e.g. "2026-11-29")',
    ]);
  });

  it('takes the main portal a mirror points to, and rejects a bad one', () => {
    expect(
      parsePortalConfig({ PORTAL_MAIN_SITE: 'https://portal.example.eu/' }, KNOWN, 'en').mainSite,
    ).toBe('https://portal.example.eu/');
    expect(problems({ PORTAL_MAIN_SITE: 'portal' })).toEqual([
      'PORTAL_MAIN_SITE: "portal" is not an absolute http(s) URL (expected the main portal\'s address)',
    ]);
  });

  it('renders a shard of the locales, and only of those being built', () => {
    expect(
      parsePortalConfig({ PORTAL_RENDER_LOCALES: 'tr,de' }, KNOWN, 'en').renderLocales,
    ).toEqual(['de', 'tr']);
    expect(parsePortalConfig({}, KNOWN, 'en').renderLocales).toEqual(KNOWN);
    expect(problems({ PORTAL_LOCALES: 'de,en', PORTAL_RENDER_LOCALES: 'fr' })).toEqual([
      'PORTAL_RENDER_LOCALES: "fr" is not among the locales being built (de, en)',
    ]);
  });

  it('reports several problems at once', () => {
    expect(problems({ PORTAL_BASE: 'x', PORTAL_SITE: 'ftp://x' })).toHaveLength(2);
  });
});
