import { describe, expect, it } from 'vitest';
import { MIN_SEPARATION, project, spreadAt } from './symbol-spread';

const screen = (p: { lon: number; lat: number }, zoom: number, offset: [number, number] = [0, 0]) => {
  const [x, y] = project(p.lon, p.lat, zoom);
  return [x + offset[0], y + offset[1]] as const;
};

describe('spreadAt', () => {
  it('leaves points alone when they are already apart', () => {
    const points = [
      { id: 'a', lon: 44, lat: 40 },
      { id: 'b', lon: 46, lat: 40 },
    ];
    expect(spreadAt(points, 8).size).toBe(0);
  });

  it('spreads co-located points so every pair is at least the minimum separation apart', () => {
    const points = [
      { id: 'a', lon: 46.75, lat: 39.81 },
      { id: 'b', lon: 46.749, lat: 39.759 },
      { id: 'c', lon: 46.75, lat: 39.81 },
    ];
    for (const zoom of [5, 6, 7]) {
      const offsets = spreadAt(points, zoom);
      expect(offsets.size).toBe(3);
      const drawn = points.map((p) => screen(p, zoom, offsets.get(p.id)));
      for (let i = 0; i < drawn.length; i += 1)
        for (let j = i + 1; j < drawn.length; j += 1) expect(Math.hypot(drawn[i]![0] - drawn[j]![0], drawn[i]![1] - drawn[j]![1])).toBeGreaterThanOrEqual(MIN_SEPARATION - 0.5);
    }
  });

  it('keeps the relative geography of a pair: the northern one stays above', () => {
    const points = [
      { id: 'north', lon: 46.75, lat: 39.82 },
      { id: 'south', lon: 46.75, lat: 39.76 },
    ];
    const offsets = spreadAt(points, 6);
    const [n, s] = [screen(points[0]!, 6, offsets.get('north')), screen(points[1]!, 6, offsets.get('south'))];
    expect(n[1]).toBeLessThan(s[1]);
  });

  it('is deterministic', () => {
    const points = [
      { id: 'x', lon: 49.86, lat: 40.39 },
      { id: 'y', lon: 49.86, lat: 40.39 },
    ];
    expect([...spreadAt(points, 9)]).toEqual([...spreadAt([...points].reverse(), 9)]);
  });
});
