import type { LngLatBoundsLike, Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import { panelAwarePadding } from '@/geo/framing';

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

/** The place panel's box relative to the map's container, or null when no panel is open. */
export function panelBox(map: MapLibreMap): { left: number; top: number; right: number; bottom: number } | null {
  const panel = document.querySelector<HTMLElement>('[data-place-panel]');
  if (!panel) return null;
  const m = map.getContainer().getBoundingClientRect();
  const p = panel.getBoundingClientRect();
  if (p.width === 0 || p.height === 0) return null;
  return { left: p.left - m.left, top: p.top - m.top, right: p.right - m.left, bottom: p.bottom - m.top };
}

/**
 * Padding for `fitBounds` that keeps a frame in the part of the map the place panel does not cover,
 * measured from the panel as it is laid out now (side panel, tablet panel or bottom sheet at any height).
 * Exported for any view that frames a place under the panel (e.g. a reading view reusing the map).
 */
export function panelPadding(map: MapLibreMap): PaddingOptions {
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  return panelAwarePadding({ width, height }, panelBox(map));
}
