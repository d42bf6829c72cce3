import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Atlas } from './atlas';
import type { PlaceProperties } from './schema';

/**
 * The only place properties the atlas map reads from its GeoJSON source: `id` (the source's
 * `promoteId`: feature-state for hover, selection and the date, and what picking returns), `name`
 * (labels), `layer` (every layer's filter), `status` (a route's dash, and its opacity as of a date),
 * `incident` (the strike layer's open icon, `layer-styles.ts`) and `areaKm2` (among overlapping areas
 * the smaller is picked). Everything else — passages, sources, summaries, dates — the panel, the
 * timeline and the place pages get elsewhere; in the map's source it was ~170 KB of JSON that
 * MapLibre's worker parsed and tiled before the map could be drawn.
 */
export const MAP_PROPERTIES = ['id', 'name', 'layer', 'status', 'incident', 'areaKm2'] as const;
type MapProperty = (typeof MAP_PROPERTIES)[number];

/** A null property is left out: `['get', …]` reads a missing property as null, the same value. */
export type MapProperties = Pick<PlaceProperties, 'id' | 'name' | 'layer'> & {
  [K in Exclude<MapProperty, 'id' | 'name' | 'layer'>]?: NonNullable<PlaceProperties[K]>;
};
export type MapFeature = Feature<Geometry, MapProperties> & { id: string };
export type MapData = Omit<FeatureCollection<Geometry, MapProperties>, 'features'> & { features: MapFeature[] };

/** The map's own lean copy of the atlas (`/data/map.geojson`): each place's geometry and `MAP_PROPERTIES`. */
export function mapData(atlas: Atlas): MapData {
  return {
    type: 'FeatureCollection',
    features: atlas.features.map(({ id, geometry, properties }) => {
      const lean: Record<string, unknown> = {};
      for (const key of MAP_PROPERTIES) if (properties[key] !== null) lean[key] = properties[key];
      return { type: 'Feature', id, geometry, properties: lean as MapProperties };
    }),
  };
}
