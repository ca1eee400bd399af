/** Project showcases: the facets of the browse pages. */
import { numberFormat } from './intl-cache.ts';
import { AGE_BANDS } from './taxonomies.ts';

type ProjectLike = {
  readonly data: {
    readonly partners: readonly { readonly country: string }[];
    readonly ageRange: { readonly from: number; readonly to: number };
    readonly subjects: readonly string[];
    readonly start: Date;
  };
};

/** Countries of a project's partner schools, without repeats, in partner order. */
export function projectCountries(project: ProjectLike): string[] {
  return [...new Set(project.data.partners.map((p) => p.country))];
}

/** Age bands (ids of AGE_BANDS) that a project's (or a kit's) age range overlaps. */
export function ageBands(entry: {
  readonly data: { readonly ageRange: { readonly from: number; readonly to: number } };
}): string[] {
  const { from, to } = entry.data.ageRange;
  return AGE_BANDS.filter((band) => from <= band.to && to >= band.from).map((band) => band.id);
}

/** The year a project started, as text for URLs. */
export function startYear(project: ProjectLike): string {
  return String(project.data.start.getUTCFullYear());
}

/** Facet keys of a project, by browse dimension. */
export const PROJECT_FACETS = {
  country: (p: ProjectLike) => projectCountries(p).map((c) => c.toLowerCase()),
  age: ageBands,
  subject: (p: ProjectLike) => [...p.data.subjects],
  year: (p: ProjectLike) => [startYear(p)],
} as const;

export type ProjectFacet = keyof typeof PROJECT_FACETS;

/**
 * An age range in the reader's number format, e.g. "7–11".
 * @example ageRangeText({ from: 7, to: 11 }, 'en') // '7–11'
 */
export function ageRangeText(
  range: { readonly from: number; readonly to: number },
  tag: string,
): string {
  const number = numberFormat(tag);
  return range.from === range.to
    ? number.format(range.from)
    : `${number.format(range.from)}–${number.format(range.to)}`;
}
