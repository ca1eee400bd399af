import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import coarse from 'world-atlas/countries-110m.json' with { type: 'json' };
import fine from 'world-atlas/countries-50m.json' with { type: 'json' };
import {
  MAP_SIZE,
  NUMERIC_CODES,
  choroplethBreaks,
  choroplethClass,
  mapGeometry,
} from '../../src/lib/map.ts';

function features(topology: unknown): Feature<Geometry | null>[] {
  const topo = topology as Topology<{ countries: GeometryCollection }>;
  return feature(topo, topo.objects.countries).features;
}

describe('the map of the participating countries', () => {
  // Large and small, eTwinning and eTwinning Plus, one that has left: not the shipped list.
  const codes = ['AT', 'FR', 'GB', 'LI', 'LU', 'MT', 'TR', 'UA'];
  const map = mapGeometry(codes, features(coarse), features(fine));

  it('has one shape per country asked for, inside the frame', () => {
    expect(map.countries.map((c) => c.code)).toEqual(codes);
    for (const shape of map.countries) {
      expect(shape.d, shape.code).toMatch(/^M[\d.]+,[\d.]+/);
      const numbers = shape.d.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
      expect(Math.min(...numbers), shape.code).toBeGreaterThanOrEqual(0);
      expect(Math.max(...numbers), shape.code).toBeLessThanOrEqual(MAP_SIZE.width);
    }
  });

  it('takes the two countries the 1:110m set lacks from the 1:50m one, with a marker', () => {
    for (const code of ['LI', 'MT']) {
      const shape = map.countries.find((c) => c.code === code);
      expect(shape?.d, code).not.toBe('');
      expect(shape?.marker?.r, code).toBeGreaterThan(0);
    }
    // Large countries need none.
    expect(map.countries.find((c) => c.code === 'FR')?.marker).toBeUndefined();
  });

  it('draws the other land as background, not the participating countries twice', () => {
    expect(map.land.length).toBeGreaterThan(20);
    const turkey = map.countries.find((c) => c.code === 'TR')?.d;
    expect(map.land).not.toContain(turkey);
  });

  it('refuses a country it has no code for, naming where codes are kept', () => {
    expect(() => mapGeometry(['XK'], features(coarse), features(fine))).toThrow(
      /no ISO numeric code for country "XK" in src\/lib\/map.ts/,
    );
    expect(Object.keys(NUMERIC_CODES)).toEqual(expect.arrayContaining(codes));
  });
});

describe('choropleth classes', () => {
  it('are quantiles rounded to two significant digits, strictly increasing', () => {
    expect(choroplethBreaks([5, 10, 200, 3000], 2)).toEqual([10, 3000]);
    expect(choroplethBreaks([1234, 5678, 91011, 121314, 151617], 5)).toEqual([
      1300, 5700, 92000, 130000, 151617,
    ]);
    expect(choroplethBreaks([7, 7, 7], 3)).toEqual([7]);
    expect(choroplethBreaks([], 4)).toEqual([]);
  });

  it('place a value in the first class whose upper bound it does not pass', () => {
    expect(choroplethClass(10, [10, 3000])).toBe(0);
    expect(choroplethClass(11, [10, 3000])).toBe(1);
    expect(choroplethClass(5000, [10, 3000])).toBe(1);
  });
});
