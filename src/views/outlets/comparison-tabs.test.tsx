// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bundle } from '../../model/bundle-schema.ts';
import { buildBundleIndex } from '../../selectors/bundle-index.ts';
import { fixtureBundle } from '../../selectors/test-fixture.ts';
import { useFiltersStore } from '../../state/filters-store.ts';
import { renderWithIndex } from '../render-with-index.tsx';
import { OutletsView } from './outlets-view.tsx';

function renderTab(tab: string, bundle: Bundle = fixtureBundle()) {
  renderWithIndex(<OutletsView />, buildBundleIndex(bundle));
  fireEvent.click(screen.getByRole('tab', { name: tab }));
}

/** The fixture as a bundle made before the comparison analyses: no terms, tone, reuse or quotes. */
function bareBundle(): Bundle {
  const b = fixtureBundle();
  return {
    ...b,
    loadedTerms: [],
    reuse: [],
    quotes: [],
    clusters: b.clusters.map((c) => ({ ...c, derived: [] })),
    analysis: { ...b.analysis, tone: { method: '', limits: '' } },
  };
}

// The whole store back to its first state: the tab is kept by reset() (a view setting) and would leak between tests.
beforeEach(() => act(() => useFiltersStore.setState(useFiltersStore.getInitialState(), true)));
afterEach(cleanup);

describe('Framing tab', () => {
  it('lists shared events, then shows the chosen one outlet by outlet with the differences called out', () => {
    renderTab('Framing');
    fireEvent.click(screen.getByRole('button', { name: /^7 Jul 2025, CONSULT, .*: 3 outlets/ }));
    const columns = within(screen.getByRole('list', { name: 'Reports side by side' })).getAllByRole('listitem');
    expect(columns.map((c) => c.getAttribute('aria-label'))).toEqual(['CGTN', 'Hayom', 'Wire']);
    expect(columns[0]!.textContent).toContain('hosted');
    expect(columns[2]!.textContent).toContain('Trump met Netanyahu on Tuesday.');
    expect(screen.getByRole('list', { name: 'Wording across outlets' }).textContent).toContain(
      'Verbs differ: “hosted” / “meet” / “met”',
    );
  });

  it('opens the selected event directly', () => {
    act(() => useFiltersStore.getState().select({ kind: 'cell', clusterId: 'c1', outletId: 'wire' }));
    renderTab('Framing');
    expect(screen.getByRole('list', { name: 'Reports side by side' })).toBeTruthy();
  });
});

describe('Language tab', () => {
  it('opens the sentences behind a term count in one click', () => {
    renderTab('Language');
    fireEvent.click(screen.getByRole('button', { name: /1 uses of “regime” by Wire/ }));
    expect(screen.getByRole('region', { name: '“regime” in Wire' }).textContent).toContain('The regime in Tehran said');
  });

  it('says when the bundle has no loaded terms or tone', () => {
    renderTab('Language', bareBundle());
    expect(screen.getByText(/no loaded-term annotations/)).toBeTruthy();
    expect(screen.getByText(/no tone scores/)).toBeTruthy();
  });
});

describe('Quotes and Reuse tabs', () => {
  it('lists the quotations behind a speaker count', () => {
    renderTab('Quotes');
    fireEvent.click(screen.getByRole('button', { name: /Wire quotes The regime in Tehran \(unnamed\) 1 times/ }));
    expect(screen.getByRole('region', { name: /quoted by Wire/ }).textContent).toContain('We will not meet.');
  });

  it('shows a reused passage with the added words marked', () => {
    renderTab('Reuse');
    expect(screen.getByText(/This passage also appears in/).textContent).toContain('Wire');
    expect(document.querySelector('ins')!.textContent).toBe('evening.');
  });

  it('says when the bundle has no quotations or reuse', () => {
    renderTab('Quotes', bareBundle());
    expect(screen.getByText('This bundle has no attributed quotations.')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Reuse' }));
    expect(screen.getByText('This bundle records no reused passages.')).toBeTruthy();
  });
});
