import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import * as turf from '@turf/turf';
import { compactGeometry } from './atlas';
import { gazPoint } from './gazetteer';
import { allCountries, iranNorthernBorder, ISO } from './natural-earth';

/**
 * The basemap the atlas serves itself (`/data/basemap.geojson`): Natural Earth countries clipped to
 * the region, their outlines drawn as borders, the Aras where it is the border, and a few labels. No tiles.
 */

/** [minLon, minLat, maxLon, maxLat]: from the Aegean to the Caspian's east shore, Sinai to the Don. */
export const BASEMAP_BOUNDS: [number, number, number, number] = [24, 27.5, 56, 47.5];

/** Simplification (degrees): the basemap is ground, not figure, so it is coarser than the atlas layers. */
const FOCUS_TOLERANCE = 0.003;
const NEIGHBOUR_TOLERANCE = 0.03;

/** The countries the articles are about; drawn a shade stronger than their neighbours. */
const FOCUS = new Set<string>([ISO.armenia, ISO.azerbaijan, ISO.georgia, ISO.iran, ISO.turkey, ISO.israel]);

export type BasemapProperties =
  | { role: 'country'; name: string; focus: boolean }
  | { role: 'river'; name: string }
  | { role: 'country-label'; name: string; rank: number }
  | { role: 'city'; name: string; rank: number; capital: boolean };

/** Country labels where the names read well at the first view (a country's centroid often falls off-screen). */
const COUNTRY_LABELS: { name: string; at: Position; rank: number }[] = [
  { name: 'ARMENIA', at: [44.75, 40.55], rank: 1 },
  { name: 'AZERBAIJAN', at: [48.0, 40.85], rank: 1 },
  { name: 'GEORGIA', at: [43.6, 42.2], rank: 1 },
  { name: 'IRAN', at: [49.5, 36.8], rank: 1 },
  { name: 'TURKEY', at: [37.5, 39.3], rank: 1 },
  { name: 'RUSSIA', at: [44.5, 45.0], rank: 1 },
  { name: 'ISRAEL', at: [34.9, 31.0], rank: 2 },
  { name: 'SYRIA', at: [38.5, 35.2], rank: 2 },
  { name: 'IRAQ', at: [43.5, 33.5], rank: 2 },
  { name: 'Caspian Sea', at: [50.8, 41.3], rank: 1 },
  { name: 'Black Sea', at: [35.0, 43.0], rank: 1 },
  { name: 'Mediterranean Sea', at: [31.5, 33.8], rank: 2 },
];

/** City labels from the gazetteer; rank 1 shows at the first view, rank 2 when zoomed in. */
const CITIES: { gazetteer: string; name: string; rank: number; capital: boolean }[] = [
  { gazetteer: 'baku', name: 'Baku', rank: 1, capital: true },
  { gazetteer: 'yerevan', name: 'Yerevan', rank: 1, capital: true },
  { gazetteer: 'tbilisi', name: 'Tbilisi', rank: 1, capital: true },
  { gazetteer: 'tehran', name: 'Tehran', rank: 1, capital: true },
  { gazetteer: 'nakhchivan_city', name: 'Nakhchivan', rank: 1, capital: false },
  { gazetteer: 'tabriz', name: 'Tabriz', rank: 1, capital: false },
  { gazetteer: 'ankara', name: 'Ankara', rank: 2, capital: true },
  { gazetteer: 'tel_aviv', name: 'Tel Aviv', rank: 2, capital: false },
  { gazetteer: 'jerusalem', name: 'Jerusalem', rank: 2, capital: false },
  { gazetteer: 'kapan', name: 'Kapan', rank: 2, capital: false },
  { gazetteer: 'goris', name: 'Goris', rank: 2, capital: false },
  { gazetteer: 'meghri', name: 'Meghri', rank: 2, capital: false },
  { gazetteer: 'julfa', name: 'Julfa', rank: 2, capital: false },
  { gazetteer: 'ordubad', name: 'Ordubad', rank: 2, capital: false },
  { gazetteer: 'khankendi', name: 'Khankendi', rank: 2, capital: false },
  { gazetteer: 'horadiz', name: 'Horadiz', rank: 2, capital: false },
  { gazetteer: 'jermuk', name: 'Jermuk', rank: 2, capital: false },
];

/** Where the Aras stops being the Iran–Azerbaijan border: the border's northernmost bend east of Horadiz. */
export function arasRiver(): Feature<LineString> {
  const border = iranNorthernBorder();
  const coords = border.geometry.coordinates;
  let bend = 0;
  coords.forEach(([lon, lat], i) => {
    if (lon! > 47.3 && lat! > coords[bend]![1]!) bend = i;
  });
  // The line runs east to west: the river is the part from the bend to the Turkish end.
  return turf.lineString(coords.slice(bend));
}

function clip(geometry: Polygon | MultiPolygon): Geometry | null {
  const clipped = turf.bboxClip(turf.feature(geometry), BASEMAP_BOUNDS).geometry as Polygon | MultiPolygon;
  const rings: Position[][][] = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
  const kept = rings.filter((poly) => poly[0] && poly[0].length >= 4);
  if (kept.length === 0) return null;
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept };
}

let cached: FeatureCollection<Geometry, BasemapProperties> | null = null;

export function buildBasemap(): FeatureCollection<Geometry, BasemapProperties> {
  if (cached) return cached;
  const features: Feature<Geometry, BasemapProperties>[] = [];

  for (const country of allCountries().features) {
    const bbox = turf.bbox(country);
    const overlaps = bbox[0] < BASEMAP_BOUNDS[2] && bbox[2] > BASEMAP_BOUNDS[0] && bbox[1] < BASEMAP_BOUNDS[3] && bbox[3] > BASEMAP_BOUNDS[1];
    if (!overlaps) continue;
    const geometry = clip(country.geometry);
    if (!geometry) continue;
    const focus = FOCUS.has(String(country.id));
    features.push({
      type: 'Feature',
      geometry: compactGeometry(geometry, focus ? FOCUS_TOLERANCE : NEIGHBOUR_TOLERANCE),
      properties: { role: 'country', name: country.properties.name, focus },
    });
  }

  features.push({ type: 'Feature', geometry: compactGeometry(arasRiver().geometry, FOCUS_TOLERANCE / 3), properties: { role: 'river', name: 'Aras (Araz)' } });

  for (const label of COUNTRY_LABELS) {
    const geometry: Point = { type: 'Point', coordinates: label.at };
    features.push({ type: 'Feature', geometry, properties: { role: 'country-label', name: label.name, rank: label.rank } });
  }
  for (const city of CITIES) {
    const p = gazPoint(city.gazetteer);
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: { role: 'city', name: city.name, rank: city.rank, capital: city.capital },
    });
  }

  cached = { type: 'FeatureCollection', features };
  return cached;
}
