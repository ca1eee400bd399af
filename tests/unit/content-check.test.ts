import { describe, expect, it } from 'vitest';
import { checkContent, type ContentFiles } from '../../scripts/lib/content-check.ts';

const COUNTRIES = JSON.stringify([
  { id: 'AT', programme: 'etwinning' },
  { id: 'TR', programme: 'etwinning' },
]);

const NEWS = `---
title: Good news
description: A valid news item.
date: 2026-05-01
countries: [AT, TR]
topic: community
cover:
  src: ../../images/a.jpg
  alt: 'Illustration: circles'
---

Body.
`;

const PROJECT = `---
title: A project
description: Valid.
partners:
  - { school: One, town: Graz, country: AT }
  - { school: Two, town: Izmir, country: TR }
ageRange: { from: 7, to: 11 }
subjects: [science]
languages: [en]
start: 2025-01-01
end: 2025-06-01
cover: { src: ../../images/a.jpg, alt: 'Illustration' }
---
`;

const KIT = `---
title: A kit
description: Valid.
ageRange: { from: 7, to: 11 }
subjects: [arts]
competences: [digital, multilingual]
durationWeeks: 6
steps:
  - { title: One, description: First. }
  - { title: Two, description: Second. }
tools: [TwinSpace]
outcomes: [A result]
---
`;

const PUBLICATION = `---
title: A book
description: Valid.
year: 2019
languages: [en, fr]
cover: { src: ../../images/a.jpg, alt: 'An illustration, not the real cover' }
link: https://example.org/book.pdf
---
`;

function files(entries: Record<string, string>): ContentFiles {
  const all = { 'countries.json': COUNTRIES, 'images/a.jpg': 'jpg', ...entries };
  return {
    list: Object.keys(all),
    read: (path) => {
      const text = all[path as keyof typeof all];
      if (text === undefined) throw new Error(`no ${path}`);
      return text;
    },
    exists: (path) => path in all,
  };
}

const check = (entries: Record<string, string>) => checkContent(files(entries), ['en', 'de', 'tr']);

