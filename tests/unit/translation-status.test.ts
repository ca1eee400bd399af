import { describe, expect, it } from 'vitest';
import { checkContent, type ContentFiles } from '../../scripts/lib/content-check.ts';
import {
  ScaffoldError,
  newEntry,
  slugify,
  startTranslation,
  withTranslatedFrom,
} from '../../scripts/lib/scaffold.ts';
import {
  contentVersion,
  readEntries,
  recordedOriginal,
  translationStatus,
  uiCoverage,
  versionRequests,
} from '../../src/lib/translation-status.ts';

const PAGE = (title: string, extra = '') => `---
title: ${title}
description: About it.
updated: 2026-11-29
${extra}---

Text of ${title}.
`;

function memory(files: Record<string, string>): ContentFiles {
  const all = {
    'countries.json': JSON.stringify([
      { id: 'AT', programme: 'etwinning' },
      { id: 'DE', programme: 'etwinning' },
      { id: 'FR', programme: 'etwinning' },
    ]),
    'images/a.jpg': 'jpg',
    ...files,
  };
  return {
    list: Object.keys(all),
    read: (path) => all[path as keyof typeof all] ?? '',
    exists: (path) => path in all,
  };
}

describe('contentVersion', () => {
  it('changes with the text but not with line endings or trailing spaces', () => {
    const text = PAGE('History');
    expect(contentVersion(text)).toMatch(/^[0-9a-f]{12}$/);
    expect(contentVersion(text.replace(/\n/g, '\r\n').replace('About it.', 'About it.  '))).toBe(
      contentVersion(text),
    );
    expect(contentVersion(text.replace('Text of', 'Story of'))).not.toBe(contentVersion(text));
  });
});

describe('translationStatus', () => {
  const original = PAGE('History');
  const files: Record<string, string> = {
    'pages/en/history.md': original,
    'pages/en/ambassadors.md': PAGE('Ambassadors'),
    'pages/de/history.md': startTranslation(original, 'en'),
    'pages/fr/history.md': PAGE('Histoire'),
    'news/de/only-german.md': PAGE('Nur Deutsch'),
  };
  const status = (edited: Record<string, string> = {}) => {
    const all = { ...files, ...edited };
    return translationStatus(
      readEntries(Object.keys(all), (p) => all[p] ?? '', ['en', 'de', 'fr']),
      ['en', 'de', 'fr'],
      'en',
    );
  };
  const section = (s: ReturnType<typeof status>, locale: string, collection: string) =>
    s.find((l) => l.locale === locale)?.sections.find((c) => c.collection === collection);

  it('lists missing entries with their original, and counts translations', () => {
    const pages = section(status(), 'fr', 'pages');
    expect(pages?.translated).toBe(1);
    expect(pages?.total).toBe(2);
    expect(pages?.missing.map((m) => [m.slug, m.original.file])).toEqual([
      ['ambassadors', 'content/pages/en/ambassadors.md'],
    ]);
    // An entry that exists only in German: its original is the German one.
    expect(section(status(), 'en', 'news')?.missing[0]?.original.locale).toBe('de');
  });

  it('is up to date until the original changes, then lists the translation as outdated', () => {
    expect(section(status(), 'de', 'pages')?.outdated).toEqual([]);
    const changed = status({ 'pages/en/history.md': original.replace('Text of', 'New text of') });
    expect(section(changed, 'de', 'pages')?.outdated.map((o) => o.entry.file)).toEqual([
      'content/pages/de/history.md',
    ]);
  });

  it('reports translations that record no original as untracked', () => {
    expect(section(status(), 'fr', 'pages')?.untracked.map((u) => u.entry.file)).toEqual([
      'content/pages/fr/history.md',
    ]);
    expect(section(status(), 'en', 'pages')?.untracked).toEqual([]);
  });

  it('takes the version of a translation without one from the answers of the history', () => {
    const all: Record<string, string> = {
      ...files,
      'pages/de/history.md': PAGE('Geschichte', 'translatedFrom:\n  locale: en\n'),
    };
    const entries = readEntries(Object.keys(all), (p) => all[p] ?? '', ['en', 'de', 'fr']);
    const requests = versionRequests(entries, 'en');
    expect(requests.map((r) => r.entry.file)).toEqual([
      'content/pages/de/history.md',
      'content/pages/fr/history.md',
    ]);
    const current = contentVersion(original);
    const derived = new Map([
      ['content/pages/de/history.md', { version: 'abcdefabcdef', commit: 'c0ffee' }],
      ['content/pages/fr/history.md', { version: current, commit: 'c0ffee' }],
    ]);
    const pages = (s: ReturnType<typeof translationStatus>, l: string) =>
      s.find((x) => x.locale === l)?.sections.find((c) => c.collection === 'pages');
    const withHistory = translationStatus(entries, ['en', 'de', 'fr'], 'en', derived);
    expect(pages(withHistory, 'de')?.outdated.map((o) => [o.version, o.source])).toEqual([
      ['abcdefabcdef', { from: 'history', commit: 'c0ffee' }],
    ]);
    expect(pages(withHistory, 'fr')?.outdated).toEqual([]);
    expect(pages(withHistory, 'fr')?.untracked).toEqual([]);
    // Not answered: untracked, with the reason.
    const without = translationStatus(entries, ['en', 'de', 'fr'], 'en');
    expect(pages(without, 'de')?.untracked.map((u) => u.reason)).toEqual([
      'no recorded version, and the Git history was not read',
    ]);
  });
});

