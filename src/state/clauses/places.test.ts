import { describe, expect, it } from 'vitest';
import { buildBundleIndex } from '../../selectors/bundle-index.ts';
import { passingEvents, selectEventMask } from '../../selectors/filter-events.ts';
import { placedFixture } from '../../selectors/test-support/placed-fixture.ts';
import { EMPTY_FILTERS } from '../filters.ts';
import { placeChip, readPlaceClause, sanitisePlaces, togglePlaces, writePlaceClause } from './places.ts';
import { fromQueryString, toQueryString } from '../url-state.ts';

const index = buildBundleIndex(placedFixture());
const ids = (places: string[]) =>
  [...passingEvents(selectEventMask(index, { ...EMPTY_FILTERS, places }))].map((i) => index.eventIds[i]!);

describe('place clause: which events pass', () => {
  it('keeps the events at any chosen place, and all events when none is chosen', () => {
    expect(ids(['White House'])).toEqual(['a1#e1', 'a3#e1']);
    expect(ids(['White House', 'Washington'])).toEqual(['a1#e1', 'a2#e1', 'a3#e1']);
    expect(ids([])).toHaveLength(index.eventCount);
  });

  it('keeps nothing for a place no event names', () => {
    expect(ids(['Nowhere'])).toEqual([]);
  });

  it('is left out of its own view: the map counts every place under the other filters', () => {
    const mask = selectEventMask(index, { ...EMPTY_FILTERS, places: ['Jerusalem'], types: ['CONSULT'] }, 'places');
    expect([...passingEvents(mask)].map((i) => index.eventIds[i]!)).toEqual([
      'a1#e1',
      'a2#e1',
      'a3#e1',
      'a1#e2',
      'a3#e3',
    ]);
  });
});

describe('place clause: URL', () => {
  it('round-trips place names with spaces and accents through the query string', () => {
    const filters = { ...EMPTY_FILTERS, places: ['White House', 'Be’er Sheva', 'Doha'] };
    const search = toQueryString({ filters, selection: null, lanes: 'type', collapsePeople: false, asOf: null });
    expect(search).toContain('places=');
    expect(fromQueryString(search).filters.places).toEqual(filters.places);
  });

  it('writes nothing without places and reads a hostile value as no places', () => {
    const params = new URLSearchParams();
    writePlaceClause([], params);
    expect(params.toString()).toBe('');
    expect(readPlaceClause(new URLSearchParams('places=<script>,Doha'))).toEqual(['<script>', 'Doha']);
    expect(sanitisePlaces(['<script>', 'Doha', 'Doha', 42, 'x'.repeat(200)])).toEqual(['Doha']);
  });
});

describe('place clause: chip and toggling', () => {
  it('names the chosen places on one chip', () => {
    expect(placeChip([])).toBeNull();
    expect(placeChip(['Washington', 'White House'])!.label).toBe('At Washington, White House');
  });

  it('toggles a map site: adds all its names, or removes them when all are chosen', () => {
    expect(togglePlaces(['Doha'], ['Washington', 'White House'])).toEqual(['Doha', 'Washington', 'White House']);
    expect(togglePlaces(['Doha', 'Washington', 'White House'], ['Washington', 'White House'])).toEqual(['Doha']);
    expect(togglePlaces(['Washington'], ['Washington', 'White House'])).toEqual(['Washington', 'White House']);
  });
});
