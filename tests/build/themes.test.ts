/** Theme and campaign pages in the /mirror/ fixture: routes, timing, and what a theme gathers. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALE_DEFINITIONS } from '../../src/i18n/locales.ts';
import { fixtureOut } from '../support/paths.ts';
import { page } from '../support/html.ts';

const OUT = fixtureOut('mirror');
/** The card titles under one gathered list (`news`, `events`) of a theme page. */
const gathered = (file: string, section: string) =>
  page(OUT, file)
    .querySelectorAll(`section[aria-labelledby="gathered-${section}"] .card-title a`)
    .map((a) => a.text.trim());

describe('themes routes', () => {
  it('has the themes index and every theme page in every locale', () => {
    for (const { code } of LOCALE_DEFINITIONS) {
      for (const path of ['themes', 'themes/fixture-theme', 'themes/fixture-campaign'])
        expect(existsSync(join(OUT, code, path, 'index.html')), `${code}/${path}/`).toBe(true);
    }
  });

  it('is introduced on the home page, not in the main menu', () => {
    const home = page(OUT, 'en/index.html');
    expect(home.querySelector('main a[href="/mirror/en/themes/"]')?.text).toContain(
      'Themes and campaigns',
    );
    const menu = home.querySelector('nav[aria-label="Main navigation"]');
    expect(menu?.querySelector('a[href="/mirror/en/themes/"]')).toBeNull();
  });
});

describe('the themes index', () => {
  it('lists annual themes and campaigns apart, with when they apply in the reader’s language', () => {
    const en = page(OUT, 'en/themes/index.html');
    expect(en.querySelector('h1')?.text).toBe('Themes and campaigns');
    const annual = en.querySelector('section[aria-labelledby="themes-annual-theme"]');
    expect(annual?.querySelector('h2')?.text).toBe('Annual themes');
    expect(annual?.querySelector('.card .meta')?.text).toBe('Annual theme · 2025/26');
    const campaigns = en.querySelector('section[aria-labelledby="themes-campaign"]');
    expect(campaigns?.querySelector('.card-title a')?.getAttribute('href')).toBe(
      '/mirror/en/themes/fixture-campaign/',
    );
    expect(campaigns?.querySelector('.card .meta')?.text).toBe('Campaign · 9 May');
    const de = page(OUT, 'de/themes/index.html');
    expect(de.querySelector('section[aria-labelledby="themes-campaign"] .meta')?.text).toBe(
      'Kampagne · 9. Mai',
    );
  });
});

describe('a theme page', () => {
  it('lists the news and events that name the theme, newest first, linked', () => {
    expect(gathered('en/themes/fixture-theme/index.html', 'news')).toEqual([
      'Fixture news 14',
      'Fixture news 03',
    ]);
    expect(gathered('en/themes/fixture-theme/index.html', 'events')).toEqual(['Future seminar']);
    expect(gathered('en/themes/fixture-theme/index.html', 'kits')).toEqual(['Letters kit']);
    const link = page(OUT, 'en/themes/fixture-theme/index.html').querySelector(
      'section[aria-labelledby="gathered-news"] .card-title a',
    );
    expect(link?.getAttribute('href')).toBe('/mirror/en/news/item-14/');
  });

  it('lists them as the reader’s locale does: its translation, or the original marked', () => {
    const file = 'de/themes/fixture-theme/index.html';
    expect(gathered(file, 'news')).toEqual(['Testmeldung 14', 'Fixture news 03']);
    const cards = page(OUT, file).querySelectorAll(
      'section[aria-labelledby="gathered-news"] .card',
    );
    expect(cards[0]?.querySelector('.card-body')?.getAttribute('lang')).toBeUndefined();
    expect(cards[1]?.querySelector('.card-body')?.getAttribute('lang')).toBe('en');
    expect(cards[1]?.text).toContain('Noch nicht übersetzt');
    expect(page(OUT, file).querySelector('section[aria-labelledby="gathered-news"] h2')?.text).toBe(
      'Aktuelles',
    );
  });

  it('shows its kind, when it applies and its official page', () => {
    const facts = page(OUT, 'fr/themes/fixture-theme/index.html').querySelector('.facts-list');
    expect(facts?.text).toContain('Thème annuel');
    expect(facts?.text).toContain('2025/26');
    expect(facts?.querySelector('a')?.getAttribute('href')).toBe(
      'https://example.org/themes/fixture-theme',
    );
    const campaign = page(OUT, 'pl/themes/fixture-campaign/index.html').querySelector(
      '.facts-list',
    );
    expect(campaign?.text).toContain('Co roku');
    expect(campaign?.text).toContain('9 maja');
  });

  it('says so where nothing names it', () => {
    const file = 'en/themes/fixture-campaign/index.html';
    expect(gathered(file, 'news')).toEqual([]);
    expect(
      page(OUT, file).querySelector('section[aria-labelledby="gathered-events"] p')?.text,
    ).toBe('Nothing here is about this theme yet.');
  });
});
