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
});
