import { randomLcg } from 'd3';
import { describe, expect, it } from 'vitest';
import { type BundleIndex, buildBundleIndex, dayNumber, isoOfDay } from './bundle-index.ts';
import { selectCoverage } from './coverage.ts';
import { selectDifferences } from './differences.ts';
import { nonOverlapping, safeUrl, segmentSentence, selectEvidence } from './evidence.ts';
import { PairCounts, selectActorGraph } from './network.ts';
import { selectOutletProfiles } from './outlet-profiles.ts';
import { selectDensity, selectInitialWindow, selectTimeline, UNDATED_LANES } from './timeline.ts';
import type { EventMask } from './filter-events.ts';
import { fixtureBundle, fixtureIndex, fixtureMask } from './test-fixture.ts';

const index = fixtureIndex();
const mask = fixtureMask;

describe('selectTimeline', () => {
  it('draws one mark per cluster with its outlet count and firmest modality', () => {
    const { marks, lanes } = selectTimeline(index, mask(), 'type');
    const meeting = marks.find((m) => m.clusterId === 'c1')!;
    expect(meeting).toMatchObject({
      day: dayNumber('2025-07-07'),
      outletCount: 3,
      modality: 'occurred',
      quad: 'verbal-cooperation',
      lane: 'CONSULT',
    });
    expect(marks.filter((m) => m.clusterId === 'c1')).toHaveLength(1);
    expect(lanes.map((l) => l.key)).toEqual(['CONSULT', 'SANCTION', UNDATED_LANES.conflict.key]);
  });

  it('shows a planned-only cluster as planned and marks undated clusters', () => {
    const { marks } = selectTimeline(index, mask(), 'type');
    expect(marks.find((m) => m.clusterId === 'c2')!.modality).toBe('planned');
    expect(marks.find((m) => m.clusterId === 'c3')!.dated).toBe(false);
  });

  it('puts a cluster in every lane of its actors in actor mode, top lanes only', () => {
    const { marks, lanes } = selectTimeline(index, mask(), 'actor');
    expect(lanes.find((l) => l.key === 'netanyahu')).toMatchObject({ count: 2 });
    expect(
      marks
        .filter((m) => m.clusterId === 'c1')
        .map((m) => m.lane)
        .sort(),
    ).toEqual(['netanyahu', 'trump']);
  });

  it('puts every cluster without a stated date in one band below the lanes, in every lane mode', () => {
    for (const mode of ['type', 'actor', 'outlet'] as const) {
      const { marks, lanes } = selectTimeline(index, mask(), mode);
      const undated = marks.filter((m) => !m.dated);
      expect(undated.map((m) => m.clusterId)).toEqual(['c3']);
      // c3 is a REQUEST: the conflict row.
      expect(undated.every((m) => m.lane === UNDATED_LANES.conflict.key)).toBe(true);
      expect(marks.filter((m) => m.dated).some((m) => m.lane.startsWith('~'))).toBe(false);
      expect(lanes.at(-1)).toEqual({ ...UNDATED_LANES.conflict, count: 1 });
      expect(lanes.some((l) => l.key === UNDATED_LANES.cooperation.key)).toBe(false);
    }
  });

  it('lists marks by day then cluster, merging clusters placed by publication day among the dated ones', () => {
    for (const lanes of ['type', 'actor', 'outlet'] as const) {
      const { marks } = selectTimeline(index, mask(), lanes);
      const keys = marks.map((m) => [m.day, index.clusterIndex.get(m.clusterId)!] as const);
      const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      expect(keys).toEqual(sorted);
      expect(marks.some((m) => !m.dated)).toBe(true);
    }
    const undated = selectTimeline(index, mask(), 'type').marks.find((m) => !m.dated)!;
    const later = selectTimeline(index, mask(), 'type').marks.filter((m) => m.dated && m.day > undated.day);
    expect(later.length).toBeGreaterThan(0);
  });

  it('recomputes from the passing events only', () => {
    const { marks } = selectTimeline(index, mask({ outlets: ['hayom'] }), 'outlet');
    expect(marks.map((m) => [m.clusterId, m.lane, m.outletCount])).toEqual([
      ['c1', 'hayom', 1],
      ['c2', 'hayom', 1],
    ]);
  });
});

describe('selectDensity and selectInitialWindow', () => {
  it('bins dated events by week across the corpus', () => {
    const bins = selectDensity(index, mask(), 7);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(6);
    expect(bins[0]!.day).toBe(dayNumber('2025-02-01'));
  });

  it('zooms the first view to where most events are', () => {
    const [from, to] = selectInitialWindow(index, mask())!;
    expect(from).toBeLessThanOrEqual(dayNumber('2025-07-07'));
    expect(to).toBeGreaterThanOrEqual(dayNumber('2025-07-08'));
    expect(to - from).toBeLessThan(60);
  });
});

