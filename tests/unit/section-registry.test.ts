import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/strings/en.ts';
import {
  COLLECTION_IDS,
  FOOTER_SECTIONS,
  MENU_SECTIONS,
  SCAFFOLD_TYPES,
  SEARCH_TYPES,
  SECTIONS,
  SECTION_IDS,
  reservedSlugs,
  sectionPath,
  sectionSubpath,
} from '../../src/lib/sections.ts';
import { TRANSLATABLE } from '../../src/lib/translation-status.ts';
import { ROOT } from '../support/paths.ts';

describe('section paths', () => {
  it('spell every kind of section URL', () => {
    expect(sectionPath('de', 'home')).toBe('de/');
    expect(sectionPath('de', 'news')).toBe('de/news/');
    expect(sectionPath('de', 'news', { slug: 'a-b' })).toBe('de/news/a-b/');
    expect(sectionPath('de', 'news', { topic: 'inclusion' })).toBe('de/news/topic/inclusion/');
    expect(sectionPath('de', 'news', { country: 'tr', page: 2 })).toBe(
      'de/news/country/tr/page/2/',
    );
    expect(sectionPath('de', 'news', { page: 1 })).toBe('de/news/');
    expect(sectionPath('de', 'projects', { age: '7-11' })).toBe('de/projects/age/7-11/');
    expect(sectionPath('de', 'pages', { slug: 'history' })).toBe('de/history/');
    expect(sectionPath('de', 'prizes', { slug: '2026' })).toBe('de/recognition/prizes/2026/');
    expect(sectionPath('de', 'labels', { slug: '2025' })).toBe('de/recognition/labels/2025/');
    expect(sectionPath('de', 'schools')).toBe('de/recognition/schools/');
    expect(sectionPath('de', 'events', { slug: 'x', file: 'ics' })).toBe('de/events/x.ics');
    expect(sectionPath('de', 'search', { query: { q: 'a b' } })).toBe('de/search/?q=a+b');
    expect(sectionSubpath('home')).toBe('');
    expect(sectionSubpath('stats', { slug: 'tr' })).toBe('stats/tr/');
    expect(sectionPath('de', 'help', { anchor: 'who-can-register' })).toBe(
      'de/help/#who-can-register',
    );
  });
});

describe('the registry as the one place', () => {
  it('derives the translated collections, menu, search types and npm run new types', () => {
    expect(TRANSLATABLE).toEqual(COLLECTION_IDS);
    expect(COLLECTION_IDS).toEqual([
      'news',
      'projects',
      'recognition',
      'events',
      'kits',
      'publications',
      'themes',
      'pages',
      'help',
    ]);
    expect(MENU_SECTIONS).toEqual([
      'home',
      'news',
      'projects',
      'recognition',
      'countries',
      'events',
      'kits',
      'stats',
    ]);
    expect(FOOTER_SECTIONS).toEqual(['help']);
    expect(SEARCH_TYPES).toEqual([
      'news',
      'project',
      'recognition',
      'country',
      'event',
      'kit',
      'publication',
      'theme',
      'page',
      'help',
    ]);
    expect(SCAFFOLD_TYPES.get('project')).toBe('projects');
    expect(SCAFFOLD_TYPES.get('kit')).toBe('kits');
    expect(SCAFFOLD_TYPES.get('publication')).toBe('publications');
    expect(SCAFFOLD_TYPES.get('page')).toBe('pages');
  });

  it('reserves the slugs that the routes of a section use', () => {
    expect(reservedSlugs('news')).toEqual(['page', 'topic', 'country']);
    expect(reservedSlugs('projects')).toEqual(['page', 'country', 'age', 'subject', 'year']);
    expect(reservedSlugs('recognition')).toEqual(['prizes', 'labels', 'schools']);
    expect(reservedSlugs('events')).toEqual([]);
    expect(reservedSlugs('help')).toEqual([]);
    expect(reservedSlugs('kits')).toEqual(['page', 'age', 'subject', 'competence']);
    expect(reservedSlugs('publications')).toEqual(['page', 'year', 'language']);
    // Pages sit at the locale's root: every other section's segment and the root files.
    const pages = reservedSlugs('pages');
    for (const id of SECTION_IDS) {
      const first = SECTIONS[id].segment.split('/')[0];
      if (first) expect(pages).toContain(first);
    }
    expect(pages).toEqual(expect.arrayContaining(['rss.xml', '404', 'search']));
  });

  it('names every section and search type in the English strings', () => {
    for (const type of SEARCH_TYPES) expect(en).toHaveProperty([`search.type.${type}`]);
  });

  it('is the only place section URLs are spelled in components, layouts and pages', () => {
    const segments = [...new Set(SECTION_IDS.map((id) => SECTIONS[id].segment.split('/')[0]))]
      .filter(Boolean)
      .join('|');
    // A quoted or template string that starts with a section segment and a slash.
    const literal = new RegExp(`['"\`/](${segments})/`);
    const offenders: string[] = [];
    for (const dir of ['src/components', 'src/layouts', 'src/pages']) {
      for (const file of readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })) {
        if (!/\.(astro|ts)$/.test(file)) continue;
        const code = readFileSync(join(ROOT, dir, file), 'utf8')
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/^\s*\/\/.*$/gm, '');
        code.split('\n').forEach((line, i) => {
          if (literal.test(line)) offenders.push(`${dir}/${file}:${i + 1}: ${line.trim()}`);
        });
      }
    }
    expect(offenders).toEqual([]);
  });
});
