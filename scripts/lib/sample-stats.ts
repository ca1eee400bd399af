/**
 * Plausible sample statistics: made-up figures scaled to each country's size, so that a
 * demonstration never shows Liechtenstein with as many teachers as a large country. Real
 * figures (rows without `"sample": true`) are never touched. Used by `npm run stats:samples`.
 */
import type { StatsExport } from '../../src/lib/stats.ts';

/**
 * SAMPLE BASIS, NOT A SOURCE: approximate populations in millions (rounded, around 2021), only to
 * size the made-up sample figures. Do not quote them as facts.
 */
export const APPROXIMATE_POPULATION_MILLIONS: Readonly<Record<string, number>> = {
  AL: 2.8,
  AM: 3.0,
  AT: 8.9,
  AZ: 10.1,
  BA: 3.3,
  BE: 11.6,
  BG: 6.9,
  CY: 0.9,
  CZ: 10.5,
  DE: 83.2,
  DK: 5.8,
  EE: 1.3,
  ES: 47.4,
  FI: 5.5,
  FR: 67.7,
  GB: 67.0,
  GE: 3.7,
  GR: 10.7,
  HR: 3.9,
  HU: 9.7,
  IE: 5.0,
  IS: 0.37,
  IT: 59.2,
  JO: 11.1,
  LB: 5.6,
  LI: 0.039,
  LT: 2.8,
  LU: 0.64,
  LV: 1.9,
  MD: 2.6,
  MK: 2.1,
  MT: 0.52,
  NL: 17.5,
  NO: 5.4,
  PL: 37.8,
  PT: 10.3,
  RO: 19.1,
  RS: 6.9,
  SE: 10.4,
  SI: 2.1,
  SK: 5.4,
  TN: 11.9,
  TR: 84.7,
  UA: 41.0,
};

/**
 * Rough factor: registered teachers per inhabitant in the reference period. Türkiye's real
 * 2021 figures give about 2.7 per 1,000 (226,597 teachers, about 84.7 million inhabitants);
 * the samples use 2.5 per 1,000 for every country.
 */
export const SAMPLE_TEACHERS_PER_INHABITANT = 0.0025;

/** The period whose sample teachers are set to the target; other periods keep their ratio to it. */
export const REFERENCE_PERIOD = '2021';

const COUNTS = ['teachers', 'schools', 'projects', 'qualityLabels', 'schoolLabels'] as const;

/** The sample number of teachers for a country in the reference period. */
export function sampleTeachers(country: string): number | undefined {
  const millions = APPROXIMATE_POPULATION_MILLIONS[country];
  return millions === undefined
    ? undefined
    : Math.round(millions * 1_000_000 * SAMPLE_TEACHERS_PER_INHABITANT);
}

/**
 * Scales every country's sample rows by one factor per country, so that its reference-period
 * teachers match its size and its years keep their shape; a country with real figures in the
 * reference period keeps its samples (they are already in scale). Idempotent.
 */
export function scaleSamples(exports: readonly StatsExport[]): {
  exports: StatsExport[];
  unknown: string[];
} {
  const reference = exports.find((e) => e.period.label === REFERENCE_PERIOD);
  const factor = new Map<string, number>();
  const unknown: string[] = [];
  for (const row of reference?.countries ?? []) {
    if (!row.sample) continue;
    const target = sampleTeachers(row.country);
    if (target === undefined) unknown.push(row.country);
    else if (row.teachers > 0) factor.set(row.country, target / row.teachers);
  }
  const scaled = exports.map((e) => ({
    ...e,
    countries: e.countries.map((row) => {
      const f = factor.get(row.country);
      if (!row.sample || f === undefined) return row;
      const out = { ...row };
      for (const k of COUNTS) {
        const value = row[k];
        // A count stays at least 1 where it was: a country with teachers has a school.
        if (value !== undefined) out[k] = value === 0 ? 0 : Math.max(1, Math.round(value * f));
      }
      return out;
    }),
  }));
  return { exports: scaled, unknown };
}
