import { allRows } from '../model/columns/lazy-rows.ts';
import { describe, expect, it } from 'vitest';
import { parseBundle } from '../model/bundle-schema.ts';
import { clauseOf, EMPTY_FILTERS } from '../state/filters.ts';
import { buildBundleIndex } from './bundle-index.ts';
import { selectFacets } from './facets.ts';
import { compileFilters, FAIL, narrowByDate, passingEvents, sameEvents, selectEventMask } from './filter-events.ts';
import { fixtureBundle } from './test-fixture.ts';

const index = buildBundleIndex(fixtureBundle());
const ids = (filters = EMPTY_FILTERS, leaveOut: Parameters<typeof selectEventMask>[2] = null) =>
  [...passingEvents(selectEventMask(index, filters, leaveOut))].map((i) => index.eventIds[i]!);

describe('selectEventMask', () => {
  it('the fixture is a valid bundle', () => {
    expect(parseBundle(fixtureBundle()).ok).toBe(true);
  });

  it('passes everything with no filters', () => {
    expect(ids()).toHaveLength(7);
  });

  it('agrees with the failing bits the faceted counts use, for combined clauses and any one left out', () => {
    const combos = [
      { actors: ['vance', 'iran'] },
      { actors: ['trump'], types: ['CONSULT' as const] },
      { types: ['CONSULT' as const, 'AGREE' as const], outlets: ['wire'] },
      { actors: ['iran'], outlets: ['hayom', 'cgtn'], modalities: ['occurred' as const] },
      { from: '2025-07-01', to: '2025-07-31', actors: ['trump'] },
      { speakers: ['trump'], types: ['CONSULT' as const] },
    ];
    for (const combo of combos) {
      const filters = { ...EMPTY_FILTERS, ...combo };
      const failsOf = compileFilters(index, filters);
      for (const leaveOut of [null, 'actors', 'types', 'outlets', 'date'] as const) {
        const ignore = leaveOut === null ? 0 : FAIL[clauseOf(leaveOut).key as keyof typeof FAIL];
        const expected = index.eventIds.filter((_, i) => (failsOf(i) & ~ignore) === 0);
        expect(ids(filters, leaveOut), `${JSON.stringify(combo)} without ${leaveOut}`).toEqual(expected);
      }
    }
  });

  it('keeps events involving any chosen actor', () => {
    expect(ids({ ...EMPTY_FILTERS, actors: ['vance', 'iran'] })).toEqual(['a1#e2', 'a3#e2', 'a3#e3']);
  });

  it('keeps events a chosen speaker is quoted about', () => {
    expect(ids({ ...EMPTY_FILTERS, speakers: ['trump'] })).toEqual(['a2#e1']);
    expect(ids({ ...EMPTY_FILTERS, speakers: ['nobody'] })).toEqual([]);
  });

  it('keeps events whose cluster has at least N independent outlets; 0 and 1 do not filter', () => {
    // Three outlets reported the 7 July meeting, but Wire reused CGTN's passage: two are independent.
    expect(ids({ ...EMPTY_FILTERS, minSources: 2 })).toEqual(['a1#e1', 'a2#e1', 'a3#e1']);
    expect(ids({ ...EMPTY_FILTERS, minSources: 3 })).toEqual([]);
    expect(ids({ ...EMPTY_FILTERS, minSources: 1 })).toHaveLength(7);
  });

  it('combines filters with AND across controls', () => {
    expect(ids({ ...EMPTY_FILTERS, actors: ['trump'], types: ['CONSULT'], outlets: ['wire'] })).toEqual(['a3#e1']);
  });

  it('keeps stated dates inside the range, inclusive', () => {
    expect(ids({ ...EMPTY_FILTERS, from: '2025-07-08', to: '2025-07-08' })).toEqual(['a3#e1', 'a1#e2', 'a3#e3']);
  });

  it('leaves events dated only by their publication day out of a range unless asked to keep them', () => {
    // a2#e2 states no date: it carries its article's publication day, 7 July.
    expect(allRows(index.events).find((e) => e.id === 'a2#e2')).toMatchObject({
      date: '2025-07-07',
      datePrecision: 'unknown',
    });
    const range = { ...EMPTY_FILTERS, from: '2025-07-07', to: '2025-07-07' };
    expect(ids(range)).not.toContain('a2#e2');
    expect(ids({ ...range, publicationDates: true })).toContain('a2#e2');
    expect(ids({ ...range, publicationDates: true })).toHaveLength(ids(range).length + 1);
    // Without a range nothing is filtered by date, stated or not.
    expect(ids(EMPTY_FILTERS)).toContain('a2#e2');
  });

  it('filters by modality and by text in the evidence sentence, ignoring case', () => {
    expect(ids({ ...EMPTY_FILTERS, modalities: ['planned'] })).toEqual(['a1#e1', 'a1#e2']);
    expect(ids({ ...EMPTY_FILTERS, query: 'HOSTED' })).toEqual(['a2#e1']);
  });

  it('leaves out one filter for crossfilter counts', () => {
    const f = { ...EMPTY_FILTERS, types: ['SANCTION' as const], from: '2025-07-01' };
    expect(ids(f)).toEqual([]);
    expect(ids(f, 'date')).toEqual(['a3#e2']);
  });
});

