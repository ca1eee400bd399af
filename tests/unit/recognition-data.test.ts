/** European Quality Label and eTwinning School data files: the gate's messages and the lookups. */
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentFiles } from '../../scripts/lib/content-check.ts';
import { labelProblems, labelYearsOf, type LabelledProject } from '../../src/lib/labels.ts';
import { roundName, sortSchools } from '../../src/lib/schools.ts';

const COUNTRIES = JSON.stringify([
  { id: 'AT', programme: 'etwinning' },
  { id: 'DE', programme: 'etwinning' },
  { id: 'TR', programme: 'etwinning' },
]);

const project = (labels: string, partners = ['AT', 'TR'], start = '2025-01-01') => `---
title: A project
description: Valid.
partners:
${partners.map((c, i) => `  - { school: School ${i}, town: Town, country: ${c} }`).join('\n')}
ageRange: { from: 7, to: 11 }
subjects: [science]
languages: [en]
start: ${start}
end: 2025-06-01
qualityLabels: ${labels}
cover: { src: ../../images/a.jpg, alt: 'Illustration' }
---
`;

const LABELLED = project('{ national: [AT, TR], european: true }');

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
const labels = (rows: unknown[]) => JSON.stringify(rows);

describe('content/labels.json in the content gate', () => {
  it('accepts a project of the portal and a project without a page', () => {
    const json = labels([
      {
        id: '2025',
        sample: true,
        labels: [{ project: 'p' }, { title: 'Elsewhere', countries: ['AT', 'DE'] }],
      },
    ]);
    expect(check({ 'projects/en/p.md': LABELLED, 'labels.json': json })).toEqual([]);
  });

  it('names the file, the entry and the field of a schema problem', () => {
    const json = labels([
      { id: '25', labels: [{ project: 'p' }] },
      {
        id: '2025',
        source: 'http://example.org/list',
        labels: [
          { title: 'Only one country', countries: ['AT'] },
          { project: 'p', title: 'Twice the title' },
          { countries: ['AT', 'XX'] },
          { project: 'p', colour: 'red' },
        ],
      },
    ]);
    expect(check({ 'projects/en/p.md': LABELLED, 'labels.json': json })).toEqual([
      'content/labels.json — [0].id: expected the year as text, e.g. "2025"',
      'content/labels.json — [1].source: expected an https:// address',
      'content/labels.json — [1].labels[0].countries: name the countries of at least two partner schools: the label needs National Quality Labels in two countries, and a national project cannot have it',
      'content/labels.json — [1].labels[1].title: leave "title" out when "project" is given: it comes from the project\'s page',
      'content/labels.json — [1].labels[2].countries[1]: "XX" is not a participating country (expected e.g. "TR"; the list is content/countries.json)',
      'content/labels.json — [1].labels[2].title: give "project" (a project of the portal) or "title" and "countries"',
      'content/labels.json — [1].labels[3]: unknown field(s) "colour"',
      'content/labels.json — [1].labels[3].project: "p" is listed twice in this year',
    ]);
  });

  it('refuses a project that does not exist, with file and field', () => {
    const json = labels([{ id: '2025', labels: [{ project: 'p' }, { project: 'ghost' }] }]);
    expect(check({ 'projects/en/p.md': LABELLED, 'labels.json': json })).toEqual([
      'content/labels.json — [0].labels[1].project: "ghost" is not a project (expected a file name in content/projects/<locale>/)',
    ]);
  });

  it('refuses a project that does not meet the label’s conditions', () => {
    const json = labels([
      { id: '2024', labels: [{ project: 'late' }] },
      {
        id: '2025',
        labels: [{ project: 'national' }, { project: 'unlabelled' }, { project: 'one' }],
      },
    ]);
    const problems = check({
      'projects/en/late.md': LABELLED,
      'projects/en/national.md': project('{ national: [TR], european: true }', ['TR', 'TR']),
      'projects/en/unlabelled.md': project('{ national: [AT, TR], european: false }'),
      'projects/en/one.md': project('{ national: [AT], european: true }'),
      'labels.json': json,
    });
    expect(problems).toEqual([
      'content/labels.json — [0].labels[0].project: "late" started in 2025, after 2024: a project gets the label after it has run',
      'content/labels.json — [1].labels[0].project: "national" is a national project (all partner schools in TR): a national project cannot have the European Quality Label',
      'content/labels.json — [1].labels[1].project: "unlabelled" does not say it has the label: set "qualityLabels.european: true" in content/projects/<locale>/unlabelled.md, or remove this entry',
      'content/labels.json — [1].labels[2].project: "one" has National Quality Labels in one country only (AT): the European Quality Label needs them in at least two (field "qualityLabels.national" of its page)',
    ]);
  });

  it('refuses a project listed twice in one year, and a file that is not a list', () => {
    const twice = labels([{ id: '2025', labels: [{ project: 'p' }, { project: 'p' }] }]);
    expect(check({ 'projects/en/p.md': LABELLED, 'labels.json': twice })).toEqual([
      'content/labels.json — [0].labels[1].project: "p" is listed twice in this year',
    ]);
    expect(check({ 'labels.json': '{}' })).toEqual([
      'content/labels.json — expected a list, one entry per year',
    ]);
  });
});

