/** Names of the components editors may use in MDX (docs/content.md). */
export const MDX_COMPONENTS = ['Callout'] as const;
