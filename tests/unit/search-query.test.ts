import { describe, expect, it } from 'vitest';
import {
  filterLabeller,
  filterOptions,
  readRequest,
  resultsStatus,
  searchOptions,
  writeRequest,
} from '../../src/scripts/search-query.ts';

describe('the search URL', () => {
  it('reads the query trimmed, every ticked filter value, originals and sort', () => {
    const request = readRequest(
      '?q=%20T%C3%BCrkei%20&type=news&type=project&year=2021&sort=newest',
    );
    expect(request.query).toBe('Türkei');
    expect(request.originals).toBe(false);
    expect(request.sort).toBe('newest');
    expect([...request.chosen.type]).toEqual(['news', 'project']);
    expect([...request.chosen.country]).toEqual([]);
    expect([...request.chosen.year]).toEqual(['2021']);
  });

  it('defaults to no query, relevance and no originals; only originals=1 asks for them', () => {
    expect(readRequest('')).toMatchObject({ query: '', originals: false, sort: '' });
    expect(readRequest('?q=a&originals=true').originals).toBe(false);
    expect(readRequest('?q=a&originals=1').originals).toBe(true);
  });

  it('writes the query first, then originals, filters in their fixed order, then the sort', () => {
    const request = readRequest('?sort=newest&year=2020&country=TR&q=x y&originals=1&type=news');
    expect(writeRequest(request)).toBe(
      '?q=x+y&originals=1&type=news&country=TR&year=2020&sort=newest',
    );
  });

  it('leaves out what is at its default, but always keeps q', () => {
    expect(writeRequest(readRequest('?q=podcast&sort=&originals=0'))).toBe('?q=podcast');
    expect(writeRequest(readRequest(''))).toBe('?q=');
  });
});

describe('Pagefind search options', () => {
  it('filters only on filters with ticked values', () => {
    expect(searchOptions(readRequest('?q=a&type=news&type=page'))).toEqual({
      filters: { type: { any: ['news', 'page'] } },
    });
    expect(searchOptions(readRequest('?q=a'))).toEqual({ filters: {} });
  });

  it('sorts by date only for "newest"', () => {
    expect(searchOptions(readRequest('?q=a&sort=newest'))).toEqual({
      filters: {},
      sort: { date: 'desc' },
    });
    expect(searchOptions(readRequest('?q=a&sort=other'))).toEqual({ filters: {} });
  });
});

describe('filter options', () => {
  const label = filterLabeller('de', { news: 'Neuigkeiten', project: 'Projekte' });

  it('labels types by our strings, countries by name and years as they are', () => {
    expect(label('type', 'news')).toBe('Neuigkeiten');
    expect(label('type', 'unknown')).toBe('unknown');
    expect(label('country', 'DE')).toBe('Deutschland');
    expect(label('year', '2021')).toBe('2021');
  });

  it('offers found values and ticked ones, sorted by label in the page language', () => {
    const counts = { SE: 2, AT: 1, DE: 0, FR: 0 };
    const options = filterOptions(
      'country',
      counts,
      new Set(['FR']),
      (v) => label('country', v),
      'de',
    );
    // Frankreich, Österreich, Schweden: German collation puts Ö with O.
    expect(options).toEqual([
      ['FR', 0],
      ['AT', 1],
      ['SE', 2],
    ]);
  });

  it('runs years newest first', () => {
    const options = filterOptions('year', { 2019: 1, 2024: 3, 2021: 2 }, new Set(), String, 'de');
    expect(options.map(([year]) => year)).toEqual(['2024', '2021', '2019']);
  });
});

describe('the status line', () => {
  const strings = {
    none: 'Keine Ergebnisse für „{query}“.',
    results: { one: '{count} Ergebnis für „{query}“', other: '{count} Ergebnisse für „{query}“' },
  };

  it('says so when nothing is found', () => {
    expect(resultsStatus(strings, 'xyz', 0, 'de')).toBe('Keine Ergebnisse für „xyz“.');
  });

  it('picks the plural form and formats the count in the page language', () => {
    expect(resultsStatus(strings, 'Schule', 1, 'de')).toBe('1 Ergebnis für „Schule“');
    expect(resultsStatus(strings, 'Schule', 1234, 'de')).toBe('1.234 Ergebnisse für „Schule“');
  });

  it('falls back to the "other" form when the language has a category we lack', () => {
    expect(resultsStatus(strings, 'x', 2, 'pl')).toBe('2 Ergebnisse für „x“');
  });
});
