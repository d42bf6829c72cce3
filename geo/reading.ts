import type { MapView } from './url-state';

/**
 * The reading view's camera, as data: the view that frames a set of places in a map of a given size
 * (Web Mercator, 512-pixel tiles, as MapLibre draws it). Used for the links that open the atlas framed
 * on a paragraph's places (`#map=` in the link), computed at build time.
 */

type BBox = readonly [number, number, number, number];

const mercatorX = (lon: number) => (lon + 180) / 360;
const mercatorY = (lat: number) => {
  const r = (lat * Math.PI) / 180;
  return (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2;
};
const latOfY = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/** The union of bounding boxes. */
export function unionBBox(boxes: readonly BBox[]): [number, number, number, number] {
  return boxes.reduce<[number, number, number, number]>((u, b) => [Math.min(u[0], b[0]), Math.min(u[1], b[1]), Math.max(u[2], b[2]), Math.max(u[3], b[3])], [180, 90, -180, -90]);
}

/**
 * The view that shows `bbox` within a map `width` × `height` pixels less `padding` on each side, no
 * closer than `maxZoom` (a single point would otherwise zoom to the street).
 */
export function viewForBounds(bbox: BBox, width: number, height: number, { padding = 32, maxZoom = 8 } = {}): MapView {
  const [w, s, e, n] = bbox;
  const dx = Math.max(1e-9, mercatorX(e) - mercatorX(w));
  const dy = Math.max(1e-9, mercatorY(s) - mercatorY(n));
  const zoom = Math.max(0, Math.min(maxZoom, Math.log2((width - 2 * padding) / (512 * dx)), Math.log2((height - 2 * padding) / (512 * dy))));
  return { zoom: Math.floor(zoom * 100) / 100, lon: (w + e) / 2, lat: latOfY((mercatorY(s) + mercatorY(n)) / 2) };
}

/**
 * The map a phone shows above the place panel, which takes the lower half of the screen: about
 * 390 × 330 CSS pixels on a 390 × 844 phone once the header is counted.
 */
export const PHONE_MAP = { width: 390, height: 330 } as const;