describe('uiCoverage', () => {
  it('counts the plural categories a locale needs and lists missing keys', () => {
    const source = {
      'a.title': 'Title',
      'a.count_one': '{{count}} item',
      'a.count_other': '{{count}} items',
    };
    // Polish needs one, few, many, other.
    expect(
      uiCoverage(source, { 'a.title': 'Tytuł', 'a.count_one': 'x', 'a.count_few': 'y' }, 'pl'),
    ).toEqual({
      translated: 3,
      total: 5,
      missing: ['a.count_many', 'a.count_other'],
    });
  });
});

describe('scaffolding', () => {
  const base = {
    locale: 'de',
    tag: 'de',
    today: '2026-11-29',
    countryCodes: ['AT', 'DE', 'FR'],
    locales: ['en', 'de', 'fr'],
    cover: { src: '../../images/a.jpg', alt: 'Illustration: Kreise' },
  };

  it('makes file names from titles', () => {
    expect(slugify('Écoles en réseau: 2026!')).toBe('ecoles-en-reseau-2026');
    expect(slugify('Große Straße in Łódź')).toBe('grosse-strasse-in-lodz');
    expect(slugify('Ελληνικά')).toBe('');
  });

  for (const type of ['news', 'project', 'event', 'page']) {
    it(`writes a ${type} that passes the content check`, () => {
      const entry = newEntry({ ...base, type, title: 'Schulen im Gespräch' });
      expect(entry.path).toMatch(/^[a-z]+\/de\/schulen-im-gesprach\.md$/);
      expect(checkContent(memory({ [entry.path]: entry.text }), base.locales)).toEqual([]);
    });
  }

  it('guesses the country from the language and marks example values as sample', () => {
    const entry = newEntry({ ...base, type: 'news', title: 'Neu' });
    expect(entry.text).toContain('countries: [DE]');
    expect(entry.text).toContain('sample: true');
  });

  it('explains what is missing', () => {
    expect(() => newEntry({ ...base, type: 'blog', title: 'X' })).toThrow(/unknown type "blog"/);
    expect(() => newEntry({ ...base, type: 'news', title: 'Ελληνικά' })).toThrow(/--slug/);
    expect(() => newEntry({ ...base, type: 'news', title: 'X', cover: undefined })).toThrow(
      ScaffoldError,
    );
    expect(() => newEntry({ ...base, type: 'news', title: 'X', countries: ['XX'] })).toThrow(
      /"XX" is not a participating country/,
    );
  });

  it('starts a translation that records the version of its original, and can re-record it', () => {
    const original = PAGE('History');
    const translation = startTranslation(original, 'en');
    expect(recordedOriginal(translation)).toEqual({
      locale: 'en',
      version: contentVersion(original),
    });
    expect(translation).toContain('Text of History.');
    const updated = withTranslatedFrom(translation, 'en', 'abcdefabcdef');
    expect(recordedOriginal(updated)).toEqual({ locale: 'en', version: 'abcdefabcdef' });
    expect(updated.match(/translatedFrom/g)).toHaveLength(1);
    expect(
      checkContent(
        memory({ 'pages/en/history.md': original, 'pages/de/history.md': translation }),
        ['en', 'de'],
      ),
    ).toEqual([]);
  });

  it('the content check rejects a translation of itself, and notes one whose original is gone', () => {
    const translation = startTranslation(PAGE('History'), 'en');
    const notices: string[] = [];
    // Retiring (or renaming) an original must not block the build: the editor gets a note.
    expect(
      checkContent(memory({ 'pages/de/history.md': translation }), ['en', 'de'], notices),
    ).toEqual([]);
    expect(notices).toEqual([
      expect.stringMatching(
        /^content\/pages\/de\/history\.md:6 — field "translatedFrom\.locale": its original content\/pages\/en\/history\.md is not there .*If the original was retired, delete this file too/,
      ),
    ]);
    expect(checkContent(memory({ 'pages/en/history.md': translation }), ['en', 'de'])).toEqual([
      'content/pages/en/history.md:6 — field "translatedFrom.locale": a translation cannot be made from its own locale',
    ]);
  });
});
