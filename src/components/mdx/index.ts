/**
 * The components editors may use in MDX without importing them. Only these are documented
 * (docs/content.md); every `<Content />` of a collection entry receives this map, and the safety
 * gate (src/lib/markup-safety.ts) accepts exactly these names.
 */
import Callout from './Callout.astro';
import type { MDX_COMPONENTS } from '../../lib/mdx-components.ts';

export const mdxComponents = { Callout } satisfies Record<(typeof MDX_COMPONENTS)[number], unknown>;
