/**
 * Static paths of every section's listing: its index and, for each facet value, a browse page,
 * each paginated (`news/`, `news/page/2/`, `news/topic/inclusion/`, `projects/age/7-11/page/2/`).
 * One route file per section serves them all (`src/pages/[locale]/<segment>/[...listing].astro`).
 */
import { sectionViews, type SectionItem, type SectionView } from './views.ts';
import { paginateList, type ListingPage } from '../lib/pagination.ts';
import { contentOf, sectionSubpath, type CollectionId } from '../lib/sections.ts';

/** One page of a section listing, as its route gets it. */
export interface ListingProps<C extends CollectionId> {
  readonly id: C;
  readonly page: ListingPage<SectionItem<C>>;
  /** On a browse page: the facet and its value. */
  readonly facet?: { readonly id: string; readonly value: string } | undefined;
  /** The locale's whole view, for the browse links. */
  readonly view: SectionView<C>;
}

const DEFAULT_PAGE_SIZE = 12;

/**
 * The rest parameter of a listing page below the section, e.g. `topic/inclusion/page/2`;
 * `undefined` for the section's first page.
 */
function restOf(id: CollectionId, target: Record<string, string | number>) {
  const prefix = sectionSubpath(id);
  const rest = sectionSubpath(id, target).slice(prefix.length).replace(/\/$/, '');
  return rest === '' ? undefined : rest;
}

/** Every listing page of a section in every rendered locale. */
export async function listingPaths<C extends CollectionId>(id: C) {
  const size = contentOf(id).pageSize ?? DEFAULT_PAGE_SIZE;
  const views = await sectionViews(id);
  return [...views].flatMap(([locale, view]) => {
    const lists: { facet?: { id: string; value: string }; items: readonly SectionItem<C>[] }[] = [
      { items: view.all },
      ...[...view.facets].flatMap(([facet, groups]) =>
        [...groups].map(([value, items]) => ({ facet: { id: facet, value }, items })),
      ),
    ];
    return lists.flatMap(({ facet, items }) =>
      paginateList(items, size).map((page) => {
        const target = { ...(facet ? { [facet.id]: facet.value } : {}), page: page.current };
        const props: ListingProps<C> = { id, page, facet, view };
        return { params: { locale, listing: restOf(id, target) }, props };
      }),
    );
  });
}

/** The locale-independent path of a listing page (for the language switcher and hreflang). */
export function listingPagePath<C extends CollectionId>(props: ListingProps<C>): string {
  return sectionSubpath(props.id, {
    ...(props.facet ? { [props.facet.id]: props.facet.value } : {}),
    page: props.page.current,
  });
}
