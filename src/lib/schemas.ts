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

/** A year written as text, e.g. "2025", from 2005 (when eTwinning began) on. */
const labelYear = z
  .string({ error: 'expected the year as text, e.g. "2025"' })
  .regex(/^\d{4}$/, 'expected the year as text, e.g. "2025"')
  .refine((year) => year >= '2005', 'expected a year from 2005 (when eTwinning began) on');

/** The web address of an official list: https only. */
const officialList = z.url({ protocol: /^https$/, error: 'expected an https:// address' });

/**
 * One European Quality Label: a project of the portal (`project`, its file name), or one
 * without a page here (`title` and the `countries` of its partner schools). National projects
 * cannot have the label, so the countries are at least two.
 */
function europeanLabelSchema(countries: readonly string[]) {
  return z
    .strictObject({
      project: z
        .string()
        .regex(
          /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
          'expected the file name of a project, e.g. "water-around-us"',
        )
        .optional(),
      title: text(160).optional(),
      countries: z.array(countryCode(countries)).optional(),
    })
    .superRefine((label, context) => {
      if (label.project !== undefined) {
        for (const field of ['title', 'countries'] as const) {
          if (label[field] !== undefined)
            context.addIssue({
              code: 'custom',
              path: [field],
              message: `leave "${field}" out when "project" is given: it comes from the project's page`,
            });
        }
        return;
      }
      if (label.title === undefined)
        context.addIssue({
          code: 'custom',
          path: ['title'],
          message: 'give "project" (a project of the portal) or "title" and "countries"',
        });
      if (new Set(label.countries ?? []).size < 2)
        context.addIssue({
          code: 'custom',
          path: ['countries'],
          message:
            'name the countries of at least two partner schools: the label needs National Quality Labels in two countries, and a national project cannot have it',
        });
    });
}

/** The European Quality Labels of one year in content/labels.json. */
export function labelYearSchema(countries: readonly string[]) {
  return z.strictObject({
    id: labelYear,
    sample: z.boolean().default(false),
    source: officialList.optional(),
    labels: z
      .array(europeanLabelSchema(countries))
      .min(1, 'list at least one label')
      .superRefine((labels, context) => {
        const seen = new Set<string>();
        labels.forEach((label, i) => {
          const key = label.project ?? label.title ?? '';
          if (seen.has(key))
            context.addIssue({
              code: 'custom',
              path: [i, label.project ? 'project' : 'title'],
              message: `"${key}" is listed twice in this year`,
            });
          seen.add(key);
        });
      }),
  });
}

/**
 * The schools of one eTwinning School label round in content/schools.json. A round is named
 * after the two years its label is valid for: "2025-2026".
 */
export function schoolRoundSchema(countries: readonly string[]) {
  return z.strictObject({
    id: z
      .string({ error: 'expected the two years of the round, e.g. "2025-2026"' })
      .regex(/^\d{4}-\d{4}$/, 'expected the two years of the round, e.g. "2025-2026"')
      .refine(
        (id) => Number(id.slice(5)) === Number(id.slice(0, 4)) + 1,
        'the second year must follow the first, e.g. "2025-2026": the label is valid for two years',
      )
      .refine((id) => id >= '2005', 'expected years from 2005 (when eTwinning began) on'),
    sample: z.boolean().default(false),
    source: officialList.optional(),
    schools: z
      .array(z.strictObject({ name: text(160), town: text(80), country: countryCode(countries) }))
      .min(1, 'list at least one school')
      .superRefine((schools, context) => {
        const seen = new Set<string>();
        schools.forEach((school, i) => {
          const key = `${school.name}\u0000${school.town}\u0000${school.country}`;
          if (seen.has(key))
            context.addIssue({
              code: 'custom',
              path: [i, 'name'],
              message: `"${school.name}" (${school.town}, ${school.country}) is listed twice in this round`,
            });
          seen.add(key);
        });
      }),
  });
}

export type PageData = z.infer<typeof pageSchema>;
export type NewsData<Image> = z.infer<ReturnType<typeof newsSchema<z.ZodType<Image>>>>;
export type CountryData = z.infer<typeof countrySchema>;
export type PrizeYearData = z.infer<typeof prizeYearSchema>;
export type LabelYearData = z.infer<ReturnType<typeof labelYearSchema>>;
export type SchoolRoundData = z.infer<ReturnType<typeof schoolRoundSchema>>;
export type EventData = z.infer<typeof eventSchema>;
export type RecognitionData = z.infer<typeof recognitionSchema>;
