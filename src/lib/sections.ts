/**
 * The section registry: the one place that describes each section of the portal — its URL
 * segment, its content collection and schema, its browse facets, the slugs its routes reserve,
 * the template of `npm run new`, its search type, its place in the main menu and whether its
 * entries fall back to other locales. Everything else (content.config.ts, the content gate,
 * translation status, `npm run new`, navigation, search filters, the facet routes) is derived
 * from it, and `sectionPath` is the only place where a section URL is spelled.
 *
 * Adding a section: one entry below (and its schema and templates). See docs/sections.md.
 */
import type { SchemaContext } from 'astro/content/config';
import type { z } from 'zod';
import type { UiKey } from '../i18n/strings/en.ts';
import type { Translate } from '../i18n/i18n.ts';
import { countryName, languageName } from './locale-info.ts';
import { ageRangeText, ageBands, projectCountries, startYear } from './projects.ts';
import { HELP_PAGE_ANCHORS, helpBodyProblems } from './help.ts';
import {
  eventSchema,
  helpSchema,
  kitSchema,
  newsSchema,
  pageSchema,
  projectSchema,
  publicationSchema,
  recognitionSchema,
  themeSchema,
} from './schemas.ts';
import {
  AGE_BANDS,
  COMPETENCES,
  HELP_GROUPS,
  SUBJECTS,
  THEME_KINDS,
  TOPICS,
} from './taxonomies.ts';

/** What a label needs to speak the reader's language. */
export interface LabelContext {
  readonly t: Translate;
  /** BCP 47 tag for `Intl`. */
  readonly tag: string;
}

/** One browse dimension of a section: `<segment>/<facet id>/<value>/`. */
export interface FacetDefinition {
  /** The values an entry is listed under (lower case, URL-safe). */
  readonly valuesOf: (data: never) => readonly string[];
  /** The vocabulary, in display order (for `order: 'given'`). */
  readonly vocabulary?: readonly string[];
  /** Every vocabulary value gets a page (and a link), even when no entry has it yet. */
  readonly showEmpty?: boolean;
  /** The heading above the facet's links on the section's listing. */
  readonly heading: UiKey;
  /** A value as the reader sees it (link text). */
  readonly label: (value: string, context: LabelContext) => string;
  /** The `<h1>` of a facet page. */
  readonly title: (value: string, context: LabelContext) => string;
  /** How the links are ordered: in vocabulary order, by their name, or highest first (years). */
  readonly order: 'given' | 'name' | 'descending';
}

/** What `npm run new` knows when it writes a section's template. */
export interface ScaffoldInput {
  readonly title: string;
  readonly description: string;
  /** YYYY-MM-DD. */
  readonly today: string;
  /** Language code of the locale's language (`nb` for the `no` folder). */
  readonly language: string;
  /** Countries the entry is about (given, or the locale's likely country). */
  readonly countries: readonly string[];
  /** Every participating country, for example partners. */
  readonly allCountries: readonly string[];
  readonly topic: string;
  /** The comment that marks example values. */
  readonly review: string;
  /** The cover's front-matter lines; throws the editor-facing message when none was given. */
  cover(): string[];
  /** A required option's value; throws the editor-facing message (with `example`) when missing. */
  required(option: 'awarded-by', example: string): string;
}

/** The template of `npm run new -- <type>`. */
export interface ScaffoldTemplate {
  /** Names accepted for `<type>` (singular first). */
  readonly types: readonly string[];
  /** Front-matter lines of a new entry; `title` and `description` come first. */
  readonly lines: (input: ScaffoldInput) => string[];
}

/**
 * The image field as Astro checks it. The content gate passes its own check (the file exists);
 * the type is Astro's so that pages see image metadata.
 */
export type ImageSchema = ReturnType<SchemaContext['image']>;

/** Schema of a collection's front matter, given the image check and the participating countries. */
export type SchemaFactory = (image: ImageSchema, countries: readonly string[]) => z.ZodType;

/**
 * A section whose entries are files in locale folders: `content/<section id>/<locale>/<slug>.md`
 * (the section id is the collection's name).
 */
