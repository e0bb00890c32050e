import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// The team's own sentences: "meet" with a thing for its object is no meeting.
const of = (text: string, type: string) => eventsOf(text, '2025-07-08').filter((e) => e.type === type);

describe('meeting a thing', () => {
  it('reads "meeting little resistance from X" as no meeting with X', () => {
    expect(of('Rebels seized Goma on Monday, meeting little resistance from Congolese troops.', 'CONSULT')).toEqual([]);
  });

  it('reads "met the demands of X" as no meeting with X', () => {
    expect(of('Hungary met the demands of Brussels on Friday.', 'CONSULT')).toEqual([]);
  });

  it('still reads meeting a person as a meeting', () => {
    expect(of('Putin met the Iranian president on Monday.', 'CONSULT')).toHaveLength(1);
  });
});
