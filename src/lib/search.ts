/** What the search index knows about a page beyond its text: type, filters, sort date, image. */

/** A page type a visitor can filter search results by: a section's `searchType` (src/lib/sections.ts). */
export type SearchType = string;

/** Sort key for pages without a date of their own: they come last in "newest first". */
export const UNDATED = '0000-01-01';

/** Search facts of one page. */
export interface SearchFacts {
  readonly type: SearchType;
  /** ISO 3166-1 alpha-2 codes. */
  readonly countries?: readonly string[] | undefined;
  readonly date?: Date | undefined;
  /** The year, for pages known only by their year (a publication): filtered, not dated. */
  readonly year?: number | undefined;
}

/** The filter values (`type`, `country`, `year`) Pagefind records for a page. */
export function searchFilters(facts: SearchFacts): { name: string; value: string }[] {
  return [
    { name: 'type', value: facts.type },
    ...(facts.countries ?? []).map((code) => ({ name: 'country', value: code.toUpperCase() })),
    ...(facts.date
      ? [{ name: 'year', value: String(facts.date.getUTCFullYear()) }]
      : facts.year !== undefined
        ? [{ name: 'year', value: String(facts.year) }]
        : []),
  ];
}

/** The `date` sort key of a page (ISO day), `UNDATED` when it has none. */
export function searchSortDate(facts: SearchFacts): string {
  return facts.date ? facts.date.toISOString().slice(0, 10) : UNDATED;
}

/**
 * One template per plural category of a language, for text that the browser completes (the
 * result count): `render` is called with a sample number of each category, and that number is
 * replaced by `{count}`. Categories no whole number reaches (e.g. Czech "many") are left out.
 * @example pluralTemplates('en', (n) => `${n} results`) // { one: '{count} results', other: '{count} results' }
 */
export function pluralTemplates(
  tag: string,
  render: (count: number) => string,
): Record<string, string> {
  const rules = new Intl.PluralRules(tag);
  const templates: Record<string, string> = {};
  for (const n of [...Array.from({ length: 200 }, (_, i) => i), 1_000_000]) {
    const category = rules.select(n);
    if (!(category in templates)) templates[category] = render(n).replace(String(n), '{count}');
  }
  return templates;
}
