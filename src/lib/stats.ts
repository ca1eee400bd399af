/**
 * Statistics exports: validation with one message per problem (file and JSON path), merging of
 * exports into one dataset, and the figures the pages show (totals, growth, ranking, series).
 */
import { z } from 'zod';

/** Counts every export has for every country. */
export const REQUIRED_COUNTS = ['teachers', 'schools', 'projects'] as const;
/** Counts an export may add; shown where present. */
export const OPTIONAL_COUNTS = ['qualityLabels', 'schoolLabels'] as const;
export type CountName = (typeof REQUIRED_COUNTS)[number] | (typeof OPTIONAL_COUNTS)[number];

const got = (input: unknown) => (input === undefined ? 'nothing' : JSON.stringify(input));
const count = z
  .number({ error: (i) => `expected a whole number ≥ 0, got ${got(i.input)}` })
  .int({
    error: (i) => `expected a whole number ≥ 0, got ${got(i.input)}`,
  })
  .min(0, { error: (i) => `expected a whole number ≥ 0, got ${got(i.input)}` });
const day = z.iso.date({
  error: (i) => `expected a date such as "2021-12-31", got ${got(i.input)}`,
});

/** One export file, as documented in schemas/stats-export.schema.json. */
export const statsExportSchema = z
  .strictObject({
    $schema: z.string().optional(),
    exportDate: day.describe('When the support service exported the figures.'),
    period: z
      .strictObject({
        start: day,
        end: day,
        label: z.string().min(1).describe('How pages name the period, e.g. "2021".'),
      })
      .refine((p) => p.start <= p.end, {
        error: 'period.start must not be after period.end',
        path: ['end'],
      }),
    source: z.string().min(1).describe('Who produced the figures and how.'),
    countries: z
      .array(
        z.strictObject({
          country: z
            .string()
            .describe('ISO 3166-1 alpha-2 code of a participating country, e.g. "TR".'),
          teachers: count,
          schools: count,
          projects: count,
          qualityLabels: count.optional(),
          schoolLabels: count.optional(),
          sample: z
            .boolean()
            .default(false)
            .describe('True when the figures are made up for demonstration, not real.'),
        }),
      )
      .min(1),
  })
  .describe(
    'One eTwinning statistics export: registered teachers, schools and projects per country for one period.',
  );

export type StatsExport = z.infer<typeof statsExportSchema>;
export type CountryFigures = StatsExport['countries'][number];

/** A validated export and the file it came from. */
export interface LoadedExport {
  readonly file: string;
  readonly data: StatsExport;
}

function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) =>
      typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
    '',
  );
}

/**
 * Parses and validates one export file, returning it or one message per problem.
 * @example parseExport('{"…"}', 'content/stats/exports/2021.json', new Set(['TR']))
 */
export function parseExport(
  text: string,
  file: string,
  countries: ReadonlySet<string>,
): { data?: StatsExport; problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      problems: [
        `${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      ],
    };
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    Array.isArray(raw) ||
    !('countries' in raw) ||
    !('period' in raw)
  ) {
    return {
      problems: [
        `${file}: not a statistics export (expected an object with "exportDate", "period", "source" and "countries")`,
      ],
    };
  }
  const result = statsExportSchema.safeParse(raw, { reportInput: true });
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => {
        const path = jsonPath(issue.path);
        const message =
          issue.code === 'unrecognized_keys'
            ? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`
            : issue.input === undefined && issue.code === 'invalid_type'
              ? issue.message.replace('got nothing', 'but it is missing')
              : issue.message;
        return `${file}: ${path || '(top level)'}: ${message}`;
      });
  const rows = (raw as { countries?: unknown }).countries;
  if (Array.isArray(rows)) {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const code = (row as { country?: unknown } | null)?.country;
      if (typeof code !== 'string') return;
      if (!countries.has(code)) {
        problems.push(
          `${file}: countries[${i}].country: "${code}" is not a participating country (expected e.g. "TR")`,
        );
      } else if (seen.has(code)) {
        problems.push(`${file}: countries[${i}].country: "${code}" is listed twice`);
      }
      seen.add(code);
    });
  }
  return problems.length > 0 || !result.success ? { problems } : { data: result.data, problems };
}

/** The figures of one period, merged from every export that covers it. */
export interface PeriodFigures {
  readonly label: string;
  readonly start: string;
  readonly end: string;
  readonly exportDate: string;
  readonly source: string;
  readonly files: readonly string[];
  readonly rows: readonly CountryFigures[];
  readonly totals: Readonly<Partial<Record<CountName, number>>>;
  /** True when any row of the period is sample data. */
  readonly sample: boolean;
}

/** Every period, oldest first. */
export interface StatsDataset {
  readonly periods: readonly PeriodFigures[];
}

const sameFigures = (a: CountryFigures, b: CountryFigures) =>
  [...REQUIRED_COUNTS, ...OPTIONAL_COUNTS, 'sample' as const].every((key) => a[key] === b[key]);

/**
 * Merges validated exports into periods. Two exports for the same period must agree; every
 * disagreement is one problem naming both files and the country.
 */
