/**
 * Per-locale views of the sections' collections that several routes share: the listing order
 * and the entries under each facet value, computed once per build from the registry
 * (src/lib/sections.ts) and the loaded indexes.
 */
import { loadLocalized, type Localized } from './collections.ts';
import { groupBy } from '../lib/listings.ts';
import { contentOf, type CollectionId, type FacetDefinition } from '../lib/sections.ts';
import { resolveAll, type Resolved } from '../lib/translations.ts';
import { RENDERED_LOCALES } from '../site.ts';

export type SectionItem<C extends CollectionId> = Resolved<Localized<C>>;
export type NewsItem = SectionItem<'news'>;
export type ProjectItem = SectionItem<'projects'>;

/** A locale's entries of one section in listing order, and grouped per facet value. */
export interface SectionView<C extends CollectionId> {
  readonly all: readonly SectionItem<C>[];
  /** Facet id → value → entries (values with entries, plus every `showEmpty` value). */
  readonly facets: ReadonlyMap<string, ReadonlyMap<string, readonly SectionItem<C>[]>>;
}

const views = new Map<CollectionId, Promise<ReadonlyMap<string, SectionView<never>>>>();

/** Newest first by the section's date (or year) field, then by slug; else by slug. */
function listingOrder<C extends CollectionId>(id: C) {
  const field = contentOf(id).newestBy;
  const time = (item: SectionItem<C>) => {
    const value = field ? (item.entry.data as Record<string, unknown>)[field] : undefined;
    return value instanceof Date ? value.getTime() : typeof value === 'number' ? value : 0;
  };
  return (a: SectionItem<C>, b: SectionItem<C>) =>
    time(b) - time(a) || a.entry.slug.localeCompare(b.entry.slug);
}

function facetGroups<T extends { readonly entry: { readonly data: unknown } }>(
  items: readonly T[],
  facet: FacetDefinition,
): Map<string, T[]> {
  const valuesOf = facet.valuesOf as (data: unknown) => readonly string[];
  const groups = groupBy(items, (item) => valuesOf(item.entry.data));
  if (!facet.showEmpty) return groups;
  return new Map((facet.vocabulary ?? []).map((value) => [value, groups.get(value) ?? []]));
}

/** The views of one section in every rendered locale. */
export function sectionViews<C extends CollectionId>(
  id: C,
): Promise<ReadonlyMap<string, SectionView<C>>> {
  let view = views.get(id);
  if (!view) {
    const facets = Object.entries(contentOf(id).facets ?? {});
    view = loadLocalized(id).then(
      (index) =>
        new Map(
          RENDERED_LOCALES.map(({ code: locale }) => {
            const all = resolveAll(index, locale).sort(listingOrder(id));
            const groups = new Map(facets.map(([facet, def]) => [facet, facetGroups(all, def)]));
            return [locale, { all, facets: groups }];
          }),
        ),
    ) as Promise<ReadonlyMap<string, SectionView<never>>>;
    views.set(id, view);
  }
  return view as Promise<ReadonlyMap<string, SectionView<C>>>;
}

/** The entries of a locale under one facet value (e.g. the news of a country). */
export function facetItems<C extends CollectionId>(
  view: SectionView<C> | undefined,
  facet: string,
  value: string,
): readonly SectionItem<C>[] {
  return view?.facets.get(facet)?.get(value) ?? [];
}
