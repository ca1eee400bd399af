/** Annual themes and campaigns: the schema, the content gate's check of `themes`, the lib. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkContent, type ContentFiles } from '../../scripts/lib/content-check.ts';
import { themeSchema } from '../../src/lib/schemas.ts';
import { THEMED_COLLECTIONS } from '../../src/lib/sections.ts';
import {
  checkThemeNames,
  compareThemes,
  recurrenceText,
  taggedWith,
  whenText,
} from '../../src/lib/themes.ts';

const COUNTRIES = JSON.stringify([
  { id: 'AT', programme: 'etwinning' },
  { id: 'TR', programme: 'etwinning' },
]);

const THEME = `---
title: A theme
description: An annual theme.
kind: annual-theme
year: 2024/25
---
`;

const news = (themes: string) => `---
title: Tagged news
description: A news item that names themes.
date: 2026-05-01
countries: [AT]
topic: community
cover:
  src: ../../images/a.jpg
  alt: 'Illustration: circles'
themes: ${themes}
---
`;

const EVENT = `---
title: Tagged event
description: An event that names a theme.
type: online-seminar
start: 2026-12-10T15:00:00+01:00
end: 2026-12-10T16:00:00+01:00
language: en
audience: Teachers
format: online
registration: https://example.org/register
themes: [no-such-campaign]
---
`;

function files(entries: Record<string, string>): ContentFiles {
  const all: Record<string, string> = {
    'countries.json': COUNTRIES,
    'images/a.jpg': 'jpg',
    ...entries,
  };
  return {
    list: Object.keys(all),
    read: (path) => {
      const text = all[path];
      if (text === undefined) throw new Error(`no ${path}`);
      return text;
    },
    exists: (path) => path in all,
  };
}

const check = (entries: Record<string, string>) => checkContent(files(entries), ['en', 'de']);

describe('the content gate and themes', () => {
  it('accepts news that name existing themes (in any locale)', () => {
    expect(
      check({
        'themes/en/a-theme.md': THEME,
        'themes/de/german-only.md': THEME,
        'news/en/n.md': news('[a-theme, german-only]'),
      }),
    ).toEqual([]);
  });

  it('rejects a theme name that is no theme, with file, line and field', () => {
    expect(
      check({
        'themes/en/a-theme.md': THEME,
        'news/en/n.md': news('[a-theme, not-a-theme]'),
        'events/en/e.md': EVENT,
      }),
    ).toEqual([
      'content/news/en/n.md:10 — field "themes[1]": "not-a-theme" is not a theme (expected the file name of a theme, e.g. "a-theme")',
      'content/events/en/e.md:11 — field "themes[0]": "no-such-campaign" is not a theme (expected the file name of a theme, e.g. "a-theme")',
    ]);
  });

  it('says so when there are no themes at all', () => {
    expect(check({ 'news/en/n.md': news('[a-theme]') })).toEqual([
      'content/news/en/n.md:10 — field "themes[0]": "a-theme" is not a theme (there are no themes yet in content/themes/<locale>/)',
    ]);
  });

  it('rejects a malformed or repeated theme name', () => {
    expect(check({ 'themes/en/a-theme.md': THEME, 'news/en/n.md': news('[A Theme]') })).toEqual([
      'content/news/en/n.md:10 — field "themes[0]": "A Theme" is not a theme\'s file name (lower-case letters, digits and hyphens, e.g. "well-being-at-school-2024")',
    ]);
    expect(
      check({ 'themes/en/a-theme.md': THEME, 'news/en/n.md': news('[a-theme, a-theme]') }),
    ).toEqual(['content/news/en/n.md:10 — field "themes": a theme is named twice']);
  });

  it('checks a theme’s own front matter', () => {
    expect(check({ 'themes/en/t.md': THEME.replace('year: 2024/25', 'year: 2024/26') })[0]).toMatch(
      /^content\/themes\/en\/t\.md:5 — field "year": "2024\/26" is not a year from 2005 on/,
    );
    expect(check({ 'themes/en/t.md': THEME.replace('year: 2024/25\n', '') })).toEqual([
      'content/themes/en/t.md:2 — field "year": an annual theme needs its year (e.g. 2024) or school year (e.g. "2024/25")',
    ]);
  });

  it('covers news, events and project kits, the sections whose pages a theme gathers', () => {
    expect(THEMED_COLLECTIONS).toEqual(['news', 'events', 'kits']);
  });
});

describe('themeSchema', () => {
  const schema = themeSchema(z.string());
  const errors = (data: object) => {
    const result = schema.safeParse({ title: 'T', description: 'D', ...data });
    return result.success
      ? []
      : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts a year, a school year, months and a day', () => {
    expect(errors({ kind: 'annual-theme', year: 2024 })).toEqual([]);
    expect(errors({ kind: 'annual-theme', year: '2099/00' })).toEqual([]);
    expect(errors({ kind: 'campaign', months: [9, 10] })).toEqual([]);
    expect(errors({ kind: 'campaign', months: [2], day: 29 })).toEqual([]);
  });

  it('refuses what does not fit the kind', () => {
    expect(errors({ kind: 'campaign', year: '2024' })).toEqual([
      'months: a campaign needs the months it recurs in (e.g. [9, 10])',
      'year: a campaign recurs: give its months, not a year (or use kind: annual-theme)',
    ]);
    expect(errors({ kind: 'annual-theme', year: '2024', months: [5] })).toEqual([
      'months: an annual theme has a year, not months: remove "months" (or use kind: campaign)',
    ]);
    expect(errors({ kind: 'campaign', months: [9, 10], day: 1 })).toEqual([
      'day: a day needs exactly one month (e.g. months: [5] with day: 9)',
    ]);
    expect(errors({ kind: 'campaign', months: [4], day: 31 })).toEqual([
      'day: that month has fewer days',
    ]);
    expect(errors({ kind: 'campaign', months: [10, 9] })).toEqual([
      'months: list each month once, in calendar order (e.g. [9, 10])',
    ]);
    expect(errors({ kind: 'campaign', months: [13] })).toEqual([
      'months.0: expected a month number from 1 (January) to 12 (December)',
    ]);
  });

  it('accepts only an https official page', () => {
    expect(errors({ kind: 'annual-theme', year: '2024', link: 'http://example.org/' })).toEqual([
      'link: expected an https:// address',
    ]);
  });
});

describe('theme timing', () => {
  it('names a campaign’s day or months in the reader’s language', () => {
    expect(recurrenceText([5], 9, 'en')).toBe('9 May');
    expect(recurrenceText([5], 9, 'pl')).toBe('9 maja');
    expect(recurrenceText([9, 10], undefined, 'de')).toBe('September und Oktober');
    expect(whenText({ kind: 'annual-theme', year: '2024/25' }, 'fr')).toBe('2024/25');
  });

  it('orders annual themes newest first, then campaigns through the year', () => {
    const themes = [
      { slug: 'weeks', data: { kind: 'campaign', months: [9, 10] } },
      { slug: 'old', data: { kind: 'annual-theme', year: '2020' } },
      { slug: 'day', data: { kind: 'campaign', months: [5], day: 9 } },
      { slug: 'school-year', data: { kind: 'annual-theme', year: '2024/25' } },
      { slug: 'year', data: { kind: 'annual-theme', year: '2024' } },
    ] as const;
    expect([...themes].sort(compareThemes).map((t) => t.slug)).toEqual([
      'school-year',
      'year',
      'old',
      'day',
      'weeks',
    ]);
  });
});

describe('gathering', () => {
  it('keeps the items that name a theme, in their order', () => {
    const items = [
      { entry: { data: { themes: ['a', 'b'] } }, id: 1 },
      { entry: { data: {} }, id: 2 },
      { entry: { data: { themes: ['b'] } }, id: 3 },
    ];
    expect(taggedWith(items, 'b').map((i) => i.id)).toEqual([1, 3]);
  });

  it('refuses, at build time, a theme name that is no theme', () => {
    expect(() =>
      checkThemeNames([{ file: 'content/news/en/x.md', data: { themes: ['gone'] } }], new Set()),
    ).toThrow(
      'content/news/en/x.md — field "themes[0]": "gone" is not a theme (expected a file name in content/themes/<locale>/)',
    );
  });
});