describe('selectInitialWindow over many events', () => {
  /** The window as first defined: the passing dated days sorted, the shortest run holding 60% of them, padded. */
  function windowBySorting(idx: BundleIndex, m: EventMask): [number, number] | null {
    const days = [...idx.day].filter((d, i) => m.pass[i] && idx.dated[i]).sort((a, b) => a - b);
    if (days.length === 0) return idx.extent;
    if (days.at(-1)! - days[0]! <= 45) return [days[0]! - 3, days.at(-1)! + 3];
    const need = Math.max(1, Math.ceil(days.length * 0.6));
    let best = [days[0]!, days.at(-1)!] as [number, number];
    for (let i = 0; i + need - 1 < days.length; i++)
      if (days[i + need - 1]! - days[i]! < best[1] - best[0]) best = [days[i]!, days[i + need - 1]!];
    const pad = Math.max(3, Math.round((best[1] - best[0]) * 0.1));
    return [best[0] - pad, best[1] + pad];
  }

  it('finds the window sorting every passing day would, reading the days in the order the index holds them', () => {
    const random = randomLcg(42);
    const bundle = fixtureBundle();
    const template = bundle.events[1]!;
    for (let i = 0; i < 600; i++) {
      // A burst in spring and a thin spread over two years; some dates only known by publication.
      const day = random() < 0.5 ? 20_170 + Math.floor(random() * 20) : 19_900 + Math.floor(random() * 730);
      bundle.events.push({
        ...template,
        id: `r${i}`,
        date: isoOfDay(day),
        datePrecision: random() < 0.1 ? 'unknown' : 'day',
      });
      bundle.clusters[0]!.eventIds.push(`r${i}`);
    }
    const many = buildBundleIndex(bundle);
    for (let trial = 0; trial < 20; trial++) {
      const pass = Uint8Array.from(many.day, () => (random() < 0.3 + trial / 30 ? 1 : 0));
      const m: EventMask = { pass, count: pass.reduce((n, p) => n + p, 0) };
      expect(selectInitialWindow(many, m)).toEqual(windowBySorting(many, m));
    }
    expect(selectInitialWindow(many, { pass: new Uint8Array(many.day.length), count: 0 })).toEqual(many.extent);
  });
});

describe('selectActorGraph', () => {
  it('builds weighted edges with direction and cooperation/conflict counts', () => {
    const graph = selectActorGraph(index, mask());
    const tn = graph.edges.find((e) => e.id === 'netanyahu~trump')!;
    expect(tn).toMatchObject({ count: 4, cooperation: 3, conflict: 1, mutual: 1 });
    expect(tn.forward + tn.backward).toBe(3);
    expect(graph.nodes.slice(0, 2).map((n) => [n.id, n.count])).toEqual([
      ['netanyahu', 5],
      ['trump', 4],
    ]);
  });

  it('keeps only the busiest actors plus the filtered ones', () => {
    const graph = selectActorGraph(index, mask(), { maxNodes: 2, keep: ['vance'] });
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['netanyahu', 'trump', 'vance']);
    expect(graph.hiddenNodes).toBe(2);
  });

  it('collapses people into their state on request', () => {
    const graph = selectActorGraph(index, mask(), { collapsePeople: true });
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['iran', 'isr', 'usa']);
    expect(graph.edges.find((e) => e.id === 'isr~usa')!.count).toBe(5);
  });
});

describe('selectCoverage and selectDifferences', () => {
  const matrix = selectCoverage(index, mask());

  it('lines up clusters by date against outlets, undated ones last', () => {
    expect(matrix.rows.map((r) => r.clusterId)).toEqual(['c4', 'c1', 'c2', 'c5', 'c3']);
    expect([...matrix.rows.find((r) => r.clusterId === 'c1')!.cells.keys()].sort()).toEqual(['cgtn', 'hayom', 'wire']);
    expect(matrix.rows.find((r) => r.clusterId === 'c1')!.cells.get('hayom')!.modalities).toEqual(['planned']);
  });

  it('calls out exclusives, misses and disagreements', () => {
    const diff = selectDifferences(matrix);
    expect(diff.exclusives.map((x) => [x.row.clusterId, x.outletId])).toEqual([
      ['c4', 'wire'],
      ['c2', 'hayom'],
      ['c5', 'wire'],
      ['c3', 'cgtn'],
    ]);
    expect(diff.missed).toEqual([]);
    expect(diff.disagreements.map((d) => [d.row.clusterId, d.reason])).toEqual([
      ['c1', 'dates differ: 7 Jul 2025 / 8 Jul 2025'],
    ]);
  });
});

