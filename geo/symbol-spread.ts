/**
 * Co-located point symbols, spread apart on screen so every one can be seen and clicked: at each zoom
 * stop, points closer than `minSeparation` pixels are grouped (single linkage) and each group is set on a
 * small circle around its centre, in the order of their bearings from it (so the spread keeps the points'
 * relative geography). The map draws each icon at its offset, with a leader line back to the true position.
 *
 * Pure and deterministic: the same places give the same offsets (ties broken by id).
 */

export interface SpreadPoint {
  id: string;
  lon: number;
  lat: number;
}

/** Screen offset in CSS pixels, x right, y down. */
export type Offset = [number, number];

/** Web Mercator pixel position at a zoom, with MapLibre's 512 px tiles. */
export function project(lon: number, lat: number, zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return [((lon + 180) / 360) * size, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size];
}

export const SPREAD_ZOOMS = [5, 6, 7, 8, 9, 10] as const;
/** Icons are ~20 px wide: two closer than this overlap. */
export const MIN_SEPARATION = 26;

/** Groups of point indices that sit closer than `minSeparation` px to another member (single linkage). */
function groups(pixels: [number, number][], minSeparation: number): number[][] {
  const parent = pixels.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < pixels.length; i += 1) {
    for (let j = i + 1; j < pixels.length; j += 1) {
      const [a, b] = [pixels[i]!, pixels[j]!];
      if (Math.hypot(a[0] - b[0], a[1] - b[1]) < minSeparation) parent[find(i)] = find(j);
    }
  }
  const byRoot = new Map<number, number[]>();
  pixels.forEach((_, i) => byRoot.set(find(i), [...(byRoot.get(find(i)) ?? []), i]));
  return [...byRoot.values()].filter((g) => g.length > 1);
}

/** The offsets of the points that need one at `zoom` (others are absent: no offset). */
export function spreadAt(points: readonly SpreadPoint[], zoom: number, minSeparation = MIN_SEPARATION): Map<string, Offset> {
  const pixels = points.map((p) => project(p.lon, p.lat, zoom));
  const offsets = new Map<string, Offset>();
  for (const group of groups(pixels, minSeparation)) {
    const cx = group.reduce((s, i) => s + pixels[i]![0], 0) / group.length;
    const cy = group.reduce((s, i) => s + pixels[i]![1], 0) / group.length;
    // Members in order of bearing from the centre; exactly co-located ones by id.
    const ordered = [...group].sort((a, b) => {
      const angle = (i: number) => Math.atan2(pixels[i]![1] - cy, pixels[i]![0] - cx);
      const d = angle(a) - angle(b);
      return Math.abs(d) > 1e-9 ? d : points[a]!.id.localeCompare(points[b]!.id);
    });
    // A circle on which neighbours are `minSeparation` apart (a chord of 2π/n).
    const n = ordered.length;
    const radius = Math.max(minSeparation / 2, minSeparation / (2 * Math.sin(Math.PI / n)));
    // Start the circle at the first member's own bearing, so a pair spreads along the line joining them.
    const first = ordered[0]!;
    const start = Math.hypot(pixels[first]![0] - cx, pixels[first]![1] - cy) > 1e-6 ? Math.atan2(pixels[first]![1] - cy, pixels[first]![0] - cx) : -Math.PI / 2;
    ordered.forEach((i, k) => {
      const angle = start + (2 * Math.PI * k) / n;
      const target: [number, number] = [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
      offsets.set(points[i]!.id, [Math.round((target[0] - pixels[i]![0]) * 10) / 10, Math.round((target[1] - pixels[i]![1]) * 10) / 10]);
    });
  }
  return offsets;
}

/** Offsets at every zoom stop, for the ids that are spread at one stop at least. */
export function spreadOffsets(points: readonly SpreadPoint[], zooms: readonly number[] = SPREAD_ZOOMS): { zoom: number; offsets: Map<string, Offset> }[] {
  return zooms.map((zoom) => ({ zoom, offsets: spreadAt(points, zoom) }));
}
