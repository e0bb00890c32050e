// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildBundleIndex } from '../../selectors/bundle-index.ts';
import { selectEventMask } from '../../selectors/filter-events.ts';
import { linkPromises } from '../../selectors/promises.ts';
import { fixtureBundle } from '../../selectors/test-fixture.ts';
import { EMPTY_FILTERS } from '../../state/filters.ts';
import { groupConnectors } from './connector-layout.ts';
import { usePromiseArcs } from './use-promise-arcs.ts';

/** The fixture plus a report, in another cluster, that Netanyahu met Vance: both of its plans are kept. */
function bothPlansKept() {
  const bundle = fixtureBundle();
  bundle.articles.push({ ...bundle.articles[0]!, id: 'a4', outletId: 'wire', published: '2025-07-10' });
  const template = bundle.events.find((e) => e.id === 'a2#e1')!;
  bundle.events.push({
    ...template,
    id: 'a4#e1',
    articleId: 'a4',
    clusterId: 'c9',
    date: '2025-07-08',
    source: ['vance'],
    target: ['netanyahu'],
  });
  bundle.clusters.push({ ...bundle.clusters[0]!, id: 'c9', eventIds: ['a4#e1'] });
  return buildBundleIndex(bundle);
}

describe('usePromiseArcs', () => {
  it('draws no arcs on the first render, then the arcs linking every promise at once would give', async () => {
    const index = bothPlansKept();
    const mask = selectEventMask(index, EMPTY_FILTERS);
    const { result } = renderHook(() => usePromiseArcs(index, mask));
    expect(result.current).toBeNull();
    await waitFor(() => expect(result.current).not.toBeNull());
    const eager = groupConnectors(linkPromises(index), (e) => index.events.at(e)!.clusterId);
    expect(result.current!.byCluster).toEqual(eager);
    expect([...eager.keys()].sort()).toEqual(['c1', 'c9']);
    expect(result.current!.mask).toBe(mask);
  });

  it('keeps the grouped arcs when the filters change, and swaps only the mask', async () => {
    const index = bothPlansKept();
    const all = selectEventMask(index, EMPTY_FILTERS);
    const { result, rerender } = renderHook(({ mask }) => usePromiseArcs(index, mask), { initialProps: { mask: all } });
    await waitFor(() => expect(result.current).not.toBeNull());
    const grouped = result.current!.byCluster;
    const vance = selectEventMask(index, { ...EMPTY_FILTERS, actors: ['vance'] });
    rerender({ mask: vance });
    expect(result.current).toEqual({ byCluster: grouped, mask: vance });
    expect(result.current!.byCluster).toBe(grouped);
  });
});
