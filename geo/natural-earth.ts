import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import * as turf from '@turf/turf';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topoJson from 'world-atlas/countries-10m.json';

/**
 * Natural Earth 1:10m admin-0 boundaries (public domain), through the world-atlas TopoJSON.
 * Everything the atlas draws as a border, an exclave or a river comes from here.
 */
type CountryProps = { name: string };
export const topology = topoJson as unknown as Topology<{ countries: GeometryCollection<CountryProps> }>;

/** ISO 3166 numeric codes used by world-atlas. */
export const ISO = {
  armenia: '051',
  azerbaijan: '031',
  georgia: '268',
  iran: '364',
  turkey: '792',
  russia: '643',
  israel: '376',
} as const;

/**
 * Countries a catalogue point may be placed in (ISO 3166 alpha-2 → the numeric id world-atlas uses);
 * a unit test checks every such point lies inside its country on these very borders.
 */
export const COUNTRY_ISO = {
  AM: ISO.armenia,
  AZ: ISO.azerbaijan,
  GE: ISO.georgia,
  IR: ISO.iran,
  TR: ISO.turkey,
  RU: ISO.russia,
  IL: ISO.israel,
  PS: '275',
  CH: '756',
  IQ: '368',
  SY: '760',
  LB: '422',
} as const;
export type CountryCode = keyof typeof COUNTRY_ISO;
export const COUNTRY_CODES = Object.keys(COUNTRY_ISO) as [CountryCode, ...CountryCode[]];

export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProps>;

export function country(iso: string): CountryFeature {
  const geometry = topology.objects.countries.geometries.find((g) => g.id === iso);
  if (!geometry) throw new Error(`Natural Earth: no country with ISO numeric id ${iso}`);
  return feature(topology, geometry) as CountryFeature;
}

/** Every country as GeoJSON (used by the basemap, which clips them to the region). */
export function allCountries(): FeatureCollection<Polygon | MultiPolygon, CountryProps> {
  return feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, CountryProps>;
}

/** The polygons of a (Multi)Polygon country, each as its own Polygon feature. */
export function polygonsOf(f: CountryFeature): Feature<Polygon>[] {
  const rings: Position[][][] = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  return rings.map((coordinates) => turf.polygon(coordinates));
}

/** The polygon of a country that contains a point (e.g. Azerbaijan's polygon around Nakhchivan city). */
export function polygonContaining(f: CountryFeature, point: Position): Feature<Polygon> {
  const found = polygonsOf(f).find((p) => turf.booleanPointInPolygon(point, p));
  if (!found) throw new Error(`Natural Earth: ${f.properties.name} has no polygon containing ${point.join(',')}`);
  return found;
}

/** A country's largest polygon (Armenia's mainland, leaving out its 34 km² exclave). */
export function largestPolygon(f: CountryFeature): Feature<Polygon> {
  return polygonsOf(f).reduce((a, b) => (turf.area(a) >= turf.area(b) ? a : b));
}

const isIran = (id: unknown) => id === ISO.iran;
const isArmeniaOrAzerbaijan = (id: unknown) => id === ISO.armenia || id === ISO.azerbaijan;

/**
 * The Iran–Armenia/Azerbaijan border as one line, east (Astara) to west (the Turkish tripoint).
 * Between the Horadiz area and the Nakhchivan–Turkey end it is the Aras river.
 */
export function iranNorthernBorder(): Feature<LineString> {
  const m = mesh(topology, topology.objects.countries, (a, b) => (isIran(a.id) && isArmeniaOrAzerbaijan(b.id)) || (isIran(b.id) && isArmeniaOrAzerbaijan(a.id)));
  if (m.type !== 'MultiLineString' || m.coordinates.length !== 1) {
    throw new Error('Natural Earth: expected the Iran–Armenia/Azerbaijan border to be a single line');
  }
  return turf.lineString(m.coordinates[0]!);
}
