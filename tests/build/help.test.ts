/**
 * The help page in the /mirror/ fixture (tests/fixtures/basic/content/help: two questions in two
 * groups and a help page in English, one question translated into German).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALE_DEFINITIONS } from '../../src/i18n/locales.ts';
import { translator } from '../../src/i18n/i18n.ts';
import { fixtureOut } from '../support/paths.ts';
import { page } from '../support/html.ts';

const OUT = fixtureOut('mirror');
const help = (code: string) => page(OUT, `${code}/help/index.html`);
const questionIds = (code: string) =>
  help(code)
    .querySelectorAll('.help-question h3')
    .map((h) => h.getAttribute('id'));

describe('the help page', () => {
  it('is built in every locale, titled in its language, with the help pages below it', () => {
    for (const { code, tag } of LOCALE_DEFINITIONS) {
      const t = translator(code, tag);
      expect(help(code).querySelector('h1')?.text, code).toBe(t('help.title'));
      expect(existsSync(join(OUT, code, 'help/fixture-guide/index.html')), code).toBe(true);
    }
  });

  it('gives every question the same anchor in every locale, in group order', () => {
    for (const { code } of LOCALE_DEFINITIONS)
      expect(questionIds(code), code).toEqual(['fixture-register', 'fixture-safety']);
    const groups = help('fi')
      .querySelectorAll('.help-group > h2')
      .map((h) => h.getAttribute('id'));
    expect(groups).toEqual(['registering', 'safety', 'help-pages']);
  });

  it('has no id twice on the page', () => {
    for (const { code } of LOCALE_DEFINITIONS) {
      const ids = help(code)
        .querySelectorAll('[id]')
        .map((element) => element.getAttribute('id'));
      expect(new Set(ids).size, code).toBe(ids.length);
    }
  });

  it('links every question to itself, without a script, and lists the groups at the top', () => {
    const de = help('de');
    for (const id of questionIds('de')) {
      const link = de.querySelector(`.help-question a[href="#${id ?? ''}"]`);
      expect(link?.text).toBe('Link zu dieser Frage');
      expect(link?.getAttribute('aria-describedby')).toBe(id);
    }
    expect(de.querySelectorAll('nav.help-contents a').map((a) => a.getAttribute('href'))).toEqual([
      '#registering',
      '#safety',
      '#help-pages',
    ]);
    expect(de.querySelector('nav.help-contents')?.getAttribute('aria-labelledby')).toBe(
      'help-contents',
    );
    expect(de.querySelector('script:not([type="application/ld+json"])')).toBeNull();
  });

  it('marks an untranslated question with its language and keeps it out of the search index', () => {
    const question = (code: string, id: string) =>
      help(code).querySelector(`#${id}`)?.closest('.help-question');
    const translated = question('de', 'fixture-register');
    expect(translated?.getAttribute('data-pagefind-ignore')).toBeUndefined();
    expect(translated?.querySelector('.prose')?.getAttribute('lang')).toBeUndefined();
    const original = question('de', 'fixture-safety');
    expect(original?.getAttribute('data-pagefind-ignore')).toBe('all');
    expect(original?.querySelector('.prose')?.getAttribute('lang')).toBe('en');
    expect(original?.querySelector('.badge')?.text).toBe('Noch nicht übersetzt');
    expect(question('en', 'fixture-safety')?.querySelector('.badge')).toBeNull();
  });

  it('is linked in the footer (the main menu fits one row) and filtered as help in search', () => {
    const de = help('de');
    const link = de
      .querySelectorAll('footer nav a')
      .find((a) => a.getAttribute('href') === '/mirror/de/help/');
    expect(link?.text.trim()).toBe('Hilfe');
    expect(
      de
        .querySelector('[data-pagefind-body] [data-pagefind-filter="type[value]"]')
        ?.getAttribute('value'),
    ).toBe('help');
  });

  it('is where the translation status sends readers for an untranslated question', () => {
    const links = page(OUT, 'de/translation-status/index.html')
      .querySelectorAll('a')
      .map((a) => a.getAttribute('href'));
    expect(links).toContain('/mirror/de/help/#fixture-safety');
    expect(links).toContain('/mirror/de/help/#fixture-guide');
  });
});