describe('content/schools.json in the content gate', () => {
  const round = (id: string, schools: unknown[]) => JSON.stringify([{ id, schools }]);
  const school = { name: 'Example School', town: 'Example Town', country: 'AT' };

  it('accepts a round of schools', () => {
    expect(check({ 'schools.json': round('2025-2026', [school]) })).toEqual([]);
  });

  it('names the file, the entry and the field of a problem', () => {
    expect(check({ 'schools.json': round('2025-2027', [school]) })).toEqual([
      'content/schools.json — [0].id: the second year must follow the first, e.g. "2025-2026": the label is valid for two years',
    ]);
    expect(
      check({
        'schools.json': round('2025-2026', [
          { ...school, country: 'XX' },
          { name: 'Example School', town: '' },
          school,
          school,
        ]),
      }),
    ).toEqual([
      'content/schools.json — [0].schools[0].country: "XX" is not a participating country (expected e.g. "TR"; the list is content/countries.json)',
      'content/schools.json — [0].schools[1].town: must not be empty',
      'content/schools.json — [0].schools[1].country: is required',
    ]);
    expect(check({ 'schools.json': round('2025-2026', [school, school]) })).toEqual([
      'content/schools.json — [0].schools[1].name: "Example School" (Example Town, AT) is listed twice in this round',
    ]);
  });
});

describe('label lookups', () => {
  const facts: LabelledProject = {
    partners: [{ country: 'AT' }, { country: 'TR' }],
    start: new Date('2024-09-01'),
    qualityLabels: { national: ['AT', 'TR'], european: true },
  };
  const years = [
    { id: '2024', data: { labels: [{ project: 'p' }] } },
    { id: '2025', data: { labels: [{ title: 'Elsewhere', countries: ['AT', 'DE'] }] } },
    { id: '2026', data: { labels: [{ project: 'p' }] } },
  ];

  it('lists a project’s label years newest first', () => {
    expect(labelYearsOf(years, 'p')).toEqual(['2026', '2024']);
    expect(labelYearsOf(years, 'q')).toEqual([]);
  });

  it('finds no problem with a project that meets the conditions', () => {
    expect(labelProblems(years, new Map([['p', facts]]))).toEqual([]);
  });
});

describe('school lists', () => {
  it('sort by country name in the reader’s language, then by school', () => {
    const names: Record<string, string> = { AT: 'Österreich', DE: 'Deutschland' };
    const sorted = sortSchools(
      [
        { name: 'B', town: 'Graz', country: 'AT' },
        { name: 'Z', town: 'Bonn', country: 'DE' },
        { name: 'A', town: 'Wien', country: 'AT' },
      ],
      'de',
      (code) => names[code] ?? code,
    );
    expect(sorted.map((s) => s.name)).toEqual(['Z', 'A', 'B']);
  });

  it('name a round with an en dash', () => {
    expect(roundName('2025-2026')).toBe('2025–2026');
  });
});
