import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import * as turf from '@turf/turf';
import { compactGeometry } from './atlas';
import { BASEMAP_BOUNDS } from './basemap-bounds';
import { type ContextProperties, contextFeatures } from './basemap-context';
import { allCountries, iranNorthernBorder, ISO } from './natural-earth';

/**
 * The basemap the atlas serves itself (`/data/basemap.geojson`): Natural Earth countries clipped to
 * the region, their outlines drawn as borders, the Aras where it is the border, and the context of `basemap-context.ts`. No tiles.
 */

export { BASEMAP_BOUNDS };

/** Simplification (degrees): the basemap is ground, not figure, so it is coarser than the atlas layers. */
const FOCUS_TOLERANCE = 0.003;
const NEIGHBOUR_TOLERANCE = 0.03;
/** Countries that do not reach the region the atlas is about (`CORE`: the Aegean to the Caspian's east shore, Sinai to the Don): coarser still. */
const FAR_TOLERANCE = 0.08;
const CORE: [number, number, number, number] = [24, 27.5, 56, 47.5];

/** The countries the articles are about; drawn a shade stronger than their neighbours. */
const FOCUS = new Set<string>([ISO.armenia, ISO.azerbaijan, ISO.georgia, ISO.iran, ISO.turkey, ISO.israel]);

export type BasemapProperties = { role: 'country'; name: string; focus: boolean } | ContextProperties;

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

/** Whether two [minLon, minLat, maxLon, maxLat] boxes share any ground. */
const overlaps = (a: readonly number[], b: readonly number[]) => a[0]! < b[2]! && a[2]! > b[0]! && a[1]! < b[3]! && a[3]! > b[1]!;

let cached: FeatureCollection<Geometry, BasemapProperties> | null = null;

export function buildBasemap(): FeatureCollection<Geometry, BasemapProperties> {
  if (cached) return cached;
  const features: Feature<Geometry, BasemapProperties>[] = [];

  for (const country of allCountries().features) {
    const bbox = turf.bbox(country);
    if (!overlaps(bbox, BASEMAP_BOUNDS)) continue;
    const geometry = clip(country.geometry);
    if (!geometry) continue;
    const focus = FOCUS.has(String(country.id));
    const core = overlaps(bbox, CORE);
    features.push({
      type: 'Feature',
      geometry: compactGeometry(geometry, focus ? FOCUS_TOLERANCE : core ? NEIGHBOUR_TOLERANCE : FAR_TOLERANCE),
      properties: { role: 'country', name: country.properties.name, focus },
    });
  }

  features.push(...contextFeatures(BASEMAP_BOUNDS));
  // The Aras where it is the border, from the border line itself: the corridors run along this very line.
  features.push({ type: 'Feature', geometry: compactGeometry(arasRiver().geometry, FOCUS_TOLERANCE / 3), properties: { role: 'river', name: 'Aras (Araz)', minz: 0 } });

  cached = { type: 'FeatureCollection', features };
  return cached;
}
