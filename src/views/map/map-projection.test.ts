import { describe, expect, it } from 'vitest';
import { boxAround, fitProjection, type LonLat } from './map-projection.ts';

const inside = (p: [number, number] | null, width: number, height: number) =>
  p !== null && p[0] >= 0 && p[0] <= width && p[1] >= 0 && p[1] <= height;

describe('fitting the map projection', () => {
  it('zooms to the events: Washington, Doha and Gaza all on screen, closer than the whole world', () => {
    const points: LonLat[] = [
      [-77.04, 38.9],
      [51.53, 25.29],
      [34.47, 31.5],
    ];
    const zoomed = fitProjection(800, 400, points);
    for (const p of points) expect(inside(zoomed(p), 800, 400)).toBe(true);
    expect(zoomed.scale()).toBeGreaterThan(fitProjection(800, 400, null).scale());
  });

  it('keeps a region around a single place instead of zooming to a point', () => {
    const box = boxAround([[35, 31]]);
    const lons = box.map((p) => p[0]);
    expect(Math.max(...lons) - Math.min(...lons)).toBeGreaterThanOrEqual(40);
    const single = fitProjection(800, 400, [[35, 31]]);
    expect(inside(single([35, 31]), 800, 400)).toBe(true);
    // Cairo, some 430 km away, is on screen too.
    expect(inside(single([31.25, 30.06]), 800, 400)).toBe(true);
  });

  it('shows the whole world when asked', () => {
    const world = fitProjection(800, 400, null);
    expect(inside(world([-170, 60]), 800, 400)).toBe(true);
    expect(inside(world([170, -40]), 800, 400)).toBe(true);
  });
});
