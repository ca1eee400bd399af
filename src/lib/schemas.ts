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
  THEME_KINDS,
  TOPICS,
} from './taxonomies.ts';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const WRITTEN_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Whether a date written as text is year-month-day (with an optional time) and a real day. */
function isWrittenDate(value: string): boolean {
  const [, year, month, day] = WRITTEN_DATE.exec(value.trim()) ?? [];
  if (!year || !month || !day) return false;
  const utc = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return utc.getUTCMonth() === Number(month) - 1 && utc.getUTCDate() === Number(day);
}

/**
 * A date. Text must be written year-month-day: `new Date` alone would read 09.04.2026 as
 * 4 September and 2026-02-30 as 2 March, without a word.
 */
const date = z.preprocess(
  (value) => (typeof value === 'string' && !isWrittenDate(value) ? 'invalid' : value),
  z.coerce.date({ error: 'expected a date such as 2026-11-29' }),
);

/** An ISO 3166-1 alpha-2 code of a participating country, as listed in content/countries.json. */
export function countryCode(codes: readonly string[]) {
  return z
    .string()
    .refine((value) => codes.includes(value), {
      error: (issue) =>
        `"${String(issue.input)}" is not a participating country (expected e.g. "TR"; the list is content/countries.json)`,
    })
    .meta({ portal: 'country' });
}

/** A language code that `Intl` knows, e.g. `de`, `tr`. */
export const languageCode = z
  .string()
  .refine(
    (value) => {
      try {
        return /^[a-z]{2,3}$/.test(value) && Intl.getCanonicalLocales(value)[0] === value;
      } catch {
        return false;
      }
    },
    { error: (issue) => `"${String(issue.input)}" is not a language code (expected e.g. "de")` },
  )
  .meta({ portal: 'language' });

/**
 * Which original, and which version of it, a translation was made from; written by
 * `npm run translate` and compared with the original by the translation status. Without a
 * version (a translation made in the browser editor or on GitHub), the status reads it from the
 * Git history: the original as it was when the translation last changed (docs/content.md).
 */
export const translatedFromSchema = z.strictObject({
  locale: z.string().regex(/^[a-z]{2,3}$/, 'expected the locale code of the original, e.g. "en"'),
  version: z
    .string()
    .regex(
      /^[0-9a-f]{12}$/,
      'expected the 12-character version written by "npm run translate"; do not edit it by hand (or remove the line: the Git history then tells)',
    )
    .optional(),
  /**
   * When a second, independent pass compared this translation with that version of the
   * original (meaning, facts, numbers, links), as YYYY-MM-DD. `npm run translate -- --update`
   * removes it: a new version needs a new review.
   */
  reviewed: date.optional(),
});

/** The file-name form every entry's slug has (`well-being-at-school-2024`). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The theme pages an entry is gathered on: file names (slugs) of content/themes/<locale>/. That
 * each names a theme is checked by the content gate (and again by the build), which knows the files.
 */
export const themeReferences = z
  .array(
    z.string().regex(SLUG_PATTERN, {
      error: (issue) =>
        `${JSON.stringify(issue.input)} is not a theme's file name (lower-case letters, digits and hyphens, e.g. "well-being-at-school-2024")`,
    }),
  )
  .refine((slugs) => new Set(slugs).size === slugs.length, 'a theme is named twice')
  .default([]);

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
    themes: themeReferences,
    /** True for demonstration content: pages then say so. */
    sample: z.boolean().default(false),
    translatedFrom: translatedFromSchema.optional(),
  });
}

/** The pupils' ages a project or a kit is for: `{ from: 12, to: 15 }`, 2 to 20. */
const ageRangeSchema = z
  .strictObject({
    from: z.number().int().min(2).max(20),
    to: z.number().int().min(2).max(20),
  })
  .refine((range) => range.from <= range.to, 'ageRange.from must not be above ageRange.to');

