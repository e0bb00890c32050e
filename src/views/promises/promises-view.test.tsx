// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useFiltersStore } from '../../state/filters-store.ts';
import { renderWithIndex } from '../render-with-index.tsx';
import { PromisesView } from './promises-view.tsx';

const original = useFiltersStore.getState();

const renderView = () => renderWithIndex(<PromisesView />);

describe('PromisesView', () => {
  beforeEach(() => useFiltersStore.setState(original, true));
  afterEach(() => {
    cleanup();
    useFiltersStore.setState(original, true);
  });

  it('looks from the latest publication by default: the Vance meeting not reported held (never "overdue"), the Trump meeting kept', async () => {
    renderView();
    expect(screen.getByLabelText('As of')).toHaveProperty('value', '2025-07-09');
    const open = await screen.findByRole('list', { name: /Open/ });
    const item = within(open).getByRole('button', { name: /Benjamin Netanyahu → J\.D\. Vance/ });
    expect(item.textContent).toContain('due 8 Jul 2025');
    expect(item.textContent).toContain('not reported held in this corpus as of 9 Jul 2025');
    expect(screen.getByRole('region', { name: 'Promises' }).textContent).not.toMatch(/overdue/i);
    const kept = screen.getByRole('list', { name: /Kept/ });
    expect(kept.textContent).toContain('reported held 8 Jul 2025 by CGTN');
    expect(kept.textContent).toContain('1 day later');
    fireEvent.click(item);
    expect(useFiltersStore.getState().selection).toEqual({ kind: 'event', eventId: 'a1#e2' });
  });

  it('stores a chosen as-of day and recomputes the lists as of it', async () => {
    renderView();
    fireEvent.change(screen.getByLabelText('As of'), { target: { value: '2025-07-07' } });
    fireEvent.blur(screen.getByLabelText('As of'));
    expect(useFiltersStore.getState().asOf).toBe('2025-07-07');
    const open = await screen.findByRole('list', { name: /Open/ });
    expect(within(open).getAllByRole('button')).toHaveLength(2);
    // Neither due date (7 and 8 July) has passed on the 7th: nothing is said about a missing report.
    expect(open.textContent).not.toContain('not reported held');
    expect(screen.queryByRole('list', { name: /Kept/ })).toBeNull();
    expect(screen.getByText(/No announcement has been reported as happening yet/)).toBeTruthy();
  });

  it('follows the shared filters: an actor outside every plan leaves nothing to list', async () => {
    useFiltersStore.setState({ actors: ['iran'] });
    renderView();
    expect(await screen.findByText('No planned events pass the filters.')).toBeTruthy();
  });
});
