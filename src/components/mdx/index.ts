/**
 * The components editors may use in MDX without importing them. Only these are documented
 * (docs/content.md); every `<Content />` of a collection entry receives this map.
 */
import Callout from './Callout.astro';

export const mdxComponents = { Callout };
