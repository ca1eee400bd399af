/** Participating countries: reading the editors' data file and grouping for pages. */
import { collator } from './intl-cache.ts';

/**
 * The country codes listed in content/countries.json, read before the schemas are built so that
 * every `countries` field can be checked against them.
 */
export function readCountryCodes(json: string, file: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${error instanceof Error ? error.message : error})`);
  }
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of countries`);
  return data.map((row, i) => {
    const id = (row as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || !/^[A-Z]{2}$/.test(id)) {
      throw new Error(
        `${file}: [${i}].id: expected an ISO 3166-1 alpha-2 code such as "TR", got ${JSON.stringify(id)}`,
      );
    }
    return id;
  });
}

/**
 * Sorts country codes by their names in the reader's language.
 * @example sortByName(['DE', 'AT'], 'de') // ['DE', 'AT'] ("Deutschland" < "Österreich")
 */
export function sortByName(
  codes: readonly string[],
  tag: string,
  name: (code: string) => string,
): string[] {
  const compare = collator(tag);
  return [...codes].sort((a, b) => compare.compare(name(a), name(b)));
}
