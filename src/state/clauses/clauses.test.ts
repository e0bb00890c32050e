import { describe, expect, it } from 'vitest';
import { buildBundleIndex } from '../../selectors/bundle-index.ts';
import { selectEventMask } from '../../selectors/filter-events.ts';
import { placedFixture } from '../../selectors/test-support/placed-fixture.ts';
import {
  clauseNames,
  clauseOf,
  EMPTY_FILTERS,
  type Filters,
  filterChips,
  hasActiveFilters,
  ownClauseOf,
  sanitiseFilters,
} from '../filters.ts';
import { fromQueryString, toQueryString } from '../url-state.ts';
import { CLAUSES } from './index.ts';

const index = buildBundleIndex(placedFixture());
const names = clauseNames(index);

// One set value per clause, chosen from the fixture so that each clause filters something.
const SET: Record<(typeof CLAUSES)[number]['key'], Partial<Filters>> = {
  actors: { actors: ['trump', 'netanyahu'], actorMatch: 'all' },
  date: { from: '2025-07-07', to: '2025-07-08' },
  types: { types: ['CONSULT'] },
  outlets: { outlets: [index.outletIds[0]!] },
  modalities: { modalities: ['planned'] },
  query: { query: 'hosted' },
  speakers: { speakers: ['trump'] },
  minSources: { minSources: 2 },
  places: { places: ['White House'] },
};

describe('filter clauses: every clause through every channel', () => {
  for (const clause of CLAUSES) {
    const filters = { ...EMPTY_FILTERS, ...SET[clause.key] } as Filters;
    it(`${clause.key}: unset lets everything through and is not active`, () => {
      expect(clause.active(EMPTY_FILTERS)).toBe(false);
      expect(clause.compile(index, EMPTY_FILTERS)).toBeNull();
      expect(hasActiveFilters(EMPTY_FILTERS)).toBe(false);
    });
    it(`${clause.key}: survives a link`, () => {
      expect(clause.active(filters)).toBe(true);
      const back = fromQueryString(
        toQueryString({ filters, selection: null, lanes: 'type', collapsePeople: false, asOf: null }),
      );
      expect(back.filters).toEqual(filters);
    });
    it(`${clause.key}: its chips remove it`, () => {
      const chips = filterChips(filters, names);
      expect(chips.length).toBeGreaterThan(0);
      let left: Filters = filters;
      for (const chip of chips) left = { ...left, ...chip.without };
      expect(clause.active(left)).toBe(false);
    });
    it(`${clause.key}: its predicate decides the mask, and leaving it out gives everything back`, () => {
      const passes = clause.compile(index, filters)!;
      const mask = selectEventMask(index, filters);
      expect(mask.count).toBeGreaterThan(0);
      expect(mask.count).toBeLessThan(index.events.length);
      for (let i = 0; i < index.events.length; i++) expect(mask.pass[i] === 1).toBe(passes(i));
      expect(selectEventMask(index, filters, clause.key).count).toBe(index.events.length);
    });
  }

  it('drops malformed values from outside', () => {
    const f = sanitiseFilters({ types: ['NOPE', 'CONSULT'], from: '2025-02-30', minSources: '999', actors: ['<b>'] });
    expect(f).toEqual({ ...EMPTY_FILTERS, types: ['CONSULT'] });
  });

  it('a field leaves out its whole clause; an unknown key is an error', () => {
    expect(clauseOf('from').key).toBe('date');
    expect(clauseOf('actorMatch').key).toBe('actors');
    expect(() => clauseOf('nothing' as never)).toThrow(/no filter clause/);
  });

  it('a view is filtered by every clause but its own, and only when that clause is set', () => {
    const placed = { ...EMPTY_FILTERS, ...SET.places, ...SET.date } as Filters;
    expect(ownClauseOf('map', placed)).toBe('places');
    expect(ownClauseOf('trends', placed)).toBe('date');
    expect(ownClauseOf('timeline-overview', placed)).toBe('date');
    expect(ownClauseOf('map', EMPTY_FILTERS)).toBeNull();
  });
});
