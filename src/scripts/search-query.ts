/**
 * The DOM-free part of the search page script (src/scripts/search.ts): what a search URL asks
 * for and how to write it back, the options Pagefind gets, which filter values to offer in which
 * order, and the sentence the live region announces. Kept apart so tests/unit can check it.
 */

/** The filters the page offers, in the order they appear in the URL. */
export const FILTERS = ['type', 'country', 'year'] as const;
export type FilterName = (typeof FILTERS)[number];

/** The values ticked in each filter. */
export type ChosenFilters = Record<FilterName, Set<string>>;

/** A search as the URL carries it, so it can be shared and restored. */
export interface SearchRequest {
  /** Trimmed; empty until the visitor asks something. */
  query: string;
  /** Whether to merge in the source-language "originals" index. */
  originals: boolean;
  /** The sort radio's value: `''` for relevance, `'newest'` for newest first. */
  sort: string;
  chosen: ChosenFilters;
}

/** The words the status line is built from (the page's `search.none` and `search.results`). */
export interface StatusStrings {
  none: string;
  /** One template per plural category of the page's language. */
  results: Record<string, string>;
}

/** Reads a search from a URL's query string (`location.search`). */
export function readRequest(search: string): SearchRequest {
  const params = new URLSearchParams(search);
  return {
    query: (params.get('q') ?? '').trim(),
    originals: params.get('originals') === '1',
    sort: params.get('sort') ?? '',
    chosen: {
      type: new Set(params.getAll('type')),
      country: new Set(params.getAll('country')),
      year: new Set(params.getAll('year')),
    },
  };
}

/** Writes a search as a query string, `?q=…` first, leaving out what is at its default. */
export function writeRequest(request: SearchRequest): string {
  const next = new URLSearchParams();
  next.set('q', request.query);
  if (request.originals) next.set('originals', '1');
  for (const name of FILTERS) for (const value of request.chosen[name]) next.append(name, value);
  if (request.sort) next.set('sort', request.sort);
  return `?${next}`;
}

/** Pagefind's search options: a filter for each filter with ticked values, and the sort. */
export function searchOptions(request: SearchRequest): Record<string, unknown> {
  const filters = Object.fromEntries(
    FILTERS.filter((name) => request.chosen[name].size > 0).map((name) => [
      name,
      { any: [...request.chosen[name]] },
    ]),
  );
  return { filters, ...(request.sort === 'newest' ? { sort: { date: 'desc' } } : {}) };
}

/** Labels a filter value: search types by our strings, countries by name, years as they are. */
export function filterLabeller(
  lang: string,
  types: Record<string, string>,
): (name: FilterName, value: string) => string {
  const regionNames = new Intl.DisplayNames([lang], { type: 'region' });
  return (name, value) => {
    if (name === 'type') return types[value] ?? value;
    if (name === 'country') return regionNames.of(value) ?? value;
    return value;
  };
}

/**
 * The values a filter offers, with their counts: those the search found, plus any ticked value
 * it no longer finds (so it can be unticked). Years run newest first, the rest by label.
 */
export function filterOptions(
  name: FilterName,
  counts: Record<string, number>,
  chosen: ReadonlySet<string>,
  label: (value: string) => string,
  lang: string,
): [value: string, count: number][] {
  return Object.entries(counts)
    .filter(([value, count]) => count > 0 || chosen.has(value))
    .sort(([a], [b]) =>
      name === 'year' ? b.localeCompare(a) : label(a).localeCompare(label(b), lang),
    );
}

/** The status line after a search: "No results for …" or "12 results for …" in `lang`. */
export function resultsStatus(
  strings: StatusStrings,
  query: string,
  count: number,
  lang: string,
): string {
  if (count === 0) return strings.none.replace('{query}', query);
  const template =
    strings.results[new Intl.PluralRules(lang).select(count)] ?? strings.results.other ?? '';
  return template
    .replace('{count}', new Intl.NumberFormat(lang).format(count))
    .replace('{query}', query);
}
