import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from './filters.ts';
import { corpusFromSearch, fromQueryString, toQueryString, withCorpus } from './url-state.ts';

describe('URL state', () => {
  it('round-trips filters, selection and lanes', () => {
    const state = {
      filters: {
        ...EMPTY_FILTERS,
        actors: ['donald-trump', 'benjamin-netanyahu'],
        from: '2025-07-01',
        to: '2025-07-31',
        publicationDates: true,
        types: ['CONSULT' as const],
        outlets: ['cgtn'],
        modalities: ['planned' as const],
        query: 'White House',
        speakers: ['donald-trump', 'unnamed:a-senior-official'],
        minSources: 2,
      },
      selection: { kind: 'cell' as const, clusterId: 'c00026', outletId: 'cgtn' },
      lanes: 'outlet' as const,
      collapsePeople: true,
      asOf: '2025-07-08',
      comparisonTab: 'framing' as const,
      timelineWindow: { from: '2025-07-04', to: '2025-07-11' },
    };
    expect(toQueryString(state)).toContain('asof=2025-07-08');
    expect(fromQueryString(toQueryString(state))).toEqual(state);
  });

  it('restores the as-of day of the Promises view, dropping malformed or impossible days', () => {
    expect(fromQueryString('?asof=2025-07-09').asOf).toBe('2025-07-09');
    expect(fromQueryString('?asof=2025-02-30').asOf).toBeNull();
    expect(fromQueryString('?asof=<script>').asOf).toBeNull();
    expect(fromQueryString('?asof=2025-07-09T00:00').asOf).toBeNull();
  });

  it('writes nothing for the default view', () => {
    expect(
      toQueryString({ filters: EMPTY_FILTERS, selection: null, lanes: 'type', collapsePeople: false, asOf: null }),
    ).toBe('');
    expect(
      toQueryString({
        filters: EMPTY_FILTERS,
        selection: null,
        lanes: 'type',
        collapsePeople: false,
        asOf: null,
        comparisonTab: 'coverage',
        timelineWindow: null,
      }),
    ).toBe('');
  });

  it('round-trips the comparison tab and the timeline window as tab= and view=', () => {
    const state = {
      filters: EMPTY_FILTERS,
      selection: { kind: 'cluster' as const, clusterId: 'c00026' },
      lanes: 'type' as const,
      collapsePeople: false,
      asOf: null,
      comparisonTab: 'framing' as const,
      timelineWindow: { from: '2025-07-04', to: '2025-07-11' },
    };
    const query = toQueryString(state);
    expect(new URLSearchParams(query).get('tab')).toBe('framing');
    expect(new URLSearchParams(query).get('view')).toBe('2025-07-04..2025-07-11');
    expect(fromQueryString(query)).toEqual(state);
  });

  it('reads links without tab= or view= (older links) as the Coverage tab and the timeline opening as it would', () => {
    const state = fromQueryString('?actors=donald-trump&sel=event:a%23e001');
    expect(state.comparisonTab).toBe('coverage');
    expect(state.timelineWindow).toBeNull();
  });

  it('drops unknown tabs and malformed, impossible or backwards windows', () => {
    expect(fromQueryString('?tab=<script>').comparisonTab).toBe('coverage');
    expect(fromQueryString('?tab=FRAMING').comparisonTab).toBe('coverage');
    expect(fromQueryString('?view=2025-07-11..2025-07-04').timelineWindow).toBeNull();
    expect(fromQueryString('?view=2025-02-30..2025-03-04').timelineWindow).toBeNull();
    expect(fromQueryString('?view=2025-07-04').timelineWindow).toBeNull();
    expect(fromQueryString('?view=2025-07-04..2025-07-08..2025-07-11').timelineWindow).toBeNull();
    expect(fromQueryString('?view=2025-07-04..2025-07-04').timelineWindow).toEqual({
      from: '2025-07-04',
      to: '2025-07-04',
    });
  });

  it('ignores hostile and malformed values in favour of defaults', () => {
    const state = fromQueryString(
      '?types=CONSULT,<script>,DROP&from=2025-02-30x&to=not-a-date&modality=maybe&actors=<img src=x>,ok-id&sel=event:<b>&lanes=evil',
    );
    expect(state.filters.types).toEqual(['CONSULT']);
    expect(state.filters.from).toBeNull();
    expect(state.filters.to).toBeNull();
    expect(state.filters.modalities).toEqual([]);
    expect(state.filters.actors).toEqual(['ok-id']);
    expect(state.selection).toBeNull();
    expect(state.lanes).toBe('type');
    expect(fromQueryString('?sources=-3').filters.minSources).toBe(0);
    expect(fromQueryString('?sources=1e9').filters.minSources).toBe(0);
    expect(fromQueryString('?speakers=<x>,ok').filters.speakers).toEqual(['ok']);
  });

  it('survives a garbage query string', () => {
    expect(fromQueryString('%%%&&==').filters).toEqual(EMPTY_FILTERS);
  });

  it('keeps links to events of articles whose file names have spaces or brackets', () => {
    const selection = { kind: 'event' as const, eventId: 'Report (final) 2#e001' };
    const state = { filters: EMPTY_FILTERS, selection, lanes: 'type' as const, collapsePeople: false, asOf: null };
    expect(fromQueryString(toQueryString(state)).selection).toEqual(selection);
  });

  it('keeps the demo corpus in links and reads anything else as the seeds', () => {
    expect(corpusFromSearch('?corpus=demo&actors=x')).toBe('demo');
    expect(corpusFromSearch('?corpus=gdelt')).toBe('gdelt');
    expect(withCorpus('?actors=rus', 'gdelt')).toBe('?corpus=gdelt&actors=rus');
    expect(corpusFromSearch('?corpus=<script>')).toBe('seeds');
    expect(corpusFromSearch('')).toBe('seeds');
    expect(withCorpus('?actors=x', 'demo')).toBe('?corpus=demo&actors=x');
    expect(withCorpus('', 'demo')).toBe('?corpus=demo');
    expect(withCorpus('?actors=x', 'seeds')).toBe('?actors=x');
    expect(fromQueryString(withCorpus('?actors=x', 'demo')).filters.actors).toEqual(['x']);
  });
});
