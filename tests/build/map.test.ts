/**
 * The SVG map on the countries page, the country pages and the statistics overview of the
 * /mirror/ fixture (countries AT, DE, FR, TR and, in eTwinning Plus, UA), in every locale.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countryName } from '../../src/lib/locale-info.ts';
import { LOCALE_DEFINITIONS } from '../../src/i18n/locales.ts';
import { page } from '../support/html.ts';
import { FIXTURE } from '../support/templates.ts';

const COUNTRIES = {
  AT: 'etwinning',
  DE: 'etwinning',
  FR: 'etwinning',
  TR: 'etwinning',
  UA: 'plus',
};
const codes = Object.keys(COUNTRIES);

function mapOf(file: string) {
  const svg = page(FIXTURE.out, file).querySelector('figure.country-map svg');
  expect(svg, `${file}: no map`).not.toBeNull();
  return svg!;
}

describe('the map of the participating countries', () => {
  it.each(LOCALE_DEFINITIONS.map((l) => [l.code, l.tag]))(
    '%s: one named link per participating country, to its page',
    (code, tag) => {
      const links = mapOf(`${code}/countries/index.html`).querySelectorAll('a');
      expect(links.map((a) => a.getAttribute('data-country'))).toEqual(codes);
      for (const link of links) {
        const country = link.getAttribute('data-country') ?? '';
        expect(link.getAttribute('href')).toBe(
          `/mirror/${code}/countries/${country.toLowerCase()}/`,
        );
        const title = link.querySelector('title')?.text ?? '';
        expect(title).toContain(countryName(country, tag));
        // Its programme is in its name ("Ukraine (eTwinning-Plus-Land)"), not only in its look.
        expect(title).toContain('eTwinning');
        if (COUNTRIES[country as keyof typeof COUNTRIES] === 'plus')
          expect(title).toContain('Plus');
        else expect(title).not.toContain('Plus');
        expect(link.querySelectorAll('path')).toHaveLength(1);
      }
    },
  );

  it('tells eTwinning Plus apart by a hatching pattern, not by colour alone', () => {
    const svg = mapOf('de/countries/index.html');
    expect(svg.querySelector('pattern#country-map-hatch')).not.toBeNull();
    const plus = svg.querySelector('a[data-country="UA"]');
    expect(plus?.classList.contains('plus')).toBe(true);
    const css = readFileSync(
      join(
        FIXTURE.out,
        page(FIXTURE.out, 'de/countries/index.html')
          .querySelector('link[rel="stylesheet"]')!
          .getAttribute('href')!
          .replace(FIXTURE.base, ''),
      ),
      'utf8',
    );
    expect(css).toMatch(/\.plus[^{]*\{[^}]*fill:\s*url\(#country-map-hatch\)/);
    // The legend names both programmes, each with its own swatch.
    const legend = page(FIXTURE.out, 'de/countries/index.html').querySelectorAll('.map-legend li');
    expect(legend.map((li) => li.querySelector('rect')?.classList.value[0])).toEqual([
      'etwinning',
      'plus',
    ]);
  });

  it('highlights the country on its own page, and only there', () => {
    for (const country of codes) {
      const current = mapOf(`lv/countries/${country.toLowerCase()}/index.html`).querySelectorAll(
        'a[aria-current="page"]',
      );
      expect(current.map((a) => a.getAttribute('data-country'))).toEqual([country]);
    }
    expect(mapOf('lv/countries/index.html').querySelectorAll('a[aria-current]')).toHaveLength(0);
  });

  it('is a choropleth of teachers per country on the statistics overview, with a legend', () => {
    const svg = mapOf('en/stats/index.html');
    const turkey = svg.querySelector('a[data-country="TR"]');
    expect(turkey?.querySelector('title')?.text).toBe('Türkiye: 226,597 teachers');
    expect(turkey?.classList.value.some((c) => c.startsWith('level-'))).toBe(true);
    expect(svg.querySelector('a[data-country="UA"]')?.classList.contains('no-figures')).toBe(true);
    const legend = page(FIXTURE.out, 'en/stats/index.html')
      .querySelectorAll('.map-legend li')
      .map((li) => li.text.trim());
    expect(legend.at(-1)).toBe('No figures');
    expect(legend.length).toBeGreaterThanOrEqual(2);
  });

  it('is left out of the search index', () => {
    expect(
      page(FIXTURE.out, 'en/countries/tr/index.html')
        .querySelector('figure.country-map')
        ?.getAttribute('data-pagefind-ignore'),
    ).toBe('all');
  });
});
