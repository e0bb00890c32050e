// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFiltersStore } from '../../state/filters-store.ts';
import { renderWithIndex } from '../render-with-index.tsx';
import { NetworkView } from './network-view.tsx';

const original = useFiltersStore.getState();

const renderView = () => renderWithIndex(<NetworkView />);

describe('NetworkView', () => {
  const toggleActor = vi.fn();
  const select = vi.fn();
  beforeEach(() => {
    useFiltersStore.setState({ ...original, toggleActor, select }, true);
    toggleActor.mockClear();
    select.mockClear();
  });
  afterEach(() => {
    cleanup();
    useFiltersStore.setState(original, true);
  });

  it('toggles an actor in the filter when its node is clicked or activated with Enter', () => {
    renderView();
    const trump = screen.getByRole('button', { name: /^Donald Trump \(person, USA\), 4 events/ });
    fireEvent.click(trump);
    expect(toggleActor).toHaveBeenCalledWith('trump');
    fireEvent.keyDown(screen.getByRole('button', { name: /^Iran \(state/ }), { key: 'Enter' });
    expect(toggleActor).toHaveBeenLastCalledWith('iran');
  });

  it('opens the events of an edge in the evidence panel when the edge is clicked', async () => {
    renderView();
    // The edges' keyboard targets follow a frame after the paint.
    fireEvent.click(await screen.findByRole('button', { name: /^Benjamin Netanyahu – Donald Trump: 4 events/ }));
    expect(select).toHaveBeenCalledWith({ kind: 'edge', source: 'netanyahu', target: 'trump' });
  });

  it('marks actors in the filter as pressed', () => {
    useFiltersStore.setState({ actors: ['vance'] });
    renderView();
    expect(screen.getByRole('button', { name: /^J\.D\. Vance/ }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: /^Benjamin Netanyahu \(/ }).getAttribute('aria-pressed')).toBe('false');
  });

  it('says why nothing shows and offers a reset when no event matches', () => {
    useFiltersStore.setState({ query: 'no such sentence' });
    renderView();
    expect(screen.getByText('No events match these filters.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(useFiltersStore.getState().query).toBe('');
  });

  it('collapses people into their states on request', () => {
    renderView();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Collapse people into states' }));
    expect(screen.queryByRole('button', { name: /^Donald Trump \(/ })).toBeNull();
    expect(screen.getByRole('button', { name: /^Israel \(state, ISR\), 5 events/ })).toBeTruthy();
  });

  it('is one tab stop: arrow keys move focus between actors, Page Down to their links, and the stop follows', async () => {
    renderView();
    const chart = screen.getByRole('group', { name: 'Actors and the events between them' });
    // The edges' keyboard targets follow a frame after the paint.
    await screen.findByRole('button', { name: /^Benjamin Netanyahu – Donald Trump/ });
    const marks = () => [...chart.querySelectorAll('[data-node-id], [data-edge-id]')];
    const tabStops = () => marks().filter((el) => el.getAttribute('tabindex') === '0');
    expect(tabStops()).toHaveLength(1);
    const start = tabStops()[0] as SVGElement;
    start.focus();
    const moved = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown'].some((key) => {
      fireEvent.keyDown(document.activeElement!, { key });
      return document.activeElement !== start;
    });
    expect(moved).toBe(true);
    expect(document.activeElement?.hasAttribute('data-node-id')).toBe(true);
    expect(tabStops()).toEqual([document.activeElement]);
    fireEvent.keyDown(document.activeElement!, { key: 'PageDown' });
    expect(document.activeElement?.hasAttribute('data-edge-id')).toBe(true);
    expect(tabStops()).toEqual([document.activeElement]);
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(select).toHaveBeenCalledWith(expect.objectContaining({ kind: 'edge' }));
  });
});
