/**
 * Front-matter and data schemas of the content collections. Types are derived from these, never
 * restated. Schemas that reference images or countries are factories: Astro passes its `image()`
 * helper, the content checker passes a file-existence check, and both pass the country list.
 */
import { z } from 'zod';
import {
  COMPETENCES,
  EVENT_FORMATS,
  EVENT_TYPES,
  HELP_GROUPS,
  PRIZE_CATEGORIES,
  SUBJECTS,
  TOPICS,
} from './taxonomies.ts';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const date = z.coerce.date({ error: 'expected a date such as 2026-11-29' });

/** An ISO 3166-1 alpha-2 code of a participating country, as listed in content/countries.json. */
export function countryCode(codes: readonly string[]) {
  return z.string().refine((value) => codes.includes(value), {
    error: (issue) =>
      `"${String(issue.input)}" is not a participating country (expected e.g. "TR"; the list is content/countries.json)`,
  });
}

/** A language code that `Intl` knows, e.g. `de`, `tr`. */
export const languageCode = z.string().refine(
  (value) => {
    try {
      return /^[a-z]{2,3}$/.test(value) && Intl.getCanonicalLocales(value)[0] === value;
    } catch {
      return false;
    }
  },
  { error: (issue) => `"${String(issue.input)}" is not a language code (expected e.g. "de")` },
);

/**
 * Which version of its original a translation was made from; written by `npm run translate`
 * and compared with the original by the translation status.
 */
export const translatedFromSchema = z.strictObject({
  locale: z.string().regex(/^[a-z]{2,3}$/, 'expected the locale code of the original, e.g. "en"'),
  version: z
    .string()
    .regex(
      /^[0-9a-f]{12}$/,
      'expected the 12-character version written by "npm run translate"; do not edit it by hand',
    ),
  /**
   * When a second, independent pass compared this translation with that version of the
   * original (meaning, facts, numbers, links), as YYYY-MM-DD. `npm run translate -- --update`
   * removes it: a new version needs a new review.
   */
  reviewed: date.optional(),
});

/** An image with its required text alternative. */
export function imageWithAlt<T extends z.ZodType>(image: T) {
  return z.strictObject({
    src: image,
    alt: z
      .string({ error: 'alt text is required: describe the image for people who cannot see it' })
      .trim()
      .min(1, 'alt text is required: describe the image for people who cannot see it'),
  });
}

/** An about page: `content/pages/<locale>/<slug>.md`. */
export const pageSchema = z.strictObject({
  title: text(90),
  description: text(200),
  /** Position in the "About eTwinning" menu, smallest first. */
  order: z.number().int().min(0).default(100),
  /** `footer` pages (accessibility statement, privacy notice) are linked from every footer. */
  menu: z
    .enum(['about', 'footer'], { error: () => 'expected "about" or "footer"' })
    .default('about'),
  /** When the text last changed in substance, as YYYY-MM-DD. */
  updated: date,
  translatedFrom: translatedFromSchema.optional(),
});

/** A news item: `content/news/<locale>/<slug>.md`. */
export function newsSchema<T extends z.ZodType>(image: T, countries: readonly string[]) {
  return z.strictObject({
    title: text(120),
    description: text(300),
    date,
    countries: z.array(countryCode(countries)).min(1, 'name at least one country'),
    topic: z.enum(TOPICS, { error: () => `expected one of: ${TOPICS.join(', ')}` }),
    cover: imageWithAlt(image),
    /** True for demonstration content: pages then say so. */
    sample: z.boolean().default(false),
    translatedFrom: translatedFromSchema.optional(),
  });
}

/** A project showcase: `content/projects/<locale>/<slug>.md`. */
export function projectSchema<T extends z.ZodType>(image: T, countries: readonly string[]) {
  const age = z.number().int().min(2).max(20);
  return z
    .strictObject({
      title: text(120),
      description: text(300),
      partners: z
        .array(
          z.strictObject({ school: text(160), town: text(80), country: countryCode(countries) }),
        )
        .min(2, 'a project has at least two partner schools'),
      ageRange: z
        .strictObject({ from: age, to: age })
        .refine((range) => range.from <= range.to, 'ageRange.from must not be above ageRange.to'),
      subjects: z
        .array(z.enum(SUBJECTS, { error: () => `expected one of: ${SUBJECTS.join(', ')}` }))
        .min(1),
      languages: z.array(languageCode).min(1),
      competences: z
        .array(z.enum(COMPETENCES, { error: () => `expected one of: ${COMPETENCES.join(', ')}` }))
        .default([]),
      tools: z.array(text(60)).default([]),
      start: date,
      end: date,
      qualityLabels: z
        .strictObject({
          national: z.array(countryCode(countries)).default([]),
          european: z.boolean().default(false),
        })
        .default({ national: [], european: false }),
      cover: imageWithAlt(image),
      gallery: z.array(imageWithAlt(image)).default([]),
      sample: z.boolean().default(false),
      translatedFrom: translatedFromSchema.optional(),
    })
    .refine((project) => project.end >= project.start, {
      path: ['end'],
      error: 'the project cannot end before it starts',
    });
}

/** A recognition page (label or prize): `content/recognition/<locale>/<slug>.md`. */
export const recognitionSchema = z.strictObject({
  title: text(90),
  description: text(300),
  awardedBy: text(200),
  order: z.number().int().min(0).default(100),
  updated: date,
  translatedFrom: translatedFromSchema.optional(),
});

