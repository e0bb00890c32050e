import { describe, expect, it } from 'vitest';
import { siteAfterKey } from './map-keys.ts';

describe('moving between map sites with the keyboard', () => {
  const order = ['gaza', 'washington', 'doha'];
  it('moves with the arrows, stopping at the ends, and jumps with Home and End', () => {
    expect(siteAfterKey(order, 'gaza', 'ArrowRight')).toBe('washington');
    expect(siteAfterKey(order, 'washington', 'ArrowDown')).toBe('doha');
    expect(siteAfterKey(order, 'doha', 'ArrowRight')).toBe('doha');
    expect(siteAfterKey(order, 'gaza', 'ArrowLeft')).toBe('gaza');
    expect(siteAfterKey(order, 'doha', 'ArrowUp')).toBe('washington');
    expect(siteAfterKey(order, 'washington', 'Home')).toBe('gaza');
    expect(siteAfterKey(order, 'gaza', 'End')).toBe('doha');
  });

  it('ignores other keys and an empty map', () => {
    expect(siteAfterKey(order, 'gaza', 'a')).toBeNull();
    expect(siteAfterKey([], 'gaza', 'ArrowRight')).toBeNull();
  });
});
