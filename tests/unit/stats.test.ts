import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statsExportJsonSchema } from '../../src/lib/stats-schema.ts';
import {
  datasetCsv,
  growth,
  mergeExports,
  parseExport,
  rankByTeachers,
  countrySeries,
  latestRealFigures,
  preferredFigures,
  type LoadedExport,
} from '../../src/lib/stats.ts';
import { formatChange, formatCount, formatShare } from '../../src/lib/stats-format.ts';
import { ROOT } from '../support/paths.ts';

const FILE = 'content/stats/exports/2021.json';
const COUNTRIES = new Set(['AT', 'DE', 'TR']);

function exportText(
  rows: unknown[],
  period = { start: '2021-01-01', end: '2021-12-31', label: '2021' },
): string {
  return JSON.stringify({ exportDate: '2022-01-15', period, source: 'Test', countries: rows });
}

const row = (country: string, teachers: number, extra: Record<string, unknown> = {}) => ({
  country,
  teachers,
  schools: Math.round(teachers / 5),
  projects: Math.round(teachers / 6),
  ...extra,
});

describe('parseExport', () => {
  it('accepts a valid export', () => {
    const { data, problems } = parseExport(exportText([row('TR', 226597)]), FILE, COUNTRIES);
    expect(problems).toEqual([]);
    expect(data?.countries[0]).toEqual({ ...row('TR', 226597), sample: false });
  });

  it('names malformed JSON', () => {
    expect(parseExport('{"countries": [', FILE, COUNTRIES).problems[0]).toMatch(
      /^content\/stats\/exports\/2021\.json: not valid JSON \(/,
    );
  });

  it('names a file that is not an export', () => {
    expect(parseExport('[1, 2]', FILE, COUNTRIES).problems).toEqual([
      'content/stats/exports/2021.json: not a statistics export (expected an object with "exportDate", "period", "source" and "countries")',
    ]);
  });

  it('names a missing, negative or non-integer count with its JSON path', () => {
    const { teachers: _t, ...noTeachers } = row('AT', 10);
    const problems = parseExport(
      exportText([
        noTeachers,
        { ...row('DE', 10), teachers: -3 },
        { ...row('TR', 10), teachers: 12.5 },
        { ...row('TR', 1), teachers: '12k', country: 'AT' },
      ]),
      FILE,
      COUNTRIES,
    ).problems;
    expect(problems).toEqual([
      'content/stats/exports/2021.json: countries[0].teachers: expected a whole number ≥ 0, but it is missing',
      'content/stats/exports/2021.json: countries[1].teachers: expected a whole number ≥ 0, got -3',
      'content/stats/exports/2021.json: countries[2].teachers: expected a whole number ≥ 0, got 12.5',
      'content/stats/exports/2021.json: countries[3].teachers: expected a whole number ≥ 0, got "12k"',
      'content/stats/exports/2021.json: countries[3].country: "AT" is listed twice',
    ]);
  });

  it('names an unknown country code', () => {
    expect(parseExport(exportText([row('XX', 5)]), FILE, COUNTRIES).problems).toEqual([
      'content/stats/exports/2021.json: countries[0].country: "XX" is not a participating country (expected e.g. "TR")',
    ]);
  });

  it('names a bad period', () => {
    expect(
      parseExport(
        exportText([row('TR', 5)], { start: '2021-12-31', end: '2021-01-01', label: '2021' }),
        FILE,
        COUNTRIES,
      ).problems,
    ).toEqual([
      'content/stats/exports/2021.json: period.end: period.start must not be after period.end',
    ]);
  });
});

const loaded = (file: string, rows: ReturnType<typeof row>[], year = '2021'): LoadedExport => ({
  file,
  data: parseExport(
    exportText(rows, { start: `${year}-01-01`, end: `${year}-12-31`, label: year }),
    file,
    COUNTRIES,
  ).data!,
});

describe('mergeExports', () => {
  it('merges agreeing exports of one period and sorts periods', () => {
    const { dataset, problems } = mergeExports([
      loaded('b.json', [row('TR', 300)], '2021'),
      loaded('a.json', [row('TR', 200), row('AT', 100)], '2020'),
      loaded('c.json', [row('TR', 300), row('DE', 50)], '2021'),
    ]);
    expect(problems).toEqual([]);
    expect(dataset.periods.map((p) => [p.label, p.totals.teachers, p.files])).toEqual([
      ['2020', 300, ['a.json']],
      ['2021', 350, ['b.json', 'c.json']],
    ]);
  });

  it('names two exports for the same period that disagree', () => {
    const { problems } = mergeExports([
      loaded('a.json', [row('TR', 300)]),
      loaded('b.json', [row('AT', 5), row('TR', 301)]),
    ]);
    expect(problems).toEqual([
      'b.json: countries[1]: the figures for "TR" differ from a.json for the same period 2021-01-01 – 2021-12-31',
    ]);
  });
});

describe('real figures first', () => {
  const sample = { sample: true };
  const { dataset } = mergeExports([
    loaded('2020.json', [row('TR', 90, sample), row('AT', 40)], '2020'),
    loaded('2021.json', [row('TR', 100), row('AT', 50, sample)], '2021'),
    loaded('2022.json', [row('TR', 110, sample), row('AT', 60, sample)], '2022'),
  ]);

  it('prefers a country’s latest real figures to newer sample ones', () => {
    const tr = preferredFigures(countrySeries(dataset, 'TR'));
    expect([tr?.period.label, tr?.row.teachers, tr?.row.sample, tr?.later]).toEqual([
      '2021',
      100,
      false,
      true,
    ]);
    const at = preferredFigures(countrySeries(dataset, 'AT'));
    expect([at?.period.label, at?.row.sample]).toEqual(['2020', false]);
  });

  it('falls back to the latest sample figures where a country has no real ones', () => {
    const only = mergeExports([loaded('x.json', [row('DE', 5, sample)], '2022')]).dataset;
    const de = preferredFigures(countrySeries(only, 'DE'));
    expect([de?.period.label, de?.row.sample, de?.later]).toEqual(['2022', true, false]);
    expect(preferredFigures([])).toBeUndefined();
  });

  it('lists every country’s latest real figures', () => {
    expect(latestRealFigures(dataset).map((r) => [r.country, r.period.label])).toEqual([
      ['AT', '2020'],
      ['TR', '2021'],
    ]);
  });
});

describe('aggregation', () => {
  const { dataset } = mergeExports([
    loaded('a.json', [row('TR', 100), row('AT', 50), row('DE', 50)], '2020'),
    loaded('b.json', [row('TR', 120), row('AT', 60), row('DE', 20, { qualityLabels: 3 })], '2021'),
  ]);
  const latest = dataset.periods[1]!;

  it('totals each count, including optional ones where present', () => {
    expect(latest.totals).toEqual({ teachers: 200, schools: 40, projects: 33, qualityLabels: 3 });
  });

  it('ranks by teachers with shared ranks for ties', () => {
    const tie = rankByTeachers(dataset.periods[0]!);
    expect(tie.map((r) => [r.country, r.rank, r.share])).toEqual([
      ['TR', 1, 0.5],
      ['AT', 2, 0.25],
      ['DE', 2, 0.25],
    ]);
  });

  it('computes growth against the previous period', () => {
    expect(growth(latest.totals.teachers, dataset.periods[0]?.totals.teachers)).toBe(0);
    expect(growth(120, 100)).toBeCloseTo(0.2);
    expect(growth(5, 0)).toBeUndefined();
    expect(growth(5, undefined)).toBeUndefined();
  });

  it('gives a country’s series over time', () => {
    expect(countrySeries(dataset, 'TR').map((s) => [s.period.label, s.row.teachers])).toEqual([
      ['2020', 100],
      ['2021', 120],
    ]);
  });

  it('writes CSV with one row per period and country', () => {
    const lines = datasetCsv(dataset).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'period,start,end,country,teachers,schools,projects,qualityLabels,schoolLabels,sample',
    );
    expect(lines).toContain('2021,2021-01-01,2021-12-31,DE,20,4,3,3,,false');
    expect(lines).toHaveLength(7);
  });
});

