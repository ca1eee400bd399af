/** Participating countries: reading the editors' data file, who takes part when, grouping. */
import { formatDate } from './format.ts';
import { collator } from './intl-cache.ts';
import { firstDay, lastDay, type CountryData } from './schemas.ts';

type Dated = Pick<CountryData, 'joined' | 'left'>;
type Counted = Dated & Pick<CountryData, 'id' | 'programme'>;

/**
 * Whether a country takes part on `day` (YYYY-MM-DD): from its `joined` day (a year: from 1
 * January) up to and including its `left` day (a year: to 31 December).
 * @example takesPart({ joined: '2005', left: '2020-12-31' }, '2021-01-01') // false
 */
export function takesPart(country: Dated, day: string): boolean {
  return (
    (!country.joined || firstDay(country.joined) <= day) &&
    (!country.left || lastDay(country.left) >= day)
  );
}

/** Whether a country had stopped taking part by `day`: its `left` day is before it. */
export function hasLeft(country: Dated, day: string): boolean {
  return country.left !== undefined && lastDay(country.left) < day;
}

/** How many countries take part on `day`, in all and per programme. */
export function countTakingPart(
  countries: readonly Counted[],
  day: string,
): { total: number; etwinning: number; plus: number } {
  const present = countries.filter((c) => takesPart(c, day));
  const of = (programme: CountryData['programme']) =>
    present.filter((c) => c.programme === programme).length;
  return { total: present.length, etwinning: of('etwinning'), plus: of('plus') };
}

/**
 * The most recent departure before `day`: its last day, who left then, and how many countries
 * took part on that day (the figure older texts still give), or undefined when nobody left.
 */
export function lastDeparture(
  countries: readonly Counted[],
  day: string,
): { day: string; left: string[]; counts: ReturnType<typeof countTakingPart> } | undefined {
  const days = countries
    .filter((c) => hasLeft(c, day))
    .map((c) => lastDay(c.left ?? ''))
    .sort();
  const last = days.at(-1);
  if (!last) return undefined;
  return {
    day: last,
    left: countries.filter((c) => c.left && lastDay(c.left) === last).map((c) => c.id),
    counts: countTakingPart(countries, last),
  };
}

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

/**
 * A `joined`/`left` value for a reader: a year stays as it is, a day is a date in their language.
 * @example formatParticipationDate('2020-12-31', 'de') // '31. Dezember 2020'
 */
export function formatParticipationDate(value: string, tag: string): string {
  return value.length === 4 ? value : formatDate(new Date(`${value}T00:00:00Z`), tag);
}
