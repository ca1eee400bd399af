/** The help section: its questions by group, the schema of help entries and the gate's rules. */
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentFiles } from '../../scripts/lib/content-check.ts';
import { helpBodyProblems, helpGroups, helpPages } from '../../src/lib/help.ts';
import { helpSchema } from '../../src/lib/schemas.ts';
import { entryTarget, sectionPath } from '../../src/lib/sections.ts';
import { indexTranslations, resolveAll } from '../../src/lib/translations.ts';

const question = (title: string, group: string, order = 1, body = 'The answer.') =>
  `---\ntitle: ${title}\ngroup: ${group}\norder: ${order}\nupdated: 2026-12-01\n---\n\n${body}\n`;
const PAGE = `---\ntitle: A guide\ndescription: A help page of its own.\nupdated: 2026-12-01\n---\n\n## Part\n\nText.\n`;

function files(entries: Record<string, string>): ContentFiles {
  const all: Record<string, string> = {
    'countries.json': JSON.stringify([{ id: 'AT', programme: 'etwinning' }]),
    ...entries,
  };
  return {
    list: Object.keys(all),
    read: (path) => all[path] ?? '',
    exists: (path) => path in all,
  };
}
const check = (entries: Record<string, string>) => checkContent(files(entries), ['en', 'de']);

describe('help groups', () => {
  const entry = (locale: string, slug: string, group: string | undefined, order: number) => ({
    locale,
    slug,
    data: { group: group as never, order },
  });
  const index = indexTranslations(
    [
      entry('en', 'b-safety', 'safety', 1),
      entry('en', 'second', 'registering', 2),
      entry('en', 'first', 'registering', 1),
      entry('en', 'guide', undefined, 1),
      entry('de', 'first', 'registering', 1),
    ],
    ['en', 'de'],
    'en',
  );

  it('orders the groups as the vocabulary does, and the questions by order', () => {
    const groups = helpGroups(resolveAll(index, 'de'));
    expect(groups.map((g) => g.id)).toEqual(['registering', 'safety']);
    expect(groups[0]?.questions.map((q) => [q.entry.slug, q.status])).toEqual([
      ['first', 'translated'],
      ['second', 'fallback'],
    ]);
    expect(helpPages(resolveAll(index, 'de')).map((p) => p.entry.slug)).toEqual(['guide']);
  });

  it('links an entry by its anchor on the help page, the same in every locale', () => {
    expect(sectionPath('de', 'help', entryTarget('help', 'first'))).toBe('de/help/#first');
    expect(sectionPath('fi', 'help', entryTarget('help', 'first'))).toBe('fi/help/#first');
    expect(sectionPath('de', 'news', entryTarget('news', 'x'))).toBe('de/news/x/');
  });
});

describe('help entries', () => {
  it('are a question (with a group) or a page of its own (with a description)', () => {
    const base = { title: 'Q', updated: '2026-12-01' };
    expect(helpSchema.safeParse({ ...base, group: 'labels' }).success).toBe(true);
    expect(helpSchema.safeParse({ ...base, description: 'A guide.' }).success).toBe(true);
    expect(helpSchema.safeParse(base).success).toBe(false);
    expect(helpSchema.safeParse({ ...base, group: 'labels', description: 'x' }).success).toBe(
      false,
    );
    expect(helpSchema.safeParse({ ...base, group: 'faq' }).success).toBe(false);
  });

  it('refuse a heading in a question’s answer, in Markdown or HTML, with its line', () => {
    const body = 'Text.\n\n## More\n\nText.\n\n<h4>Also</h4>\n';
    expect(helpBodyProblems({ group: 'safety' }, body, 'content/help/en/x.md', 7)).toEqual([
      expect.stringMatching(
        /^content\/help\/en\/x\.md:9 — a question's answer cannot have a heading \("## …"\)/,
      ),
      expect.stringMatching(/^content\/help\/en\/x\.md:13 — .*\(<h4>\)/),
    ]);
    expect(helpBodyProblems({}, body, 'content/help/en/x.md', 7)).toEqual([]);
  });
});

describe('the content gate on help entries', () => {
  it('accepts questions and a help page', () => {
    expect(
      check({
        'help/en/who-can-register.md': question('Who?', 'registering'),
        'help/de/who-can-register.md': question('Wer?', 'registering'),
        'help/en/guide.md': PAGE,
      }),
    ).toEqual([]);
  });

  it('refuses a question id that is already an anchor of the help page', () => {
    expect(check({ 'help/en/safety.md': question('Safe?', 'safety') })).toEqual([
      'content/help/en/safety.md — file name "safety" is already an anchor of the section\'s page (a group heading or a landmark; taken: registering, partners, projects, labels, safety, main, help-contents, help-pages): the file name is the entry\'s anchor (#safety), so choose another name',
    ]);
    expect(check({ 'help/en/main.md': question('Main?', 'safety') })[0]).toContain(
      'file name "main" is already an anchor',
    );
  });

  it('refuses a duplicate or malformed question id', () => {
    expect(
      check({
        'help/en/who.md': question('Who?', 'registering'),
        'help/en/who.mdx': question('Who?', 'registering'),
      }),
    ).toEqual([
      'content/help/en/who.mdx — duplicate: content/help/en/who.md has the same name; keep one of them',
    ]);
    expect(check({ 'help/en/Who_Can.md': question('Who?', 'registering') })).toEqual([
      'content/help/en/Who_Can.md — file name "Who_Can" must be lower-case letters, digits and hyphens (e.g. "my-first-project")',
    ]);
  });

  it('names the file, line and field of a bad group or a page without description', () => {
    expect(check({ 'help/en/q.md': question('Q?', 'faq') })).toEqual([
      'content/help/en/q.md:3 — field "group": expected one of: registering, partners, projects, labels, safety (or no "group" for a help page of its own)',
    ]);
    expect(
      check({ 'help/en/g.md': PAGE.replace('description: A help page of its own.\n', '') }),
    ).toEqual([
      'content/help/en/g.md:2 — field "description": a help page of its own needs a description; for a question on the help page, give its "group" (one of: registering, partners, projects, labels, safety)',
    ]);
  });

  it('refuses a heading in an answer with the file’s own line', () => {
    expect(check({ 'help/en/q.md': question('Q?', 'safety', 1, 'Text.\n\n### Detail') })).toEqual([
      expect.stringMatching(
        /^content\/help\/en\/q\.md:10 — a question's answer cannot have a heading/,
      ),
    ]);
  });
});
