/** Static paths of the project browse pages, one thin route file per facet. */
import { projectViews } from './views.ts';
import { PAGE_SIZES, paginateList } from '../lib/pagination.ts';
import type { ProjectFacet } from '../lib/projects.ts';

/** Every (locale, facet value, page) of one browse facet. */
export async function facetPaths(facet: ProjectFacet) {
  const views = await projectViews();
  return [...views].flatMap(([locale, view]) =>
    [...view.facets[facet]].flatMap(([value, items]) =>
      paginateList(items, PAGE_SIZES.projects).map((page) => ({
        params: { locale, value, page: page.rest },
        props: { page, facets: view.facets },
      })),
    ),
  );
}
