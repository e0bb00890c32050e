import { describe, expect, it } from 'vitest';
import { type LabelCandidate, overlaps, placeLabels, shortLabel } from './network-labels.ts';

const node = (id: string, x: number, y: number, forced = false, r = 6): LabelCandidate => ({ id, x, y, r, text: `Actor ${id}`, forced });

describe('placeLabels', () => {
  it('never overlaps two labels, and keeps them inside the chart', () => {
    const crowd = Array.from({ length: 40 }, (_, i) => node(`n${i}`, 40 + (i % 8) * 30, 30 + Math.floor(i / 8) * 14));
    const labels = placeLabels(crowd, 300, 120);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.length).toBeLessThan(40);
    for (let i = 0; i < labels.length; i++) {
      const b = labels[i]!.box;
      expect(b.x0 >= 0 && b.y0 >= 0 && b.x1 <= 300 && b.y1 <= 120).toBe(true);
      for (let j = i + 1; j < labels.length; j++) expect(overlaps(b, labels[j]!.box)).toBe(false);
    }
  });

  it('moves a label to the other side when a neighbour is in the way', () => {
    const labels = placeLabels([node('big', 100, 50), node('right', 130, 50)], 400, 100);
    expect(labels.find((l) => l.id === 'big')!.anchor).not.toBe('start');
  });

  it('keeps labels off other nodes', () => {
    const labels = placeLabels([node('a', 100, 50), { ...node('b', 125, 52), r: 12 }], 400, 100);
    const a = labels.find((l) => l.id === 'a')!;
    expect(a.box.x1 <= 113 || a.box.y1 <= 40 || a.box.y0 >= 64 || a.box.x0 >= 137).toBe(true);
  });

  it('always shows forced labels (hovered, selected) and gives them first pick', () => {
    const crowd = Array.from({ length: 30 }, (_, i) => node(`n${i}`, 20 + i * 4, 50));
    const labels = placeLabels([...crowd, node('hovered', 80, 52, true)], 200, 100);
    expect(labels[0]!.id).toBe('hovered');
    expect(labels.filter((l) => l.id !== 'hovered').every((l) => !overlaps(l.box, labels[0]!.box))).toBe(true);
  });

  it('names a hovered hub\'s partners before bigger strangers, but never on top of another label', () => {
    const partners = Array.from({ length: 12 }, (_, i) => ({ ...node(`p${i}`, 100, 20 + i * 6), preferred: true }));
    const labels = placeLabels([node('big', 130, 50), ...partners, node('hub', 60, 50, true)], 400, 120, 60, 0);
    expect(labels.map((l) => l.id).slice(0, 2)).toEqual(['hub', 'p0']);
    expect(labels.length).toBeLessThan(14);
    for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) expect(overlaps(labels[i]!.box, labels[j]!.box)).toBe(false);
  });
});

describe('shortLabel', () => {
  it('cuts long names with an ellipsis and leaves short ones', () => {
    expect(shortLabel('Islamic Revolutionary Guard Corps Aerospace Force')).toBe('Islamic Revolutionary G…');
    expect(shortLabel('Iran')).toBe('Iran');
  });
});