/**
 * A help entry: `content/help/<locale>/<id>.md`. With `group`, it is a question on the help page
 * (its file name is its anchor there, `help/#<id>`, the same in every locale; the body is the
 * answer). Without `group`, it is a help page of its own (`help/<id>/`) and needs a description.
 */
export const helpSchema = z
  .strictObject({
    title: text(160),
    description: text(300).optional(),
    group: z
      .enum(HELP_GROUPS, {
        error: () =>
          `expected one of: ${HELP_GROUPS.join(', ')} (or no "group" for a help page of its own)`,
      })
      .optional(),
    /** Position in its group (or among the help pages), smallest first. */
    order: z.number().int().min(0).default(100),
    updated: date,
    translatedFrom: translatedFromSchema.optional(),
  })
  .superRefine((entry, context) => {
    if (entry.group === undefined && entry.description === undefined)
      context.addIssue({
        code: 'custom',
        path: ['description'],
        message: `a help page of its own needs a description; for a question on the help page, give its "group" (one of: ${HELP_GROUPS.join(', ')})`,
      });
    if (entry.group !== undefined && entry.description !== undefined)
      context.addIssue({
        code: 'custom',
        path: ['description'],
        message:
          'a question has no description: its answer is the text below the front matter (remove "description")',
      });
  });

/** A professional-development event: `content/events/<locale>/<slug>.md`. */
export const eventSchema = z
  .strictObject({
    title: text(120),
    description: text(300),
    type: z.enum(EVENT_TYPES, { error: () => `expected one of: ${EVENT_TYPES.join(', ')}` }),
    /** Date and time with offset, e.g. 2026-12-10T15:00:00+01:00. */
    start: date,
    end: date,
    language: languageCode,
    audience: text(160),
    format: z.enum(EVENT_FORMATS, { error: () => `expected one of: ${EVENT_FORMATS.join(', ')}` }),
    location: text(160).optional(),
    registration: z.url({ protocol: /^https$/, error: 'expected an https:// address' }),
    sample: z.boolean().default(false),
    translatedFrom: translatedFromSchema.optional(),
  })
  .refine((event) => event.end >= event.start, {
    path: ['end'],
    error: 'the event cannot end before it starts',
  })
  .refine((event) => event.format === 'online' || event.location !== undefined, {
    path: ['location'],
    error: 'an on-site event needs a location',
  });

/** One support organisation of a country; unknown details are left out, never invented. */
const organisationSchema = z.strictObject({
  type: z.enum(['NSS', 'PSA']),
  name: text(200).optional(),
  website: z.url({ protocol: /^https?$/ }).optional(),
  email: z.email().optional(),
});

/**
 * When a country joined or left: a day (`2020-12-31`) or, where only the year is known, a year
 * (`2009`; the number 2009 is read the same way). Refused unless it is a real date in 2005 (when
 * eTwinning began) or later.
 */
const participationDate = z.preprocess(
  (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
  z
    .string({
      error: (issue) =>
        `expected a date such as "2020-12-31" or a year such as "2009", got ${JSON.stringify(issue.input)}`,
    })
    .refine((value) => isRealDate(value) && value >= '2005', {
      error: (issue) =>
        `${JSON.stringify(issue.input)} is not a real date from 2005 on (expected a day such as "2020-12-31", or a year such as "2009" where only the year is known)`,
    }),
);

function isRealDate(value: string): boolean {
  if (/^\d{4}$/.test(value)) return true;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

/** The first day a `joined`/`left` value can mean: `2009` → `2009-01-01`. */
export const firstDay = (value: string) => (value.length === 4 ? `${value}-01-01` : value);
/** The last day a `joined`/`left` value can mean: `2020` → `2020-12-31`. */
export const lastDay = (value: string) => (value.length === 4 ? `${value}-12-31` : value);

/** One country in content/countries.json: taking part, or (with `left`) a former one. */
export const countrySchema = z
  .strictObject({
    id: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as "TR"'),
    programme: z.enum(['etwinning', 'plus']),
    /** The first day (or year) the country took part. */
    joined: participationDate.optional(),
    /** The last day (or year) the country took part; after it, the country is a former one. */
    left: participationDate.optional(),
    organisations: z.array(organisationSchema).default([]),
  })
  .refine((c) => !c.joined || !c.left || lastDay(c.left) > firstDay(c.joined), {
    path: ['left'],
    error: (issue) => {
      const c = issue.input as { joined?: unknown; left?: unknown };
      return `${JSON.stringify(c.left)} is not after "joined" (${JSON.stringify(c.joined)}): a country leaves after it joins`;
    },
  });

/** Prize results of one year in content/prizes.json. */
export const prizeYearSchema = z.strictObject({
  id: z.string().regex(/^\d{4}$/, 'expected the year as text, e.g. "2025"'),
  sample: z.boolean().default(false),
  categories: z
    .array(
      z.strictObject({
        category: z.enum(PRIZE_CATEGORIES, {
          error: () => `expected one of: ${PRIZE_CATEGORIES.join(', ')}`,
        }),
        winners: z.array(z.string().min(1)).min(1),
      }),
    )
    .min(1),
});

export type PageData = z.infer<typeof pageSchema>;
export type NewsData<Image> = z.infer<ReturnType<typeof newsSchema<z.ZodType<Image>>>>;
export type CountryData = z.infer<typeof countrySchema>;
export type PrizeYearData = z.infer<typeof prizeYearSchema>;
export type EventData = z.infer<typeof eventSchema>;
export type RecognitionData = z.infer<typeof recognitionSchema>;
export type HelpData = z.infer<typeof helpSchema>;
