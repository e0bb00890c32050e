import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from './filters.ts';
import { historyWrite } from './history-entry.ts';
import type { UrlState } from './url-state.ts';

const start: UrlState = {
  filters: EMPTY_FILTERS,
  selection: null,
  lanes: 'type',
  collapsePeople: false,
  asOf: null,
  comparisonTab: 'coverage',
  timelineWindow: null,
};

describe('historyWrite', () => {
  it('replaces the entry while only the timeline window moves (a pan or zoom frame is no Back step)', () => {
    const panned = { ...start, timelineWindow: { from: '2025-07-04', to: '2025-07-11' } };
    expect(historyWrite(start, panned)).toBe('replace');
    expect(historyWrite(panned, { ...panned, timelineWindow: { from: '2025-07-05', to: '2025-07-12' } })).toBe(
      'replace',
    );
  });

  it('replaces the entry while only the search text changes (typing)', () => {
    expect(historyWrite(start, { ...start, filters: { ...EMPTY_FILTERS, query: 'Whi' } })).toBe('replace');
  });

  it('pushes an entry for a filter, a selection or a tab change, even when the window moves with it', () => {
    const window = { from: '2025-07-01', to: '2025-07-20' };
    expect(
      historyWrite(start, { ...start, filters: { ...EMPTY_FILTERS, actors: ['trump'] }, timelineWindow: window }),
    ).toBe('push');
    expect(historyWrite(start, { ...start, selection: { kind: 'event', eventId: 'a#e001' } })).toBe('push');
    expect(historyWrite(start, { ...start, comparisonTab: 'framing' })).toBe('push');
  });
});
