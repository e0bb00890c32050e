import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// Calling off or putting off a visit is a SANCTION (CAMEO 161) by the one who calls it off, aimed at the state of
// the place the visit was to, never at the traveller's own side; no meeting took place. Each sentence is the
// team's own.
const typed = (text: string) => typedEvents(text, '2025-06-13');

describe('a visit called off or put off', () => {
  it('is aimed at the state of the place it was to', () => {
    expect(typed('Erdogan postponed his trip to Baghdad.')).toContainEqual([
      'SANCTION',
      ['recep-tayyip-erdogan'],
      ['irq'],
      'occurred',
    ]);
    expect(typed('Macron called off his visit to Algiers after the row.')).toContainEqual([
      'SANCTION',
      ['emmanuel-macron'],
      ['dza'],
      'occurred',
    ]);
  });

  it('is aimed at the host past a describing word before the visit', () => {
    expect(typed('Sharif called off a planned visit to Kabul.')).toContainEqual([
      'SANCTION',
      ['shehbaz-sharif'],
      ['afg'],
      'occurred',
    ]);
  });

  it("is never aimed at the traveller's own side", () => {
    const events = typed('Pakistan cancelled a visit by its foreign minister to Dhaka.');
    expect(events.filter((e) => e[0] === 'SANCTION')).toEqual([['SANCTION', ['pak'], ['bgd'], 'occurred']]);
  });

  it('reports no meeting that took place', () => {
    const events = typed('Macron called off his visit to Algiers after the row.');
    expect(events.filter((e) => e[0] === 'CONSULT' && e[3] === 'occurred')).toEqual([]);
  });
});
