/** Sets each page's locale context (src/page-context.ts) from its `locale` route parameter. */
import { defineMiddleware } from 'astro:middleware';
import { pageContext } from './page-context.ts';

export const onRequest = defineMiddleware((context, next) => {
  context.locals.page = pageContext(context.params['locale']);
  return next();
});
