/**
 * Per-locale views of the collections that several routes share (sorted lists and facet
 * groups), computed once per build from the loaded indexes.
 */
import { loadLocalized, type Localized } from './collections.ts';
import { groupBy, newestFirst } from '../lib/listings.ts';
import { PROJECT_FACETS, type ProjectFacet } from '../lib/projects.ts';
import { resolveAll, type Resolved } from '../lib/translations.ts';
import { RENDERED_LOCALES } from '../site.ts';

export type NewsItem = Resolved<Localized<'news'>>;
export type ProjectItem = Resolved<Localized<'projects'>>;

/** A locale's news, newest first, and grouped by topic and by (lower-case) country. */
export interface NewsView {
  readonly all: readonly NewsItem[];
  readonly byTopic: ReadonlyMap<string, readonly NewsItem[]>;
  readonly byCountry: ReadonlyMap<string, readonly NewsItem[]>;
}

let news: Promise<ReadonlyMap<string, NewsView>> | undefined;

/** News views of every built locale. */
export function newsViews(): Promise<ReadonlyMap<string, NewsView>> {
  news ??= loadLocalized('news').then(
    (index) =>
      new Map(
        RENDERED_LOCALES.map(({ code: locale }) => {
          const all = newestFirst(resolveAll(index, locale));
          return [
            locale,
            {
              all,
              byTopic: groupBy(all, (item) => [item.entry.data.topic]),
              byCountry: groupBy(all, (item) =>
                item.entry.data.countries.map((c) => c.toLowerCase()),
              ),
            },
          ];
        }),
      ),
  );
  return news;
}

/** A locale's projects, newest start first, grouped per browse facet. */
export interface ProjectView {
  readonly all: readonly ProjectItem[];
  readonly facets: Readonly<Record<ProjectFacet, ReadonlyMap<string, readonly ProjectItem[]>>>;
}

let projects: Promise<ReadonlyMap<string, ProjectView>> | undefined;

/** Project views of every built locale. */
export function projectViews(): Promise<ReadonlyMap<string, ProjectView>> {
  projects ??= loadLocalized('projects').then(
    (index) =>
      new Map(
        RENDERED_LOCALES.map(({ code: locale }) => {
          const all = resolveAll(index, locale).sort(
            (a, b) =>
              b.entry.data.start.getTime() - a.entry.data.start.getTime() ||
              a.entry.slug.localeCompare(b.entry.slug),
          );
          const facets = Object.fromEntries(
            (Object.keys(PROJECT_FACETS) as ProjectFacet[]).map((facet) => [
              facet,
              groupBy(all, (item) => PROJECT_FACETS[facet](item.entry)),
            ]),
          ) as Record<ProjectFacet, Map<string, ProjectItem[]>>;
          return [locale, { all, facets }];
        }),
      ),
  );
  return projects;
}
