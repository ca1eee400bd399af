/** Content sections in the /mirror/ fixture (build date fixed at 2026-11-29) and the shipped site. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { formatTag, LOCALE_DEFINITIONS } from '../../src/i18n/locales.ts';
import { FIXTURE_SITE, ROOT, fixtureOut } from '../support/paths.ts';
import { page } from '../support/html.ts';

const OUT = fixtureOut('mirror');
const cards = (file: string) =>
  page(OUT, file)
    .querySelectorAll('.card-grid .card-title a')
    .map((a) => a.text.trim());

describe('news listings and pagination', () => {
  it('lists news newest first, twelve to a page', () => {
    expect(cards('en/news/index.html')).toEqual(
      Array.from({ length: 12 }, (_, i) => `Fixture news ${String(14 - i).padStart(2, '0')}`),
    );
    expect(cards('en/news/page/2/index.html')).toEqual(['Fixture news 02', 'Fixture news 01']);
    expect(existsSync(join(OUT, 'en/news/page/3/index.html'))).toBe(false);
  });

  it('links pages with labelled navigation', () => {
    const first = page(OUT, 'en/news/index.html').querySelector('nav.pagination');
    expect(first?.getAttribute('aria-label')).toBe('Pages');
    expect(first?.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(
      '/mirror/en/news/page/2/',
    );
    expect(first?.querySelector('a[rel="prev"]')).toBeNull();
    const second = page(OUT, 'en/news/page/2/index.html').querySelector('nav.pagination');
    expect(second?.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/mirror/en/news/');
    expect(second?.querySelector('[aria-current="page"]')?.text).toBe('Page 2 of 2');
  });

  it('has static pages per country and per topic', () => {
    expect(cards('en/news/country/fr/index.html')).toEqual([
      'Fixture news 14',
      'Fixture news 10',
      'Fixture news 06',
      'Fixture news 02',
    ]);
    expect(page(OUT, 'de/news/country/tr/index.html').querySelector('h1')?.text).toContain(
      'Türkei',
    );
    expect(cards('en/news/topic/inclusion/index.html')).toHaveLength(5);
    expect(existsSync(join(OUT, 'en/news/topic/digital-skills/index.html'))).toBe(true);
  });

  it('shows translated and untranslated news in every locale, marked', () => {
    const de = page(OUT, 'de/news/index.html').querySelectorAll('.card');
    expect(de[0]?.querySelector('.card-title')?.text.trim()).toBe('Testmeldung 14');
    expect(de[0]?.querySelector('.badge')?.text).toBe('Beispiel');
    expect(de[1]?.querySelector('.card-body')?.getAttribute('lang')).toBe('en');
    expect(de[1]?.text).toContain('Noch nicht übersetzt');
  });
});

describe('news articles', () => {
  const article = page(OUT, 'de/news/item-14/index.html');

  it('show date, countries, topic and sample notice in the reader’s language', () => {
    expect(article.querySelector('time')?.getAttribute('datetime')).toBe('2026-04-09');
    expect(article.querySelector('time')?.text).toContain('9. April 2026');
    expect(article.querySelector('.facts-list')?.text).toContain('Frankreich');
    expect(article.querySelector('a[href="/mirror/de/news/topic/inclusion/"]')?.text).toBe(
      'Inklusion',
    );
    expect(article.querySelector('.notice-sample')).not.toBeNull();
  });

  it('have a responsive cover image in modern formats, loaded first', () => {
    const picture = article.querySelector('article picture');
    const types = picture?.querySelectorAll('source').map((s) => s.getAttribute('type'));
    expect(types).toEqual(['image/avif', 'image/webp']);
    expect(picture?.querySelector('source')?.getAttribute('srcset')).toMatch(/ 360w, .* 720w/);
    const img = picture?.querySelector('img');
    expect(img?.getAttribute('alt')).toBe('Illustration: ein Ring aus grünen Punkten');
    expect(Number(img?.getAttribute('width'))).toBeGreaterThan(0);
    expect(Number(img?.getAttribute('height'))).toBeGreaterThan(0);
    expect(img?.getAttribute('loading')).toBe('eager');
    expect(img?.getAttribute('sizes')).toBeTruthy();
  });

  it('lazy-load the images of related news cards', () => {
    const listing = page(OUT, 'en/news/index.html').querySelectorAll('.card img');
    expect(listing.every((img) => img.getAttribute('loading') === 'lazy')).toBe(true);
  });

  it('link related news', () => {
    expect(
      article.querySelectorAll('[aria-labelledby="related-title"] .card').length,
    ).toBeGreaterThan(0);
  });
});

describe('RSS feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });

  it('are valid RSS with absolute URLs under PORTAL_SITE and PORTAL_BASE', () => {
    for (const locale of ['en', 'de', 'tr']) {
      const xml = readFileSync(join(OUT, locale, 'rss.xml'), 'utf8');
      expect(SyntaxValidator.validate(xml)).toBe(true);
      const channel = parser.parse(xml).rss.channel;
      expect(channel.language).toBe(locale);
      expect(channel.item).toHaveLength(14);
      for (const item of channel.item) {
        expect(item.link).toMatch(
          new RegExp(`^${FIXTURE_SITE}/mirror/${locale}/news/item-\\d\\d/$`),
        );
        expect(new Date(item.pubDate).getTime()).not.toBeNaN();
      }
    }
  });

  it('are announced in the head of news pages', () => {
    const link = page(OUT, 'de/news/index.html').querySelector('link[type="application/rss+xml"]');
    expect(link?.getAttribute('href')).toBe('/mirror/de/rss.xml');
  });
});

describe('projects', () => {
  const river = page(OUT, 'en/projects/river-project/index.html');

  it('show partners, age range, subjects, languages, labels and prizes', () => {
    const rows = river
      .querySelectorAll('table tbody tr')
      .map((tr) => tr.querySelectorAll('td').map((td) => td.text));
    expect(rows).toEqual([
      ['Example School One', 'Graz', 'Austria'],
      ['Example School Two', 'Izmir', 'Türkiye'],
    ]);
    const facts = river.querySelector('.facts-list')?.text ?? '';
    expect(facts).toContain('12–15 years');
    expect(facts).toContain('Science');
    expect(facts).toContain('English, German');
    expect(facts).toContain('National Quality Label: Austria');
    expect(facts).toContain('European Quality Label');
    const prize = river.querySelector('a[href="/mirror/en/recognition/prizes/2025/"]');
    expect(prize?.text).toContain('2025');
  });

  it('may be written in MDX with the documented components', () => {
    const poem = page(OUT, 'en/projects/poem-project/index.html');
    expect(poem.querySelector('article aside.callout')?.text.trim()).toBe(
      'Written in MDX, in the projects collection.',
    );
  });

  it('have browse pages by country, age range, subject and year', () => {
    expect(cards('en/projects/country/at/index.html')).toEqual(['River project']);
    expect(cards('en/projects/country/tr/index.html')).toEqual(['River project', 'Poem project']);
    expect(cards('en/projects/age/12-15/index.html')).toEqual(['River project']);
    expect(cards('en/projects/age/7-11/index.html')).toEqual(['Poem project']);
    expect(cards('en/projects/subject/science/index.html')).toEqual(['River project']);
    expect(cards('en/projects/year/2024/index.html')).toEqual(['Poem project']);
    expect(cards('fr/projects/index.html')).toEqual(['River project', 'Poem project']);
  });
});

describe('recognition', () => {
  it('lists prize results by year and category, linking winning projects', () => {
    const results = page(OUT, 'en/recognition/prizes/2025/index.html');
    expect(results.querySelector('h2')?.text).toBe('Pupils aged 12 to 15');
    expect(results.querySelector('.card-title a')?.getAttribute('href')).toBe(
      '/mirror/en/projects/river-project/',
    );
    expect(
      page(OUT, 'en/recognition/index.html').querySelector(
        'a[href="/mirror/en/recognition/prizes/2025/"]',
      ),
    ).not.toBeNull();
  });
});

describe('European Quality Labels and eTwinning Schools', () => {
  const LOCALES = LOCALE_DEFINITIONS.map((l) => l.code);

  it('have their pages in every locale', () => {
    for (const code of LOCALES) {
      for (const file of ['labels/index.html', 'labels/2026/index.html', 'schools/index.html'])
        expect(existsSync(join(OUT, code, 'recognition', file)), `${code}/${file}`).toBe(true);
    }
  });

  it('list a year’s labels in an accessible table, linking the projects that have a page', () => {
    const year = page(OUT, 'en/recognition/labels/2026/index.html');
    expect(year.querySelector('h1')?.text).toBe('European Quality Labels 2026');
    expect(year.querySelector('.notice-sample')).not.toBeNull();
    const table = year.querySelector('table');
    expect(table?.querySelector('caption')?.text).toBe('European Quality Labels 2026');
    expect(table?.querySelectorAll('thead th[scope="col"]')).toHaveLength(2);
    const rows = table?.querySelectorAll('tbody tr') ?? [];
    expect(rows.map((row) => row.querySelector('th[scope="row"]')?.text.trim())).toEqual([
      'River project',
      'Fixture project without a page',
    ]);
    expect(rows[0]?.querySelector('a')?.getAttribute('href')).toBe(
      '/mirror/en/projects/river-project/',
    );
    expect(rows[0]?.querySelector('td')?.text).toBe('Austria and Türkiye');
    expect(rows[1]?.querySelector('a')).toBeNull();
    expect(rows[1]?.querySelector('td')?.text).toBe('Germany and France');
    expect(year.querySelector('a[href="https://example.org/official-labels-2026"]')).not.toBeNull();
    expect(year.querySelector('a[href^="https://school-education.ec.europa.eu/"]')?.text).toContain(
      'European School Education Platform',
    );
    // Country names in the reader's language, the project's title as the locale lists it.
    const de = page(OUT, 'de/recognition/labels/2026/index.html');
    expect(de.querySelector('tbody td')?.text).toBe('Österreich und Türkei');
    expect(de.querySelector('tbody th')?.getAttribute('lang')).toBe('en');
  });

  it('are linked from the recognition page, the labels page and the project', () => {
    const recognition = page(OUT, 'en/recognition/index.html');
    for (const href of ['labels/', 'labels/2026/', 'schools/'])
      expect(
        recognition.querySelector(`a[href="/mirror/en/recognition/${href}"]`),
        href,
      ).not.toBeNull();
    expect(
      page(OUT, 'fr/recognition/labels/index.html').querySelector(
        'a[href="/mirror/fr/recognition/labels/2026/"]',
      )?.text,
    ).toBe('Labels de qualité européens 2026');
    const project = page(OUT, 'en/projects/river-project/index.html');
    expect(project.querySelector('a[href="/mirror/en/recognition/labels/2026/"]')?.text).toBe(
      'European Quality Label 2026',
    );
  });

  it('list the eTwinning Schools of each round by country name in the reader’s language', () => {
    const schools = page(OUT, 'de/recognition/schools/index.html');
    expect(schools.querySelector('h2')?.text).toBe('eTwinning-Schulen 2025–2026');
    expect(schools.querySelector('.notice-sample')).not.toBeNull();
    const rows = schools
      .querySelectorAll('tbody tr')
      .map((tr) => tr.querySelectorAll('td, th').map((cell) => cell.text));
    expect(rows).toEqual([
      ['Deutschland', 'Sample School De', 'Bonn'],
      ['Österreich', 'Example School At', 'Graz'],
      ['Türkei', 'Example School Tr', 'Izmir'],
    ]);
    expect(schools.querySelector('caption')?.text).toBe('eTwinning-Schulen 2025–2026');
  });
});

describe('events', () => {
  it('split upcoming and past at the build date', () => {
    const list = page(OUT, 'en/events/index.html');
    const titles = (id: string) =>
      list
        .querySelectorAll(`section[aria-labelledby="${id}"] .card-title a`)
        .map((a) => a.text.trim());
    expect(titles('events-upcoming')).toEqual(['Future seminar']);
    expect(titles('events-past')).toEqual(['Past conference']);
  });

  it('show time, format, language and audience, with registration and calendar links', () => {
    const event = page(OUT, 'de/events/past-conference/index.html');
    const facts = event.querySelector('.facts-list')?.text ?? '';
    expect(facts).toContain('Französisch');
    expect(facts).toContain('Konferenz');
    expect(facts).toContain('22.10.2026, 09:00');
    expect(facts).toContain('24.10.2026, 13:00');
    expect(
      event.querySelector('a[href="https://example.org/events/past-conference"]'),
    ).not.toBeNull();
    expect(event.querySelector('a[href="/mirror/de/events/past-conference.ics"]')).not.toBeNull();
  });

  it('have an .ics file per event and locale that calendar apps import', () => {
    const ics = readFileSync(join(OUT, 'de/events/future-seminar.ics'), 'utf8');
    const lines = ics.split('\r\n');
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines).toContain('BEGIN:VEVENT');
    expect(lines).toContain('UID:future-seminar@portal.example.org');
    expect(lines).toContain('DTSTART:20270120T150000Z');
    expect(lines).toContain('URL:https://portal.example.org/mirror/de/events/future-seminar/');
    expect(lines.every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
  });
});

describe('countries', () => {
  it('have a page per participating country in every locale, named by Intl', () => {
    const countries = JSON.parse(
      readFileSync(join(ROOT, 'tests/fixtures/basic/content/countries.json'), 'utf8'),
    ) as { id: string }[];
    for (const { code, tag } of LOCALE_DEFINITIONS) {
      const names = new Intl.DisplayNames([formatTag(tag)], { type: 'region' });
      for (const { id } of countries) {
        const h1 = page(OUT, `${code}/countries/${id.toLowerCase()}/index.html`).querySelector(
          'h1',
        )?.text;
        expect(h1, `${code}/${id}`).toBe(names.of(id));
      }
    }
  });

  it('group eTwinning and eTwinning Plus countries on the index', () => {
    const index = page(OUT, 'en/countries/index.html');
    const group = (id: string) =>
      index
        .querySelectorAll(`section[aria-labelledby="group-${id}"] li`)
        .map((li) => li.text.trim());
    expect(group('etwinning')).toEqual(['Austria', 'France', 'Germany', 'Türkiye']);
    expect(group('plus')).toEqual(['Ukraine']);
  });

  it('show support organisations, the year joined, and the helpdesk where contacts are unknown', () => {
    const tr = page(OUT, 'en/countries/tr/index.html');
    expect(tr.querySelector('.lead')?.text).toContain('2009');
    expect(tr.querySelector('a[href="mailto:nss@example.org"]')).not.toBeNull();
    expect(tr.querySelector('main .notice a[href="mailto:helpdesk@etwinning.net"]') === null).toBe(
      true,
    );
    const at = page(OUT, 'en/countries/at/index.html');
    expect(at.querySelector('main .notice a[href="mailto:helpdesk@etwinning.net"]') === null).toBe(
      false,
    );
    expect(at.querySelectorAll('[aria-labelledby="projects-title"] .card')).toHaveLength(1);
  });
});

describe('sitemap of the sections', () => {
  it('lists translated news and leaves fallback news out', () => {
    const de = readFileSync(join(OUT, 'sitemap-de.xml'), 'utf8');
    expect(de).toContain(`<loc>${FIXTURE_SITE}/mirror/de/news/item-14/</loc>`);
    expect(de).not.toContain(`<loc>${FIXTURE_SITE}/mirror/de/news/item-13/</loc>`);
    expect(de).toContain(`<loc>${FIXTURE_SITE}/mirror/de/news/</loc>`);
  });
});

describe('translation status page', () => {
  it('shows UI coverage, missing and outdated entries of the locale, with links under the base', () => {
    const doc = page(fixtureOut('mirror'), 'de/translation-status/index.html');
    expect(doc.querySelector('[data-ui-coverage]')?.text).toMatch(/^\s*(\d+) von \1 /);
    const row = doc.querySelector('[data-status-table] tr[data-collection="pages"]');
    // en has alpha, beta, delta and the footer page; tr has gamma; de has alpha only.
    expect(row?.querySelectorAll('td').map((td) => td.text.trim())).toEqual(['1 / 5', '4', '1']);
    const missing = doc.querySelectorAll('[data-missing] a').map((a) => a.getAttribute('href'));
    expect(missing).toEqual(
      expect.arrayContaining([
        '/mirror/de/beta/',
        '/mirror/de/delta/',
        '/mirror/de/gamma/',
        '/mirror/de/statement/',
      ]),
    );
    const outdated = doc
      .querySelectorAll('[data-outdated] li a')
      .map((a) => a.getAttribute('href'));
    expect(outdated).toEqual(['/mirror/de/alpha/', '/mirror/en/alpha/']);
  });

  it('says so when nothing is outdated', () => {
    const doc = page(fixtureOut('mirror'), 'tr/translation-status/index.html');
    expect(doc.querySelectorAll('[data-outdated] li')).toHaveLength(0);
    expect(doc.querySelector('[data-outdated] p')?.text.trim()).not.toBe('');
  });
});