describe('selectOutletProfiles', () => {
  it('profiles each outlet: types, actors, speakers, planned versus occurred', () => {
    const [wire, hayom] = [
      selectOutletProfiles(index, mask()).find((p) => p.outletId === 'wire')!,
      selectOutletProfiles(index, mask()).find((p) => p.outletId === 'hayom')!,
    ];
    expect(wire).toMatchObject({ reports: 3, realWorldEvents: 3, occurred: 2, planned: 0, otherModalities: 1 });
    expect(wire.types[0]).toEqual({ type: 'CONSULT', count: 2 });
    expect(hayom.planned).toBe(2);
    expect(selectOutletProfiles(index, mask()).find((p) => p.outletId === 'cgtn')!.topSpeakers).toEqual([
      { id: 'trump', label: 'Donald Trump', count: 1 },
    ]);
  });
});

describe('selectEvidence', () => {
  it('lines up every outlet sentence of a cluster', () => {
    const evidence = selectEvidence(index, { kind: 'cluster', clusterId: 'c1' }, mask())!;
    expect(evidence.items.map((i) => i.outlet)).toEqual(['CGTN', 'Hayom', 'Wire']);
    expect(evidence.items[0]!.sentence).toBe('Trump hosted Netanyahu on Monday.');
  });

  it('puts the clicked outlet first for a coverage cell', () => {
    const evidence = selectEvidence(index, { kind: 'cell', clusterId: 'c1', outletId: 'wire' }, mask())!;
    expect(evidence.items[0]!.outlet).toBe('Wire');
  });

  it("lists an edge's events in date order", () => {
    const evidence = selectEvidence(index, { kind: 'edge', source: 'trump', target: 'netanyahu' }, mask())!;
    expect(evidence.items.map((i) => i.date)).toEqual(['2025-07-07', '2025-07-07', '2025-07-07', '2025-07-08']);
  });

  it('returns null for an unknown id', () => {
    expect(selectEvidence(index, { kind: 'cluster', clusterId: 'nope' }, mask())).toBeNull();
  });
});

describe('evidence text helpers', () => {
  it('splits a sentence into highlighted segments without losing text', () => {
    const segments = segmentSentence(
      'Trump hosted Netanyahu.',
      nonOverlapping(
        [
          { start: 6, end: 12, kind: 'trigger' },
          { start: 0, end: 5, kind: 'actor' },
          { start: 4, end: 8, kind: 'date' },
        ],
        23,
      ),
    );
    expect(segments.map((s) => s.text).join('')).toBe('Trump hosted Netanyahu.');
    expect(segments.filter((s) => s.kind).map((s) => [s.text, s.kind])).toEqual([
      ['Trump', 'actor'],
      ['hosted', 'trigger'],
    ]);
  });

  it('lets only http(s) links through', () => {
    expect(safeUrl('https://example.org/a')).toBe('https://example.org/a');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,x')).toBeNull();
    expect(safeUrl('not a url')).toBeNull();
  });
});

describe('PairCounts', () => {
  it('counts the same pairs in a dense table and in a map (many shown actors)', () => {
    const dense = new PairCounts(6);
    const sparse = new PairCounts(6, 0);
    const events: [number, number, boolean, boolean][] = [
      [0, 5, false, true],
      [5, 0, false, false],
      [2, 3, true, true],
      [0, 5, false, true],
      [4, 1, false, false],
    ];
    for (const [s, t, mutual, cooperative] of events) {
      dense.add(s, t, mutual, cooperative);
      sparse.add(s, t, mutual, cooperative);
    }
    const pairs = (p: PairCounts) => {
      const out: string[] = [];
      p.forEach((lo, hi, v) => out.push(`${lo}-${hi}:${[...v].join(',')}`));
      return out.sort();
    };
    expect(pairs(dense)).toEqual(['0-5:3,2,2,1,0', '1-4:1,0,0,1,0', '2-3:1,1,0,0,1']);
    expect(pairs(sparse)).toEqual(pairs(dense));
  });
});

describe('edge evidence matches the graph', () => {
  it('lists a collapsed state-to-state edge through the people inside the states', () => {
    const evidence = selectEvidence(index, { kind: 'edge', source: 'isr', target: 'usa' }, mask(), true)!;
    expect(evidence.items.map((i) => i.eventId)).toEqual(['a1#e1', 'a2#e1', 'a2#e2', 'a3#e1', 'a1#e2']);
    const graph = selectActorGraph(index, mask(), { collapsePeople: true });
    expect(graph.edges.find((e) => e.id === 'isr~usa')!.eventIds.sort()).toEqual(
      evidence.items.map((i) => i.eventId).sort(),
    );
  });

  it('counts only source-target pairs and co-sources, as the graph does', () => {
    const graph = selectActorGraph(index, mask());
    for (const edge of graph.edges) {
      const evidence = selectEvidence(index, { kind: 'edge', source: edge.a, target: edge.b }, mask())!;
      expect(evidence.items).toHaveLength(edge.count);
    }
  });
});
