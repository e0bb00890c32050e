import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

const dyads = (text: string, type: string) => dyadLine(text, type, '2024-02-06');

describe('a capital an armed group has held for years stands for the group, not the state', () => {
  it('reads Sanaa as the Houthis', () => {
    expect(dyads('Sanaa rejected the truce proposal on Monday.', 'REJECT')).toMatch(/^houthis>/);
    expect(dyads('The Yemeni government in Aden accused Sanaa of blocking the prisoner exchange.', 'ACCUSE')).toBe(
      'yem>houthis',
    );
  });
});
