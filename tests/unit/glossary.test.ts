import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/strings/en.ts';
import { LOCALE_DEFINITIONS } from '../../src/i18n/locales.ts';
import { UI_STRINGS } from '../../src/i18n/strings.ts';
import {
  checkGlossaryShape,
  checkGlossaryUse,
  readableText,
  usesForm,
  type Glossary,
  type GlossaryPage,
} from '../../src/lib/glossary.ts';
import { readContentFolder } from '../../src/data/content-folder.ts';
import { readEntries } from '../../src/lib/translation-status.ts';

const GLOSSARY_DIR = join(import.meta.dirname, '../../src/i18n/glossary');
const readGlossary = (code: string): Glossary =>
  JSON.parse(readFileSync(join(GLOSSARY_DIR, `${code}.json`), 'utf8')) as Glossary;

describe('usesForm', () => {
  it('matches at the start of a word, case-insensitively, stems included', () => {
    expect(
      usesForm('der Nationalen Koordinierungsstellen', ['nationalen Koordinierungsstelle'], false),
    ).toBe(true);
    expect(usesForm('kansallisen tukipalvelun kautta', ['kansallise'], false)).toBe(true);
    expect(usesForm('Μια Εθνική Υπηρεσία Υποστήριξης', ['εθνική υπηρεσία'], false)).toBe(true);
    expect(usesForm('Supranational Support', ['national support'], false)).toBe(false);
  });

  it('treats an abbreviation as a whole word', () => {
    expect(usesForm('la banque nationale', ['BAN'], false)).toBe(false);
    expect(usesForm('le BAN de France', ['BAN'], false)).toBe(true);
  });

  it('needs a whole word for English forms', () => {
    expect(usesForm('the NSS helps', ['NSS'], true)).toBe(true);
    expect(usesForm('the NSSX helps', ['NSS'], true)).toBe(false);
  });
});

describe('readableText', () => {
  it('keeps what readers see and drops link targets and field names', () => {
    const text = readableText(
      '---\ntitle: Ambassadors\norder: 2\ncover:\n  src: ../x.jpg\n  alt: A map\n---\n\nSee [the PSA](../ambassadors/).\n',
    );
    expect(text).toContain('Ambassadors');
    expect(text).toContain('A map');
    expect(text).toContain('See [the PSA]');
    expect(text).not.toContain('../ambassadors/');
    expect(text).not.toContain('order');
  });
});