describe('narrowByDate', () => {
  it('gives the mask selectEventMask gives with the date range, for any range', () => {
    const days = [
      '2025-01-01',
      '2025-02-01',
      '2025-02-03',
      '2025-07-07',
      '2025-07-08',
      '2025-07-09',
      '2026-01-01',
      null,
    ];
    const withPublished = { ...EMPTY_FILTERS, publicationDates: true };
    for (const other of [EMPTY_FILTERS, { ...EMPTY_FILTERS, outlets: ['hayom'] }, withPublished]) {
      const withoutDate = selectEventMask(index, other);
      for (const from of days) {
        for (const to of days) {
          const expected = selectEventMask(index, { ...other, from, to });
          const narrowed = narrowByDate(index, withoutDate, from, to, other.publicationDates);
          expect([...narrowed.pass], `${from}..${to}`).toEqual([...expected.pass]);
          expect(narrowed.count).toBe(expected.count);
        }
      }
    }
    expect(narrowByDate(index, selectEventMask(index, EMPTY_FILTERS), 'not a day', null).count).toBe(0);
  });
});

describe('selectFacets', () => {
  it('counts each control with the other filters applied', () => {
    const facets = selectFacets(index, { ...EMPTY_FILTERS, types: ['CONSULT'], outlets: ['wire'] });
    expect(facets.types.find((t) => t.id === 'CONSULT')!.count).toBe(2);
    expect(facets.types.find((t) => t.id === 'SANCTION')!.count).toBe(1);
    expect(facets.outlets.map((o) => [o.id, o.count])).toEqual([
      ['hayom', 2],
      ['wire', 2],
      ['cgtn', 1],
    ]);
    expect(facets.actors.map((a) => [a.id, a.count])).toEqual([
      ['netanyahu', 1],
      ['trump', 1],
      ['iran', 1],
      ['usa', 1],
    ]);
  });

  it('keeps a chosen actor in the list even when nothing else matches', () => {
    const facets = selectFacets(index, { ...EMPTY_FILTERS, actors: ['vance'], types: ['SANCTION'] });
    expect(facets.actors.find((a) => a.id === 'vance')).toMatchObject({ count: 0 });
  });
});

describe('sameEvents', () => {
  it('tells equal filters rebuilt from a link apart from filters that pass other events', () => {
    const all = selectEventMask(index, EMPTY_FILTERS);
    const rebuilt = selectEventMask(index, { ...EMPTY_FILTERS, actors: [] });
    expect(rebuilt).not.toBe(all);
    expect(sameEvents(all, rebuilt)).toBe(true);
    expect(sameEvents(all, selectEventMask(index, { ...EMPTY_FILTERS, actors: ['vance'] }))).toBe(false);
  });
});
