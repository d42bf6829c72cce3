/**
 * Framing a place in the part of the map the panel leaves free. Pure: the caller measures the map's
 * and the panel's boxes (CSS pixels, same origin) and hands the padding to MapLibre's `fitBounds`.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Room kept between the framed place and the map's (or the panel's) edge. */
export const FRAME_MARGIN = 40;

/**
 * The padding that keeps a frame out from under `panel`: the panel covers one side of the map (right
 * on wide screens, bottom on phones), so that side's padding reaches past the panel's edge. When the
 * panel would leave less than a quarter of the map, the margin alone is used on the other sides.
 */
export function panelAwarePadding(map: { width: number; height: number }, panel: Box | null, margin = FRAME_MARGIN): Padding {
  const base: Padding = { top: margin, right: margin, bottom: margin, left: margin };
  if (!panel) return base;
  // The panel's box, clipped to the map.
  const p = { left: Math.max(0, panel.left), top: Math.max(0, panel.top), right: Math.min(map.width, panel.right), bottom: Math.min(map.height, panel.bottom) };
  if (p.right <= p.left || p.bottom <= p.top) return base;
  // Which side the panel hugs: the free strip left beside it is the bigger of left-of and above.
  const freeLeft = p.left;
  const freeAbove = p.top;
  const freeRight = map.width - p.right;
  const freeBelow = map.height - p.bottom;
  const best = Math.max(freeLeft * map.height, freeAbove * map.width, freeRight * map.height, freeBelow * map.width);
  const clamp = (v: number, total: number) => Math.min(Math.max(v, margin), total - 2 * margin - Math.max(80, total * 0.25));
  if (best === freeLeft * map.height) return { ...base, right: clamp(map.width - p.left + margin, map.width) };
  if (best === freeAbove * map.width) return { ...base, bottom: clamp(map.height - p.top + margin, map.height) };
  if (best === freeRight * map.height) return { ...base, left: clamp(p.right + margin, map.width) };
  return { ...base, top: clamp(p.bottom + margin, map.height) };
}

/**
 * `padding` raised at the bottom to keep the frame above `strip`, a box along the map's foot (the open
 * timeline), when the strip reaches over the bottom padding; as for the panel, a quarter of the map's
 * height (at least 80 px) stays free between top and bottom padding.
 */
export function clearOfStrip(padding: Padding, map: { width: number; height: number }, strip: Box | null, margin = FRAME_MARGIN): Padding {
  if (!strip || strip.bottom <= 0 || strip.top >= map.height || strip.right <= strip.left) return padding;
  const below = map.height - Math.max(0, strip.top) + margin;
  const most = map.height - padding.top - Math.max(80, map.height * 0.25);
  return { ...padding, bottom: Math.max(padding.bottom, Math.min(below, most)) };
}

/** Whether a screen box lies inside the map and clear of the panel (for tests and checks). */
export function clearOfPanel(box: Box, panel: Box | null, tolerance = 1): boolean {
  if (!panel) return true;
  return box.right <= panel.left + tolerance || box.left >= panel.right - tolerance || box.bottom <= panel.top + tolerance || box.top >= panel.bottom - tolerance;
}