const subjectsSchema = z
  .array(z.enum(SUBJECTS, { error: () => `expected one of: ${SUBJECTS.join(', ')}` }))
  .min(1, 'name at least one subject');

const competenceSchema = z.enum(COMPETENCES, {
  error: () => `expected one of: ${COMPETENCES.join(', ')}`,
});

/** An https:// address (links that leave the portal). */
const httpsUrl = z.url({ protocol: /^https$/, error: 'expected an https:// address' });

/** A project showcase: `content/projects/<locale>/<slug>.md`. */
export function projectSchema<T extends z.ZodType>(image: T, countries: readonly string[]) {
  return z
    .strictObject({
      title: text(120),
      description: text(300),
      partners: z
        .array(
          z.strictObject({ school: text(160), town: text(80), country: countryCode(countries) }),
        )
        .min(2, 'a project has at least two partner schools'),
      ageRange: ageRangeSchema,
      subjects: subjectsSchema,
      languages: z.array(languageCode).min(1),
      competences: z.array(competenceSchema).default([]),
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

/** A project kit, a project idea to start from: `content/kits/<locale>/<slug>.md`. */
export function kitSchema<T extends z.ZodType>(image: T) {
  return z.strictObject({
    title: text(120),
    description: text(300),
    ageRange: ageRangeSchema,
    subjects: subjectsSchema,
    competences: z.array(competenceSchema).min(1, 'name at least one key competence'),
    /** How long the project runs, in school weeks. */
    durationWeeks: z
      .number({ error: 'expected a whole number of weeks, e.g. 8' })
      .int('expected a whole number of weeks, e.g. 8')
      .min(1)
      .max(52),
    /** The phases in the order the partners go through them. */
    steps: z
      .array(z.strictObject({ title: text(90), description: text(400) }))
      .min(2, 'a kit has at least two steps'),
    tools: z.array(text(60)).min(1, 'name at least one tool'),
    outcomes: z.array(text(200)).min(1, 'name at least one expected outcome'),
    cover: imageWithAlt(image).optional(),
    themes: themeReferences,
    sample: z.boolean().default(false),
    translatedFrom: translatedFromSchema.optional(),
  });
}

/** A publication (the annual eTwinning book and others): `content/publications/<locale>/<slug>.md`. */
export function publicationSchema<T extends z.ZodType>(image: T) {
  return z.strictObject({
    title: text(160),
    description: text(300),
    /** The year it was published. */
    year: z
      .number({ error: 'expected the year as a number, e.g. 2019' })
      .int('expected the year as a number, e.g. 2019')
      .min(2005, 'eTwinning began in 2005')
      .max(2100),
    /** The languages it can be read in. */
    languages: z.array(languageCode).min(1, 'name at least one language'),
    cover: imageWithAlt(image),
    /** Where to read or download it. */
    link: httpsUrl,
    sample: z.boolean().default(false),
    translatedFrom: translatedFromSchema.optional(),
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
    registration: httpsUrl,
    themes: themeReferences,
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

/**
 * A year (`2024`) or a school year (`2024/25`, the second year's last two digits). YAML reads
 * `2024` as a number; it means the same as the text.
 */
const themeYear = z.preprocess(
  (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
  z.string().refine(
    (value) => {
      const match = /^(\d{4})(?:\/(\d{2}))?$/.exec(value);
      if (!match || Number(match[1]) < 2005) return false;
      return match[2] === undefined || Number(match[2]) === (Number(match[1]) + 1) % 100;
    },
    {
      error: (issue) =>
        `${JSON.stringify(issue.input)} is not a year from 2005 on (expected a year such as "2024" or a school year such as "2024/25")`,
    },
  ),
);

/** Days in each month, February of a leap year: a campaign's day recurs every year. */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** An annual theme or a recurring campaign: `content/themes/<locale>/<slug>.md`. */
export function themeSchema<T extends z.ZodType>(image: T) {
  const month = z
    .number({ error: 'expected a month number from 1 (January) to 12 (December)' })
    .int()
    .min(1, 'expected a month number from 1 (January) to 12 (December)')
    .max(12, 'expected a month number from 1 (January) to 12 (December)');
  return z
    .strictObject({
      title: text(120),
      /** The summary shown under the title, in lists and link previews. */
      description: text(300),
      kind: z.enum(THEME_KINDS, { error: () => `expected one of: ${THEME_KINDS.join(', ')}` }),
      /** An annual theme's year or school year. */
      year: themeYear.optional(),
      /** A campaign's months, in calendar order. */
      months: z
        .array(month)
        .min(1, 'name at least one month')
        .refine(
          (list) => list.every((m, i) => i === 0 || m > (list[i - 1] ?? 0)),
          'list each month once, in calendar order (e.g. [9, 10])',
        )
        .optional(),
      /** With one month: the campaign's day in it (eTwinning Day: 9 May). */
      day: z.number().int().min(1).max(31).optional(),
      cover: imageWithAlt(image).optional(),
      link: z.url({ protocol: /^https$/, error: 'expected an https:// address' }).optional(),
      sample: z.boolean().default(false),
      translatedFrom: translatedFromSchema.optional(),
    })
    .refine((theme) => theme.kind !== 'annual-theme' || theme.year !== undefined, {
      path: ['year'],
      error: 'an annual theme needs its year (e.g. 2024) or school year (e.g. "2024/25")',
    })
    .refine((theme) => theme.kind !== 'annual-theme' || theme.months === undefined, {
      path: ['months'],
      error: 'an annual theme has a year, not months: remove "months" (or use kind: campaign)',
    })
    .refine((theme) => theme.kind !== 'campaign' || theme.months !== undefined, {
      path: ['months'],
      error: 'a campaign needs the months it recurs in (e.g. [9, 10])',
    })
    .refine((theme) => theme.kind !== 'campaign' || theme.year === undefined, {
      path: ['year'],
      error: 'a campaign recurs: give its months, not a year (or use kind: annual-theme)',
    })
    .refine((theme) => theme.day === undefined || theme.months?.length === 1, {
      path: ['day'],
      error: 'a day needs exactly one month (e.g. months: [5] with day: 9)',
    })
    .refine(
      (theme) =>
        theme.day === undefined ||
        theme.months?.length !== 1 ||
        theme.day <= (DAYS_IN_MONTH[(theme.months[0] ?? 1) - 1] ?? 31),
      { path: ['day'], error: 'that month has fewer days' },
    );
}

/** One support organisation of a country; unknown details are left out, never invented. */
const organisationSchema = z.strictObject({
  type: z.enum(['NSS', 'PSA'], { error: () => 'expected "NSS" or "PSA" (in capitals)' }),
  name: text(200).optional(),
  website: z
    .url({
      protocol: /^https?$/,
      error: 'expected a web address starting with https:// (e.g. "https://www.example.org/")',
    })
    .optional(),
  email: z
    .email({ error: 'expected an e-mail address such as "etwinning@example.org"' })
    .optional(),
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
    programme: z.enum(['etwinning', 'plus'], {
      error: () => 'expected "etwinning" or "plus" (eTwinning Plus)',
    }),
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
  id: z
    .string({ error: 'expected the year as text, in quotes, e.g. "2025"' })
    .regex(/^\d{4}$/, 'expected the year as text, e.g. "2025"'),
  sample: z.boolean().default(false),
  categories: z
    .array(
      z.strictObject({
        category: z.enum(PRIZE_CATEGORIES, {
          error: () => `expected one of: ${PRIZE_CATEGORIES.join(', ')}`,
        }),
        winners: z
          .array(z.string().min(1))
          .min(1, 'name at least one winning project (the file name of its page)'),
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
export type HelpData = z.infer<typeof helpSchema>;
export type ThemeData<Image> = z.infer<ReturnType<typeof themeSchema<z.ZodType<Image>>>>;
