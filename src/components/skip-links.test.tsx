// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SkipLinks } from './skip-links.tsx';

afterEach(cleanup);

describe('SkipLinks', () => {
  it('moves focus to the region each link names', () => {
    render(
      <>
        <SkipLinks evidenceOpen={false} />
        <section id="timeline" tabIndex={-1} aria-label="Timeline" />
        <section id="network" tabIndex={-1} aria-label="Actor network" />
        <section id="event-list" tabIndex={-1} aria-label="Event list" />
      </>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Skip to timeline' }));
    expect(document.activeElement?.id).toBe('timeline');
    fireEvent.click(screen.getByRole('link', { name: 'Skip to network' }));
    expect(document.activeElement?.id).toBe('network');
    fireEvent.click(screen.getByRole('link', { name: 'Skip to event list' }));
    expect(document.activeElement?.id).toBe('event-list');
  });

  it('offers the evidence only while it is open', () => {
    const { rerender } = render(<SkipLinks evidenceOpen={false} />);
    expect(screen.queryByRole('link', { name: 'Skip to evidence' })).toBeNull();
    rerender(<SkipLinks evidenceOpen />);
    expect(screen.getByRole('link', { name: 'Skip to evidence' })).toBeTruthy();
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Skip to filters',
      'Skip to timeline',
      'Skip to network',
      'Skip to outlet comparison',
      'Skip to map',
      'Skip to trends',
      'Skip to event list',
      'Skip to promises',
      'Skip to evidence',
    ]);
  });
});
