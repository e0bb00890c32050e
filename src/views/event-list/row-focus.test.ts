import { describe, expect, it } from 'vitest';
import { moveRowFocus, rowTabStop } from './row-focus.ts';

describe('moveRowFocus', () => {
  it('moves by one, by a page and to the ends, never past them', () => {
    expect(moveRowFocus(3, 'ArrowDown', 10, 4)).toBe(4);
    expect(moveRowFocus(0, 'ArrowUp', 10, 4)).toBe(0);
    expect(moveRowFocus(8, 'PageDown', 10, 4)).toBe(9);
    expect(moveRowFocus(5, 'PageUp', 10, 4)).toBe(1);
    expect(moveRowFocus(5, 'Home', 10, 4)).toBe(0);
    expect(moveRowFocus(5, 'End', 10, 4)).toBe(9);
    expect(moveRowFocus(5, 'Enter', 10, 4)).toBeNull();
  });
});

describe('rowTabStop', () => {
  it('keeps the active row while it is on screen, else the first row on screen', () => {
    expect(rowTabStop(3, 100, 0, 320, 32)).toBe(3);
    expect(rowTabStop(3, 100, 640, 320, 32)).toBe(20);
    expect(rowTabStop(50, 10, 0, 320, 32)).toBe(9);
  });
});
