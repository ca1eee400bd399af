/**
 * The one module that reads content collections. Each collection is loaded once per build,
 * indexed by slug and locale, and handed to pages as plain data.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { aboutMenu, type MenuItem } from '../lib/menu.ts';
import { formatLabelProblem, labelProblems } from '../lib/labels.ts';
import { checkPrizeWinners } from '../lib/prizes.ts';
import type { CollectionId } from '../lib/sections.ts';
import {
  indexTranslations,
  localizedRoutes,
  parseEntryId,
  type TranslationIndex,
  type Versioned,
} from '../lib/translations.ts';
import { ALL_LOCALES, BUILD_DATE, CONFIG, LOCALE_CODES, SOURCE_LOCALE } from '../site.ts';

/** Collections whose entries live in locale folders: those of the section registry. */
export type LocalizedCollection = CollectionId;

/** An entry of a localized collection with its locale and shared slug. */
export type Localized<C extends LocalizedCollection> = CollectionEntry<C> & {
  locale: string;
  slug: string;
};

const indexes = new Map<LocalizedCollection, Promise<TranslationIndex<never>>>();

/** All entries of a localized collection, indexed by slug and locale; loaded once per build. */
export function loadLocalized<C extends LocalizedCollection>(
  collection: C,
): Promise<TranslationIndex<Localized<C>>> {
  let index = indexes.get(collection);
  if (!index) {
    const codes = ALL_LOCALES.map((l) => l.code);
    index = getCollection(collection).then((entries) =>
      indexTranslations(
        entries.map((entry) => ({
          ...entry,
          ...parseEntryId(entry.id, entry.filePath ?? entry.id, codes),
        })),
        LOCALE_CODES,
        SOURCE_LOCALE,
      ),
    ) as Promise<TranslationIndex<never>>;
    indexes.set(collection, index);
  }
  return index as Promise<TranslationIndex<Localized<C>>>;
}

/**
 * The day of this build (YYYY-MM-DD, UTC; `PORTAL_BUILD_DATE` or today): who takes part in
 * eTwinning is decided for it, so a country's `left` day takes effect at the first build after it.
 */
export const BUILD_DAY = BUILD_DATE.toISOString().slice(0, 10);

let countries: Promise<CollectionEntry<'countries'>[]> | undefined;

/** The participating countries from content/countries.json. */
export function loadCountries(): Promise<CollectionEntry<'countries'>[]> {
  countries ??= getCollection('countries');
  return countries;
}

let prizes: Promise<CollectionEntry<'prizes'>[]> | undefined;

/** Prize results by year, newest first; every winner must be an existing project. */
export function loadPrizes(): Promise<CollectionEntry<'prizes'>[]> {
  prizes ??= Promise.all([getCollection('prizes'), loadLocalized('projects')]).then(
    ([years, projects]) => {
      checkPrizeWinners(
        years.map((year) => ({ id: year.id, data: year.data })),
        new Set(projects.slugs),
        'content/prizes.json',
      );
      return [...years].sort((a, b) => b.id.localeCompare(a.id));
    },
  );
  return prizes;
}

let labels: Promise<CollectionEntry<'labels'>[]> | undefined;

/**
 * European Quality Labels by year, newest first; every project a label names must exist and
 * meet the label's conditions (src/lib/labels.ts).
 */
export function loadLabels(): Promise<CollectionEntry<'labels'>[]> {
  labels ??= Promise.all([getCollection('labels'), loadLocalized('projects')]).then(
    ([years, projects]) => {
      const facts = new Map(
        [...projects.versions].flatMap(([slug, versions]) => {
          const first = versions.values().next().value;
          return first ? [[slug, first.data] as const] : [];
        }),
      );
      const problems = labelProblems(years, facts);
      if (problems.length > 0)
        throw new Error(
          problems.map((p) => formatLabelProblem('content/labels.json', p)).join('\n'),
        );
      return [...years].sort((a, b) => b.id.localeCompare(a.id));
    },
  );
  return labels;
}

let schools: Promise<CollectionEntry<'schools'>[]> | undefined;

/** eTwinning School label rounds, newest first. */
export function loadSchools(): Promise<CollectionEntry<'schools'>[]> {
  schools ??= getCollection('schools').then((rounds) =>
    [...rounds].sort((a, b) => b.id.localeCompare(a.id)),
  );
  return schools;
}

let firstAbout: Promise<string | undefined> | undefined;

/** Slug of the first about page (smallest `order`), the target of the "About eTwinning" link. */
export function firstAboutSlug(): Promise<string | undefined> {
  firstAbout ??= loadLocalized('pages').then(
    (pages) => aboutMenu(pages, pages.sourceLocale)[0]?.slug ?? pages.slugs[0],
  );
  return firstAbout;
}

const footerMenus = new Map<string, Promise<MenuItem[]>>();

/** The footer pages (accessibility statement, privacy notice) as `locale` shows them. */
export function footerMenu(locale: string): Promise<MenuItem[]> {
  let menu = footerMenus.get(locale);
  if (!menu) {
    menu = loadLocalized('pages').then((pages) => aboutMenu(pages, locale, 'footer'));
    footerMenus.set(locale, menu);
  }
  return menu;
}

/** The (locale, slug) pages of a collection that this build renders (every locale, or a shard). */
export function renderedRoutes<T extends Versioned>(index: TranslationIndex<T>) {
  return localizedRoutes(index, CONFIG.renderLocales);
}
