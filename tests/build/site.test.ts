/** Assertions on the fixture site built under PORTAL_BASE=/mirror/ (tests/support/build-fixtures.ts). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALE_DEFINITIONS } from '../../src/i18n/locales.ts';
import { FIXTURE_SITE, fixtureOut } from '../support/paths.ts';
import { fileForPath, htmlFiles, page } from '../support/html.ts';

const OUT = fixtureOut('mirror');
const BASE = '/mirror/';
const files = htmlFiles(OUT);
const CODES = LOCALE_DEFINITIONS.map((l) => l.code);

describe('locale homes', () => {
  it('exist for all 28 locales with their lang and dir', () => {
    for (const { code, tag } of LOCALE_DEFINITIONS) {
      const html = page(OUT, `${code}/index.html`).querySelector('html');
      expect(html?.getAttribute('lang'), code).toBe(tag);
      expect(html?.getAttribute('dir'), code).toBe('ltr');
    }
    expect(CODES).toHaveLength(28);
  });

  it('are written in their own language', () => {
    const h1 = (code: string) => page(OUT, `${code}/index.html`).querySelector('h1')?.text;
    expect(h1('en')).toBe('Welcome to eTwinning');
    const copies = CODES.filter((code) => code !== 'en' && h1(code) === h1('en'));
    expect(copies).toEqual([]);
    expect(new Set(CODES.map(h1)).size).toBeGreaterThan(25);
  });

  it('format numbers with Intl per locale', () => {
    const facts = (code: string) =>
      page(OUT, `${code}/index.html`).querySelector('.facts')?.text ?? '';
    expect(facts('de')).toContain('1.500');
    expect(facts('en')).toContain('1,500');
    expect(facts('fr')).toContain('1\u202f500');
  });
});

describe('hreflang and canonical', () => {
  it('every page has one canonical link on the configured site and base', () => {
    for (const file of files.filter(
      (f) => !f.endsWith('404.html') && !f.endsWith('404/index.html'),
    )) {
      const canonicals = page(OUT, file).querySelectorAll('link[rel="canonical"]');
      expect(canonicals, file).toHaveLength(1);
      expect(canonicals[0]?.getAttribute('href'), file).toMatch(
        new RegExp(`^${FIXTURE_SITE}${BASE}`),
      );
    }
  });

  it('alternates are reciprocal and point at real pages', () => {
    let checked = 0;
    for (const file of files) {
      const root = page(OUT, file);
      const self = root.querySelector('link[rel="canonical"]')?.getAttribute('href');
      for (const link of root.querySelectorAll('link[rel="alternate"][hreflang]')) {
        const href = link.getAttribute('href') ?? '';
        const target = fileForPath(new URL(href).pathname, BASE);
        expect(target && existsSync(join(OUT, target)), `${file} → ${href}`).toBe(true);
        if (link.getAttribute('hreflang') === 'x-default' || !target) continue;
        const back = page(OUT, target)
          .querySelectorAll('link[rel="alternate"]')
          .map((l) => l.getAttribute('href'));
        expect(back, `${target} must link back to ${self}`).toContain(self);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(28 * 28);
  });

  it('lists exactly the real translations of a page, with the nb tag for Norwegian', () => {
    const alternates = page(OUT, 'de/alpha/index.html')
      .querySelectorAll('link[rel="alternate"]')
      .map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`);
    expect(alternates).toEqual([
      `de ${FIXTURE_SITE}/mirror/de/alpha/`,
      `en ${FIXTURE_SITE}/mirror/en/alpha/`,
      `tr ${FIXTURE_SITE}/mirror/tr/alpha/`,
      `x-default ${FIXTURE_SITE}/mirror/en/alpha/`,
    ]);
    const home = page(OUT, 'no/index.html')
      .querySelectorAll('link[rel="alternate"]')
      .map((l) => l.getAttribute('hreflang'));
    expect(home).toContain('nb');
    expect(home.at(-1)).toBe('x-default');
  });
});

describe('translation fallback', () => {
  const fallback = page(OUT, 'fr/beta/index.html');

  it('keeps the visitor’s chrome and marks the body with the original’s language', () => {
    expect(fallback.querySelector('html')?.getAttribute('lang')).toBe('fr');
    expect(fallback.querySelector('.skip-link')?.text).not.toBe('Skip to main content');
    const article = fallback.querySelector('article');
    expect(article?.getAttribute('lang')).toBe('en');
    expect(article?.querySelector('h1')?.text).toBe('Beta only in English');
  });

  it('shows a notice linking to the original, canonical to the original, no alternates', () => {
    const notice = fallback.querySelector('[data-fallback-notice]');
    expect(notice?.text).toContain('anglais');
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe('/mirror/en/beta/');
    expect(fallback.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${FIXTURE_SITE}/mirror/en/beta/`,
    );
    expect(fallback.querySelectorAll('link[rel="alternate"]')).toHaveLength(0);
  });

  it('is left out of the search index; real pages are in it', () => {
    expect(fallback.querySelector('[data-pagefind-body]')).toBeNull();
    expect(
      page(OUT, 'de/alpha/index.html').querySelector('article[data-pagefind-body]'),
    ).not.toBeNull();
  });

  it('uses an original that is not English when there is no English version', () => {
    const gamma = page(OUT, 'de/gamma/index.html');
    expect(gamma.querySelector('article')?.getAttribute('lang')).toBe('tr');
    expect(gamma.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${FIXTURE_SITE}/mirror/tr/gamma/`,
    );
    expect(page(OUT, 'tr/gamma/index.html').querySelector('[data-fallback-notice]')).toBeNull();
  });

  it('listings show every entry and mark the untranslated ones', () => {
    const cards = page(OUT, 'de/index.html').querySelectorAll(
      'section[aria-labelledby="about-title"] .card',
    );
    expect(cards.map((c) => c.querySelector('h3')?.text.trim())).toEqual([
      'Alpha auf Deutsch',
      'Beta only in English',
      'Gama yalnızca Türkçe',
      'Delta written in MDX',
    ]);
    expect(cards.map((c) => c.querySelector('.badge') !== null)).toEqual([false, true, true, true]);
    expect(cards[1]?.querySelector('.card-body')?.getAttribute('lang')).toBe('en');
  });

  it('renders MDX entries like Markdown ones', () => {
    const delta = page(OUT, 'en/delta/index.html');
    expect(delta.querySelector('article h2')?.text).toBe('A heading from MDX');
    expect(delta.querySelector('article em')?.text).toBe('from MDX');
    expect(delta.querySelector('article aside.callout .callout-title')?.text).toBe('Good to know');
    expect(delta.querySelector('article aside.callout')?.text).toContain('used without an import');
  });
});

describe('mirror-ready URLs under PORTAL_BASE=/mirror/', () => {
  it('every internal href and src starts with the base and resolves to a built file', () => {
    let checked = 0;
    for (const file of files) {
      for (const el of page(OUT, file).querySelectorAll('[href], [src]')) {
        const url = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
        if (/^(mailto:|#)/.test(url)) continue;
        const { pathname, origin } = new URL(url, `${FIXTURE_SITE}${BASE}${file}`);
        if (origin !== FIXTURE_SITE) continue; // third-party URLs are checked below
        // Relative links (editors' `../history/`) keep the visitor's locale and resolve under the base.
        const relative = !/^([a-z]+:|\/)/i.test(url);
        expect(
          relative
            ? pathname.startsWith(BASE)
            : url.startsWith(BASE) || url.startsWith(`${FIXTURE_SITE}${BASE}`),
          `${file}: ${url}`,
        ).toBe(true);
        const target = fileForPath(pathname, BASE);
        expect(target && existsSync(join(OUT, target)), `${file}: ${url} does not resolve`).toBe(
          true,
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('requests nothing from a third-party host', () => {
    // Hyperlinks may lead elsewhere (a registration form); nothing may be *loaded* from elsewhere.
    const own = new URL(FIXTURE_SITE).host;
    const foreign = (url: string, file: string) => {
      const parsed = new URL(url, `${FIXTURE_SITE}${BASE}${file}`);
      return /^https?:$/.test(parsed.protocol) && parsed.host !== own ? url : [];
    };
    for (const file of files) {
      const root = page(OUT, file);
      const loaded = [
        ...root.querySelectorAll('[src]').map((el) => el.getAttribute('src') ?? ''),
        ...root
          .querySelectorAll('[srcset]')
          .flatMap((el) =>
            (el.getAttribute('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/)[0] ?? ''),
          ),
        ...root
          .querySelectorAll(
            'link[rel~="stylesheet"], link[rel~="icon"], link[rel~="preload"], link[rel~="modulepreload"], link[rel~="manifest"]',
          )
          .map((el) => el.getAttribute('href') ?? ''),
      ];
      expect(
        loaded.flatMap((url) => foreign(url, file)),
        file,
      ).toEqual([]);
    }
    for (const asset of readdirSync(join(OUT, '_astro')).filter((f) => /\.(css|js)$/.test(f))) {
      const text = readFileSync(join(OUT, '_astro', asset), 'utf8');
      const urls = [
        ...text.matchAll(/url\(\s*['"]?([^'")]+)|(?:fetch|import)\(\s*['"]([^'"]+)/g),
      ].map((m) => m[1] ?? m[2] ?? '');
      expect(
        urls.flatMap((url) => foreign(url, `_astro/${asset}`)),
        asset,
      ).toEqual([]);
    }
  });

  it('has no inline script, inline style or style attribute', () => {
    for (const file of files) {
      const root = page(OUT, file);
      expect(root.querySelectorAll('script:not([src])'), file).toHaveLength(0);
      expect(root.querySelectorAll('style'), file).toHaveLength(0);
      expect(root.querySelectorAll('[style]'), file).toHaveLength(0);
    }
  });
});

describe('language chooser and 404', () => {
  it('`/` lists every language in its own language, linking to its home', () => {
    const links = page(OUT, 'index.html').querySelectorAll('[data-language-chooser] a');
    expect(links).toHaveLength(28);
    const de = links.find((a) => a.getAttribute('data-locale') === 'de');
    expect(de?.text).toBe('Deutsch');
    expect(de?.getAttribute('lang')).toBe('de');
    expect(de?.getAttribute('href')).toBe('/mirror/de/');
    expect(page(OUT, 'index.html').querySelector('script[src]')).not.toBeNull();
  });

  it('the 404 page speaks every language', () => {
    const items = page(OUT, '404.html').querySelectorAll('[data-not-found] li');
    expect(items).toHaveLength(28);
    const tr = items.find((li) => li.getAttribute('lang') === 'tr');
    expect(tr?.querySelector('h2')?.text).not.toBe('Page not found');
    expect(tr?.querySelector('a')?.getAttribute('href')).toBe('/mirror/tr/');
  });

  it('a build of every locale needs no pointer to another portal', () => {
    expect(page(OUT, 'de/index.html').querySelector('.language-list p a')).toBeNull();
  });

  it('every page has a language switcher leading to the same page in every locale', () => {
    const links = page(OUT, 'tr/alpha/index.html').querySelectorAll('.language-switcher a');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(
      CODES.map((c) => `/mirror/${c}/alpha/`),
    );
    expect(links.find((a) => a.getAttribute('aria-current') === 'true')?.getAttribute('lang')).toBe(
      'tr',
    );
  });

  it('has landmarks and a skip link on every localized page', () => {
    for (const file of files.filter((f) => f.includes('/'))) {
      const root = page(OUT, file);
      expect(root.querySelectorAll('main#main'), file).toHaveLength(1);
      expect(root.querySelector('header'), file).not.toBeNull();
      expect(root.querySelector('footer'), file).not.toBeNull();
      expect(root.querySelector('a.skip-link')?.getAttribute('href'), file).toBe('#main');
      for (const nav of root.querySelectorAll('nav')) {
        expect(
          nav.getAttribute('aria-label') ?? nav.getAttribute('aria-labelledby'),
          file,
        ).toBeTruthy();
      }
    }
  });
});

describe('localized 404 pages', () => {
  it('exist per locale, in that language, and stay out of search engines', () => {
    const de = page(OUT, 'de/404/index.html');
    expect(de.querySelector('html')?.getAttribute('lang')).toBe('de');
    expect(de.querySelector('h1')?.text).not.toBe('Page not found');
    expect(de.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(de.querySelector('link[rel="canonical"]')).toBeNull();
  });
});

describe('host configuration', () => {
  it('ships headers for Netlify/Cloudflare, Apache and nginx, and a meta policy in every page', () => {
    expect(readFileSync(join(OUT, '_headers'), 'utf8')).toMatch(/^\/mirror\/\*\n/);
    expect(readFileSync(join(OUT, '.htaccess'), 'utf8')).toContain(
      'ErrorDocument 404 /mirror/404.html',
    );
    expect(readFileSync(join(OUT, '_nginx-headers.conf'), 'utf8')).toContain(
      'location /mirror/_astro/',
    );
    for (const file of files) {
      const meta = page(OUT, file).querySelector('meta[http-equiv="Content-Security-Policy"]');
      expect(meta?.getAttribute('content'), file).toContain("default-src 'self'");
    }
  });
});

describe('footer and home links', () => {
  const footerPages = ['statement'];
  const aboutPages = ['alpha', 'beta', 'delta', 'gamma'];

  it('every footer links the footer pages and the translation status', () => {
    for (const code of CODES) {
      const footer = page(OUT, `${code}/news/index.html`)
        .querySelectorAll('footer a')
        .map((a) => a.getAttribute('href'));
      for (const slug of [...footerPages, 'translation-status'])
        expect(footer, code).toContain(`${BASE}${code}/${slug}/`);
    }
  });

  it('every home page leads to every about page (not the footer ones)', () => {
    for (const code of CODES) {
      const hrefs = page(OUT, `${code}/index.html`)
        .querySelectorAll('section[aria-labelledby="about-title"] .card a')
        .map((a) => a.getAttribute('href'));
      expect(hrefs.sort(), code).toEqual(aboutPages.map((slug) => `${BASE}${code}/${slug}/`));
    }
  });
});
