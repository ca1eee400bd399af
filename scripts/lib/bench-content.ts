/**
 * Synthetic content for the build benchmark, in one of two shapes: `translated` (every entry in
 * every locale, the same slug: translations of each other) or `single` (every entry in its own
 * locale only, as most national news is). Texts come from scripts/lib/bench-article.ts.
 */
import { SUBJECTS, TOPICS, type Topic } from '../../src/lib/taxonomies.ts';
import { article, type Article } from './bench-article.ts';
import { hashSeed, seededRandom } from './bench-random.ts';
import type { Vocabulary } from './bench-vocabulary.ts';

const COUNTRIES = ['AT', 'BE', 'DE', 'ES', 'FR', 'IT', 'PL', 'PT', 'RO', 'SE', 'TR', 'UA'];

/** How entries spread over the locales. */
export const BENCH_SHAPES = ['translated', 'single'] as const;
export type BenchShape = (typeof BENCH_SHAPES)[number];

/** One generated entry, before it is written for the portal or for a peer generator. */
export interface BenchEntry {
  readonly collection: 'news' | 'projects';
  readonly locale: string;
  readonly slug: string;
  /** Its number within its collection and locale, from 1. */
  readonly index: number;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly countries: readonly string[];
  readonly topic: Topic;
  readonly article: Article;
}

interface Options {
  /** News items per locale; projects are one per ten news items. */
  readonly perLocale: number;
  readonly locales: readonly string[];
  readonly shape: BenchShape;
  readonly vocabularies: ReadonlyMap<string, Vocabulary>;
}

const day = (i: number) =>
  new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);

/**
 * Every entry of the benchmark: `perLocale` news items and one project per ten, per locale.
 * @example benchEntries({ perLocale: 10, locales: ['en', 'el'], shape: 'single', vocabularies }).length // 22
 */
export function benchEntries({ perLocale, locales, shape, vocabularies }: Options): BenchEntry[] {
  const entries: BenchEntry[] = [];
  const counts = { news: perLocale, projects: Math.ceil(perLocale / 10) };
  const kind = { news: 'news', projects: 'project' } as const;
  for (const locale of locales) {
    const vocabulary = vocabularies.get(locale);
    if (!vocabulary) throw new Error(`no vocabulary for the locale "${locale}"`);
    const slugOf = (collection: 'news' | 'projects', i: number) =>
      shape === 'translated'
        ? `bench-${kind[collection]}-${i}`
        : `bench-${locale}-${kind[collection]}-${i}`;
    for (const collection of ['news', 'projects'] as const) {
      const count = counts[collection];
      for (let i = 1; i <= count; i++) {
        const slug = slugOf(collection, i);
        const random = seededRandom(hashSeed(`${locale}/${collection}/${slug}`));
        entries.push({
          collection,
          locale,
          slug,
          index: i,
          date: day(i),
          countries: [...new Set([COUNTRIES[i % 12] ?? 'AT', COUNTRIES[(i * 7) % 12] ?? 'TR'])],
          topic: TOPICS[i % TOPICS.length] ?? 'community',
          article: article(vocabulary, random, {
            related: `../${slugOf(collection, (i % count) + 1)}/`,
            outside: `https://example.org/${kind[collection]}/${i}`,
          }),
        });
      }
    }
  }
  return entries;
}

/** A YAML scalar that is always a string: JSON's double-quoted strings are valid YAML. */
const quoted = (text: string) => JSON.stringify(text);

/** The portal's Markdown file of an entry; `image` is relative to the file. */
function portalFile(entry: BenchEntry, image: string): string {
  const { title, description, body } = entry.article;
  const i = entry.index;
  const cover = `cover:\n  src: ${image}\n  alt: ${quoted('Illustration: nodes connected like a network')}`;
  const fields =
    entry.collection === 'news'
      ? [
          `date: ${entry.date}`,
          `countries: [${entry.countries.join(', ')}]`,
          `topic: ${entry.topic}`,
        ]
      : [
          'partners:',
          `  - { school: ${quoted(`Example School A${i}`)}, town: Graz, country: ${entry.countries[0] ?? 'AT'} }`,
          `  - { school: ${quoted(`Example School B${i}`)}, town: Izmir, country: TR }`,
          `ageRange: { from: ${6 + (i % 8)}, to: ${10 + (i % 8)} }`,
          `subjects: [${SUBJECTS[i % SUBJECTS.length] ?? 'arts'}]`,
          'languages: [en]',
          `start: ${2020 + (i % 6)}-09-01`,
          `end: ${2021 + (i % 6)}-06-30`,
        ];
  return [
    '---',
    `title: ${quoted(title)}`,
    `description: ${quoted(description)}`,
    ...fields,
    cover,
    'sample: true',
    '---',
    '',
    body,
  ].join('\n');
}

/**
 * `[path, text]` pairs relative to the portal's content folder, one Markdown file per entry.
 * @example portalFiles(entries, '../../images/illustration-network.jpg')[0]?.[0] // 'news/en/bench-news-1.md'
 */
export function portalFiles(entries: readonly BenchEntry[], image: string): [string, string][] {
  return entries.map((entry) => [
    `${entry.collection}/${entry.locale}/${entry.slug}.md`,
    portalFile(entry, image),
  ]);
}
