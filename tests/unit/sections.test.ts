import { describe, expect, it } from 'vitest';
import { foldLine, icsCalendar, splitByDate } from '../../src/lib/events.ts';
import { groupBy, newestFirst, relatedNews } from '../../src/lib/listings.ts';
import { paginateList } from '../../src/lib/pagination.ts';
import { checkPrizeWinners, prizesOf } from '../../src/lib/prizes.ts';
import { ageBands, ageRangeText, projectCountries } from '../../src/lib/projects.ts';

const news = (slug: string, date: string, topic: string, countries: string[]) => ({
  status: 'translated' as const,
  locale: 'en',
  translations: ['en'],
  entry: { locale: 'en', slug, data: { date: new Date(date), topic, countries } },
});

describe('paginateList', () => {
  it('makes stable page paths and keeps an empty listing', () => {
    const pages = paginateList([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => [p.rest, p.items, p.current, p.total])).toEqual([
      [undefined, [1, 2], 1, 3],
      ['page/2', [3, 4], 2, 3],
      ['page/3', [5], 3, 3],
    ]);
    expect(pages[0]?.pathOf(1)).toBe('');
    expect(pages[0]?.pathOf(3)).toBe('page/3/');
    expect(paginateList([], 12)).toHaveLength(1);
  });
});

describe('news queries', () => {
  const a = news('a', '2026-01-01', 'community', ['AT']);
  const b = news('b', '2026-03-01', 'inclusion', ['TR']);
  const c = news('c', '2026-02-01', 'community', ['TR', 'AT']);
  const d = news('d', '2026-02-01', 'projects', ['FR']);

  it('sorts newest first with a stable tie-break', () => {
    expect(newestFirst([a, b, d, c]).map((n) => n.entry.slug)).toEqual(['b', 'c', 'd', 'a']);
  });

  it('groups by every key without duplicates', () => {
    const groups = groupBy([a, b, c], (n) => n.entry.data.countries);
    expect([...groups].map(([k, v]) => [k, v.map((n) => n.entry.slug)])).toEqual([
      ['AT', ['a', 'c']],
      ['TR', ['b', 'c']],
    ]);
  });

  it('finds related news by topic first, then shared countries, never the item itself', () => {
    const all = newestFirst([a, b, c, d]);
    const byTopic = groupBy(all, (n) => [n.entry.data.topic]);
    const byCountry = groupBy(all, (n) => n.entry.data.countries);
    expect(relatedNews(a, byTopic, byCountry).map((n) => n.entry.slug)).toEqual(['c']);
    expect(relatedNews(c, byTopic, byCountry).map((n) => n.entry.slug)).toEqual(['a', 'b']);
    expect(relatedNews(d, byTopic, byCountry)).toEqual([]);
  });
});

describe('events', () => {
  const event = (slug: string, start: string, end: string) => ({
    entry: { slug, data: { start: new Date(start), end: new Date(end) } },
  });

  it('splits upcoming (soonest first) from past (latest first) at the build date', () => {
    const now = new Date('2026-11-29T12:00:00Z');
    const { upcoming, past } = splitByDate(
      [
        event('old', '2026-01-01T10:00Z', '2026-01-01T11:00Z'),
        event('later', '2027-02-01T10:00Z', '2027-02-02T10:00Z'),
        event('running', '2026-11-28T10:00Z', '2026-11-30T10:00Z'),
        event('recent', '2026-10-01T10:00Z', '2026-10-02T10:00Z'),
      ],
      now,
    );
    expect(upcoming.map((e) => e.entry.slug)).toEqual(['running', 'later']);
    expect(past.map((e) => e.entry.slug)).toEqual(['recent', 'old']);
  });

  it('writes a valid iCalendar event with UTC times, escaped text and CRLF', () => {
    const ics = icsCalendar({
      uid: 'seminar@portal.example.org',
      title: 'AI, classrooms; and you',
      description: 'Line one\nLine two',
      start: new Date('2027-01-20T16:00:00+01:00'),
      end: new Date('2027-01-20T17:00:00+01:00'),
      url: 'https://portal.example.org/en/events/seminar/',
      language: 'en',
      stamp: new Date('2026-11-29T00:00:00Z'),
    });
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('DTSTART:20270120T150000Z');
    expect(lines).toContain('DTEND:20270120T160000Z');
    expect(lines).toContain('SUMMARY;LANGUAGE=en:AI\\, classrooms\\; and you');
    expect(lines).toContain('DESCRIPTION;LANGUAGE=en:Line one\\nLine two');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('folds long lines at 75 octets without splitting characters', () => {
    const folded = foldLine(`DESCRIPTION:${'ğ'.repeat(80)}`);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(
      `DESCRIPTION:${'ğ'.repeat(80)}`,
    );
  });
});

describe('projects and prizes', () => {
  const project = {
    data: {
      partners: [{ country: 'AT' }, { country: 'TR' }, { country: 'AT' }],
      ageRange: { from: 10, to: 13 },
      subjects: ['science'],
      start: new Date('2025-09-01'),
    },
  };

  it('derives countries and age bands', () => {
    expect(projectCountries(project)).toEqual(['AT', 'TR']);
    expect(ageBands(project)).toEqual(['7-11', '12-15']);
    expect(ageRangeText({ from: 7, to: 11 }, 'en')).toBe('7–11');
  });

  const years = [
    {
      id: '2025',
      data: { categories: [{ category: 'age-12-15' as const, winners: ['p1', 'p2'] }] },
    },
    { id: '2026', data: { categories: [{ category: 'special' as const, winners: ['p1'] }] } },
  ];

  it('lists a project’s prizes newest first', () => {
    expect(prizesOf(years, 'p1')).toEqual([
      { year: '2026', category: 'special' },
      { year: '2025', category: 'age-12-15' },
    ]);
    expect(prizesOf(years, 'p3')).toEqual([]);
  });

  it('refuses winners that are not projects', () => {
    expect(() => checkPrizeWinners(years, new Set(['p1']), 'content/prizes.json')).toThrow(
      'content/prizes.json: year "2025" categories[0].winners[1]: "p2" is not a project',
    );
  });
});

describe('listingTitle', () => {
  it('adds the page status after the first page only', async () => {
    const { listingTitle } = await import('../../src/lib/pagination.ts');
    const status = (n: number, total: number) => `Page ${n} of ${total}`;
    expect(listingTitle('News', { current: 1, total: 3 }, status)).toBe('News');
    expect(listingTitle('News', { current: 2, total: 3 }, status)).toBe('News (Page 2 of 3)');
  });
});
