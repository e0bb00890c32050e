import { describe, expect, it } from 'vitest';
import type { ExtractedEvent } from '../events/event-records.ts';
import { clusterEvents } from './cluster-events.ts';
import { report } from './test-events.ts';

// A Trump-Netanyahu meeting on 7 July unless `over` says otherwise.
const event = (over: Partial<ExtractedEvent>): ExtractedEvent =>
  report({ source: ['trump'], target: ['netanyahu'], ...over });
const context = () => ({ published: '2025-07-09', outletId: 'o' });
const groups = (events: ExtractedEvent[]) => {
  const { clusterOf } = clusterEvents(events, context);
  const byCluster = new Map<string, string[]>();
  for (const e of events) byCluster.set(clusterOf.get(e.id)!, [...(byCluster.get(clusterOf.get(e.id)!) ?? []), e.id]);
  return [...byCluster.values()];
};

describe('clusterEvents', () => {
  it('joins a planned report and a later occurred report of the same meeting', () => {
    const planned = event({ modality: 'planned' });
    const held = event({ modality: 'occurred', source: ['netanyahu'], target: ['trump'] });
    expect(groups([planned, held])).toEqual([[planned.id, held.id]]);
  });

  it('keeps meetings on different days or with different people apart', () => {
    const a = event({});
    const b = event({ date: '2025-07-08' });
    const c = event({ target: ['vance'], source: ['netanyahu'] });
    expect(groups([a, b, c])).toHaveLength(3);
  });

  it('keeps different type families apart on the same day', () => {
    expect(groups([event({}), event({ type: 'ASSAULT' })])).toHaveLength(2);
  });

  it('attaches a vague "this week" report to one best day, never chaining two meetings', () => {
    const monday = event({ date: '2025-07-07', location: 'White House' });
    const tuesday = event({ date: '2025-07-08', location: 'Oval Office' });
    const week = event({ date: '2025-07-07', datePrecision: 'week', location: 'Oval Office' });
    const result = groups([monday, tuesday, week]);
    expect(result).toHaveLength(2);
    expect(result).toContainEqual([tuesday.id, week.id]);
  });

  it('puts every event in exactly one cluster with its outlets and modalities', () => {
    const events = [event({ modality: 'planned' }), event({}), event({ type: 'SANCTION' })];
    const { clusters } = clusterEvents(events, context);
    expect(clusters.flatMap((c) => c.eventIds).sort()).toEqual(events.map((e) => e.id).sort());
    expect(clusters.find((c) => c.eventIds.length === 2)!.modalities).toEqual(['occurred', 'planned']);
  });

  it('compares only events that share a block (day and actor), not every pair', () => {
    const many = Array.from({ length: 2000 }, (_, i) =>
      event({
        date: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
        source: [`s${i}`],
      }),
    );
    const started = performance.now();
    clusterEvents(many, context);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("takes a cluster's date and precision from the same report", () => {
    const week = event({ datePrecision: 'week', date: '2025-07-07', target: ['vance'] });
    const month = event({ datePrecision: 'month', date: '2025-06-01', target: ['vance'] });
    const month2 = event({ datePrecision: 'month', date: '2025-06-01', target: ['vance'] });
    const { clusters } = clusterEvents([week, month, month2], context);
    for (const c of clusters) expect([c.date, c.datePrecision]).not.toEqual(['2025-06-01', 'week']);
    expect(clusters.find((c) => c.eventIds.length === 2)).toMatchObject({ date: '2025-06-01', datePrecision: 'month' });
  });
});

describe('clusterEvents with parties (a leader stands for their state)', () => {
  const state: Record<string, string> = {
    trump: 'usa',
    vance: 'usa',
    putin: 'rus',
    netanyahu: 'isr',
    modi: 'ind',
    sharif: 'pak',
    gabbard: 'usa',
  };
  const partyOf = (id: string) => state[id] ?? id;
  const leaders = new Set(['trump', 'modi', 'putin', 'netanyahu', 'sharif']);
  const clustersOf = (events: ExtractedEvent[]) => {
    const { clusterOf } = clusterEvents(events, context, { partyOf, leads: (id) => leaders.has(id) });
    const byCluster = new Map<string, string[]>();
    for (const e of events) byCluster.set(clusterOf.get(e.id)!, [...(byCluster.get(clusterOf.get(e.id)!) ?? []), e.id]);
    return [...byCluster.values()];
  };

  it('joins a report naming the leaders with one naming their states, published a day later with no date', () => {
    const leaders = event({ source: ['trump'], target: ['putin'], date: '2025-08-15' });
    const states = event({ source: ['rus'], target: ['usa'], date: '2025-08-16', datePrecision: 'unknown' });
    expect(clustersOf([leaders, states])).toEqual([[leaders.id, states.id]]);
  });

  it('never chains two meetings of one day through a state-level report of that day that fits both', () => {
    const withTrump = event({ source: ['trump'], target: ['netanyahu'], location: 'White House' });
    const withVance = event({ source: ['vance'], target: ['netanyahu'], location: 'Blair House' });
    const state = event({ source: ['netanyahu'], target: ['usa'], location: 'White House' });
    for (const order of [
      [withTrump, withVance, state],
      [state, withVance, withTrump],
    ]) {
      const result = clustersOf(order);
      expect(result).toHaveLength(2);
      expect(result.find((c) => c.includes(withTrump.id))).not.toContain(withVance.id);
      expect(result.find((c) => c.includes(state.id))).toContain(withTrump.id);
    }
  });

  it("prefers, for a state-level report, the meeting of the state's leader to an official's meeting that day", () => {
    const official = event({ id: 'a0#e001', articleId: 'a0', source: ['modi'], target: ['gabbard'] });
    const leader = event({ id: 'a1#e001', articleId: 'a1', source: ['modi'], target: ['trump'] });
    const states = event({ id: 'a2#e001', articleId: 'a2', source: ['ind'], target: ['usa'] });
    const result = clustersOf([official, leader, states]);
    expect(result).toContainEqual([leader.id, states.id]);
    expect(result).toContainEqual([official.id]);
  });

  it('keeps apart two people of one state: they are one party only with the state itself', () => {
    const trump = event({ source: ['trump'], target: ['netanyahu'] });
    const vance = event({ source: ['vance'], target: ['netanyahu'] });
    expect(clustersOf([trump, vance])).toHaveLength(2);
  });

  it('keeps apart the two sides of an exchange of fire on one day: who acted matters for an attack', () => {
    const india = event({ type: 'ASSAULT', source: ['ind'], target: ['pak'] });
    const pakistan = event({ type: 'ASSAULT', source: ['pak'], target: ['ind'] });
    const modi = event({ type: 'ASSAULT', source: ['ind'], target: ['pak'], datePrecision: 'unknown' });
    const result = clustersOf([india, pakistan, modi]);
    expect(result).toHaveLength(2);
    expect(result).toContainEqual([india.id, modi.id]);
  });

  it('joins a "last week" report and an undated report of the same talks when no outlet gives the day', () => {
    const week = event({ source: ['modi'], target: ['sharif'], date: '2025-07-07', datePrecision: 'week' });
    const undated = event({ source: ['pak'], target: ['ind'], date: '2025-07-14', datePrecision: 'unknown' });
    expect(clustersOf([week, undated])).toEqual([[week.id, undated.id]]);
  });

  it('keeps an undated report apart from a meeting more than three days before its publication', () => {
    const meeting = event({ source: ['trump'], target: ['putin'], date: '2025-08-10' });
    const undated = event({ source: ['rus'], target: ['usa'], date: '2025-08-16', datePrecision: 'unknown' });
    expect(clustersOf([meeting, undated])).toHaveLength(2);
  });

  it('leaves a one-party report alone when two clusters fit it equally', () => {
    const first = event({ type: 'ASSAULT', source: ['rus'], target: ['ukr'], location: 'Kyiv' });
    const second = event({ type: 'ASSAULT', source: ['rus'], target: ['geo'], location: 'Kyiv' });
    const lone = event({ type: 'ASSAULT', source: ['putin'], target: [], datePrecision: 'unknown' });
    expect(clustersOf([first, second, lone])).toHaveLength(3);
  });

  it('lets a report of another type of the family join by the first report, without keeping out its own type', () => {
    const agreed = event({ type: 'AGREE', source: ['isr', 'irn'], target: ['trump'], datePrecision: 'unknown' });
    const thanked = event({ type: 'SUPPORT', source: ['trump'], target: ['irn'], datePrecision: 'unknown' });
    const another = event({ type: 'AGREE', source: ['isr', 'irn'], target: [], datePrecision: 'unknown' });
    const result = clustersOf([agreed, thanked, another]);
    expect(result.find((c) => c.includes(agreed.id))).toContain(another.id);
  });

  it('gives the same clusters whatever the order of the events', () => {
    const events = [
      event({ source: ['trump'], target: ['netanyahu'] }),
      event({ source: ['vance'], target: ['netanyahu'] }),
      event({ source: ['isr'], target: ['usa'], datePrecision: 'unknown' }),
      event({ source: ['netanyahu'], target: ['usa'], datePrecision: 'week' }),
    ];
    const sorted = (groups: string[][]) => groups.map((g) => [...g].sort()).sort();
    expect(sorted(clustersOf([...events].reverse()))).toEqual(sorted(clustersOf(events)));
  });
});
