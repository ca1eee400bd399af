/** eTwinning School label holders (content/schools.json): how a round's list is ordered. */
import { collator } from './intl-cache.ts';
import type { SchoolRoundData } from './schemas.ts';

type School = SchoolRoundData['schools'][number];

/**
 * A round's schools by country name in the reader's language, then by school and town.
 * @example sortSchools(schools, 'de', (c) => countryName(c, 'de')) // Österreich after Deutschland
 */
export function sortSchools(
  schools: readonly School[],
  tag: string,
  countryName: (code: string) => string,
): School[] {
  const compare = collator(tag).compare;
  return [...schools].sort(
    (a, b) =>
      compare(countryName(a.country), countryName(b.country)) ||
      compare(a.name, b.name) ||
      compare(a.town, b.town),
  );
}

/**
 * A round's id as the reader sees it, with an en dash: "2025-2026" → "2025–2026".
 * @example roundName('2025-2026') // '2025–2026'
 */
export function roundName(id: string): string {
  return id.replace('-', '–');
}

/** The official page of the eTwinning School label, where the real lists are announced. */
export const OFFICIAL_SCHOOL_LABEL_PAGE =
  'https://school-education.ec.europa.eu/en/etwinning/labels/etwinning-school-label';
