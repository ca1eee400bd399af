/**
 * The map geometry of this build's countries, computed once: Natural Earth's 1:110m shapes from
 * the `world-atlas` package (with its 1:50m set for the two countries the coarse one lacks),
 * projected by src/lib/map.ts.
 */
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import coarse from 'world-atlas/countries-110m.json' with { type: 'json' };
import fine from 'world-atlas/countries-50m.json' with { type: 'json' };
import { mapGeometry, type MapGeometry } from '../lib/map.ts';
import { BUILD_DAY, loadCountries } from './collections.ts';
import { takesPart } from '../lib/countries.ts';

/** The countries of a Natural Earth topology as GeoJSON features. */
function features(topology: unknown): Feature<Geometry | null>[] {
  const topo = topology as Topology<{ countries: GeometryCollection }>;
  return feature(topo, topo.objects.countries).features;
}

export interface CountryMapData extends MapGeometry {
  /** Programme of each country drawn (the countries taking part on the day of the build). */
  readonly programmes: ReadonlyMap<string, 'etwinning' | 'plus'>;
}

let geometry: Promise<CountryMapData> | undefined;

/** The participating countries' shapes and the land around them. */
export function loadCountryMap(): Promise<CountryMapData> {
  geometry ??= loadCountries().then((countries) => {
    const present = countries.map((c) => c.data).filter((c) => takesPart(c, BUILD_DAY));
    const drawn = mapGeometry(
      present.map((c) => c.id),
      features(coarse),
      features(fine),
    );
    return { ...drawn, programmes: new Map(present.map((c) => [c.id, c.programme])) };
  });
  return geometry;
}