export interface CollectionSection {
  readonly schema: SchemaFactory;
  /** The `<h1>` of the section's listing. */
  readonly title?: UiKey;
  /** Items per listing page. */
  readonly pageSize?: number;
  /**
   * Sort of the listing (and of every facet page): newest first by this field, a date or a
   * year (a number).
   */
  readonly newestBy?: string;
  readonly facets?: Readonly<Record<string, FacetDefinition>>;
  /** Slugs used by routes of their own below the section (besides `page` and the facets). */
  readonly reservedSlugs?: readonly string[];
  /**
   * Every entry has an anchor on the section's index, `<segment>/#<slug>` (a question of the
   * help page, or the card of a help page): links to an entry from elsewhere point there.
   */
  readonly anchoredEntries?: boolean;
  /** Ids the index uses for itself (group headings, landmarks): no entry may take one. */
  readonly reservedAnchors?: readonly string[];
  /**
   * The section's own rules for an entry's body (after its front matter passed the schema):
   * problems as `file:line — message`, lines counted from `firstLine`.
   */
  readonly checkBody?: (data: never, body: string, file: string, firstLine: number) => string[];
  readonly scaffold: ScaffoldTemplate;
  /**
   * The portal's own pages: every locale must have them in its own language, translated from
   * the current version and reviewed (others may stay in fewer locales).
   */
  readonly portalWide?: boolean;
  /** Whether a locale without its own version shows the original (with a notice). */
  readonly fallback: boolean;
  /**
   * Entries can name themes (`themes: [<theme slug>, …]` in their schema, `themeReferences`):
   * each theme's page then lists them, under the section's name, and the content gate checks
   * that every name is a theme.
   */
  readonly themed?: boolean;
}

/** One section of the portal. */
export interface SectionDefinition {
  /** URL segment below the locale (`''` for pages at the locale's root). */
  readonly segment: string;
  /** Its name in menus, the translation status and search filters. */
  readonly name: UiKey;
  /** Type in the search index (pages of this section can be filtered by it). */
  readonly searchType?: string;
  /** Shown in the main menu, in registry order. */
  readonly menu?: boolean;
  /** Linked in the footer of every page, in registry order (the main menu fits one row). */
  readonly footer?: boolean;
  /** Introduced on the home page with this text (in registry order). */
  readonly homeIntro?: UiKey;
  readonly content?: CollectionSection;
}

const countryFacet = (title: (country: string, t: Translate) => string): FacetDefinition => ({
  valuesOf: () => [],
  heading: 'meta.countries',
  label: (value, { tag }) => countryName(value, tag),
  title: (value, { t, tag }) => title(countryName(value, tag), t),
  order: 'name',
});

type AgeRangeLike = { ageRange: { from: number; to: number } };

/** Browse by the age bands an entry's `ageRange` overlaps (projects, kits). */
const ageFacet = (
  heading: UiKey,
  title: (range: string, t: Translate) => string,
): FacetDefinition => ({
  valuesOf: (data: AgeRangeLike) => ageBands({ data }),
  vocabulary: AGE_BANDS.map((band) => band.id),
  heading,
  label: (value, { t, tag }) =>
    t('projects.ageRangeValue', { range: ageRangeText(ageBand(value), tag) }),
  title: (value, { t, tag }) => title(ageRangeText(ageBand(value), tag), t),
  order: 'given',
});

/** Browse by school subject (projects, kits). */
const subjectFacet = (
  heading: UiKey,
  title: (subject: string, t: Translate) => string,
): FacetDefinition => ({
  valuesOf: (data: { subjects: readonly string[] }) => [...data.subjects],
  vocabulary: SUBJECTS,
  heading,
  label: (value, { t }) => t(`subject.${value}` as UiKey),
  title: (value, { t }) => title(t(`subject.${value}` as UiKey), t),
  order: 'given',
});

type NewsLike = { topic: string; countries: readonly string[] };
type KitLike = AgeRangeLike & { subjects: readonly string[]; competences: readonly string[] };
type PublicationLike = { year: number; languages: readonly string[] };
type ProjectLike = Parameters<typeof projectCountries>[0]['data'];
const asProject = (data: ProjectLike) => ({ data });

/**
 * The registry. Order matters: it is the order of the main menu and of the search filters.
 * `satisfies` keeps each entry's literal keys (facet names) for `sectionPath`'s types.
 */
