/** A locale added with one registry entry and one strings file: Arabic, right to left. */
import { describe, expect, it } from 'vitest';
import { fixtureOut } from '../support/paths.ts';
import { htmlFiles, page } from '../support/html.ts';

const OUT = fixtureOut('extension');

describe('an added right-to-left locale', () => {
  it('builds only the requested locales', () => {
    const dirs = new Set(htmlFiles(OUT).map((f) => f.split('/')[0]));
    expect([...dirs].sort()).toEqual(['404.html', 'ar', 'en', 'index.html']);
  });

  it('sets lang and dir="rtl" and uses its own strings', () => {
    const home = page(OUT, 'ar/index.html');
    expect(home.querySelector('html')?.getAttribute('lang')).toBe('ar');
    expect(home.querySelector('html')?.getAttribute('dir')).toBe('rtl');
    expect(home.querySelector('h1')?.text).toBe('مرحبًا بكم في eTwinning');
  });

  it('keeps left-to-right originals left to right inside an rtl page', () => {
    const fallback = page(OUT, 'ar/beta/index.html');
    expect(fallback.querySelector('html')?.getAttribute('dir')).toBe('rtl');
    expect(fallback.querySelector('article')?.getAttribute('dir')).toBe('ltr');
    expect(fallback.querySelector('article')?.getAttribute('lang')).toBe('en');
  });

  it('points to the main portal for the languages this mirror does not build', () => {
    const link = page(OUT, 'ar/index.html').querySelector('.language-list p a');
    expect(link?.getAttribute('href')).toBe('https://main.example.eu/');
    expect(
      page(OUT, 'index.html').querySelector('a[href="https://main.example.eu/"]'),
    ).not.toBeNull();
  });

  it('lists Arabic by its native name in the switcher and chooser', () => {
    const chooser = page(OUT, 'index.html').querySelectorAll('[data-language-chooser] a');
    const arabic = chooser.find((a) => a.getAttribute('lang') === 'ar');
    expect(arabic?.text).toBe('العربية');
    expect(arabic?.getAttribute('dir')).toBe('rtl');
  });
});
