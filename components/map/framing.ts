import type { LngLatBoundsLike, Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import { type Box, clearOfStrip, panelAwarePadding, visibleMapBox } from '@/geo/framing';

/** The first view: the South Caucasus, from the Black Sea coast to the Caspian and down to Tabriz. */
export const SOUTH_CAUCASUS: LngLatBoundsLike = [
  [40.6, 37.7],
  [50.6, 43.4],
];

/** A phone's first view: the corridors themselves (Nakhchivan, Syunik, the Aras, Karabakh), not the whole region. */
export const CORRIDORS: LngLatBoundsLike = [
  [44.7, 38.75],
  [47.2, 40.0],
];

/** The home view for a window this wide. */
export const homeBounds = (windowWidth: number): LngLatBoundsLike => (windowWidth < 768 ? CORRIDORS : SOUTH_CAUCASUS);

/** The box of the element `selector` finds, relative to the map's container; null when there is none or it is not drawn. */
function boxInMap(map: MapLibreMap, selector: string): Box | null {
  const element = document.querySelector<HTMLElement>(selector);
  if (!element) return null;
  const m = map.getContainer().getBoundingClientRect();
  const p = element.getBoundingClientRect();
  if (p.width === 0 || p.height === 0) return null;
  return { left: p.left - m.left, top: p.top - m.top, right: p.right - m.left, bottom: p.bottom - m.top };
}

/** The place panel's box relative to the map's container, or null when no panel is open. */
export const panelBox = (map: MapLibreMap): Box | null => boxInMap(map, '[data-place-panel]');

/**
 * Padding for `fitBounds` that keeps a frame in the part of the map the place panel does not cover,
 * measured from the panel as it is laid out now (side panel, tablet panel or bottom sheet at any height),
 * and above the timeline when it is open along the map's foot.
 * Exported for any view that frames a place under the panel (e.g. a reading view reusing the map).
 */
export function panelPadding(map: MapLibreMap): PaddingOptions {
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  return clearOfStrip(panelAwarePadding({ width, height }, panelBox(map)), { width, height }, boxInMap(map, '#timeline:not([hidden])'));
}

/** The part of the map the reader sees beside the panel (or above the phone's sheet), in the map's CSS pixels. */
export function visibleMapPart(map: MapLibreMap): Box {
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  return visibleMapBox({ width, height }, panelBox(map));
}
