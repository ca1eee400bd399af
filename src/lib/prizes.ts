/** European eTwinning Prize results: checks and lookups. */
import type { PrizeCategory } from './taxonomies.ts';

interface PrizeYear {
  readonly id: string;
  readonly data: {
    readonly categories: readonly {
      readonly category: PrizeCategory;
      readonly winners: readonly string[];
    }[];
  };
}

/** Throws one message per winner that names no existing project. */
export function checkPrizeWinners(
  years: readonly PrizeYear[],
  projects: ReadonlySet<string>,
  file: string,
): void {
  const problems: string[] = [];
  for (const year of years) {
    year.data.categories.forEach((category, c) =>
      category.winners.forEach((slug, w) => {
        if (!projects.has(slug)) {
          problems.push(
            `${file}: year "${year.id}" categories[${c}].winners[${w}]: "${slug}" is not a project (expected a file name in content/projects/<locale>/)`,
          );
        }
      }),
    );
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

/** The prizes a project won, newest first. */
export function prizesOf(
  years: readonly PrizeYear[],
  slug: string,
): { year: string; category: PrizeCategory }[] {
  return years
    .flatMap((year) =>
      year.data.categories
        .filter((category) => category.winners.includes(slug))
        .map((category) => ({ year: year.id, category: category.category })),
    )
    .sort((a, b) => b.year.localeCompare(a.year));
}
