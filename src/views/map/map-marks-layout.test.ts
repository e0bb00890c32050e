import { describe, expect, it } from 'vitest';
import type { SiteCount } from '../../selectors/map-places.ts';
import { fitProjection } from './map-projection.ts';
import { layoutSiteMarks } from './map-marks-layout.ts';

const site = (label: string, lon: number, lat: number, cooperation: number, conflict: number): SiteCount => ({
  site: { key: label, label, names: [label], kind: 'city', lat, lon },
  count: cooperation + conflict,
  cooperation,
  conflict,
  fiction: false,
});

describe('laying out site marks', () => {
  const projection = fitProjection(800, 400, null);
  const marks = layoutSiteMarks(
    [site('Doha', 51.5, 25.3, 9, 3), site('Cairo', 31.2, 30.1, 1, 0), site('Gaza', 34.5, 31.5, 0, 36)],
    projection,
  );

  it('sizes by the square root of the count and draws the largest first', () => {
    expect(marks.map((m) => m.count.site.label)).toEqual(['Gaza', 'Doha', 'Cairo']);
    const [gaza, doha] = marks;
    expect(gaza!.r / doha!.r).toBeCloseTo(Math.sqrt(36 / 12), 5);
    expect(marks[2]!.r).toBeGreaterThanOrEqual(3.5);
  });

  it('splits a mixed site into a cooperation and a conflict wedge, and keeps a pure one whole', () => {
    expect(marks[1]!.wedges).not.toBeNull();
    expect(marks[0]!.wedges).toBeNull();
    expect(marks[2]!.wedges).toBeNull();
  });
});
