import { describe, expect, it } from 'vitest';
import { unionBBox, viewForBounds } from './reading';

const project = (lon: number, lat: number, zoom: number) => {
  const world = 512 * 2 ** zoom;
  const r = (lat * Math.PI) / 180;
  return [((lon + 180) / 360) * world, ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * world] as const;
};

describe('viewForBounds', () => {
  it('fits the box inside the map, padding kept, and fills one side of it', () => {
    const bbox = [44.8, 38.8, 46.7, 39.8] as const; // about Nakhchivan and Syunik
    const view = viewForBounds(bbox, 390, 330, { padding: 32 });
    const [cx, cy] = project(view.lon, view.lat, view.zoom);
    const [x0, y1] = project(bbox[0], bbox[1], view.zoom);
    const [x1, y0] = project(bbox[2], bbox[3], view.zoom);
    expect(x0 - (cx - 195)).toBeGreaterThanOrEqual(31.9);
    expect(cx + 195 - x1).toBeGreaterThanOrEqual(31.9);
    expect(y0 - (cy - 165)).toBeGreaterThanOrEqual(31.9);
    expect(cy + 165 - y1).toBeGreaterThanOrEqual(31.9);
    // Not much looser than needed: one side nearly fills.
    expect(Math.max((x1 - x0) / 326, (y1 - y0) / 266)).toBeGreaterThan(0.98);
  });

  it('does not zoom past maxZoom on a single point', () => {
    expect(viewForBounds([45, 40, 45, 40], 390, 330).zoom).toBe(8);
  });

  it('unions boxes', () => {
    expect(unionBBox([[1, 2, 3, 4], [0, 3, 2, 5]])).toEqual([0, 2, 3, 5]);
  });
});
