import { describe, expect, it } from 'vitest';
import { isoOfDay } from '../../selectors/bundle-index.ts';
import type { TimelineMark } from '../../selectors/timeline.ts';
import { groupConnectors, layoutConnectors, MAX_CONNECTORS } from './connector-layout.ts';
import type { PlacedMark } from './marks-layout.ts';

const placedMark = (clusterId: string, x: number, y = 20): PlacedMark => ({ mark: { clusterId } as TimelineMark, x, y, r: 5 });
const x = (day: number) => day * 10;

describe('promise arcs', () => {
  // Events 0 and 2 announce (on day 8) what event 1 reports; 3 announces (day 2) what 4 reports; 5 has no announcement day.
  const day = (n: number) => isoOfDay(n);
  const source = groupConnectors(
    [{ kept: 1, announced: day(8) }, { kept: 1, announced: day(8) }, { kept: 4, announced: day(2) }, { kept: 6, announced: null }],
    (e) => ['c1', 'c1', 'c1', 'c2', 'c3', 'c4', 'c5'][e]!,
  );

  it('groups announcement days by the cluster of the report, once per day', () => {
    expect([...source]).toEqual([['c1', [8]], ['c3', [2]]]);
  });

  it('draws an arc from the announcement day to the mark of the report', () => {
    const arcs = layoutConnectors(source, [placedMark('c1', 100), placedMark('c3', 60, 40)], x, 30, 'c3');
    expect(arcs.map(({ key, x1, x2, y, selected }) => ({ key, x1, x2, y, selected }))).toEqual([
      { key: 'c1|8', x1: 80, x2: 100, y: 20, selected: false },
      { key: 'c3|2', x1: 20, x2: 60, y: 40, selected: true },
    ]);
  });

  it('leaves out promises whose report is not in view, and goes to the first mark of a cluster in several lanes', () => {
    expect(layoutConnectors(source, [placedMark('c5', 10)], x, 30, null)).toEqual([]);
    expect(layoutConnectors(source, [placedMark('c1', 100, 20), placedMark('c1', 100, 60)], x, 30, null).map((c) => c.y)).toEqual([20]);
  });

  it('skips arcs too short to see (announced the day it happened) and lifts long arcs at most to the band', () => {
    expect(layoutConnectors(source, [placedMark('c1', 82)], x, 30, null)).toEqual([]);
    const [arc] = layoutConnectors(source, [placedMark('c1', 1000)], x, 30, null);
    expect(arc!.lift).toBe(20);
  });

  it('keeps only the selected cluster arcs when too many are in view', () => {
    const n = MAX_CONNECTORS + 5;
    const many = groupConnectors(Array.from({ length: n }, (_, i) => ({ kept: 2 * i + 1, announced: isoOfDay(0) })), (e) => `c${Math.floor(e / 2)}`);
    const placed = Array.from({ length: n }, (_, i) => placedMark(`c${i}`, 100 + i));
    expect(layoutConnectors(many, placed, x, 30, 'c7').map((c) => c.key)).toEqual(['c7|0']);
  });
});
