import { describe, expect, it } from 'vitest';
import { isoOfDay } from '../../selectors/bundle-index.ts';
import type { TimelineMark } from '../../selectors/timeline.ts';
import { groupConnectors, layoutConnectors, MAX_CONNECTORS } from './connector-layout.ts';
import type { PlacedMark } from './marks-layout.ts';

const placedMark = (clusterId: string, x: number, y = 20): PlacedMark => ({ mark: { clusterId } as TimelineMark, x, y, r: 5 });
const x = (day: number) => day * 10;
/** A mask over events 0 to 9 letting through all but `hidden`. */
const maskWithout = (...hidden: number[]) => ({ pass: Uint8Array.from({ length: 10 }, (_, i) => (hidden.includes(i) ? 0 : 1)), count: 10 - hidden.length });

describe('promise arcs', () => {
  // Events 0 and 2 announce (on day 8) what event 1 reports; 3 announces (day 2) what 4 reports; 5 has no announcement day.
  const day = (n: number) => isoOfDay(n);
  const links = [
    { planned: 0, kept: 1, announced: day(8) },
    { planned: 2, kept: 1, announced: day(8) },
    { planned: 3, kept: 4, announced: day(2) },
    { planned: 5, kept: 6, announced: null },
    { planned: 7, kept: null, announced: day(3) },
  ];
  const byCluster = groupConnectors(links, (e) => ['c1', 'c1', 'c1', 'c2', 'c3', 'c4', 'c5'][e]!);
  const source = { byCluster, mask: maskWithout() };

  it('groups kept promises by the cluster of the report, leaving out those with no announcement day or not kept', () => {
    expect([...byCluster.keys()]).toEqual(['c1', 'c3']);
    expect(byCluster.get('c1')!.map((a) => a.day)).toEqual([8, 8]);
  });

  it('connects only promises whose announcement and report both pass the filters', () => {
    const arcs = (mask: ReturnType<typeof maskWithout>) => layoutConnectors({ byCluster, mask }, [placedMark('c1', 100), placedMark('c3', 60, 40)], x, 30, null).map((c) => c.key);
    expect(arcs(maskWithout())).toEqual(['c1|8', 'c3|2']);
    // One of the two announcements of day 8 is filtered out: the other still draws the arc.
    expect(arcs(maskWithout(0))).toEqual(['c1|8', 'c3|2']);
    expect(arcs(maskWithout(0, 2))).toEqual(['c3|2']);
    // The report filtered out (as when Modality is "planned" only): no arc.
    expect(arcs(maskWithout(4))).toEqual(['c1|8']);
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
    const many = groupConnectors(Array.from({ length: n }, (_, i) => ({ planned: 2 * i, kept: 2 * i + 1, announced: isoOfDay(0) })), (e) => `c${Math.floor(e / 2)}`);
    const placed = Array.from({ length: n }, (_, i) => placedMark(`c${i}`, 100 + i));
    const mask = { pass: new Uint8Array(2 * n).fill(1), count: 2 * n };
    expect(layoutConnectors({ byCluster: many, mask }, placed, x, 30, 'c7').map((c) => c.key)).toEqual(['c7|0']);
  });
});
