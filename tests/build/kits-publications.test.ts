/** Project kits and publications in the /mirror/ fixture (tests/fixtures/basic/content). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALE_DEFINITIONS } from '../../src/i18n/locales.ts';
import { UI_STRINGS } from '../../src/i18n/strings.ts';
import { fixtureOut } from '../support/paths.ts';
import { page } from '../support/html.ts';

const OUT = fixtureOut('mirror');
const CODES = LOCALE_DEFINITIONS.map((l) => l.code);
const cards = (file: string) =>
  page(OUT, file)
    .querySelectorAll('.card-grid .card-title a')
    .map((a) => a.text.trim());
const strings = (code: string): Readonly<Record<string, string>> => UI_STRINGS[code] ?? {};

describe('routes of both sections', () => {
  it.each([
    ['kits', 'kits.title', 'letters-kit'],
    ['publications', 'publications.title', 'fixture-book'],
  ])(
    '%s: a listing in its own language and every entry, in all 28 locales',
    (segment, key, slug) => {
      for (const code of CODES) {
        const h1 = page(OUT, `${code}/${segment}/index.html`).querySelector('h1')?.text;
        expect(h1, code).toBe(strings(code)[key]);
        expect(existsSync(join(OUT, code, segment, slug, 'index.html')), code).toBe(true);
      }
      expect(CODES).toHaveLength(28);
    },
  );

  it('puts the kits in the main menu and introduces publications on the home page', () => {
    const home = page(OUT, 'de/index.html');
    const menu = home.querySelector('nav.main-nav');
    expect(menu?.querySelector('a[href="/mirror/de/kits/"]')?.text.trim()).toBe('Projektbausteine');
    expect(menu?.querySelector('a[href="/mirror/de/publications/"]')).toBeNull();
    const sections = home.querySelector('section[aria-labelledby="sections-title"]');
    expect(sections?.querySelector('a[href="/mirror/de/publications/"]')?.text.trim()).toBe(
      'Publikationen',
    );
  });
});

describe('project kits', () => {
  const kit = page(OUT, 'en/kits/letters-kit/index.html');

  it('show age, subjects, key competences, duration and tools as a definition list', () => {
    const facts = kit.querySelectorAll('.facts-list > div').map((row) => [
      row.querySelector('dt')?.text.trim(),
      row
        .querySelectorAll('dd li')
        .map((li) => li.text.trim())
        .join(', ') || row.querySelector('dd')?.text.trim(),
    ]);
    expect(facts).toEqual([
      ['Pupils’ age', '7–11 years'],
      ['Subjects', 'Foreign languages, Visual arts'],
      ['Key competences', 'Multilingualism, Cultural awareness and expression'],
      ['Duration', '6 weeks'],
      ['Tools', 'TwinSpace, video call'],
    ]);
    expect(
      kit.querySelector('a[href="/mirror/en/kits/competence/multilingual/"]')?.text.trim(),
    ).toBe('Multilingualism');
    expect(kit.querySelector('.notice-sample')).not.toBeNull();
  });

  it('list the steps in order, each with its title, and the expected outcomes', () => {
    const steps = kit.querySelectorAll('ol.kit-steps > li');
    expect(steps.map((li) => li.querySelector('h3')?.text.trim())).toEqual([
      'Fixture step one',
      'Fixture step two',
      'Fixture step three',
    ]);
    expect(steps[1]?.querySelector('p')?.text.trim()).toBe(
      'Pupils write letters to their partners.',
    );
    const outcomes = kit.querySelector('section[aria-labelledby="kit-outcomes-title"]');
    expect(outcomes?.querySelectorAll('li').map((li) => li.text.trim())).toEqual([
      'A fixture collection of letters',
      'A fixture exhibition',
    ]);
  });

  it('say the duration with the locale’s plural forms and numbers', () => {
    const duration = (file: string) =>
      page(OUT, file)
        .querySelectorAll('.facts-list > div')
        .find(
          (row) =>
            row.querySelector('dt')?.text.trim() === strings(file.slice(0, 2))['projects.duration'],
        )
        ?.querySelector('dd')
        ?.text.trim();
    expect(duration('en/kits/one-week-kit/index.html')).toBe('1 week');
    expect(duration('de/kits/letters-kit/index.html')).toBe('6 Wochen');
    expect(duration('pl/kits/letters-kit/index.html')).toBe('6 tygodni');
    expect(duration('pl/kits/one-week-kit/index.html')).toBe('1 tydzień');
  });

  it('have browse pages by age band, subject and key competence', () => {
    expect(cards('en/kits/index.html')).toEqual(['Letters kit', 'One-week kit']);
    expect(cards('en/kits/age/7-11/index.html')).toEqual(['Letters kit']);
    // 15 to 18 overlaps two bands.
    expect(cards('en/kits/age/12-15/index.html')).toEqual(['One-week kit']);
    expect(cards('en/kits/age/16-19/index.html')).toEqual(['One-week kit']);
    expect(cards('en/kits/subject/arts/index.html')).toEqual(['Letters kit']);
    expect(cards('en/kits/competence/stem/index.html')).toEqual(['One-week kit']);
    expect(page(OUT, 'de/kits/competence/stem/index.html').querySelector('h1')?.text).toBe(
      'Projektbausteine zur Schlüsselkompetenz: Mathematische Kompetenz und Kompetenz in Naturwissenschaften, Informatik und Technik',
    );
    const browse = page(OUT, 'en/kits/index.html').text;
    expect(browse).toContain('By key competence');
    expect(existsSync(join(OUT, 'en/kits/competence/literacy/index.html'))).toBe(false);
  });
});

describe('publications', () => {
  const book = page(OUT, 'de/publications/fixture-book/index.html');

  it('show the year and the languages named by Intl, each linking to its browse page', () => {
    const facts = book.querySelector('.facts-list');
    expect(facts?.querySelector('a[href="/mirror/de/publications/year/2019/"]')?.text).toBe('2019');
    expect(
      facts
        ?.querySelectorAll('a[href^="/mirror/de/publications/language/"]')
        .map((a) => a.text.trim()),
    ).toEqual(['Englisch', 'Französisch']);
  });

  it('link to the publication and show the cover with its alt text', () => {
    const link = book.querySelector('a[href="https://example.org/fixture-book.pdf"]');
    expect(link?.text.trim()).toBe('Publikation lesen (example.org)');
    expect(book.querySelector('article picture img')?.getAttribute('alt')).toBe(
      'Illustration, not the real cover: a ring of green dots',
    );
  });

  it('have browse pages by year and by language', () => {
    expect(cards('en/publications/year/2019/index.html')).toEqual(['Fixture book']);
    expect(cards('en/publications/language/fr/index.html')).toEqual(['Fixture book']);
    expect(page(OUT, 'de/publications/language/fr/index.html').querySelector('h1')?.text).toBe(
      'Publikationen auf Französisch',
    );
    const meta = page(OUT, 'en/publications/index.html').querySelector('.card .meta')?.text;
    expect(meta).toBe('2019 · English and French');
  });
});

describe('search', () => {
  it('offers both types in the filter, labelled in the reader’s language', () => {
    for (const code of ['en', 'de', 'fi']) {
      const search = page(OUT, `${code}/search/index.html`).querySelector('[data-strings]');
      const { types } = JSON.parse(search?.getAttribute('data-strings') ?? '{}') as {
        types: Record<string, string>;
      };
      expect(types.kit, code).toBe(strings(code)['search.type.kit']);
      expect(types.publication, code).toBe(strings(code)['search.type.publication']);
    }
  });

  it('records the type (and a publication’s year) on translated entry pages', () => {
    const filters = (file: string) =>
      page(OUT, file)
        .querySelectorAll('[data-pagefind-filter]')
        .map((d) => `${d.getAttribute('data-pagefind-filter')}=${d.getAttribute('value')}`);
    expect(filters('en/kits/letters-kit/index.html')).toEqual(['type[value]=kit']);
    expect(filters('en/publications/fixture-book/index.html')).toEqual([
      'type[value]=publication',
      'year[value]=2019',
    ]);
    // Not in German yet: the original is indexed in English only.
    expect(filters('de/kits/letters-kit/index.html')).toEqual([]);
  });
});
