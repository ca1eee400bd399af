/** The shipped content (content/) as `npm run build` makes it. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALE_DEFINITIONS } from '../../src/i18n/locales.ts';
import { ROOT, fixtureOut } from '../support/paths.ts';
import { page } from '../support/html.ts';

const OUT = fixtureOut('shipped');
const FOOTER_SLUGS = ['accessibility', 'privacy'];
const SLUGS = readdirSync(join(ROOT, 'content/pages/en'))
  .map((f) => f.replace(/\.mdx?$/, ''))
  .filter((slug) => !FOOTER_SLUGS.includes(slug));

describe('the portal’s own pages', () => {
  it('cover what eTwinning is, eTwinning Plus, the portal, support, ambassadors and history', () => {
    expect(SLUGS.sort()).toEqual([
      'ambassadors',
      'etwinning-plus',
      'history',
      'portal-and-etwinning-live',
      'support-services',
      'what-is-etwinning',
    ]);
  });

  it('are translated into at least 6 other locales, Turkish among them', () => {
    const translated = LOCALE_DEFINITIONS.filter(({ code }) =>
      SLUGS.every(
        (slug) => !page(OUT, `${code}/${slug}/index.html`).querySelector('[data-fallback-notice]'),
      ),
    ).map((l) => l.code);
    expect(translated).toContain('tr');
    expect(translated).toContain('en');
    expect(translated.length).toBeGreaterThanOrEqual(7);
  });

  it('exist in every locale, as a fallback where untranslated', () => {
    for (const { code, tag } of LOCALE_DEFINITIONS) {
      for (const slug of SLUGS) {
        const root = page(OUT, `${code}/${slug}/index.html`);
        expect(root.querySelector('html')?.getAttribute('lang')).toBe(tag);
        const article = root.querySelector('article');
        const fallback = root.querySelector('[data-fallback-notice]') !== null;
        expect(article?.getAttribute('lang') ?? tag, `${code}/${slug}`).toBe(fallback ? 'en' : tag);
      }
    }
  });

  it('state the facts we rely on', () => {
    const text = (slug: string) =>
      page(OUT, `en/${slug}/index.html`).querySelector('article')?.text ?? '';
    expect(text('support-services')).toMatch(/European Schoolnet/);
    expect(text('support-services')).toMatch(/38 National Support Services/);
    expect(text('support-services')).toMatch(/helpdesk@etwinning\.net/);
    expect(text('ambassadors')).toMatch(/more than 1,500/i);
    expect(text('history')).toMatch(/2005/);
    expect(text('history')).toMatch(/2014/);
    for (const country of [
      'Armenia',
      'Azerbaijan',
      'Georgia',
      'Moldova',
      'Tunisia',
      'Ukraine',
      'Jordan',
      'Lebanon',
    ]) {
      expect(text('etwinning-plus')).toContain(country);
    }
  });

  it('include an accessibility statement and a privacy notice, translated in every locale and linked from every footer', () => {
    for (const { code } of LOCALE_DEFINITIONS) {
      for (const slug of FOOTER_SLUGS) {
        const doc = page(OUT, `${code}/${slug}/index.html`);
        expect(doc.querySelector('[data-fallback-notice]'), `${code}/${slug}`).toBeNull();
        expect(doc.querySelector('html')?.getAttribute('lang')).toBe(
          LOCALE_DEFINITIONS.find((l) => l.code === code)?.tag,
        );
      }
      // Spaces normalised: "EN 301 549" is often typeset with non-breaking spaces.
      const statement = (
        page(OUT, `${code}/accessibility/index.html`).querySelector('main')?.text ?? ''
      ).replace(/\s+/g, ' ');
      expect(statement, code).toContain('WCAG 2.2');
      expect(statement, code).toContain('EN 301 549');
      expect(statement, code).toContain('helpdesk@etwinning.net');
      const privacy = page(OUT, `${code}/privacy/index.html`).querySelector('main')?.text ?? '';
      expect(privacy, code).toContain('etwinning.locale');
      const footer = page(OUT, `${code}/news/index.html`)
        .querySelectorAll('footer a')
        .map((a) => a.getAttribute('href'));
      for (const slug of [...FOOTER_SLUGS, 'translation-status'])
        expect(footer, code).toContain(`/${code}/${slug}/`);
    }
  });

  it('home pages lead to every about page', () => {
    for (const { code } of LOCALE_DEFINITIONS) {
      const hrefs = page(OUT, `${code}/index.html`)
        .querySelectorAll('section[aria-labelledby="about-title"] .card a')
        .map((a) => a.getAttribute('href'));
      expect(hrefs.sort(), code).toEqual(SLUGS.map((slug) => `/${code}/${slug}/`).sort());
    }
  });
});