export function mergeExports(exports: readonly LoadedExport[]): {
  dataset: StatsDataset;
  problems: string[];
} {
  const problems: string[] = [];
  const byPeriod = new Map<
    string,
    { first: LoadedExport; files: string[]; rows: Map<string, CountryFigures> }
  >();
  for (const loaded of [...exports].sort((a, b) => a.file.localeCompare(b.file))) {
    const { period } = loaded.data;
    const key = `${period.start}/${period.end}`;
    const known = byPeriod.get(key);
    if (!known) {
      byPeriod.set(key, {
        first: loaded,
        files: [loaded.file],
        rows: new Map(loaded.data.countries.map((row) => [row.country, row])),
      });
      continue;
    }
    known.files.push(loaded.file);
    loaded.data.countries.forEach((row, i) => {
      const other = known.rows.get(row.country);
      if (!other) known.rows.set(row.country, row);
      else if (!sameFigures(row, other)) {
        problems.push(
          `${loaded.file}: countries[${i}]: the figures for "${row.country}" differ from ${known.first.file} for the same period ${period.start} – ${period.end}`,
        );
      }
    });
  }
  const periods = [...byPeriod.values()]
    .map(({ first, files, rows }) => {
      const list = [...rows.values()].sort((a, b) => a.country.localeCompare(b.country));
      const totals: Partial<Record<CountName, number>> = {};
      for (const name of [...REQUIRED_COUNTS, ...OPTIONAL_COUNTS]) {
        const values = list.map((row) => row[name]).filter((v): v is number => v !== undefined);
        if (values.length > 0) totals[name] = values.reduce((sum, v) => sum + v, 0);
      }
      return {
        label: first.data.period.label,
        start: first.data.period.start,
        end: first.data.period.end,
        exportDate: first.data.exportDate,
        source: first.data.source,
        files,
        rows: list,
        totals,
        sample: list.some((row) => row.sample),
      };
    })
    .sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
  return { dataset: { periods }, problems };
}

/**
 * Relative change from `previous` to `current` (0.042 for +4.2 %), or undefined when there is
 * nothing to compare with.
 */
export function growth(
  current: number | undefined,
  previous: number | undefined,
): number | undefined {
  if (current === undefined || previous === undefined || previous === 0) return undefined;
  return (current - previous) / previous;
}

/** A country's place in a period, by registered teachers. */
export interface RankedRow extends CountryFigures {
  /** Competition ranking: equal teachers share a rank ("1, 2, 2, 4"). */
  readonly rank: number;
  /** Share of the period's teachers, 0–1. */
  readonly share: number;
}

/** Countries of a period ranked by teachers (ties by country code). */
export function rankByTeachers(period: PeriodFigures): RankedRow[] {
  const total = period.totals.teachers ?? 0;
  const sorted = [...period.rows].sort(
    (a, b) => b.teachers - a.teachers || a.country.localeCompare(b.country),
  );
  let rank = 0;
  return sorted.map((row, i) => {
    if (i === 0 || row.teachers !== sorted[i - 1]?.teachers) rank = i + 1;
    return { ...row, rank, share: total > 0 ? row.teachers / total : 0 };
  });
}

/** One country's figures over time, oldest first. */
export function countrySeries(
  dataset: StatsDataset,
  country: string,
): { period: PeriodFigures; row: CountryFigures }[] {
  return dataset.periods.flatMap((period) => {
    const row = period.rows.find((r) => r.country === country);
    return row ? [{ period, row }] : [];
  });
}

/**
 * The figures a page shows for a country: its latest real ones where it has any (real figures
 * come before newer sample ones), otherwise its latest; and whether later periods exist.
 */
export function preferredFigures(
  series: readonly { period: PeriodFigures; row: CountryFigures }[],
): { period: PeriodFigures; row: CountryFigures; later: boolean } | undefined {
  const real = series.findLastIndex((s) => !s.row.sample);
  const index = real >= 0 ? real : series.length - 1;
  const chosen = series[index];
  return chosen && { ...chosen, later: index < series.length - 1 };
}

/** Every country's latest real figures (not sample), by country code. */
export function latestRealFigures(
  dataset: StatsDataset,
): { country: string; period: PeriodFigures; row: CountryFigures }[] {
  const latest = new Map<string, { country: string; period: PeriodFigures; row: CountryFigures }>();
  for (const period of dataset.periods)
    for (const row of period.rows)
      if (!row.sample) latest.set(row.country, { country: row.country, period, row });
  return [...latest.values()].sort((a, b) => a.country.localeCompare(b.country));
}

const CSV_COLUMNS = [
  'period',
  'start',
  'end',
  'country',
  ...REQUIRED_COUNTS,
  ...OPTIONAL_COUNTS,
  'sample',
] as const;

/** The normalised data as CSV (RFC 4180, one row per period and country). */
export function datasetCsv(dataset: StatsDataset): string {
  const cell = (value: string | number | boolean | undefined) => {
    const text = value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [CSV_COLUMNS.join(',')];
  for (const period of dataset.periods) {
    for (const row of period.rows) {
      lines.push(
        [
          period.label,
          period.start,
          period.end,
          row.country,
          ...REQUIRED_COUNTS.map((k) => row[k]),
          ...OPTIONAL_COUNTS.map((k) => row[k]),
          row.sample,
        ]
          .map(cell)
          .join(','),
      );
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
