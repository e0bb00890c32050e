// @vitest-environment jsdom
import { act, cleanup, render, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureIndex, fixtureMask } from '../selectors/test-fixture.ts';
import {
  BundleIndexContext,
  useAfterPaintOnce,
  FollowingViews,
  SharedMasksContext,
  useEventMask,
  useFilters,
  useSharedMasks,
  useViewMask,
} from './dashboard-hooks.ts';
import { useFiltersStore } from './filters-store.ts';

const original = useFiltersStore.getState();

type Seen = { types: string[]; count: number; mapCount: number };

function Probe({ seen }: { seen: Seen[] }) {
  const filters = useFilters();
  const mask = useEventMask();
  const mapMask = useViewMask('map');
  seen.push({ types: filters.types, count: mask.count, mapCount: mapMask.count });
  return null;
}

function Shell({ children }: { children: ReactNode }) {
  const masks = useSharedMasks();
  return <SharedMasksContext.Provider value={masks}>{children}</SharedMasksContext.Provider>;
}

describe('FollowingViews (the views under the timeline)', () => {
  afterEach(() => {
    cleanup();
    useFiltersStore.setState(original, true);
  });

  it('shows a filter change one painted frame later, filters and masks together, without rendering before', async () => {
    const live: Seen[] = [];
    const following: Seen[] = [];
    render(
      <BundleIndexContext.Provider value={fixtureIndex()}>
        <Shell>
          <Probe seen={live} />
          <FollowingViews>
            <Probe seen={following} />
          </FollowingViews>
        </Shell>
      </BundleIndexContext.Provider>,
    );
    const all = fixtureMask().count;
    const consult = fixtureMask({ types: ['CONSULT'] }).count;
    expect(consult).toBeLessThan(all);
    expect(following.at(-1)).toEqual({ types: [], count: all, mapCount: all });
    const rendersBefore = following.length;
    act(() => useFiltersStore.getState().setTypes(['CONSULT']));
    // The views above the fold show the change in this frame; those following have not even rendered.
    expect(live.at(-1)).toEqual({ types: ['CONSULT'], count: consult, mapCount: consult });
    expect(following.length).toBe(rendersBefore);
    await waitFor(() => expect(following.at(-1)).toEqual({ types: ['CONSULT'], count: consult, mapCount: consult }));
    // Never a mix of the new filters with the old masks.
    for (const s of following) expect(s.count).toBe(s.types.length ? consult : all);
  });

  it('useAfterPaintOnce defers only outside it: below it the inputs already follow the paint', async () => {
    const following: [number, number][] = [];
    const outside: [number, number][] = [];
    function Twice({ seen }: { seen: [number, number][] }) {
      const mask = useEventMask();
      seen.push([mask.count, useAfterPaintOnce(mask).count]);
      return null;
    }
    render(
      <BundleIndexContext.Provider value={fixtureIndex()}>
        <Shell>
          <Twice seen={outside} />
          <FollowingViews>
            <Twice seen={following} />
          </FollowingViews>
        </Shell>
      </BundleIndexContext.Provider>,
    );
    const consult = fixtureMask({ types: ['CONSULT'] }).count;
    act(() => useFiltersStore.getState().setTypes(['CONSULT']));
    await waitFor(() => expect(following.at(-1)).toEqual([consult, consult]));
    await waitFor(() => expect(outside.at(-1)).toEqual([consult, consult]));
    // Under FollowingViews the mask and the deferred mask always agree; outside, one render lags.
    expect(following.every(([a, b]) => a === b)).toBe(true);
    expect(outside.some(([a, b]) => a !== b)).toBe(true);
  });

  it('outside it, views follow the store at once (as in the views’ own tests)', () => {
    const seen: Seen[] = [];
    render(
      <BundleIndexContext.Provider value={fixtureIndex()}>
        <Probe seen={seen} />
      </BundleIndexContext.Provider>,
    );
    act(() => useFiltersStore.getState().setTypes(['CONSULT']));
    expect(seen.at(-1)?.types).toEqual(['CONSULT']);
  });
});