describe('checkContent', () => {
  it('accepts valid content', () => {
    expect(check({ 'news/en/good.md': NEWS, 'projects/en/p.md': PROJECT })).toEqual([]);
  });

  it('accepts a valid project kit and publication', () => {
    expect(check({ 'kits/en/k.md': KIT, 'publications/en/b.md': PUBLICATION })).toEqual([]);
  });

  it('rejects a kit whose age range is reversed or whose competence is unknown', () => {
    const bad = KIT.replace('{ from: 7, to: 11 }', '{ from: 12, to: 8 }').replace(
      '[digital, multilingual]',
      '[digital, wisdom]',
    );
    expect(check({ 'kits/en/bad.md': bad })).toEqual([
      'content/kits/en/bad.md:4 — field "ageRange": ageRange.from must not be above ageRange.to',
      'content/kits/en/bad.md:6 — field "competences[1]": expected one of: literacy, multilingual, stem, digital, learning-to-learn, citizenship, entrepreneurship, cultural-awareness',
    ]);
  });

  it('rejects a kit without steps or duration, and a publication link that is not https', () => {
    const kit = KIT.replace('durationWeeks: 6', 'durationWeeks: 2.5').replace(
      /steps:\n(  - .*\n)+/,
      'steps: []\n',
    );
    const book = PUBLICATION.replace('https://', 'http://');
    expect(check({ 'kits/en/k.md': kit, 'publications/en/b.md': book })).toEqual([
      'content/kits/en/k.md:7 — field "durationWeeks": expected a whole number of weeks, e.g. 8',
      'content/kits/en/k.md:8 — field "steps": a kit has at least two steps',
      'content/publications/en/b.md:7 — field "link": expected an https:// address',
    ]);
  });

  it('names an unknown country code with file, line and field', () => {
    expect(check({ 'news/en/bad.md': NEWS.replace('[AT, TR]', '[AT, XX]') })).toEqual([
      'content/news/en/bad.md:5 — field "countries[1]": "XX" is not a participating country (expected e.g. "TR"; the list is content/countries.json)',
    ]);
  });

  it('names a missing required field', () => {
    expect(check({ 'news/en/bad.md': NEWS.replace('topic: community\n', '') })).toEqual([
      'content/news/en/bad.md:2 — field "topic": is required',
    ]);
  });

  it('names a bad date', () => {
    expect(check({ 'news/en/bad.md': NEWS.replace('2026-05-01', '2026-13-45') })).toEqual([
      'content/news/en/bad.md:4 — field "date": expected a date such as 2026-11-29',
    ]);
  });

  it('names a missing image and a missing alt text', () => {
    const problems = check({
      'news/en/bad.md': NEWS.replace('images/a.jpg', 'images/missing.jpg').replace(
        "  alt: 'Illustration: circles'\n",
        '',
      ),
    });
    expect(problems).toEqual([
      'content/news/en/bad.md:8 — field "cover.src": image "../../images/missing.jpg" not found (paths are relative to the file, e.g. "../../images/photo.jpg")',
      'content/news/en/bad.md:8 — field "cover.alt": is required',
    ]);
  });

  it('rejects an empty alt text', () => {
    expect(check({ 'news/en/bad.md': NEWS.replace("'Illustration: circles'", "''") })).toEqual([
      'content/news/en/bad.md:9 — field "cover.alt": alt text is required: describe the image for people who cannot see it',
    ]);
  });

  it('finds a duplicate slug (.md and .mdx with the same name)', () => {
    expect(check({ 'news/en/good.md': NEWS, 'news/en/good.mdx': NEWS })).toEqual([
      'content/news/en/good.mdx — duplicate: content/news/en/good.md has the same name; keep one of them',
    ]);
  });

  it('finds a prize won by a project that does not exist', () => {
    const prizes = JSON.stringify([
      { id: '2025', categories: [{ category: 'special', winners: ['p', 'ghost'] }] },
    ]);
    expect(check({ 'projects/en/p.md': PROJECT, 'prizes.json': prizes })).toEqual([
      'content/prizes.json — [0].categories[0].winners[1]: "ghost" is not a project (expected a file name in content/projects/<locale>/)',
    ]);
  });

  it("says what an organisation's contact should look like", () => {
    const countries = JSON.stringify([
      {
        id: 'AT',
        programme: 'etwinning',
        organisations: [{ type: 'nss', website: 'www.example.org', email: 'a(at)example.org' }],
      },
      { id: 'TR', programme: 'eTwinning' },
    ]);
    expect(check({ 'countries.json': countries })).toEqual([
      'content/countries.json — [0].organisations[0].type ("AT"): expected "NSS" or "PSA" (in capitals)',
      'content/countries.json — [0].organisations[0].website ("AT"): expected a web address starting with https:// (e.g. "https://www.example.org/")',
      'content/countries.json — [0].organisations[0].email ("AT"): expected an e-mail address such as "etwinning@example.org"',
      'content/countries.json — [1].programme ("TR"): expected "etwinning" or "plus" (eTwinning Plus)',
    ]);
  });

  it('refuses a date not written year-month-day, or no real day', () => {
    for (const written of ['09.04.2026', '2026-02-30', '2026-4-9'])
      expect(check({ 'news/en/a.md': NEWS.replace('2026-05-01', written) }), written).toEqual([
        'content/news/en/a.md:4 — field "date": expected a date such as 2026-11-29',
      ]);
    expect(check({ 'news/en/a.md': NEWS.replace('2026-05-01', "'2026-05-01'") })).toEqual([]);
  });

  it('finds a prize year listed twice', () => {
    const year = { id: '2025', categories: [{ category: 'special', winners: ['p'] }] };
    const prizes = JSON.stringify([year, { ...year, sample: true }]);
    expect(check({ 'projects/en/p.md': PROJECT, 'prizes.json': prizes })).toEqual([
      'content/prizes.json — [1].id: the year "2025" is listed twice; put all its categories in one entry',
    ]);
  });

  it('reports one message per problem across files', () => {
    const problems = check({
      'news/en/a.md': NEWS.replace('community', 'gossip'),
      'news/xx/b.md': NEWS,
      'news/en/Bad Name.md': NEWS,
      'news/en/page.md': NEWS,
      'projects/en/p.md': PROJECT.replace('end: 2025-06-01', 'end: 2024-06-01'),
      'events/en/e.md': 'no front matter',
    });
    expect(problems).toEqual([
      'content/news/en/Bad Name.md — file name "Bad Name" must be lower-case letters, digits and hyphens (e.g. "my-first-project")',
      'content/news/en/a.md:6 — field "topic": expected one of: community, projects, professional-development, recognition, inclusion, digital-skills',
      'content/news/en/page.md — file name "page" is reserved for a listing page; choose another name',
      'content/news/xx/b.md — "xx" is not a locale of the portal (known: en, de, tr)',
      'content/projects/en/p.md:11 — field "end": the project cannot end before it starts',
      'content/events/en/e.md:1 — no front matter: the file must start with a "---" block',
    ]);
  });

  it('runs the MDX safety gate on every body, with the line in the file', () => {
    const evil = `${NEWS}\n<img src="x" onerror="alert(1)" />\n\nimport X from './x.js'\n`;
    expect(
      check({ 'news/en/evil.mdx': evil, 'news/en/link.md': `${NEWS}\n[x](javascript:alert(1))\n` }),
    ).toEqual([
      'content/news/en/evil.mdx:14 — <img> is not allowed: put the image in content/images/ (JPEG, PNG, WebP or AVIF) and use Markdown: ![what it shows](../../images/name.jpg)',
      'content/news/en/evil.mdx:14 — event-handler attribute "onerror" is not allowed on <img>',
      'content/news/en/evil.mdx:16 — import and export statements are not allowed; documented components need no import',
      'content/news/en/link.md:14 — "javascript:" links are not allowed (use http:, https:, mailto: or a relative link) (link to "javascript:alert(1)")',
    ]);
  });

  it('reports broken YAML and a bad countries file', () => {
    expect(
      checkContent(
        files({
          'countries.json': '[{"id": "tr", "programme": "etwinning"}]',
          'news/en/a.md': '---\ntitle: [oops\n---\n',
        }),
        ['en'],
      ),
    ).toEqual([
      'content/countries.json — [0].id: expected an ISO 3166-1 alpha-2 code such as "TR"',
      expect.stringMatching(/^content\/news\/en\/a\.md:\d+ — the front matter is not valid YAML/),
    ]);
  });
});