export const SECTIONS = {
  home: { segment: '', name: 'nav.home', menu: true },
  news: {
    segment: 'news',
    name: 'nav.news',
    searchType: 'news',
    menu: true,
    homeIntro: 'home.newsIntro',
    content: {
      schema: (image: ImageSchema, countries: readonly string[]) => newsSchema(image, countries),
      title: 'news.title',
      pageSize: 12,
      newestBy: 'date',
      fallback: true,
      themed: true,
      facets: {
        topic: {
          valuesOf: (data: NewsLike) => [data.topic],
          vocabulary: TOPICS,
          showEmpty: true,
          heading: 'meta.topic',
          label: (value, { t }) => t(`topic.${value}` as UiKey),
          title: (value, { t }) => t('news.topicTitle', { topic: t(`topic.${value}` as UiKey) }),
          order: 'given',
        },
        country: {
          ...countryFacet((country, t) => t('news.countryTitle', { country })),
          valuesOf: (data: NewsLike) => data.countries.map((c) => c.toLowerCase()),
        },
      },
      scaffold: {
        types: ['news'],
        lines: (input) => [
          `date: ${input.today}`,
          `countries: [${input.countries.join(', ')}]`,
          `topic: ${input.topic} # one of: ${TOPICS.join(', ')}`,
          ...input.cover(),
          input.review,
          `sample: true`,
        ],
      },
    },
  },
  projects: {
    segment: 'projects',
    name: 'nav.projects',
    searchType: 'project',
    menu: true,
    homeIntro: 'home.projectsIntro',
    content: {
      schema: (image: ImageSchema, countries: readonly string[]) => projectSchema(image, countries),
      title: 'projects.title',
      pageSize: 12,
      newestBy: 'start',
      fallback: true,
      facets: {
        country: {
          ...countryFacet((country, t) => t('projects.countryTitle', { country })),
          valuesOf: (data: ProjectLike) =>
            projectCountries(asProject(data)).map((c) => c.toLowerCase()),
          heading: 'projects.byCountry',
        },
        age: ageFacet('projects.byAge', (range, t) => t('projects.ageTitle', { range })),
        subject: subjectFacet('projects.bySubject', (subject, t) =>
          t('projects.subjectTitle', { subject }),
        ),
        year: {
          valuesOf: (data: ProjectLike) => [startYear(asProject(data))],
          heading: 'projects.byYear',
          label: (value) => value,
          title: (value, { t }) => t('projects.yearTitle', { year: value }),
          order: 'descending',
        },
      },
      scaffold: {
        types: ['project', 'projects'],
        lines: (input) => {
          const [first = '', second = first] = [...input.countries, ...input.allCountries];
          return [
            input.review,
            `partners:`,
            `  - school: "Example School"`,
            `    town: "Example Town"`,
            `    country: ${first}`,
            `  - school: "Sample School"`,
            `    town: "Sample Town"`,
            `    country: ${second}`,
            `ageRange: { from: 12, to: 15 }`,
            `subjects: [citizenship]`,
            `languages: [${input.language}]`,
            `start: ${input.today}`,
            `end: ${input.today}`,
            ...input.cover(),
            `sample: true`,
          ];
        },
      },
    },
  },
  recognition: {
    segment: 'recognition',
    name: 'nav.recognition',
    searchType: 'recognition',
    menu: true,
    homeIntro: 'home.recognitionIntro',
    content: {
      schema: () => recognitionSchema,
      portalWide: true,
      fallback: true,
      scaffold: {
        types: ['recognition'],
        lines: (input) => [
          `awardedBy: ${JSON.stringify(input.required('awarded-by', 'The National Support Service'))}`,
          `order: 100`,
          `updated: ${input.today}`,
        ],
      },
    },
  },
  prizes: { segment: 'recognition/prizes', name: 'nav.recognition' },
  labels: { segment: 'recognition/labels', name: 'nav.recognition' },
  schools: { segment: 'recognition/schools', name: 'nav.recognition' },
  countries: {
    segment: 'countries',
    name: 'nav.countries',
    searchType: 'country',
    menu: true,
    homeIntro: 'home.countriesIntro',
  },
  events: {
    segment: 'events',
    name: 'nav.events',
    searchType: 'event',
    menu: true,
    homeIntro: 'home.eventsIntro',
    content: {
      schema: () => eventSchema,
      newestBy: 'start',
      fallback: true,
      themed: true,
      scaffold: {
        types: ['event', 'events'],
        lines: (input) => [
          input.review,
          `type: online-seminar # or learning-event, conference`,
          `start: ${input.today}T15:00:00+01:00`,
          `end: ${input.today}T16:00:00+01:00`,
          `language: ${input.language}`,
          `audience: ${JSON.stringify(input.title)}`,
          `format: online # or on-site, with a location`,
          `registration: https://example.org/register`,
          `sample: true`,
        ],
      },
    },
  },
  kits: {
    segment: 'kits',
    name: 'nav.kits',
    searchType: 'kit',
    menu: true,
    content: {
      schema: (image: ImageSchema) => kitSchema(image),
      title: 'kits.title',
      pageSize: 12,
      themed: true,
      fallback: true,
      facets: {
        age: ageFacet('kits.byAge', (range, t) => t('kits.ageTitle', { range })),
        subject: subjectFacet('kits.bySubject', (subject, t) =>
          t('kits.subjectTitle', { subject }),
        ),
        competence: {
          valuesOf: (data: KitLike) => [...data.competences],
          vocabulary: COMPETENCES,
          heading: 'kits.byCompetence',
          label: (value, { t }) => t(`competence.${value}` as UiKey),
          title: (value, { t }) =>
            t('kits.competenceTitle', { competence: t(`competence.${value}` as UiKey) }),
          order: 'given',
        },
      },
      scaffold: {
        types: ['kit', 'kits'],
        lines: (input) => [
          input.review,
          `ageRange: { from: 12, to: 15 }`,
          `subjects: [citizenship] # any of: ${SUBJECTS.join(', ')}`,
          `competences: [digital] # any of: ${COMPETENCES.join(', ')}`,
          `durationWeeks: 8`,
          `steps:`,
          `  - title: "Getting to know each other"`,
          `    description: "Pupils introduce themselves and their school."`,
          `  - title: "Working together"`,
          `    description: "Mixed teams from the partner schools share the work."`,
          `tools: [TwinSpace]`,
          `outcomes:`,
          `  - "A shared result the pupils made together"`,
          `sample: true`,
        ],
      },
    },
  },
  publications: {
    segment: 'publications',
    name: 'nav.publications',
    searchType: 'publication',
    homeIntro: 'home.publicationsIntro',
    content: {
      schema: (image: ImageSchema) => publicationSchema(image),
      title: 'publications.title',
      pageSize: 12,
      newestBy: 'year',
      fallback: true,
      facets: {
        year: {
          valuesOf: (data: PublicationLike) => [String(data.year)],
          heading: 'publications.byYear',
          label: (value) => value,
          title: (value, { t }) => t('publications.yearTitle', { year: value }),
          order: 'descending',
        },
        language: {
          valuesOf: (data: PublicationLike) => [...data.languages],
          heading: 'publications.byLanguage',
          label: (value, { tag }) => languageName(value, tag),
          title: (value, { t, tag }) =>
            t('publications.languageTitle', { language: languageName(value, tag) }),
          order: 'name',
        },
      },
      scaffold: {
        types: ['publication', 'publications'],
        lines: (input) => [
          input.review,
          `year: ${input.today.slice(0, 4)}`,
          `languages: [${input.language}]`,
          `link: https://example.org/publication.pdf`,
          ...input.cover(),
          `sample: true`,
        ],
      },
    },
  },
  // Not in the main menu (it has seven items already): the home page introduces it.
  themes: {
    segment: 'themes',
    name: 'nav.themes',
    searchType: 'theme',
    homeIntro: 'home.themesIntro',
    content: {
      schema: (image: ImageSchema) => themeSchema(image),
      title: 'themes.title',
      fallback: true,
      scaffold: {
        types: ['theme', 'themes'],
        lines: (input) => [
          input.review,
          `kind: annual-theme # one of: ${THEME_KINDS.join(', ')} (a campaign has months: [9, 10], not a year)`,
          `year: "${input.today.slice(0, 4)}" # or a school year such as "2025/26"`,
          `link: https://school-education.ec.europa.eu/en/etwinning`,
          `sample: true`,
        ],
      },
    },
  },
  stats: { segment: 'stats', name: 'nav.stats', menu: true },
  pages: {
    segment: '',
    name: 'nav.about',
    searchType: 'page',
    content: {
      schema: () => pageSchema,
      portalWide: true,
      fallback: true,
      scaffold: {
        types: ['page', 'pages'],
        lines: (input) => [`order: 100`, `updated: ${input.today}`],
      },
    },
  },
  help: {
    segment: 'help',
    name: 'nav.help',
    searchType: 'help',
    footer: true,
    content: {
      schema: () => helpSchema,
      title: 'help.title',
      portalWide: true,
      fallback: true,
      anchoredEntries: true,
      reservedAnchors: [...HELP_GROUPS, ...HELP_PAGE_ANCHORS],
      checkBody: helpBodyProblems,
      scaffold: {
        types: ['help'],
        // A help page of its own; a question differs by two lines, which the comment names.
        lines: (input) => [
          `# For a question on the help page instead: remove "description" and add`,
          `# "group: <one of ${HELP_GROUPS.join(', ')}>"; the answer is the text below.`,
          `order: 100`,
          `updated: ${input.today}`,
        ],
      },
    },
  },
  search: { segment: 'search', name: 'search.title' },
  'translation-status': { segment: 'translation-status', name: 'status.title' },
  // New sections go above this line (docs/sections.md).
} as const satisfies Record<string, SectionDefinition>;

