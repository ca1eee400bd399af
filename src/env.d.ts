declare namespace App {
  interface Locals {
    /** The page's locale context, set by src/middleware.ts. */
    page: import('./page-context.ts').PageContext;
  }
}
