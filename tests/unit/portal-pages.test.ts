import { describe, expect, it } from 'vitest';
import { LOCALE_DEFINITIONS } from '../../src/i18n/locales.ts';
import { readContentFolder } from '../../src/data/content-folder.ts';
import { PORTAL_WIDE_COLLECTIONS as PORTAL_WIDE } from '../../src/lib/sections.ts';
import { readEntries, translationStatus } from '../../src/lib/translation-status.ts';

// The portal's own pages are the part we write: every locale has each of them in its own
// language, made from the current original and reviewed against it.
describe('the portal pages in every locale', () => {
  const content = readContentFolder();
  const codes = LOCALE_DEFINITIONS.map((l) => l.code);
  const entries = readEntries(content.list, content.read, codes);
  const statuses = translationStatus(entries, codes, 'en');

  for (const status of statuses) {
    it(`${status.locale}: none missing, none outdated, every translation reviewed`, () => {
      const problems = status.sections
        .filter((section) => PORTAL_WIDE.includes(section.collection))
        .flatMap((section) => [
          ...section.missing.map(
            (m) => `missing: ${m.original.file} has no ${status.locale} version`,
          ),
          ...section.outdated.map(
            (o) => `outdated: ${o.entry.file} was made from an older version of ${o.original.file}`,
          ),
          ...section.untracked.map(
            (u) => `untracked: ${u.entry.file} does not record its original version`,
          ),
        ]);
      const unreviewed = entries
        .filter(
          (e) =>
            e.locale === status.locale &&
            PORTAL_WIDE.includes(e.collection) &&
            e.translatedFrom &&
            !e.translatedFrom.reviewed,
        )
        .map((e) => `not reviewed: ${e.file}`);
      expect([...problems, ...unreviewed]).toEqual([]);
    });
  }
});

// The accessibility statement is required by the Web Accessibility Directive: whatever its file
// is called, the footer pages of every locale include one that names the standard it is
// measured against and where to report a barrier.
describe('the accessibility statement in every locale', () => {
  const content = readContentFolder();
  for (const { code } of LOCALE_DEFINITIONS) {
    it(code, () => {
      const footerPages = content.list
        .filter((path) => path.startsWith(`pages/${code}/`))
        .map((path) => content.read(path))
        .filter((text) => /^menu:\s*footer\s*$/m.test(text))
        // Spaces normalised: "EN 301 549" is often typeset with non-breaking spaces.
        .map((text) => text.replace(/\s+/g, ' '));
      const statement = footerPages.find((text) => text.includes('WCAG 2.2'));
      expect(statement, `no footer page of ${code} names WCAG 2.2`).toBeDefined();
      expect(statement).toContain('EN 301 549');
      expect(statement).toContain('helpdesk@etwinning.net');
    });
  }
});