/** Files and pages at a locale's root that are no section of their own. */
export const ROOT_FILES = { feed: 'rss.xml', notFound: '404' } as const;

/** Site paths outside the locales (their route files in src/pages/ carry the same names). */
export const SITE_FILES = {
  statsCsv: 'downloads/etwinning-statistics.csv',
  statsJson: 'downloads/etwinning-statistics.json',
  /** The Pagefind bundle of every locale's own pages, and the one of the originals. */
  searchBundle: 'pagefind/',
  searchOriginals: 'pagefind-originals/',
} as const;

function ageBand(id: string): { from: number; to: number } {
  return AGE_BANDS.find((band) => band.id === id) ?? { from: 0, to: 0 };
}

export type SectionId = keyof typeof SECTIONS;
type Sections = typeof SECTIONS;
type ContentOf<S extends SectionId> = Sections[S] extends { content: infer C } ? C : never;
export type FacetId<S extends SectionId> =
  ContentOf<S> extends { facets: infer F } ? Extract<keyof F, string> : never;
/** Sections with a content collection. */
export type CollectionId = {
  [S in SectionId]: Sections[S] extends { content: object } ? S : never;
}[SectionId];

/** Where in a section a link points: its index, an entry, a facet page, a listing page. */
export type SectionTarget<S extends SectionId> = {
  /** An entry (or a country, a prize or label year): `<segment>/<slug>/`. */
  readonly slug?: string;
  /** With `slug`: the entry's file of this type, e.g. `ics` → `<segment>/<slug>.ics`. */
  readonly file?: string;
  /** Listing page (1 = the first). */
  readonly page?: number;
  /** A query string for the section's index (the search). */
  readonly query?: Readonly<Record<string, string>>;
  /** A place on the page: `#<anchor>` (e.g. a question of the help page). */
  readonly anchor?: string;
} & { readonly [F in FacetId<S>]?: string };

