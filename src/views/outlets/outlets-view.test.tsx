// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFiltersStore } from '../../state/filters-store.ts';
import { renderWithIndex } from '../render-with-index.tsx';
import { OutletsView } from './outlets-view.tsx';

const renderView = () => renderWithIndex(<OutletsView />);

// The whole store back to its first state: the tab is kept by reset() (a view setting) and would leak between tests.
beforeEach(() => act(() => useFiltersStore.setState(useFiltersStore.getInitialState(), true)));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('OutletsView coverage matrix', () => {
  it('selects the clicked cell, with its cluster and outlet, for the evidence panel', () => {
    const select = vi.spyOn(useFiltersStore.getState(), 'select');
    renderView();
    fireEvent.click(screen.getByRole('button', { name: 'CGTN reported this as occurred on 7 Jul 2025' }));
    expect(select).toHaveBeenCalledWith({ kind: 'cell', clusterId: 'c1', outletId: 'cgtn' });
    expect(useFiltersStore.getState().selection).toEqual({ kind: 'cell', clusterId: 'c1', outletId: 'cgtn' });
  });

  it('selects the whole cluster from its row label, and names empty cells as not reported', () => {
    renderView();
    fireEvent.click(
      screen.getByRole('button', { name: /^8 Jul 2025, CONSULT, Benjamin Netanyahu, J\.D\. Vance; 1 outlet/ }),
    );
    expect(useFiltersStore.getState().selection).toEqual({ kind: 'cluster', clusterId: 'c2' });
    expect(screen.getAllByRole('gridcell', { name: 'CGTN did not report this' }).length).toBeGreaterThan(0);
  });

  it('moves the single tab stop with the arrow keys', () => {
    renderView();
    const grid = screen.getByRole('grid');
    const first = within(grid).getByRole('button', { name: /^Feb 2025, SANCTION/ });
    expect(first.tabIndex).toBe(0);
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(within(grid).getByRole('button', { name: /^7 Jul 2025, CONSULT/ }));
    expect(first.tabIndex).toBe(-1);
  });

  it('follows the Outlets filter for its columns', () => {
    act(() => useFiltersStore.getState().setOutlets(['cgtn', 'hayom']));
    renderView();
    const headers = screen
      .getAllByRole('columnheader')
      .slice(1)
      .map((h) => h.textContent);
    expect(headers).toEqual([expect.stringMatching(/^CGTN/), expect.stringMatching(/^Hayom/)]);
  });
});

describe('OutletsView tabs and empty state', () => {
  it('switches panels with the tabs, by click and by arrow key', () => {
    renderView();
    expect(screen.getByRole('tab', { name: 'Coverage' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.click(screen.getByRole('tab', { name: 'Profiles' }));
    const panel = screen.getByRole('tabpanel');
    expect(within(panel).getByRole('article', { name: 'CGTN profile' })).toBeTruthy();
    expect(screen.queryByRole('grid')).toBeNull();
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Profiles' }), { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Differences' }).getAttribute('aria-selected')).toBe('true');
    expect(
      within(screen.getByRole('tabpanel')).getByRole('region', { name: 'Reported by one outlet only' }),
    ).toBeTruthy();
    // Its counts say what they count, as every comparison tab's do.
    expect(screen.getByRole('tabpanel').textContent).toContain('The counts are of real-world events');
  });

  it('opens on the tab the store holds (restored from a link) and puts a tab change in the store', () => {
    act(() => useFiltersStore.getState().setComparisonTab('framing'));
    renderView();
    expect(screen.getByRole('tab', { name: 'Framing' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.click(screen.getByRole('tab', { name: 'Quotes' }));
    expect(useFiltersStore.getState().comparisonTab).toBe('quotes');
  });

  it('selects a cluster from a difference and toggles the actor filter from a profile', () => {
    renderView();
    fireEvent.click(screen.getByRole('tab', { name: 'Differences' }));
    fireEvent.click(screen.getByRole('button', { name: /dates differ: 7 Jul 2025 \/ 8 Jul 2025/ }));
    expect(useFiltersStore.getState().selection).toEqual({ kind: 'cluster', clusterId: 'c1' });
    fireEvent.click(screen.getByRole('tab', { name: 'Profiles' }));
    const cgtn = screen.getByRole('article', { name: 'CGTN profile' });
    fireEvent.click(within(cgtn).getByRole('button', { name: 'Donald Trump' }));
    expect(useFiltersStore.getState().actors).toEqual(['trump']);
  });

  it('says which filter emptied it and resets', () => {
    act(() => useFiltersStore.getState().setQuery('no such sentence'));
    renderView();
    expect(screen.getByRole('status').textContent).toMatch(/Without the Search filter, 7 would show/);
    fireEvent.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(useFiltersStore.getState().query).toBe('');
    expect(screen.getByRole('grid')).toBeTruthy();
  });
});
