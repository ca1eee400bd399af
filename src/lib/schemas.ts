/** Front-matter schemas of the content collections. Types are derived from these, never restated. */
import { z } from 'zod';

/** An about page: `content/pages/<locale>/<slug>.md`. */
export const pageSchema = z.strictObject({
  title: z.string().trim().min(1).max(90),
  description: z.string().trim().min(1).max(200),
  /** Position in the "About eTwinning" menu, smallest first. */
  order: z.number().int().min(0).default(100),
  /** When the text last changed in substance, as YYYY-MM-DD. */
  updated: z.coerce.date(),
});

export type PageData = z.infer<typeof pageSchema>;
