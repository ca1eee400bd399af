/** Statistics pages of the /mirror/ fixture (fixture exports for 2020 and 2021). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureOut } from '../support/paths.ts';
import { page } from '../support/html.ts';

const OUT = fixtureOut('mirror');
const teachersOf = (file: string, country: string) =>
  page(OUT, file).querySelector(`td[data-country="${country}"]`)?.text.trim();

describe('statistics overview', () => {
  it('formats Turkey’s 2021 teachers per locale', () => {
    expect(teachersOf('de/stats/index.html', 'TR')).toBe('226.597');
    expect(teachersOf('fr/stats/index.html', 'TR')).toBe('226\u202f597');
    expect(teachersOf('en/stats/index.html', 'TR')).toBe('226,597');
    expect(teachersOf('tr/stats/index.html', 'TR')).toBe('226.597');
  });

  it('marks sample figures and only those, and says so', () => {
    const de = page(OUT, 'de/stats/index.html');
    expect(de.querySelector('.notice-sample')).not.toBeNull();
    expect(teachersOf('de/stats/index.html', 'AT')).toMatch(/^1\.200\*/);
    expect(de.querySelector('td[data-country="TR"] .visually-hidden')).toBeNull();
  });

  it('shows totals and growth against the previous period', () => {
    const facts = page(OUT, 'en/stats/index.html').querySelector('.facts')?.text ?? '';
    expect(facts).toContain('228,997');
    expect(facts).toContain('+13.4% compared with 2020');
  });

  it('ranks countries by teachers with their share, ties sharing a rank', () => {
    const rows = page(OUT, 'en/stats/index.html')
      .querySelectorAll('tbody tr')
      .map((tr) => [
        tr.querySelector('td')?.text,
        tr.querySelector('th')?.text,
        tr.querySelectorAll('td')[2]?.text,
      ]);
    expect(rows).toEqual([
      ['1', 'Türkiye', '99.0%'],
      ['2', 'Austria', '0.5%'],
      ['2', 'Germany', '0.5%'],
    ]);
  });

  it('draws a static SVG chart with a text alternative beside the data table', () => {
    const svg = page(OUT, 'de/stats/index.html').querySelector('svg.chart');
    expect(svg?.getAttribute('role')).toBe('img');
    const [titleId, descId] = (svg?.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(svg?.querySelector(`title#${titleId}`)?.text).toContain('2021');
    expect(svg?.querySelector(`desc#${descId}`)?.text).toContain('Türkei: 226.597');
    expect(svg?.querySelectorAll('rect.bar')).toHaveLength(3);
  });

  it('links the CSV and JSON downloads under the base path', () => {
    const links = page(OUT, 'de/stats/index.html')
      .querySelectorAll('a[download]')
      .map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '/mirror/downloads/etwinning-statistics.csv',
      '/mirror/downloads/etwinning-statistics.json',
    ]);
    expect(readFileSync(join(OUT, 'downloads/etwinning-statistics.csv'), 'utf8')).toContain(
      '2021,2021-01-01,2021-12-31,TR,226597,50736,40382,,,false',
    );
    const json = JSON.parse(readFileSync(join(OUT, 'downloads/etwinning-statistics.json'), 'utf8'));
    expect(json.periods).toHaveLength(2);
  });
});

describe('statistics per country', () => {
  it('shows the series over time as a chart and a table', () => {
    const tr = page(OUT, 'de/stats/tr/index.html');
    expect(tr.querySelectorAll('svg.chart path')).toHaveLength(3);
    const desc = tr.querySelector('svg desc')?.text ?? '';
    for (const part of ['2020', '2021', '200.000', '226.597']) expect(desc).toContain(part);
    const years = tr.querySelectorAll('tbody th').map((th) => th.text);
    expect(years).toEqual(['2020', '2021']);
    expect(tr.querySelector('tbody tr:last-child td')?.text.trim()).toBe('226.597');
  });

  it('exists for every participating country, with or without figures', () => {
    expect(page(OUT, 'en/stats/fr/index.html').querySelector('main p:last-of-type')?.text).toBe(
      'No figures have been published for this country yet.',
    );
  });

  it('puts the latest figures on the country page', () => {
    const figures = page(OUT, 'fr/countries/tr/index.html').querySelector(
      'section[aria-labelledby="figures-title"]',
    );
    expect(figures?.querySelector('[data-count="teachers"]')?.text.trim()).toBe('226\u202f597');
    expect(figures?.querySelector('a')?.getAttribute('href')).toBe('/mirror/fr/stats/tr/');
  });
});
