// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useFiltersStore } from '../../state/filters-store.ts';
import { renderWithIndex } from '../render-with-index.tsx';
import { EventListView } from './event-list-view.tsx';

const original = useFiltersStore.getState();
const region = () => screen.getByRole('region', { name: 'Event list' });
const bodyRows = () =>
  within(region())
    .getAllByRole('row')
    .filter((r) => r.hasAttribute('data-row'));
const firstCells = () => bodyRows().map((r) => r.querySelectorAll('td')[2]!.textContent);

describe('EventListView', () => {
  afterEach(() => {
    cleanup();
    useFiltersStore.setState(original, true);
  });

  it('lists the reports under the filters, or the real-world events they make up', () => {
    useFiltersStore.setState({ types: ['CONSULT'] });
    renderWithIndex(<EventListView />);
    expect(region().textContent).toContain('5 reports under the filters');
    expect(bodyRows()).toHaveLength(5);
    fireEvent.click(within(region()).getByRole('button', { name: 'Real-world events' }));
    expect(region().textContent).toContain('3 real-world events under the filters');
    expect(bodyRows()).toHaveLength(3);
  });

  it('sorts by a clicked column header, the th saying which way', () => {
    renderWithIndex(<EventListView />);
    const typeHeader = within(region()).getByRole('columnheader', { name: /Type/ });
    expect(within(region()).getByRole('columnheader', { name: /Date/ }).getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(within(typeHeader).getByRole('button'));
    expect(typeHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(firstCells()).toEqual(['CONSULT', 'CONSULT', 'CONSULT', 'CONSULT', 'CONSULT', 'REQUEST', 'SANCTION']);
    fireEvent.click(within(typeHeader).getByRole('button'));
    expect(typeHeader.getAttribute('aria-sort')).toBe('descending');
    expect(firstCells()[0]).toBe('SANCTION');
    expect(within(region()).getByRole('columnheader', { name: /Date/ }).hasAttribute('aria-sort')).toBe(false);
  });

  it('opens a row’s evidence by Enter and moves the tab stop with the arrows', () => {
    renderWithIndex(<EventListView />);
    const [first, second] = bodyRows();
    expect(first!.tabIndex).toBe(0);
    expect(second!.tabIndex).toBe(-1);
    fireEvent.keyDown(first!, { key: 'ArrowDown' });
    expect(bodyRows()[1]!.tabIndex).toBe(0);
    fireEvent.keyDown(bodyRows()[1]!, { key: 'Enter' });
    // In date order the second report is a1#e1 (7 Jul 2025, after February's sanction).
    expect(useFiltersStore.getState().selection).toEqual({ kind: 'event', eventId: 'a1#e1' });
    expect(bodyRows()[1]!.getAttribute('aria-current')).toBe('true');
  });

  it('shows the whole sentence on hover anywhere in the row (the sentence column may be scrolled out of view)', () => {
    useFiltersStore.setState({ types: ['SANCTION'] });
    renderWithIndex(<EventListView />);
    expect(bodyRows()[0]!.title).toBe('The US imposed sanctions on Iran last month.');
  });

  it('says so when the filters leave nothing', () => {
    useFiltersStore.setState({ query: 'no sentence says this' });
    renderWithIndex(<EventListView />);
    expect(region().textContent).toContain('No event matches these filters.');
    expect(within(region()).queryByRole('table')).toBeNull();
  });
});
