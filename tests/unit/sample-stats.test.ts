import { describe, expect, it } from 'vitest';
import { sampleTeachers, scaleSamples } from '../../scripts/lib/sample-stats.ts';
import type { StatsExport } from '../../src/lib/stats.ts';

const period = (label: string) => ({
  start: `${label}-01-01`,
  end: `${label}-12-31`,
  label,
});
const exportOf = (label: string, countries: StatsExport['countries']): StatsExport => ({
  exportDate: `${label}-12-31`,
  period: period(label),
  source: 'Test',
  countries,
});

describe('scaleSamples', () => {
  const exports = [
    exportOf('2020', [
      { country: 'LI', teachers: 30000, schools: 6000, projects: 3000, sample: true },
      { country: 'TR', teachers: 200000, schools: 40000, projects: 30000, sample: true },
    ]),
    exportOf('2021', [
      { country: 'LI', teachers: 36121, schools: 10029, projects: 7350, sample: true },
      { country: 'TR', teachers: 226597, schools: 50736, projects: 40382, sample: false },
    ]),
  ];

  it('sizes a small country’s samples to its size and keeps their shape over the years', () => {
    const { exports: out, unknown } = scaleSamples(exports);
    expect(unknown).toEqual([]);
    const li = out.map((e) => e.countries.find((r) => r.country === 'LI'));
    expect(li[1]?.teachers).toBe(sampleTeachers('LI'));
    expect(li[1]?.teachers).toBeLessThan(200);
    expect(li[0]?.teachers).toBe(Math.round((30000 * (sampleTeachers('LI') ?? 0)) / 36121));
    expect(li.every((r) => r?.sample === true && (r?.schools ?? 0) >= 1)).toBe(true);
  });

  it('leaves real figures, and a country with real reference figures, exactly as they are', () => {
    const { exports: out } = scaleSamples(exports);
    expect(out.map((e) => e.countries.find((r) => r.country === 'TR'))).toEqual(
      exports.map((e) => e.countries.find((r) => r.country === 'TR')),
    );
  });

  it('is idempotent and names a country without an approximate population', () => {
    const once = scaleSamples(exports).exports;
    expect(scaleSamples(once).exports).toEqual(once);
    const xx = [
      exportOf('2021', [{ country: 'XX', teachers: 5, schools: 1, projects: 1, sample: true }]),
    ];
    expect(scaleSamples(xx).unknown).toEqual(['XX']);
  });
});
