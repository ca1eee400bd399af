/**
 * Annual themes and campaigns: when a theme applies (in the reader's language), the order of
 * the themes index, and which entries of the themed sections (`THEMED_COLLECTIONS`) a theme
 * gathers. Pure: the reading layer (src/data/themes.ts) passes the loaded entries.
 */
import { dateTimeFormat, listFormat } from './intl-cache.ts';
import type { ThemeKind } from './taxonomies.ts';

/** The part of a theme's front matter that says when it applies. */
export interface ThemeTiming {
  readonly kind: ThemeKind;
  /** An annual theme's year (`2024`) or school year (`2024/25`). */
  readonly year?: string | undefined;
  /** A campaign's months (1–12), in calendar order. */
  readonly months?: readonly number[] | undefined;
  /** With one month: the campaign's day. */
  readonly day?: number | undefined;
}

/**
 * The themes an entry names (`themes: [...]`); none when the field is absent.
 * @example themesOf({ themes: ['etwinning-day'] }) // ['etwinning-day']
 */
export function themesOf(data: unknown): readonly string[] {
  const themes = (data as { themes?: unknown } | null)?.themes;
  return Array.isArray(themes) ? themes.filter((t): t is string => typeof t === 'string') : [];
}

/** A day of the year in UTC (2000 is a leap year, so 29 February exists). */
const dayOfYear = (month: number, day = 1) => new Date(Date.UTC(2000, month - 1, day));

/**
 * When a campaign comes back each year, in the reader's language: its day, or its months.
 * @example recurrenceText([5], 9, 'en') // '9 May'
 * @example recurrenceText([9, 10], undefined, 'de') // 'September und Oktober'
 */
export function recurrenceText(
  months: readonly number[],
  day: number | undefined,
  tag: string,
): string {
  if (day !== undefined && months.length === 1)
    return dateTimeFormat(tag, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
      dayOfYear(months[0] ?? 1, day),
    );
  const month = dateTimeFormat(tag, { month: 'long', timeZone: 'UTC' });
  return listFormat(tag).format(months.map((m) => month.format(dayOfYear(m))));
}

/** The year an annual theme starts in (`2024/25` → 2024); campaigns have none. */
const startYear = (timing: ThemeTiming) => Number(timing.year?.slice(0, 4) ?? 0);

/**
 * The order of the themes index: annual themes newest first, then campaigns through the
 * calendar year (by their first month and day), ties by slug.
 */
export function compareThemes(
  a: { readonly slug: string; readonly data: ThemeTiming },
  b: { readonly slug: string; readonly data: ThemeTiming },
): number {
  const kind = Number(a.data.kind === 'campaign') - Number(b.data.kind === 'campaign');
  const calendar = (t: ThemeTiming) => (t.months?.[0] ?? 0) * 100 + (t.day ?? 0);
  return (
    kind ||
    startYear(b.data) - startYear(a.data) ||
    calendar(a.data) - calendar(b.data) ||
    a.slug.localeCompare(b.slug)
  );
}

/**
 * Throws one line per theme an entry names that is no theme (the content gate reports these
 * first, with the line; the build refuses them too).
 */
export function checkThemeNames(
  entries: readonly { readonly file: string; readonly data: unknown }[],
  themes: ReadonlySet<string>,
): void {
  const problems = entries.flatMap(({ file, data }) =>
    themesOf(data).flatMap((slug, i) =>
      themes.has(slug)
        ? []
        : [
            `${file} — field "themes[${i}]": "${slug}" is not a theme (expected a file name in content/themes/<locale>/)`,
          ],
    ),
  );
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

/** The items that name a theme, in the order given. */
export function taggedWith<T extends { readonly entry: { readonly data: unknown } }>(
  items: readonly T[],
  theme: string,
): T[] {
  return items.filter((item) => themesOf(item.entry.data).includes(theme));
}

/**
 * When a theme applies, as the reader reads it: an annual theme's (school) year, a campaign's
 * day or months.
 * @example whenText({ kind: 'campaign', months: [9, 10] }, 'en') // 'September and October'
 */
export function whenText(timing: ThemeTiming, tag: string): string {
  return timing.kind === 'campaign'
    ? recurrenceText(timing.months ?? [], timing.day, tag)
    : (timing.year ?? '');
}