describe('formatting per locale', () => {
  it('formats counts, shares and growth with Intl', () => {
    expect(formatCount(226597, 'de')).toBe('226.597');
    expect(formatCount(226597, 'fr')).toBe('226\u202f597');
    expect(formatCount(226597, 'en')).toBe('226,597');
    expect(formatShare(0.1234, 'de')).toBe('12,3\u00a0%');
    expect(formatChange(0.042, 'en')).toBe('+4.2%');
    expect(formatChange(-0.042, 'tr')).toBe('-%4,2');
    expect(formatChange(0, 'en')).toBe('0.0%');
  });
});

describe('the documented format', () => {
  it('schemas/stats-export.schema.json is generated from the zod schema (run npm run stats:schema)', () => {
    expect(readFileSync(join(ROOT, 'schemas/stats-export.schema.json'), 'utf8')).toBe(
      statsExportJsonSchema(),
    );
  });
});

describe('scale', () => {
  it('processes 20 years × 44 countries well under a second, linearly', () => {
    const codes = Array.from(
      { length: 44 },
      (_, i) => `C${String.fromCharCode(65 + (i % 26))}${i}`.slice(0, 2) + String(i),
    );
    const known = new Set(codes);
    const make = (years: number) =>
      Array.from({ length: years }, (_, y) => {
        const text = JSON.stringify({
          exportDate: `${2001 + y}-01-15`,
          period: { start: `${2000 + y}-01-01`, end: `${2000 + y}-12-31`, label: String(2000 + y) },
          source: 'Scale test',
          countries: codes.map((country, i) => ({
            country,
            teachers: 1000 + i,
            schools: 100 + i,
            projects: 50 + i,
          })),
        });
        return { file: `${2000 + y}.json`, text };
      });
    const run = (years: number) => {
      const started = performance.now();
      const exports = make(years).map(({ file, text }) => ({
        file,
        data: parseExport(text, file, known).data!,
      }));
      const { dataset } = mergeExports(exports);
      for (const period of dataset.periods) rankByTeachers(period);
      datasetCsv(dataset);
      return { ms: performance.now() - started, periods: dataset.periods.length };
    };
    run(5); // warm up
    const twenty = run(20);
    const forty = run(40);
    expect(twenty.periods).toBe(20);
    expect(twenty.ms).toBeLessThan(1000);
    // Linear: doubling the exports must not cost much more than double (generous for CI noise).
    expect(forty.ms).toBeLessThan(twenty.ms * 4 + 20);
  });
});
