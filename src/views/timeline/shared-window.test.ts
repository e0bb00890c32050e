import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../selectors/bundle-index.ts';
import { domainOfWindow, windowOfDomain } from './shared-window.ts';
import { type DayRange, formatWindow } from './timeline-scales.ts';

const jul4 = dayNumber('2025-07-04');

describe('the timeline window in a link', () => {
  it('names the first and last whole day in view, as the window text does', () => {
    const domain: DayRange = [jul4 - 0.3, jul4 + 7.8];
    expect(formatWindow(domain)).toBe('4 Jul 2025 – 11 Jul 2025');
    expect(windowOfDomain(domain)).toEqual({ from: '2025-07-04', to: '2025-07-11' });
  });

  it('opens on a window whose text is the one the link was copied from', () => {
    for (const domain of [
      [jul4 - 0.3, jul4 + 7.8],
      [jul4 + 0.2, jul4 + 4.2],
      [jul4, jul4 + 30],
      [jul4 - 0.999, jul4 + 0.001 + 6],
    ] as DayRange[]) {
      expect(formatWindow(domainOfWindow(windowOfDomain(domain)))).toBe(formatWindow(domain));
    }
  });

  it("shows the whole columns of the window's days", () => {
    expect(domainOfWindow({ from: '2025-07-04', to: '2025-07-11' })).toEqual([jul4 - 0.5, jul4 + 7.5]);
  });
});
