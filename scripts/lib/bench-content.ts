/** Synthetic content for the build benchmark: every entry exists in every locale. */
import { SUBJECTS, TOPICS } from '../../src/lib/taxonomies.ts';

const COUNTRIES = ['AT', 'BE', 'DE', 'ES', 'FR', 'IT', 'PL', 'PT', 'RO', 'SE', 'TR', 'UA'];

interface Options {
  readonly perLocale: number;
  readonly locales: readonly string[];
  /** Cover image path relative to a file in content/<collection>/<locale>/. */
  readonly image: string;
}

const paragraph = (n: number, locale: string) =>
  `Synthetic paragraph ${n} (${locale}). Teachers plan a project together, pupils share results, and schools learn from each other across borders. `.repeat(
    3,
  );

/**
 * `[path, text]` pairs relative to the content folder: `perLocale` news items and one project per
 * ten news items, in every locale.
 */
export function syntheticContent({ perLocale, locales, image }: Options): [string, string][] {
  const files: [string, string][] = [];
  const projects = Math.ceil(perLocale / 10);
  for (const locale of locales) {
    for (let i = 1; i <= perLocale; i++) {
      const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      files.push([
        `news/${locale}/bench-news-${i}.md`,
        `---
title: Synthetic news ${i} (${locale})
description: Benchmark news item ${i} in ${locale}, generated for measuring the build.
date: ${day}
countries: [${COUNTRIES[i % COUNTRIES.length]}, ${COUNTRIES[(i * 7) % COUNTRIES.length]}]
topic: ${TOPICS[i % TOPICS.length]}
cover:
  src: ${image}
  alt: 'Illustration: nodes connected like a network'
sample: true
---

${paragraph(1, locale)}

## Section

${paragraph(2, locale)}
`,
      ]);
    }
    for (let i = 1; i <= projects; i++) {
      files.push([
        `projects/${locale}/bench-project-${i}.md`,
        `---
title: Synthetic project ${i} (${locale})
description: Benchmark project ${i} in ${locale}.
partners:
  - { school: Example School A${i}, town: Graz, country: ${COUNTRIES[i % COUNTRIES.length]} }
  - { school: Example School B${i}, town: Izmir, country: TR }
ageRange: { from: ${6 + (i % 8)}, to: ${10 + (i % 8)} }
subjects: [${SUBJECTS[i % SUBJECTS.length]}]
languages: [en]
start: ${2020 + (i % 6)}-09-01
end: ${2021 + (i % 6)}-06-30
cover:
  src: ${image}
  alt: 'Illustration: nodes connected like a network'
sample: true
---

${paragraph(1, locale)}
`,
      ]);
    }
  }
  return files;
}
