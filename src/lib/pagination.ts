/** Static pagination with stable URLs: `<listing>/`, then `<listing>/page/2/`, `page/3/`, … */

/** Items per listing page, by listing kind. */
export const PAGE_SIZES = { news: 12, projects: 12 } as const;

/** One page of a listing. */
export interface ListingPage<T> {
  readonly items: readonly T[];
  /** 1-based. */
  readonly current: number;
  readonly total: number;
  /** Rest parameter of the route: `undefined` for the first page, `page/N` after. */
  readonly rest: string | undefined;
  /** Listing-relative path of a page number, e.g. `''` or `page/2/`. */
  readonly pathOf: (page: number) => string;
}

/** Listing-relative path of page `n`. */
export function pagePath(n: number): string {
  return n <= 1 ? '' : `page/${n}/`;
}

/**
 * Splits items into pages; an empty list still gets one (empty) page.
 * @example paginateList([1, 2, 3], 2).map((p) => p.rest) // [undefined, 'page/2']
 */
export function paginateList<T>(items: readonly T[], size: number): ListingPage<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    current: i + 1,
    total,
    rest: i === 0 ? undefined : `page/${i + 1}`,
    pathOf: pagePath,
  }));
}

/**
 * The `<title>` of a listing page: the listing's title, plus the page status after page 1.
 * @example listingTitle('News', page, (s) => s) // 'News (Page 2 of 3)'
 */
export function listingTitle(
  title: string,
  page: Pick<ListingPage<unknown>, 'current' | 'total'>,
  status: (page: number, total: number) => string,
): string {
  return page.current > 1 ? `${title} (${status(page.current, page.total)})` : title;
}
