/**
 * Proof that the section registry is the one place: the `extension` fixture adds a section
 * (`guides`) with one registry entry, its schema, its two templates and its texts
 * (tests/fixtures/extension/section, applied by tests/support/build-fixtures.ts), and nothing
 * else. The section must then be everywhere a section belongs.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, TMP, fixtureOut } from '../support/paths.ts';
import { page } from '../support/html.ts';

const OUT = fixtureOut('extension');
const PROJECT = join(TMP, 'extension-project');
const CONTENT = join(TMP, 'extension-content');
const GUIDES = ['getting-started', 'running-a-project'];

/** Runs one of the project copy's scripts over a copy of the fixture content. */
function run(script: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(PROJECT, 'scripts', script), ...args], {
    cwd: PROJECT,
    encoding: 'utf8',
    env: { ...process.env, PORTAL_CONTENT_DIR: CONTENT, PORTAL_LOCALES: 'en,ar' },
  });
}

beforeAll(() => {
  rmSync(CONTENT, { recursive: true, force: true });
  cpSync(join(ROOT, 'tests/fixtures/extension/content'), CONTENT, { recursive: true });
});

describe('a section added with one registry entry', () => {
  it('is in the main menu of every locale', () => {
    for (const locale of ['en', 'ar']) {
      const links = page(OUT, `${locale}/index.html`).querySelectorAll('.main-nav a');
      expect(links.map((a) => a.getAttribute('href'))).toContain(`/${locale}/guides/`);
    }
    const current = page(OUT, 'en/guides/index.html').querySelector('.main-nav [aria-current]');
    expect(current?.getAttribute('href')).toBe('/en/guides/');
  });

  it('is introduced on the home page', () => {
    const cards = page(OUT, 'en/index.html').querySelectorAll('.card-title a');
    expect(cards.map((a) => a.getAttribute('href'))).toContain('/en/guides/');
  });

  it('has its entry pages, its listing and one browse page per facet value, in every locale', () => {
    for (const locale of ['en', 'ar']) {
      for (const path of [
        'guides/',
        'guides/level/beginner/',
        'guides/level/advanced/',
        ...GUIDES.map((slug) => `guides/${slug}/`),
      ]) {
        expect(existsSync(join(OUT, locale, path, 'index.html')), `${locale}/${path}`).toBe(true);
      }
    }
    const beginners = page(OUT, 'en/guides/level/beginner/index.html');
    expect(beginners.querySelector('h1')?.text).toBe('Guides for the level: Beginner');
    expect(beginners.querySelectorAll('.card-title a').map((a) => a.text.trim())).toEqual([
      'Fixture guide for beginners',
    ]);
    const browse = page(OUT, 'en/guides/index.html').querySelectorAll('.browse a');
    expect(browse.map((a) => a.getAttribute('href'))).toEqual([
      '/en/guides/',
      '/en/guides/level/beginner/',
      '/en/guides/level/advanced/',
    ]);
  });

  it('is in the sitemap', () => {
    const sitemap = readFileSync(join(OUT, 'sitemap-en.xml'), 'utf8');
    for (const slug of GUIDES) {
      expect(sitemap).toContain(`<loc>https://portal.example.org/en/guides/${slug}/</loc>`);
    }
    expect(sitemap).toContain('<loc>https://portal.example.org/en/guides/level/beginner/</loc>');
  });

  it('is a search filter, and its pages carry that type', () => {
    const search = page(OUT, 'en/search/index.html').querySelector('[data-strings]');
    const strings = JSON.parse(search?.getAttribute('data-strings') ?? '{}') as {
      types?: Record<string, string>;
    };
    expect(strings.types?.['guide']).toBe('Guide');
    const facts = page(OUT, 'en/guides/getting-started/index.html').querySelector(
      '[data-pagefind-filter="type[value]"]',
    );
    expect(facts?.getAttribute('value')).toBe('guide');
  });

  it('is in the translation status', () => {
    const status = page(OUT, 'ar/translation-status/index.html');
    expect(status.querySelector('tr[data-collection="guides"]')?.text).toContain('Guides');
    const missing = status.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(missing).toContain('/ar/guides/getting-started/');
  });

  it('can be started with npm run new, and the new file passes the content gate', () => {
    const made = run('new.ts', 'guide', '--locale', 'en', '--title', 'A third guide');
    expect(made.status, made.stderr).toBe(0);
    const text = readFileSync(join(CONTENT, 'guides/en/a-third-guide.md'), 'utf8');
    expect(text).toContain('level: beginner');
    const check = run('check-content.ts');
    expect(check.status, check.stderr).toBe(0);
  });

  it('is checked by the content gate: its schema, and the slugs its routes need', () => {
    const bad =
      '---\ntitle: Bad\ndescription: A guide at no known level.\nlevel: expert\nupdated: 2026-01-01\n---\n\nText.\n';
    writeFileSync(join(CONTENT, 'guides/en/bad-level.md'), bad);
    writeFileSync(join(CONTENT, 'guides/en/level.md'), bad.replace('expert', 'beginner'));
    const check = run('check-content.ts');
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(
      'content/guides/en/bad-level.md:4 — field "level": expected one of: beginner, advanced',
    );
    expect(check.stderr).toContain(
      'content/guides/en/level.md — file name "level" is reserved for a listing page',
    );
  });

  it('is in the browser editor: a list per locale and a translation view, with its fields', () => {
    const config = JSON.parse(readFileSync(join(OUT, 'admin/config.json'), 'utf8')) as {
      collections: { name: string; folder?: string; fields?: { name: string }[] }[];
    };
    const guides = config.collections.filter(
      (c) => c.name === 'guides' || c.name.startsWith('guides--'),
    );
    expect(guides.map((c) => c.name).sort()).toEqual(['guides', 'guides--ar', 'guides--en']);
    expect(guides.find((c) => c.name === 'guides--ar')?.folder).toBe('content/guides/ar');
    expect(guides[0]?.fields?.map((f) => f.name)).toContain('title');
  });
});
