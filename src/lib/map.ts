/**
 * The map of the participating countries, drawn at build time: shapes (Natural Earth, from the
 * `world-atlas` package) projected with d3-geo into SVG path data. Pure: the caller passes the
 * features, and gets back what a template needs to draw (src/components/CountryMap.astro).
 */
import { geoConicConformal, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';

/** Width and height of the map's coordinate system (the SVG viewBox). */
export const MAP_SIZE = { width: 1000, height: 760 } as const;

/**
 * What the map shows: Iceland to Azerbaijan, Tunisia and Jordan to the North Cape (longitude,
 * latitude). Points fitted into the frame; land outside it is clipped.
 */
const FRAME: [number, number][] = [
  [-24, 35],
  [-24, 67],
  [50, 35],
  [50, 67],
  [10, 30],
  [30, 71.5],
];

/**
 * ISO 3166-1 numeric codes (Natural Earth's feature ids) of the countries the portal lists or
 * may list: the eTwinning and eTwinning Plus countries, and those that took part before.
 */
export const NUMERIC_CODES: Readonly<Record<string, string>> = {
  AL: '008',
  AM: '051',
  AT: '040',
  AZ: '031',
  BA: '070',
  BE: '056',
  BG: '100',
  CY: '196',
  CZ: '203',
  DE: '276',
  DK: '208',
  EE: '233',
  ES: '724',
  FI: '246',
  FR: '250',
  GB: '826',
  GE: '268',
  GR: '300',
  HR: '191',
  HU: '348',
  IE: '372',
  IS: '352',
  IT: '380',
  JO: '400',
  LB: '422',
  LI: '438',
  LT: '440',
  LU: '442',
  LV: '428',
  MD: '498',
  ME: '499',
  MK: '807',
  MT: '470',
  NL: '528',
  NO: '578',
  PL: '616',
  PT: '620',
  RO: '642',
  RS: '688',
  SE: '752',
  SI: '705',
  SK: '703',
  TN: '788',
  TR: '792',
  UA: '804',
};

/** A country's shape on the map, with a marker where it is too small to find or to point at. */
export interface MapShape {
  readonly code: string;
  readonly d: string;
  /** Centre and radius of a round marker (in viewBox units), for countries smaller than it. */
  readonly marker?: { readonly cx: number; readonly cy: number; readonly r: number };
}

export interface MapGeometry {
  /** The participating countries' shapes, in the order of `codes`. */
  readonly countries: readonly MapShape[];
  /** Every other land shape in the frame, drawn as background. */
  readonly land: readonly string[];
}

/** Countries smaller than this many square viewBox units get a marker (Luxembourg is ~25). */
const SMALL_AREA = 120;
const MARKER_RADIUS = 7;

/**
 * The shapes of `codes` (ISO alpha-2) and of the other land in the frame.
 * `features` are Natural Earth countries with numeric ids; `detailed` are finer shapes used for
 * the countries the coarse set lacks (Liechtenstein and Malta are not in the 1:110m set).
 * @example mapGeometry(['AT', 'MT'], coarse, fine).countries[1].marker // { cx: …, cy: …, r: 7 }
 */
export function mapGeometry(
  codes: readonly string[],
  features: readonly Feature<Geometry | null>[],
  detailed: readonly Feature<Geometry | null>[],
): MapGeometry {
  const projection = geoConicConformal()
    .parallels([35, 65])
    .rotate([-15, 0])
    .fitExtent(
      [
        [8, 8],
        [MAP_SIZE.width - 8, MAP_SIZE.height - 8],
      ],
      { type: 'MultiPoint', coordinates: FRAME },
    );
  projection.clipExtent([
    [0, 0],
    [MAP_SIZE.width, MAP_SIZE.height],
  ]);
  const path = geoPath(projection).digits(1);
  const byId = (list: readonly Feature<Geometry | null>[]) =>
    new Map(list.filter((f) => f.id !== undefined).map((f) => [String(f.id), f]));
  const coarse = byId(features);
  const fine = byId(detailed);
  const wanted = new Set(codes.map((code) => NUMERIC_CODES[code]));

  const countries = codes.map((code): MapShape => {
    const numeric = NUMERIC_CODES[code];
    if (!numeric)
      throw new Error(`map: no ISO numeric code for country "${code}" in src/lib/map.ts`);
    const feature = coarse.get(numeric) ?? fine.get(numeric);
    if (!feature?.geometry) throw new Error(`map: Natural Earth has no shape for "${code}"`);
    const shape = feature as GeoPermissibleObjects;
    const d = path(shape) ?? '';
    if (path.area(shape) >= SMALL_AREA) return { code, d };
    const [cx, cy] = path.centroid(shape).map((v) => Math.round(v * 10) / 10) as [number, number];
    return { code, d, marker: { cx, cy, r: MARKER_RADIUS } };
  });
  const land = features
    .filter((f) => f.geometry && !wanted.has(String(f.id)))
    .map((f) => path(f as GeoPermissibleObjects) ?? '')
    .filter((d) => d !== '');
  return { countries, land };
}

/**
 * Upper bounds of `classes` classes of equal count (quantiles) for a choropleth, rounded to two
 * significant digits and strictly increasing.
 * @example choroplethBreaks([5, 10, 200, 3000], 2) // [10, 3000]
 */
export function choroplethBreaks(values: readonly number[], classes: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const breaks: number[] = [];
  for (let i = 1; i <= classes; i++) {
    const raw = sorted[Math.min(sorted.length - 1, Math.ceil((i * sorted.length) / classes) - 1)];
    const value = i === classes ? (sorted.at(-1) ?? 0) : roundUp(raw ?? 0);
    if (breaks.length === 0 || value > (breaks.at(-1) ?? 0)) breaks.push(value);
  }
  return breaks;
}

/** `value` rounded up to two significant digits. */
function roundUp(value: number): number {
  if (value <= 0) return 0;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1);
  return Math.ceil(value / step) * step;
}

/** The class (0-based) of `value` among `breaks` (upper bounds). */
export function choroplethClass(value: number, breaks: readonly number[]): number {
  const index = breaks.findIndex((limit) => value <= limit);
  return index === -1 ? breaks.length - 1 : index;
}
