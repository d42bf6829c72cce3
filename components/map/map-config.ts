import type { LngLatBoundsLike } from 'maplibre-gl';
import type { LayerId } from '@/geo/layers';
import { DEFAULT_LAYERS } from '@/geo/url-state';
import { ICON_SIZE, SHAPE_PATHS } from './icons';
import { LAYER_LOOKS, iconName } from './layer-styles';
import { atlasStyle } from './map-style';

/**
 * What the map is made of, in one place for both of its builders: `public/map-boot.mjs`, which starts
 * the map from the page before the app's scripts run (it reads `mapBootConfig()` from the page), and
 * the React component, which passes the same options to react-map-gl.
 */

/** MapLibre's own modules, served by `app/maplibre/[file]/route.ts`. */
export const MAPLIBRE_MODULE = '/maplibre/maplibre-gl.mjs';
export const MAPLIBRE_WORKER = '/maplibre/maplibre-gl-worker.mjs';
/** The boot module, from `public/`. */
export const MAP_BOOT_MODULE = '/map-boot.mjs';

/** The first view: the South Caucasus, from the Black Sea coast to the Caspian and down to Tabriz. */
export const SOUTH_CAUCASUS: [[number, number], [number, number]] = [
  [40.6, 37.7],
  [50.6, 43.4],
];

/** Constructor options shared by both builders (react-map-gl receives them as props). */
export const MAP_OPTIONS = {
  attributionControl: { compact: true, customAttribution: 'Natural Earth' },
  dragRotate: false,
  touchPitch: false,
  maxPitch: 0,
} as const;

export interface IconSpec {
  path: string;
  color: string;
  size: number;
}

/** The point layers' icons, drawn on demand by `public/map-boot.mjs` (same outlines as the legend). */
export const ICONS: Record<string, IconSpec> = Object.fromEntries(
  Object.entries(LAYER_LOOKS).flatMap(([layer, look]) =>
    look.geometry === 'point' ? [[iconName(layer as LayerId), { path: SHAPE_PATHS[look.shape], color: look.color, size: ICON_SIZE }]] : [],
  ),
);

/** Everything the boot module needs, as written into each atlas page (site-relative URLs). */
export function mapBootConfig() {
  return {
    module: MAPLIBRE_MODULE,
    worker: MAPLIBRE_WORKER,
    options: { ...MAP_OPTIONS, bounds: SOUTH_CAUCASUS as LngLatBoundsLike },
    style: atlasStyle('', DEFAULT_LAYERS),
    icons: ICONS,
  };
}

export type MapBootConfig = ReturnType<typeof mapBootConfig>;
