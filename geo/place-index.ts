import type { Geometry, Position } from 'geojson';
import * as turf from '@turf/turf';
import type { Atlas } from './atlas';
import type { PlaceProperties } from './schema';

/** What the UI needs to list, find and frame every place, without the passages. */
export type PlaceSummary = Pick<PlaceProperties, 'id' | 'name' | 'aliases' | 'layer' | 'kind' | 'precision' | 'status' | 'since' | 'statusHistory' | 'bbox'> & {
  /** Where the map writes the place's name: a point's own position, a line's middle, inside an area's largest part. */
  labelAt: [number, number];
  /** How the map draws it. */
  shape: 'point' | 'line' | 'area';
};

function labelAt(geometry: Geometry): [number, number] {
  if (geometry.type === 'Point') return [geometry.coordinates[0]!, geometry.coordinates[1]!];
  let at: Position;
  if (geometry.type === 'LineString') at = turf.along(turf.lineString(geometry.coordinates), turf.length(turf.lineString(geometry.coordinates)) / 2).geometry.coordinates;
  else if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
    const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const largest = parts.map((c) => turf.polygon(c)).reduce((a, b) => (turf.area(a) >= turf.area(b) ? a : b));
    const centre = turf.centerOfMass(largest).geometry.coordinates;
    at = turf.booleanPointInPolygon(centre, largest) ? centre : turf.pointOnFeature(largest).geometry.coordinates;
  } else at = turf.center(turf.feature(geometry)).geometry.coordinates;
  return [Math.round(at[0]! * 1e4) / 1e4, Math.round(at[1]! * 1e4) / 1e4];
}

export function placeIndex(atlas: Atlas): PlaceSummary[] {
  return atlas.features.map(({ properties: p, geometry }) => ({
    id: p.id,
    name: p.name,
    aliases: p.aliases,
    layer: p.layer,
    kind: p.kind,
    precision: p.precision,
    status: p.status,
    since: p.since,
    statusHistory: p.statusHistory,
    bbox: p.bbox,
    labelAt: labelAt(geometry),
    shape: geometry.type === 'Point' ? 'point' : geometry.type === 'LineString' || geometry.type === 'MultiLineString' ? 'line' : 'area',
  }));
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

const normalize = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();

/**
 * The places closest to what someone asked for: by id, name or any alternative name, allowing typos
 * and partial words ("zangezur", "nakhichevan-strike", "btc").
 */
export function suggestPlaces(asked: string, places: readonly PlaceSummary[], limit = 3): PlaceSummary[] {
  const query = normalize(asked.slice(0, 100));
  if (!query) return [];
  const scored = places.map((place) => {
    // Names in other scripts normalise to nothing here; an empty name must not match every query.
    const names = [place.id, place.name, ...place.aliases].map(normalize).filter((n) => n.length > 0);
    const score = Math.min(
      ...names.map((name) => {
        if (name === query) return 0;
        if (name.includes(query) || query.includes(name)) return 1;
        const words = query.split(' ');
        const nameWords = name.split(' ');
        const shared = words.filter((w) => w.length > 2 && nameWords.some((n) => n === w || editDistance(n, w) <= 1)).length;
        // Fewer unmatched words on either side ranks higher: "syunk" is Syunik before the consulate in Syunik.
        if (shared > 0) return 2 + (words.length - shared) + (nameWords.length - shared) * 0.1;
        return 4 + editDistance(name, query) / Math.max(name.length, query.length);
      }),
    );
    return { place, score };
  });
  return scored
    .filter((s) => s.score < 4.5)
    .sort((a, b) => a.score - b.score || a.place.name.localeCompare(b.place.name))
    .slice(0, limit)
    .map((s) => s.place);
}
