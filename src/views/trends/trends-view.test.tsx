// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useFiltersStore } from '../../state/filters-store.ts';
import { renderWithIndex } from '../render-with-index.tsx';
import { TrendsView } from './trends-view.tsx';

const original = useFiltersStore.getState();
const barTotal = (region: HTMLElement) =>
  [...region.querySelectorAll('path[data-count]')].reduce((n, p) => n + Number(p.getAttribute('data-count')), 0);

describe('TrendsView', () => {
  afterEach(() => {
    cleanup();
    useFiltersStore.setState(original, true);
  });

  it('stacks the dated events and says how many have no stated date', () => {
    renderWithIndex(<TrendsView />);
    const region = screen.getByRole('region', { name: 'Trends' });
    expect(within(region).getByRole('heading', { name: 'Trends' })).toBeTruthy();
    expect(barTotal(region)).toBe(6);
    expect(region.textContent).toContain('1 matching event has no stated date and is not on this chart.');
    expect(within(region).getByRole('img', { name: /^Events per week by quad class/ })).toBeTruthy();
  });

  it('is not filtered by its own date range (it zooms to it) but follows the other filters', () => {
    useFiltersStore.setState({ from: '2025-07-07', to: '2025-07-07' });
    renderWithIndex(<TrendsView />);
    const region = screen.getByRole('region', { name: 'Trends' });
    // A one-day range zooms to 4-10 Jul: the February sanction lies beyond the days shown.
    expect(barTotal(region)).toBe(5);
    expect(region.textContent).toContain('date filter 7 Jul 2025 shaded');
    expect(region.textContent).toContain('1 matching event with a stated date lies beyond the days shown.');
    cleanup();
    useFiltersStore.setState({ from: null, to: null, types: ['SANCTION'] });
    renderWithIndex(<TrendsView />);
    expect(barTotal(screen.getByRole('region', { name: 'Trends' }))).toBe(1);
  });
});