/** The definition of a section, typed loosely for generic code. */
export function section(id: SectionId): SectionDefinition {
  return SECTIONS[id];
}

/**
 * The locale-independent path of a page of a section (no locale, no base): what the language
 * switcher and hreflang links need.
 * @example sectionSubpath('news', { topic: 'inclusion', page: 2 }) // 'news/topic/inclusion/page/2/'
 * @example sectionSubpath('home') // ''
 */
export function sectionSubpath<S extends SectionId>(id: S, target: SectionTarget<S> = {}): string {
  const definition: SectionDefinition = SECTIONS[id];
  const parts = definition.segment ? [definition.segment] : [];
  const { slug, file, page, query, anchor, ...facets } = target as SectionTarget<SectionId> &
    Record<string, string | undefined>;
  if (slug !== undefined && file) return [...parts, `${slug}.${file}`].join('/');
  if (slug !== undefined) parts.push(slug);
  for (const [facet, value] of Object.entries(facets)) {
    if (value !== undefined) parts.push(facet, value);
  }
  if (page !== undefined && page > 1) parts.push('page', String(page));
  const search = query ? `?${new URLSearchParams(query).toString()}` : '';
  const fragment = anchor !== undefined ? `#${anchor}` : '';
  return parts.length > 0 ? `${parts.join('/')}/${search}${fragment}` : `${search}${fragment}`;
}

/**
 * The path of a page of a section in a locale (no base, no leading slash).
 * @example sectionPath('de', 'news', { topic: 'inclusion' }) // 'de/news/topic/inclusion/'
 * @example sectionPath('de', 'projects', { slug: 'water-around-us' }) // 'de/projects/water-around-us/'
 */
export function sectionPath<S extends SectionId>(
  locale: string,
  id: S,
  target: SectionTarget<S> = {},
): string {
  return `${locale}/${sectionSubpath(id, target)}`;
}

