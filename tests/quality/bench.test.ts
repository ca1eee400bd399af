/**
 * The benchmark's content generator (no build): articles shaped like real news in each
 * locale's own script, the two content shapes, and every file valid for the content gate.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALE_DEFINITIONS } from '../../src/i18n/locales.ts';
import { benchEntries, portalFiles, type BenchEntry } from '../../scripts/lib/bench-content.ts';
import { hugoSite } from '../../scripts/lib/bench-hugo.ts';
import { buildSteps } from '../../scripts/lib/bench-log.ts';
import { localeVocabularies } from '../../scripts/lib/bench-vocabulary.ts';
import { checkContent } from '../../scripts/lib/content-check.ts';
import { ROOT } from '../support/paths.ts';

const LOCALES = LOCALE_DEFINITIONS.map((l) => l.code);
const vocabularies = localeVocabularies(ROOT, LOCALES);
const translated = benchEntries({
  perLocale: 6,
  locales: LOCALES,
  shape: 'translated',
  vocabularies,
});
const single = benchEntries({ perLocale: 6, locales: LOCALES, shape: 'single', vocabularies });
const IMAGE = 'images/illustration-network.jpg';

/** The words a reader sees: the body without Markdown marks and link targets. */
const words = (entry: BenchEntry) =>
  entry.article.body
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/^(?:##|-) /gm, '')
    .replace(/[*[\]]/g, '')
    .split(/\s+/)
    .filter(Boolean);

/** The share of an entry's letters that are in `script`. */
function shareOf(entries: readonly BenchEntry[], locale: string, script: RegExp): number {
  const letters = entries
    .filter((e) => e.locale === locale)
    .flatMap((e) =>
      [...`${e.article.title} ${e.article.body}`.matchAll(/\p{L}/gu)].map((m) => m[0]),
    );
  return letters.filter((letter) => script.test(letter)).length / letters.length;
}

describe('the benchmark generator', () => {
  it('writes articles of about 400 words with a heading, a list, links and emphasis', () => {
    for (const entry of [...translated, ...single]) {
      const { body } = entry.article;
      expect(words(entry).length).toBeGreaterThanOrEqual(350);
      expect(words(entry).length).toBeLessThanOrEqual(450);
      expect(body.match(/^## \S/gm)).toHaveLength(1);
      expect(body).toMatch(/^- \S.*\n- \S/m);
      expect(body).toMatch(/\[[^\]]+\]\(\.\.\/bench-[a-z0-9-]+\/\)/);
      expect(body).toMatch(/\[[^\]]+\]\(https:\/\/example\.org\/[^)]+\)/);
      expect(body).toMatch(/\*\*[^*]+\*\*/);
      expect(body).toMatch(/(?<!\*)\*[^*]+\*(?!\*)/);
      const paragraphs = body.split(/\n\n/).filter((block) => !/^(?:## |- )/.test(block));
      expect(paragraphs).toHaveLength(4);
    }
  });

  it('writes each locale in its own script, from a large vocabulary', () => {
    expect(shareOf(translated, 'el', /\p{Script=Greek}/u)).toBeGreaterThan(0.8);
    expect(shareOf(translated, 'bg', /\p{Script=Cyrillic}/u)).toBeGreaterThan(0.8);
    expect(shareOf(translated, 'de', /\p{Script=Latin}/u)).toBe(1);
    expect(shareOf(translated, 'de', /[äöüß]/u)).toBeGreaterThan(0);
    for (const [locale, vocabulary] of vocabularies) {
      expect(vocabulary.words.length, locale).toBeGreaterThanOrEqual(3000);
      expect(new Set(vocabulary.words).size, locale).toBe(vocabulary.words.length);
      expect(vocabulary.real, locale).toBeGreaterThan(500);
    }
    const used = new Set(translated.filter((e) => e.locale === 'el').flatMap(words));
    expect(used.size).toBeGreaterThan(1200);
  });

  it('gives the same content for the same options', () => {
    const again = benchEntries({
      perLocale: 6,
      locales: LOCALES,
      shape: 'translated',
      vocabularies,
    });
    expect(again).toEqual(translated);
  });

  it('has every slug in every locale in the translated shape, and none twice in the single shape', () => {
    const localesOf = (entries: readonly BenchEntry[]) => {
      const map = new Map<string, Set<string>>();
      for (const e of entries) {
        const key = `${e.collection}/${e.slug}`;
        map.set(key, (map.get(key) ?? new Set()).add(e.locale));
      }
      return map;
    };
    for (const set of localesOf(translated).values()) expect(set.size).toBe(LOCALES.length);
    for (const set of localesOf(single).values()) expect(set.size).toBe(1);
    expect(translated).toHaveLength(single.length);
    expect(single.filter((e) => e.collection === 'news')).toHaveLength(6 * LOCALES.length);
  });

  it('writes files that pass the content gate, marked as sample', () => {
    for (const entries of [translated, single]) {
      const files = new Map(portalFiles(entries, `../../${IMAGE}`));
      for (const text of files.values()) expect(text).toMatch(/^sample: true$/m);
      files.set('countries.json', readFileSync(join(ROOT, 'content/countries.json'), 'utf8'));
      files.set(IMAGE, '');
      const problems = checkContent(
        {
          list: [...files.keys()],
          read: (path) => files.get(path) ?? '',
          exists: (path) => files.has(path),
        },
        LOCALES,
      );
      expect(problems).toEqual([]);
    }
  });

  it('writes the same articles into the Hugo peer site', () => {
    const site = new Map(hugoSite(translated, LOCALE_DEFINITIONS));
    expect(site.get('config.toml')).toContain('[languages.el]');
    expect(site.get('config.toml')).toContain('paginate = 12');
    const entry = translated.find((e) => e.locale === 'el' && e.collection === 'news');
    expect(site.get(`content/el/news/${entry?.slug}.md`)).toContain(entry?.article.body);
  });

  it("reads the build's steps from its stamped output", () => {
    const lines = [
      [1.2, 'content: 512 files checked, no problems'],
      [1.5, 'stats: 4 export(s)'],
      [3.0, '08:05:47 [content] Syncing content'],
      [3.7, '08:05:48 [content] Synced content'],
      [3.8, '08:05:48 [build] Building static entrypoints...'],
      [4.8, ' generating static routes '],
      [10.0, '08:05:54 ✓ Completed in 5.34s.'],
      [10.1, ' generating optimized images '],
      [12.6, '08:05:56 ✓ Completed in 2.57s.'],
      [13.4, '08:05:57 [portal-sitemap] sitemap-index.xml: 3705 pages in 29 sitemaps'],
      [16.0, '08:06:00 [portal-search-index] pagefind/: 3838 pages indexed'],
      [16.2, '08:06:00 [portal-search-index] pagefind-originals/: 137 en pages indexed'],
      [16.3, '\u001b[32m08:06:00 [build] Complete!\u001b[39m'],
      [20.8, 'build: published /tmp/dist'],
    ] as const;
    const steps = buildSteps(lines.map(([at, text]) => ({ at, text })));
    expect(Object.fromEntries(steps.map((s) => [s.step, s.seconds]))).toEqual({
      'content gate': 1.2,
      statistics: 0.3,
      'astro build': 14.8,
      'start-up': 1.5,
      'content sync': 0.7,
      vite: 1,
      render: 5.2,
      images: 2.5,
      sitemap: 0.8,
      'search index': 2.8,
      'output safety check': 4.5,
    });
  });
});