describe('checkGlossaryUse', () => {
  const source: Glossary = {
    terms: {
      psa: {
        term: 'Partner Support Agency',
        forms: ['Partner Support Agency', 'PSA'],
        keys: ['countries.psa'],
      },
    },
  };
  const glossary: Glossary = {
    terms: {
      psa: {
        term: 'Partnerunterstützungsagentur',
        forms: ['Partnerunterstützungsagentur'],
        avoid: ['Partneragentur'],
      },
    },
  };
  const english = {
    'countries.psa': 'Partner Support Agency',
    'a.b': 'Ask your PSA',
    'a.c': 'Hello',
  };
  const run = (strings: Record<string, string>, pages: GlossaryPage[] = []) =>
    checkGlossaryUse({
      source,
      glossary,
      glossaryFile: 'de.json',
      english,
      strings,
      stringsFile: 'strings/de.json',
      pages,
    });

  it('accepts strings and pages that use the term', () => {
    expect(
      run(
        {
          'countries.psa': 'Partnerunterstützungsagentur',
          'a.b': 'Fragen Sie Ihre Partnerunterstützungsagentur',
          'a.c': 'Hallo',
        },
        [
          {
            file: 'de/x.md',
            text: 'Die Partnerunterstützungsagentur hilft.',
            originalText: 'The PSA helps.',
          },
        ],
      ),
    ).toEqual([]);
  });

  it('names a UI string, a page and an avoided rendering that do not follow the glossary', () => {
    expect(
      run({ 'countries.psa': 'Partneragentur', 'a.b': 'Fragen Sie Ihre Agentur', 'a.c': 'Hallo' }, [
        {
          file: 'de/x.md',
          text: 'Die Agentur hilft.',
          originalText: 'The Partner Support Agency helps.',
        },
      ]),
    ).toEqual([
      'strings/de.json: key "countries.psa" does not use the glossary term "Partnerunterstützungsagentur" (de.json, term "psa"): "Partneragentur"',
      'strings/de.json: key "a.b" does not use the glossary term "Partnerunterstützungsagentur" (de.json, term "psa"): "Fragen Sie Ihre Agentur"',
      'de/x.md: the original speaks of "Partner Support Agency" but this translation does not use "Partnerunterstützungsagentur" (de.json, term "psa")',
      'strings/de.json: key "countries.psa" uses a rendering the glossary avoids; use "Partnerunterstützungsagentur" (de.json, term "psa"): "Partneragentur"',
    ]);
  });

  it('flags a glossary whose avoid list contradicts its forms', () => {
    const broken: Glossary = {
      terms: { psa: { term: 'Agentur', forms: ['Agentur'], avoid: ['Agent'] } },
    };
    expect(checkGlossaryShape(source, broken, 'de.json')).toEqual([
      'de.json: term "psa": "avoid" entry "Agent" also matches an accepted form; make it more specific',
    ]);
    expect(checkGlossaryShape(source, { terms: {} }, 'de.json')).toEqual([
      'de.json: missing term "psa" (Partner Support Agency)',
    ]);
  });
});

describe('the shipped glossaries', () => {
  const source = readGlossary('en');
  const content = readContentFolder();
  const codes = LOCALE_DEFINITIONS.map((l) => l.code);
  const entries = readEntries(content.list, content.read, codes);
  const byKey = new Map(entries.map((e) => [`${e.collection}/${e.locale}/${e.slug}`, e]));

  it('en: the English UI strings use the English terms where a term lists their keys', () => {
    const missing = Object.entries(source.terms).flatMap(([id, term]) =>
      (term.keys ?? [])
        .filter((key) => !usesForm(en[key as keyof typeof en] ?? '', term.forms, true))
        .map((key) => `${key} (term "${id}")`),
    );
    expect(missing).toEqual([]);
  });

  for (const { code } of LOCALE_DEFINITIONS.filter((l) => l.code !== 'en')) {
    it(`${code}: a glossary with every term, used by the UI strings and every translated page`, () => {
      const file = `src/i18n/glossary/${code}.json`;
      expect(existsSync(join(GLOSSARY_DIR, `${code}.json`)), `${file} is missing`).toBe(true);
      const glossary = readGlossary(code);
      const pages: GlossaryPage[] = entries
        // A translation made in the browser editor has no translatedFrom: the English file of
        // the same name is its original (docs/content.md).
        .filter((e) => e.locale === code && (e.translatedFrom?.locale ?? 'en') === 'en')
        .flatMap((e) => {
          const original = byKey.get(`${e.collection}/en/${e.slug}`);
          if (!original) return [];
          const text = content.read(e.file.replace(/^content\//, ''));
          // Sample entries are demonstration text; the portal's own pages and real news count.
          if (/^sample:\s*true\s*$/m.test(text)) return [];
          return [
            {
              file: e.file,
              text: readableText(text),
              originalText: readableText(content.read(original.file.replace(/^content\//, ''))),
            },
          ];
        });
      const problems = [
        ...checkGlossaryShape(source, glossary, file),
        ...checkGlossaryUse({
          source,
          glossary,
          glossaryFile: file,
          english: en,
          strings: UI_STRINGS[code] ?? {},
          stringsFile: `src/i18n/strings/${code}.json`,
          pages,
        }),
      ];
      expect(problems).toEqual([]);
    });
  }
});