/**
 * Where a link to one entry of a collection points: its own page, or its anchor on the section's
 * index for sections with `anchoredEntries`.
 * @example entryTarget('news', 'x') // { slug: 'x' }
 * @example entryTarget('help', 'who-can-register') // { anchor: 'who-can-register' }
 */
export function entryTarget(id: CollectionId, slug: string): SectionTarget<CollectionId> {
  return contentOf(id).anchoredEntries ? { anchor: slug } : { slug };
}

/** A file at the locale's root, e.g. the news feed: `de/rss.xml`. */
export function rootFilePath(locale: string, file: keyof typeof ROOT_FILES): string {
  return `${locale}/${ROOT_FILES[file]}`;
}

/** Every section id, in registry order. */
export const SECTION_IDS = Object.keys(SECTIONS) as SectionId[];

/** Sections with content collections, in registry order. */
export const COLLECTION_IDS = SECTION_IDS.filter(
  (id): id is CollectionId => section(id).content !== undefined,
) as CollectionId[];

/** The collection part of a content section. */
export function contentOf(id: CollectionId): CollectionSection {
  const content = section(id).content;
  if (!content) throw new Error(`section "${id}" has no content collection`);
  return content;
}

/** Whether `content/<name>/` is a section's collection. */
export function isCollection(name: string): name is CollectionId {
  return (COLLECTION_IDS as readonly string[]).includes(name);
}

/** Collections whose every entry every locale must have in its own language. */
export const PORTAL_WIDE_COLLECTIONS: readonly CollectionId[] = COLLECTION_IDS.filter(
  (id) => contentOf(id).portalWide,
);

/**
 * File names a section's entries cannot take because a route of the section uses them: `page`
 * (paginated listings), its facets, its own sub-routes, and for sections at the locale's root every
 * other section's first segment and the root files.
 * @example reservedSlugs('news') // ['page', 'topic', 'country']
 */
export function reservedSlugs(id: CollectionId): string[] {
  const definition = section(id);
  const content = contentOf(id);
  const paginated = content.pageSize !== undefined ? ['page'] : [];
  const own = [
    ...paginated,
    ...Object.keys(content.facets ?? {}),
    ...(content.reservedSlugs ?? []),
  ];
  const below = SECTION_IDS.filter((other) => other !== id)
    .map((other) => section(other).segment)
    .filter((segment) => segment.startsWith(definition.segment ? `${definition.segment}/` : ''))
    .map((segment) => segment.slice(definition.segment ? definition.segment.length + 1 : 0))
    .map((segment) => segment.split('/')[0] ?? '')
    .filter(Boolean);
  const files = definition.segment ? [] : Object.values(ROOT_FILES);
  return [...new Set([...own, ...below, ...files])];
}

/** Sections whose entries can name themes and are gathered on the theme pages, in registry order. */
export const THEMED_COLLECTIONS: readonly CollectionId[] = COLLECTION_IDS.filter(
  (id) => contentOf(id).themed,
);

/** Search types in registry order (the filter's options). */
export const SEARCH_TYPES: readonly string[] = SECTION_IDS.flatMap((id) => {
  const type = section(id).searchType;
  return type ? [type] : [];
});

/** Search types of sections whose entries sit at anchors of one page (results link to them). */
export const ANCHORED_SEARCH_TYPES: readonly string[] = COLLECTION_IDS.flatMap((id) => {
  const type = section(id).searchType;
  return type && contentOf(id).anchoredEntries ? [type] : [];
});

/** The section a search type belongs to. */
export function sectionOfSearchType(type: string): SectionId | undefined {
  return SECTION_IDS.find((id) => section(id).searchType === type);
}

/** Main-menu sections, in registry order. */
export const MENU_SECTIONS: readonly SectionId[] = SECTION_IDS.filter((id) => section(id).menu);

/** Sections linked in the footer, in registry order. */
export const FOOTER_SECTIONS: readonly SectionId[] = SECTION_IDS.filter((id) => section(id).footer);

/** Sections introduced on the home page, in registry order. */
export const HOME_SECTIONS: readonly SectionId[] = SECTION_IDS.filter(
  (id) => section(id).homeIntro !== undefined,
);

/** `npm run new` types, each with its section. */
export const SCAFFOLD_TYPES: ReadonlyMap<string, CollectionId> = new Map(
  COLLECTION_IDS.flatMap((id) => contentOf(id).scaffold.types.map((type) => [type, id] as const)),
);
