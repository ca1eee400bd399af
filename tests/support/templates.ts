/**
 * One page of every template (route file), as the `mirror` fixture (tests/fixtures/basic/content, built under
 * /mirror/) has them, and the page each locale shows untranslated: the pages the browser tests
 * visit in every locale. Fixture entries only: editors can change the shipped content freely.
 */
import { join } from 'node:path';
import { LOCALE_DEFINITIONS, SOURCE_LOCALE } from '../../src/i18n/locales.ts';
import { readContentFolder } from '../../src/data/content-folder.ts';
import { entryTarget, sectionSubpath as path } from '../../src/lib/sections.ts';
import { readEntries, translationStatus } from '../../src/lib/translation-status.ts';
import { ROOT, fixtureOut } from './paths.ts';

export const CODES: readonly string[] = LOCALE_DEFINITIONS.map((l) => l.code);

/** The fixture site the browser tests visit. */
export const FIXTURE = {
  out: fixtureOut('mirror'),
  base: '/mirror/',
  content: join(ROOT, 'tests/fixtures/basic/content'),
} as const;

// A section's facet pages (news by topic, projects by age…) are its listing's route file and a
// footer page is an about page's: their own content (titles, menus) is asserted on the built
// HTML by tests/build/, so the browser pass visits each route file once per locale.
export const TEMPLATES = [
  ['home', path('home')],
  ['about page', path('pages', { slug: 'alpha' })],
  ['news listing', path('news')],
  ['news article', path('news', { slug: 'item-01' })],
  ['project gallery', path('projects')],
  ['project', path('projects', { slug: 'river-project' })],
  ['countries', path('countries')],
  ['country', path('countries', { slug: 'tr' })],
  ['recognition', path('recognition')],
  ['recognition page', path('recognition', { slug: 'fixture-label' })],
  ['prize results', path('prizes', { slug: '2025' })],
  ['European Quality Labels', path('labels')],
  ['European Quality Labels of a year', path('labels', { slug: '2026' })],
  ['eTwinning Schools', path('schools')],
  ['events', path('events')],
  ['event', path('events', { slug: 'future-seminar' })],
  ['help', path('help')],
  ['help page', path('help', { slug: 'fixture-guide' })],
  ['project kits', path('kits')],
  ['project kit', path('kits', { slug: 'letters-kit' })],
  ['publications', path('publications')],
  ['publication', path('publications', { slug: 'fixture-book' })],
  ['themes', path('themes')],
  ['theme', path('themes', { slug: 'fixture-theme' })],
  ['statistics', path('stats')],
  ['country statistics', path('stats', { slug: 'tr' })],
  ['search with results', path('search', { query: { q: 'fixture' } })],
  ['translation status', path('translation-status')],
  ['404', '404/'],
] as const;

/** A page each locale shows untranslated (its original with a notice), from the fixture content. */
export function fallbackPaths(): Map<string, string> {
  const content = readContentFolder(FIXTURE.content);
  const entries = readEntries(content.list, content.read, CODES);
  return new Map(
    translationStatus(entries, CODES, SOURCE_LOCALE).flatMap((status) => {
      const section = status.sections.find((s) => s.missing.length > 0);
      const missing = section?.missing[0];
      return section && missing
        ? [
            [
              status.locale,
              path(section.collection, entryTarget(section.collection, missing.slug)),
            ] as const,
          ]
        : [];
    }),
  );
}

/** Every page to visit in one locale (paths below the fixture's base). */
export function pagesOf(code: string, fallbacks: ReadonlyMap<string, string>): string[] {
  const paths = TEMPLATES.map(([, template]) => `${FIXTURE.base}${code}/${template}`);
  const fallback = fallbacks.get(code);
  if (fallback) paths.push(`${FIXTURE.base}${code}/${fallback}`);
  return paths;
}
