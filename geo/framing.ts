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
  const side = panelSide(map, panel);
  if (!side) return base;
  const { edge, p } = side;
  const clamp = (v: number, total: number) => Math.min(Math.max(v, margin), total - 2 * margin - Math.max(80, total * 0.25));
  if (edge === 'right') return { ...base, right: clamp(map.width - p.left + margin, map.width) };
  if (edge === 'bottom') return { ...base, bottom: clamp(map.height - p.top + margin, map.height) };
  if (edge === 'left') return { ...base, left: clamp(p.right + margin, map.width) };
  return { ...base, top: clamp(p.bottom + margin, map.height) };
}

/**
 * Which edge of the map the panel hugs (right on wide screens, bottom on phones), and its box clipped
 * to the map; null when no panel covers the map. The free strip left beside the panel is the biggest of
 * left-of, above, right-of and below it.
 */
function panelSide(map: { width: number; height: number }, panel: Box | null): { edge: 'right' | 'bottom' | 'left' | 'top'; p: Box } | null {
  if (!panel) return null;
  const p = { left: Math.max(0, panel.left), top: Math.max(0, panel.top), right: Math.min(map.width, panel.right), bottom: Math.min(map.height, panel.bottom) };
  if (p.right <= p.left || p.bottom <= p.top) return null;
  const freeLeft = p.left * map.height;
  const freeAbove = p.top * map.width;
  const freeRight = (map.width - p.right) * map.height;
  const freeBelow = (map.height - p.bottom) * map.width;
  const best = Math.max(freeLeft, freeAbove, freeRight, freeBelow);
  const edge = best === freeLeft ? 'right' : best === freeAbove ? 'bottom' : best === freeRight ? 'left' : 'top';
  return { edge, p };
}

/**
 * The part of the map the reader sees: the map's box less the side the panel covers (the view a place
 * is framed in). The whole map when no panel covers it, or when the panel leaves less than a quarter
 * of the map (at least 80 px) beside it, as when a phone's sheet is at full height.
 */
export function visibleMapBox(map: { width: number; height: number }, panel: Box | null): Box {
  const whole: Box = { left: 0, top: 0, right: map.width, bottom: map.height };
  const side = panelSide(map, panel);
  if (!side) return whole;
  const { edge, p } = side;
  const box: Box =
    edge === 'right' ? { ...whole, right: p.left } : edge === 'bottom' ? { ...whole, bottom: p.top } : edge === 'left' ? { ...whole, left: p.right } : { ...whole, top: p.bottom };
  const enough = (free: number, total: number) => free >= Math.max(80, total * 0.25);
  return enough(box.right - box.left, map.width) && enough(box.bottom - box.top, map.height) ? box : whole;
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
