import { describe, expect, it } from 'vitest';
import { moveGridFocus, scrollToShow, virtualWindow, windowCapacity } from './virtual-window.ts';

describe('windowCapacity', () => {
  it('gives every row of any window its own slot key (row % capacity)', () => {
    for (const viewport of [36, 300, 364, 500]) {
      const capacity = windowCapacity(viewport, 36);
      for (let top = 0; top < 36 * 300; top += 7) {
        const w = virtualWindow(top, viewport, 36, 250);
        expect(w.end - w.start).toBeLessThanOrEqual(capacity);
        const keys = new Set(Array.from({ length: w.end - w.start }, (_, k) => (w.start + k) % capacity));
        expect(keys.size).toBe(w.end - w.start);
      }
    }
  });
});

describe('virtualWindow', () => {
  it('renders only the rows on screen plus the overscan, at their offset', () => {
    expect(virtualWindow(0, 360, 36, 50_000, 6)).toEqual({ start: 0, end: 17, offset: 0, total: 1_800_000 });
    const mid = virtualWindow(36_000, 360, 36, 50_000, 6);
    expect(mid).toMatchObject({ start: 994, end: 1017, offset: 994 * 36 });
    expect(mid.end - mid.start).toBeLessThan(30);
  });

  it('clamps at the end and for short lists', () => {
    expect(virtualWindow(10_000_000, 360, 36, 100, 6)).toMatchObject({ end: 100, start: 84 });
    expect(virtualWindow(0, 360, 36, 3, 6)).toEqual({ start: 0, end: 3, offset: 0, total: 108 });
    expect(virtualWindow(0, 360, 36, 0)).toEqual({ start: 0, end: 0, offset: 0, total: 0 });
  });

  it('always covers the rows visible for any scroll position', () => {
    for (let top = 0; top < 5000; top += 37) {
      const w = virtualWindow(top, 300, 36, 200, 0);
      expect(w.start).toBeLessThanOrEqual(Math.floor(top / 36));
      expect(w.end).toBeGreaterThanOrEqual(Math.min(200, Math.ceil((top + 300) / 36)));
    }
  });
});

describe('scrollToShow', () => {
  it('scrolls just enough to show a row above or below, and not at all when visible', () => {
    expect(scrollToShow(5, 0, 360, 36)).toBe(0);
    expect(scrollToShow(12, 0, 360, 36)).toBe(13 * 36 - 360);
    expect(scrollToShow(2, 500, 360, 36)).toBe(72);
  });
});

describe('moveGridFocus', () => {
  const at = { row: 5, col: 2 };
  it('moves by arrows and clamps at the edges', () => {
    expect(moveGridFocus(at, 'ArrowDown', false, 10, 4, 8)).toEqual({ row: 6, col: 2 });
    expect(moveGridFocus({ row: 0, col: 0 }, 'ArrowUp', false, 10, 4, 8)).toEqual({ row: 0, col: 0 });
    expect(moveGridFocus({ row: 5, col: 3 }, 'ArrowRight', false, 10, 4, 8)).toEqual({ row: 5, col: 3 });
  });

  it('jumps by a page, to the row ends and, with Ctrl, to the corners', () => {
    expect(moveGridFocus(at, 'PageDown', false, 10, 4, 8)).toEqual({ row: 9, col: 2 });
    expect(moveGridFocus(at, 'PageUp', false, 10, 4, 3)).toEqual({ row: 2, col: 2 });
    expect(moveGridFocus(at, 'Home', false, 10, 4, 8)).toEqual({ row: 5, col: 0 });
    expect(moveGridFocus(at, 'End', true, 10, 4, 8)).toEqual({ row: 9, col: 3 });
  });

  it('ignores other keys so that Enter and Space still press the cell', () => {
    expect(moveGridFocus(at, 'Enter', false, 10, 4, 8)).toBeNull();
    expect(moveGridFocus(at, ' ', false, 10, 4, 8)).toBeNull();
  });
});
