import { describe, expect, it } from 'vitest';
import { absoluteUrl, localizedPath, splitLocalePath, withBase } from '../../src/lib/urls.ts';

describe('URL building', () => {
  it('prefixes every path with the base, whatever its slashes', () => {
    expect(withBase('/', '')).toBe('/');
    expect(withBase('/', 'favicon.svg')).toBe('/favicon.svg');
    expect(withBase('/mirror/', '/favicon.svg')).toBe('/mirror/favicon.svg');
    expect(withBase('/a/b/', 'de/')).toBe('/a/b/de/');
  });

  it('builds localized paths', () => {
    expect(localizedPath('/', 'de')).toBe('/de/');
    expect(localizedPath('/', 'de', 'history/')).toBe('/de/history/');
    expect(localizedPath('/mirror/', 'tr', '/rss.xml')).toBe('/mirror/tr/rss.xml');
  });

  it('makes absolute URLs', () => {
    expect(absoluteUrl('https://example.org', '/mirror/de/')).toBe(
      'https://example.org/mirror/de/',
    );
    expect(absoluteUrl('https://example.org/', 'de/')).toBe('https://example.org/de/');
  });

  it('splits a URL path into locale and rest', () => {
    expect(splitLocalePath('/mirror/de/history/', '/mirror/', ['de'])).toEqual({
      locale: 'de',
      path: 'history/',
    });
    expect(splitLocalePath('/de', '/', ['de'])).toEqual({ locale: 'de', path: '' });
    expect(splitLocalePath('/xx/history/', '/', ['de'])).toBeUndefined();
    expect(splitLocalePath('/other/de/', '/mirror/', ['de'])).toBeUndefined();
  });
});

describe('splitAround', () => {
  it('splits a sentence around a value, or keeps it whole', async () => {
    const { splitAround } = await import('../../src/lib/text.ts');
    expect(splitAround('mehr als 1.500 Botschafter', '1.500')).toEqual([
      'mehr als ',
      '1.500',
      ' Botschafter',
    ]);
    expect(splitAround('no value here', '44')).toEqual(['no value here', '', '']);
  });
});
