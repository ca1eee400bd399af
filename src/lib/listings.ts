/** Queries over resolved entries for listings: sorting, grouping and related items. */
import type { Resolved, Versioned } from './translations.ts';

type Dated = Versioned & { readonly data: { readonly date: Date } };

/** Newest first, then by slug for a stable order. */
export function newestFirst<T extends Dated>(items: readonly Resolved<T>[]): Resolved<T>[] {
  return [...items].sort(
    (a, b) =>
      b.entry.data.date.getTime() - a.entry.data.date.getTime() ||
      a.entry.slug.localeCompare(b.entry.slug),
  );
}

/**
 * Groups items under every key `keys(item)` returns, keeping the items' order within groups.
 * @example groupBy(news, (n) => n.entry.data.countries)
 */
export function groupBy<T>(
  items: readonly T[],
  keys: (item: T) => readonly string[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      let group = groups.get(key);
      if (!group) groups.set(key, (group = []));
      group.push(item);
    }
  }
  return groups;
}

type Tagged = Versioned & {
  readonly data: {
    readonly topic: string;
    readonly countries: readonly string[];
    readonly date: Date;
  };
};

/**
 * Related news: same topic or a shared country, scored (topic 2, each shared country 1), then
 * newest first. Uses precomputed groups so that it stays cheap with thousands of items.
 */
export function relatedNews<T extends Tagged>(
  item: Resolved<T>,
  byTopic: ReadonlyMap<string, readonly Resolved<T>[]>,
  byCountry: ReadonlyMap<string, readonly Resolved<T>[]>,
  limit = 3,
): Resolved<T>[] {
  const scores = new Map<Resolved<T>, number>();
  const add = (candidates: readonly Resolved<T>[] | undefined, weight: number, cap: number) => {
    for (const candidate of (candidates ?? []).slice(0, cap)) {
      if (candidate.entry.slug === item.entry.slug) continue;
      scores.set(candidate, (scores.get(candidate) ?? 0) + weight);
    }
  };
  add(byTopic.get(item.entry.data.topic), 2, 50);
  for (const country of item.entry.data.countries) add(byCountry.get(country), 1, 50);
  return [...scores.entries()]
    .sort(
      ([a, sa], [b, sb]) =>
        sb - sa ||
        b.entry.data.date.getTime() - a.entry.data.date.getTime() ||
        a.entry.slug.localeCompare(b.entry.slug),
    )
    .slice(0, limit)
    .map(([candidate]) => candidate);
}
